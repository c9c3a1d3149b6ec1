package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which URLs a tracker or web seed field accepts, and what it says about the others. */
class TorrentUrlsTest {

    @Test
    void trackersAreHttpHttpsOrUdpWithAPort() {
        assertEquals(Optional.empty(), TorrentUrls.trackerProblem("http://127.0.0.1/announce"));
        assertEquals(Optional.empty(), TorrentUrls.trackerProblem(" https://127.0.0.1:443/announce?passkey=x "));
        assertEquals(Optional.empty(), TorrentUrls.trackerProblem("udp://127.0.0.1:6969"));
        assertTrue(TorrentUrls.trackerProblem("udp://127.0.0.1/announce").orElseThrow().contains("no port"));
        assertTrue(TorrentUrls.trackerProblem("ftp://127.0.0.1/").orElseThrow().contains("does not start with http://, https://, udp://"));
        assertTrue(TorrentUrls.trackerProblem("http:///announce").orElseThrow().contains("names no host"));
        assertTrue(TorrentUrls.trackerProblem("http://a b/").orElseThrow().contains("is not a URL"));
        assertTrue(TorrentUrls.trackerProblem("  ").orElseThrow().contains("empty"));
    }

    @Test
    void webSeedsAreHttpOrHttps() {
        assertEquals(Optional.empty(), TorrentUrls.webSeedProblem("http://127.0.0.1:8080/files/"));
        assertTrue(TorrentUrls.webSeedProblem("udp://127.0.0.1:1/").orElseThrow().contains("does not start with http://, https://"));
    }
}
