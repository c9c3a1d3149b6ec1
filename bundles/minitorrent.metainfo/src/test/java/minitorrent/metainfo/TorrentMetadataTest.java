package minitorrent.metainfo;

import static minitorrent.metainfo.TorrentFixture.list;
import static minitorrent.metainfo.TorrentFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import org.junit.jupiter.api.Test;

/**
 * The keys that describe a torrent without fixing its content: trackers (BEP 12), web seeds
 * (BEP 19), private (BEP 27), source, comment, creator, dates, encoding and their '.utf-8' twins.
 */
class TorrentMetadataTest {

    private static final String A = "http://127.0.0.1:6969/announce";
    private static final String B = "udp://127.0.0.1:6969/announce";
    private static final String C = "http://127.0.0.1:7070/announce";

    private final TorrentFixture fixture = TorrentFixture.singleFile("data.bin", TorrentFixture.randomBytes(3, 40_000), 16_384);

    @Test
    void noTrackersAndNothingElse() throws InvalidTorrentException {
        Torrent torrent = fixture.parse();
        assertEquals(List.of(), torrent.trackers());
        assertEquals(List.of(), torrent.webSeeds());
        assertFalse(torrent.isPrivate());
        assertEquals(Optional.empty(), torrent.source());
        assertEquals(Optional.empty(), torrent.comment());
        assertEquals(Optional.empty(), torrent.createdBy());
        assertEquals(Optional.empty(), torrent.creationDate());
        assertEquals(Optional.empty(), torrent.encoding());
    }

    @Test
    void announceAloneIsOneTierOfOne() throws InvalidTorrentException {
        assertEquals(List.of(List.of(A)), fixture.top("announce", A).parse().trackers());
    }

    @Test
    void announceListTiersInOrder() throws InvalidTorrentException {
        Torrent torrent = fixture.top("announce-list", list(strings(A, B), strings(C))).parse();
        assertEquals(List.of(List.of(A, B), List.of(C)), torrent.trackers());
    }

    @Test
    void announceListTakesPrecedenceOverAnnounce() throws InvalidTorrentException {
        Torrent torrent = fixture.top("announce", "http://127.0.0.1:1/only-announce").top("announce-list", list(strings(B))).parse();
        assertEquals(List.of(List.of(B)), torrent.trackers());
    }

    @Test
    void duplicateTrackersAreRemovedAndTiersLeftEmptyDropped() throws InvalidTorrentException {
        Torrent torrent = fixture.top("announce-list", list(strings(A, A, B), strings(B), strings(C, A))).parse();
        assertEquals(List.of(List.of(A, B), List.of(C)), torrent.trackers());
    }

    @Test
    void anEmptyAnnounceListFallsBackToAnnounce() throws InvalidTorrentException {
        assertEquals(List.of(List.of(A)), fixture.top("announce", A).top("announce-list", list()).parse().trackers());
    }

    @Test
    void aBrokenAnnounceListIsAWarningNotAnError() throws InvalidTorrentException {
        Torrent torrent = fixture.top("announce", A).top("announce-list", "not a list").parse();
        assertEquals(List.of(List.of(A)), torrent.trackers());
        assertTrue(torrent.warnings().stream().anyMatch(w -> w.contains("'announce-list'")), torrent.warnings()::toString);
    }

    @Test
    void urlListAsOneString() throws InvalidTorrentException {
        assertEquals(List.of("http://127.0.0.1:8080/files/"), fixture.top("url-list", "http://127.0.0.1:8080/files/").parse().webSeeds());
    }

    @Test
    void urlListAsAListWithDuplicatesRemoved() throws InvalidTorrentException {
        Torrent torrent = fixture.top("url-list", strings("http://127.0.0.1:1/a/", "http://127.0.0.1:2/b/", "http://127.0.0.1:1/a/")).parse();
        assertEquals(List.of("http://127.0.0.1:1/a/", "http://127.0.0.1:2/b/"), torrent.webSeeds());
    }

    @Test
    void privateFlagAndSourceInsideInfo() throws InvalidTorrentException {
        Torrent torrent = fixture.info("private", 1).info("source", "TRACKER-X").parse();
        assertTrue(torrent.isPrivate());
        assertEquals(Optional.of("TRACKER-X"), torrent.source());
    }

    @Test
    void privateZeroIsPublic() throws InvalidTorrentException {
        assertFalse(fixture.info("private", 0).parse().isPrivate());
    }

    @Test
    void privateOutsideInfoDoesNotCount() throws InvalidTorrentException {
        assertFalse(fixture.top("private", 1).parse().isPrivate());
    }

    @Test
    void anOddPrivateValueIsPublicWithAWarning() throws InvalidTorrentException {
        Torrent torrent = fixture.info("private", 2).parse();
        assertFalse(torrent.isPrivate());
        assertTrue(torrent.warnings().stream().anyMatch(w -> w.contains("'private'")), torrent.warnings()::toString);
    }

    @Test
    void commentCreatorDateAndEncoding() throws InvalidTorrentException {
        Torrent torrent = fixture.top("comment", "Holiday photos, 2024").top("created by", "MiniTorrent test")
                .top("creation date", 1_700_000_000L).top("encoding", "UTF-8").parse();
        assertEquals(Optional.of("Holiday photos, 2024"), torrent.comment());
        assertEquals(Optional.of("MiniTorrent test"), torrent.createdBy());
        assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20Z")), torrent.creationDate());
        assertEquals(Optional.of("UTF-8"), torrent.encoding());
    }

    @Test
    void aZeroOrWrongTypedCreationDateIsLeftOut() throws InvalidTorrentException {
        assertEquals(Optional.empty(), fixture.top("creation date", 0).parse().creationDate());
        Torrent textDate = fixture.top("creation date", "yesterday").parse();
        assertEquals(Optional.empty(), textDate.creationDate());
        assertTrue(textDate.warnings().stream().anyMatch(w -> w.contains("'creation date'")), textDate.warnings()::toString);
    }

    @Test
    void utf8VariantsTakePrecedence() throws InvalidTorrentException {
        Torrent torrent = fixture.info("name.utf-8", "Überweisung.pdf")
                .top("comment", "plain").top("comment.utf-8", "naïve café")
                .top("created by.utf-8", "Schöpfer").parse();
        assertEquals("Überweisung.pdf", torrent.name());
        assertEquals(Optional.of("naïve café"), torrent.comment());
        assertEquals(Optional.of("Schöpfer"), torrent.createdBy());
    }

    @Test
    void notUtf8TextIsReplacedWithAWarning() throws InvalidTorrentException {
        Torrent torrent = fixture.top("comment", BencodeString.of(new byte[] {'c', 'a', 'f', (byte) 0xE9})).parse();
        assertEquals(Optional.of("caf\uFFFD"), torrent.comment());
        assertTrue(torrent.warnings().stream().anyMatch(w -> w.contains("'comment' is not valid UTF-8")), torrent.warnings()::toString);
    }

    @Test
    void aWrongTypedCommentIsAWarning() throws InvalidTorrentException {
        Torrent torrent = fixture.top("comment", new BencodeInteger(5)).parse();
        assertEquals(Optional.empty(), torrent.comment());
        assertTrue(torrent.warnings().stream().anyMatch(w -> w.contains("'comment' is not a string but an integer")),
                torrent.warnings()::toString);
    }
}
