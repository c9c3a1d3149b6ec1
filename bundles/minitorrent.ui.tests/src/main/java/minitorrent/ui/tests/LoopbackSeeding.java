package minitorrent.ui.tests;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import minitorrent.engine.EngineException;
import minitorrent.engine.RateLimits;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.metainfo.Torrent;
import minitorrent.ui.internal.engine.WorkbenchSession;

/** Real transfers for workbench tests: a seeder of the test's own on 127.0.0.1, and the workbench's session downloading from it. */
final class LoopbackSeeding {

    private LoopbackSeeding() {
    }

    /** An engine session on 127.0.0.1 and a free port, with its state in {@code state}, seeding the torrent from {@code seedFolder}. */
    static Session startSeeder(Path state, RateLimits limits, Torrent torrent, Path seedFolder) throws EngineException {
        Session seeder = Session.start(SessionConfig.defaults(state).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()).withRateLimits(limits));
        seeder.add(torrent, seedFolder);
        return seeder;
    }

    /** Adds the torrent to the workbench's session, into {@code downloadFolder}, with the seeder as its peer. */
    static TorrentHandle downloadFrom(Session seeder, Torrent torrent, Path downloadFolder) throws Exception {
        TorrentHandle downloading = WorkbenchSession.get().add(torrent, Files.createDirectories(downloadFolder));
        downloading.addPeers(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), seeder.listenPort())));
        return downloading;
    }
}
