package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our torrents against those of mktorrent, and read by transmission-show and libtorrent. */
class CreatorInteropTest {

    @TempDir
    Path temp;

    private Path randomFile(Path path, int length, long seed) throws Exception {
        byte[] data = new byte[length];
        new Random(seed).nextBytes(data);
        Files.createDirectories(path.getParent());
        return Files.write(path, data);
    }

    @Test
    void aSingleFileGivesMktorrentsInfoHash() throws Exception {
        ExternalTool mktorrent = ExternalTool.require("mktorrent", "mktorrent");
        Path file = randomFile(temp.resolve("data/movie.bin"), 3_000_000, 1);
        Path theirs = temp.resolve("mktorrent.torrent");
        mktorrent.run(temp, "-l", "16", "-p", "-a", "http://127.0.0.1:6969/announce", "-o", theirs.toString(), file.toString());

        CreatedTorrent ours = new TorrentCreator().create(CreateOptions.of(file).withPieceLength(1 << 16).withPrivate(true)
                .withTrackers(List.of(List.of("http://127.0.0.1:6969/announce"))), CreateProgress.NONE);

        assertEquals(new TorrentParser().parse(theirs).infoHash(), ours.torrent().infoHash());
    }

    @Test
    void aFolderGivesMktorrentsInfoHash() throws Exception {
        ExternalTool mktorrent = ExternalTool.require("mktorrent", "mktorrent");
        Path folder = temp.resolve("album");
        randomFile(folder.resolve("b/track2.flac"), 200_000, 2);
        randomFile(folder.resolve("a.txt"), 5_000, 3);
        randomFile(folder.resolve("b/track1.flac"), 300_000, 4);
        Path theirs = temp.resolve("mktorrent.torrent");
        mktorrent.run(temp, "-l", "15", "-a", "http://127.0.0.1:6969/announce", "-o", theirs.toString(), folder.toString());

        CreatedTorrent ours = new TorrentCreator().create(CreateOptions.of(folder).withPieceLength(1 << 15), CreateProgress.NONE);

        assertEquals(new TorrentParser().parse(theirs).infoHash(), ours.torrent().infoHash());
    }

    @Test
    void transmissionAndLibtorrentReadOurTorrentsWithOurInfoHash() throws Exception {
        ExternalTool transmissionShow = ExternalTool.require("transmission-show", "transmission-cli");
        ExternalTool libtorrent = ExternalTool.requireLibtorrent(Files.createDirectories(temp.resolve("scratch")));
        Path folder = temp.resolve("share");
        randomFile(folder.resolve("one.bin"), 100_000, 5);
        randomFile(folder.resolve("sub/two.bin"), 250_000, 6);
        CreatedTorrent ours = new TorrentCreator().create(CreateOptions.of(folder)
                .withTrackers(List.of(List.of("http://127.0.0.1:6969/announce"), List.of("udp://127.0.0.1:6969")))
                .withWebSeeds(List.of("http://127.0.0.1:8080/")).withComment("interop"), CreateProgress.NONE);
        Path file = temp.resolve("ours.torrent");
        TorrentCreator.write(ours, file, false);

        assertEquals(ours.torrent().infoHash().hex(), TransmissionShow.of(transmissionShow, file).infoHash());
        assertEquals(ours.torrent().infoHash().hex(), LibtorrentReport.of(libtorrent.run(temp, "show", file.toString()).lines()).infoHash());
    }
}
