package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Magnet links agree with libtorrent 2.0's: the link lt.make_magnet_uri makes of a torrent parses
 * to that torrent's hash, name and trackers, and libtorrent reads the links MagnetUri writes the
 * way MagnetUri reads them.
 */
class MagnetUriInteropTest {

    private static final String TRACKER = "http://127.0.0.1:6969/announce";
    private static final String SECOND = "udp://127.0.0.1:6970/announce?key=a+b";

    @TempDir
    Path scratch;

    private ExternalTool libtorrent;

    @BeforeEach
    void tools() throws Exception {
        libtorrent = ExternalTool.requireLibtorrent(scratch);
    }

    @Test
    void libtorrentsMagnetOfATorrent() throws Exception {
        InteropData data = InteropData.create(scratch);
        Path torrentFile = scratch.resolve("album.torrent");
        libtorrent.run(scratch, "create", data.folder().toString(), torrentFile.toString(), "65536", "v1", TRACKER, SECOND);
        String link = libtorrent.run(scratch, "magnet", torrentFile.toString()).output().strip();
        LibtorrentReport reference = LibtorrentReport.of(libtorrent.run(scratch, "show", torrentFile.toString()).lines());

        MagnetUri magnet = MagnetUri.parse(link);

        assertEquals(reference.infoHash(), magnet.infoHash().hex());
        assertEquals(Optional.of("album"), magnet.displayName());
        assertEquals(reference.trackers().stream().map(LibtorrentReport.Tracker::url).toList(), magnet.trackers());
        assertEquals(List.of(TRACKER, SECOND), magnet.trackers());
        assertEquals(MagnetUri.of(new TorrentParser().parse(torrentFile)), magnet);
    }

    @Test
    void libtorrentReadsOurLinks() throws Exception {
        MagnetUri magnet = MagnetUri.parse("magnet:?xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&dn=C++ & Über a%2Bb%20%F0%9F%98%80"
                .replace(" & ", "%20%26%20") + "&tr=" + TRACKER + "&tr=udp://127.0.0.1:6970/announce%3Fkey%3Da+b"
                + "&ws=http://127.0.0.1:8080/d%20f/&x.pe=127.0.0.1:6881&x.pe=[::1]:6882");
        LibtorrentReport reference = LibtorrentReport.of(libtorrent.run(scratch, "parse-magnet", magnet.toString()).lines());

        assertEquals(magnet.infoHash().hex(), reference.infoHash());
        assertEquals("C++ & Über a+b 😀", reference.name());
        assertEquals(magnet.displayName(), Optional.of(reference.name()));
        assertEquals(magnet.trackers(), reference.trackers().stream().map(LibtorrentReport.Tracker::url).toList());
        assertEquals(List.of(TRACKER, SECOND), magnet.trackers());
        assertEquals(magnet.webSeeds(), reference.webSeeds());
        assertEquals(magnet.peers(), reference.peers());
    }
}
