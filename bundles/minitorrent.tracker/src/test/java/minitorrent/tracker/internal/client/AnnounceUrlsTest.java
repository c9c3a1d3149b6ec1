package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;

/** The announce URL with its parameters and the scrape URL BEP 48 derives from it. */
class AnnounceUrlsTest {

    private static final InfoHash HASH = InfoHash.fromHex("00112233445566778899aabbccddeeff00ff7e2e");
    private static final PeerId PEER = PeerId.of("-MT0100-abcdefghijkl".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static AnnounceRequest request(AnnounceEvent event) {
        return new AnnounceRequest(HASH, PEER, 6881, 100, 200, 300, event, 30, 0xCAFE);
    }

    @Test
    void allParametersAreSentWithTheBinaryValuesEscaped() {
        URI uri = AnnounceUrls.announce(URI.create("http://127.0.0.1:6969/announce"), request(AnnounceEvent.STARTED),
                Optional.empty());
        assertEquals("http://127.0.0.1:6969/announce?info_hash=%00%11%223DUfw%88%99%AA%BB%CC%DD%EE%FF%00%FF~."
                + "&peer_id=-MT0100-abcdefghijkl&port=6881&uploaded=100&downloaded=200&left=300&compact=1"
                + "&numwant=30&key=0000cafe&event=started", uri.toString());
    }

    @Test
    void aRegularAnnounceSendsNoEvent() {
        URI uri = AnnounceUrls.announce(URI.create("http://t/announce"), request(AnnounceEvent.NONE), Optional.empty());
        assertFalse(uri.toString().contains("event="), uri.toString());
    }

    @Test
    void theTrackerIdIsEchoedEscaped() {
        URI uri = AnnounceUrls.announce(URI.create("http://t/announce"), request(AnnounceEvent.NONE),
                Optional.of(new byte[] {'i', 'd', ' ', 1}));
        assertTrue(uri.toString().endsWith("&trackerid=id%20%01"), uri.toString());
    }

    @Test
    void existingQueryParametersAreKept() {
        URI uri = AnnounceUrls.announce(URI.create("http://t/announce.php?passkey=abc"), request(AnnounceEvent.NONE),
                Optional.empty());
        assertTrue(uri.toString().startsWith("http://t/announce.php?passkey=abc&info_hash="), uri.toString());
    }

    @Test
    void aUrlEndingInAQuestionMarkOrAmpersandGetsNoSecondSeparator() {
        assertTrue(AnnounceUrls.announce(URI.create("http://t/a?"), request(AnnounceEvent.NONE), Optional.empty())
                .toString().startsWith("http://t/a?info_hash="));
        assertTrue(AnnounceUrls.announce(URI.create("http://t/a?k=1&"), request(AnnounceEvent.NONE), Optional.empty())
                .toString().startsWith("http://t/a?k=1&info_hash="));
    }

    @Test
    void aFragmentIsDropped() {
        assertTrue(AnnounceUrls.announce(URI.create("http://t/announce#x"), request(AnnounceEvent.NONE), Optional.empty())
                .toString().startsWith("http://t/announce?info_hash="));
    }

    @Test
    void aScrapeNamesEveryTorrent() {
        InfoHash other = InfoHash.fromHex("ffffffffffffffffffffffffffffffffffffffff");
        URI uri = AnnounceUrls.scrape(URI.create("http://t/scrape?k=1"), List.of(HASH, other));
        assertEquals("http://t/scrape?k=1&info_hash=%00%11%223DUfw%88%99%AA%BB%CC%DD%EE%FF%00%FF~.&info_hash="
                + "%FF".repeat(20), uri.toString());
    }

    /** The examples of BEP 48, and a few edge cases of the same rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://example.com/announce|http://example.com/scrape",
        "http://example.com/x/announce|http://example.com/x/scrape",
        "http://example.com/announce.php|http://example.com/scrape.php",
        "http://example.com/a|",
        "http://example.com/announce?x2%0644|http://example.com/scrape?x2%0644",
        "http://example.com/a?x=y%0644|",
        "http://example.com/x%064announce|",
        "https://example.com:8443/p/announce?passkey=k|https://example.com:8443/p/scrape?passkey=k",
        "http://example.com/announce/x|",
        "http://announce.example.com/|",
        "http://example.com|",
    })
    void scrapeUrlRule(String announce, String scrape) {
        Optional<URI> actual = AnnounceUrls.scrapeUri(URI.create(announce));
        assertEquals(Optional.ofNullable(scrape).map(URI::create), actual);
    }
}
