package minitorrent.tracker.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import minitorrent.metainfo.InfoHash;
import minitorrent.tracker.AnnounceEvent;

/** How our tracker reads an HTTP announce, and the failure reason it gives for each malformed parameter. */
class AnnounceParametersTest {

    private static final String HASH = "%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA%AA";
    private static final String PEER = "-XX0000-123456789012";

    @Test
    void aCompleteAnnounce() throws Exception {
        AnnounceParameters announce = AnnounceParameters.fromQuery(QueryParameters.parse("info_hash=" + HASH
                + "&peer_id=" + PEER + "&port=51413&uploaded=1&downloaded=2&left=0&event=completed&numwant=7&compact=0"
                + "&no_peer_id=1&key=ab"));
        assertEquals(InfoHash.fromHex("aa".repeat(20)), announce.infoHash());
        assertEquals(51413, announce.port());
        assertEquals(0, announce.left());
        assertEquals(AnnounceEvent.COMPLETED, announce.event());
        assertEquals(7, announce.numWant());
        assertFalse(announce.compact());
        assertTrue(announce.noPeerId());
    }

    @Test
    void defaults() throws Exception {
        AnnounceParameters announce = AnnounceParameters.fromQuery(QueryParameters.parse("info_hash=" + HASH
                + "&peer_id=" + PEER + "&port=1"));
        assertEquals(AnnounceEvent.NONE, announce.event());
        assertEquals(50, announce.numWant(), "what a client gets when it does not say");
        assertTrue(announce.compact());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "peer_id=" + PEER + "&port=1|missing info_hash",
        "info_hash=%AA%BB&peer_id=" + PEER + "&port=1|info_hash must be 20 bytes, not 2",
        "info_hash=" + HASH + "%AA&peer_id=" + PEER + "&port=1|info_hash must be 20 bytes, not 21",
        "info_hash=%A&peer_id=" + PEER + "&port=1|malformed percent-encoding in info_hash",
        "info_hash=" + HASH + "&port=1|missing peer_id",
        "info_hash=" + HASH + "&peer_id=short&port=1|peer_id must be 20 bytes, not 5",
        "info_hash=" + HASH + "&peer_id=" + PEER + "|missing port",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=abc|port is not a number: 'abc'",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=0|port must be 1 to 65535, not 0",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=65536|port must be 1 to 65535, not 65536",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=1&left=-1|left must not be negative",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=1&uploaded=x|uploaded is not a number",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=1&event=paused|unknown event 'paused'",
        "info_hash=" + HASH + "&peer_id=" + PEER + "&port=1&numwant=99999999999999999999|numwant is not a number",
    })
    void malformedAnnouncesNameTheProblem(String query, String problem) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> AnnounceParameters.fromQuery(QueryParameters.parse(query)));
        assertTrue(e.getMessage().startsWith(problem), "'" + e.getMessage() + "' should start with " + problem);
    }
}
