package minitorrent.metainfo;

import static minitorrent.metainfo.TorrentFixture.list;
import static minitorrent.metainfo.TorrentFixture.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing the keys outside the info dictionary: the result parses with the edits, keeps the info
 * hash and every key MiniTorrent does not know, and is canonical bencode.
 */
class MetainfoWriterTest {

    private static final String A = "http://127.0.0.1:6969/announce";
    private static final String B = "udp://127.0.0.1:6969/announce";
    private static final String C = "https://127.0.0.1:7070/announce";
    private static final String SEED = "http://127.0.0.1:8080/files/";

    private final TorrentFixture fixture = TorrentFixture.singleFile("data.bin", TorrentFixture.randomBytes(5, 40_000), 16_384)
            .top("announce", A).top("comment", "old comment").top("created by", "a tool");

    @Test
    void editedTrackersWebSeedsAndCommentAreReadBackWithTheSameInfoHash() throws Exception {
        byte[] original = fixture.bytes();
        Torrent before = new TorrentParser().parse(original);
        MetainfoEdits edits = MetainfoEdits.of(before).withTrackers(List.of(List.of(B, A), List.of(C))).withWebSeeds(List.of(SEED))
                .withComment("new comment");

        Torrent after = new TorrentParser().parse(MetainfoWriter.rewrite(original, edits));

        assertEquals(before.infoHash(), after.infoHash());
        assertArrayEquals(before.infoBytes(), after.infoBytes());
        assertEquals(List.of(List.of(B, A), List.of(C)), after.trackers());
        assertEquals(List.of(SEED), after.webSeeds());
        assertEquals(Optional.of("new comment"), after.comment());
        assertEquals(Optional.of("a tool"), after.createdBy());
        assertEquals(List.of(), after.warnings());
    }

    @Test
    void keysMiniTorrentDoesNotKnowAreKept() throws Exception {
        byte[] original = fixture.top("x-custom", list(strings("kept"), new BencodeInteger(7))).bytes();

        byte[] rewritten = MetainfoWriter.rewrite(original, new MetainfoEdits(List.of(List.of(C)), List.of(), Optional.empty()));

        BencodeDictionary top = (BencodeDictionary) new BencodeDecoder().decode(rewritten).value();
        assertEquals(Optional.of(list(strings("kept"), new BencodeInteger(7))), top.get("x-custom"));
        assertEquals(Optional.of(BencodeString.of("a tool")), top.get("created by"));
    }

    @Test
    void noTrackersAndNoCommentRemoveTheirKeys() throws Exception {
        byte[] original = fixture.top("announce-list", list(strings(A), strings(C))).top("url-list", SEED).bytes();

        byte[] rewritten = MetainfoWriter.rewrite(original, new MetainfoEdits(List.of(), List.of(), Optional.empty()));

        BencodeDictionary top = (BencodeDictionary) new BencodeDecoder().decode(rewritten).value();
        for (String key : List.of("announce", "announce-list", "url-list", "comment")) {
            assertFalse(top.get(key).isPresent(), key + " is still there");
        }
        assertEquals(List.of(), new TorrentParser().parse(rewritten).trackers());
    }

    @Test
    void theEditedCommentReplacesItsUtf8Twin() throws Exception {
        byte[] original = fixture.top("comment.utf-8", "old twin").bytes();

        byte[] rewritten = MetainfoWriter.rewrite(original, MetainfoEdits.of(new TorrentParser().parse(original)).withComment("edited"));

        assertEquals(Optional.of("edited"), new TorrentParser().parse(rewritten).comment());
    }

    @Test
    void outerKeysAreCanonical() throws Exception {
        byte[] rewritten = MetainfoWriter.rewrite(fixture.top("zz", "last").bytes(),
                new MetainfoEdits(List.of(List.of(A, B)), List.of(SEED, C), Optional.of("c")));
        assertArrayEquals(BencodeEncoder.encode(new BencodeDecoder().decode(rewritten).value()), rewritten);
    }

    @Test
    void aNonCanonicalInfoDictionaryIsCopiedByteForByte() throws Exception {
        byte[] content = "hello, world".getBytes(StandardCharsets.US_ASCII);
        byte[] info = concat("d12:piece lengthi16384e6:lengthi", content.length, "e6:pieces20:", TorrentFixture.sha1(content),
                "4:name5:a.txte");
        byte[] original = concat("d8:announce", A.length(), ":", A, "4:info", info, "e");

        byte[] rewritten = MetainfoWriter.rewrite(original, new MetainfoEdits(List.of(List.of(C)), List.of(), Optional.of("x")));

        Torrent after = new TorrentParser().parse(rewritten);
        assertEquals(InfoHash.of(TorrentFixture.sha1(info)), after.infoHash());
        assertEquals(List.of(List.of(C)), after.trackers());
    }

    @Test
    void anUnusableUrlIsRefusedNamingIt() {
        MetainfoEdits badTracker = new MetainfoEdits(List.of(List.of("ftp://127.0.0.1/announce")), List.of(), Optional.empty());
        InvalidTorrentException e = assertThrows(InvalidTorrentException.class, () -> MetainfoWriter.rewrite(fixture.bytes(), badTracker));
        assertTrue(e.getMessage().contains("ftp://127.0.0.1/announce"), e.getMessage());

        MetainfoEdits badSeed = new MetainfoEdits(List.of(), List.of("udp://127.0.0.1:1/"), Optional.empty());
        e = assertThrows(InvalidTorrentException.class, () -> MetainfoWriter.rewrite(fixture.bytes(), badSeed));
        assertTrue(e.getMessage().startsWith("web seed 'udp://127.0.0.1:1/'"), e.getMessage());
    }

    @Test
    void anInvalidOriginalIsRefusedWithTheParsersMessage() {
        InvalidTorrentException e = assertThrows(InvalidTorrentException.class,
                () -> MetainfoWriter.rewrite(fixture.withoutInfoKey("pieces").bytes(), new MetainfoEdits(List.of(), List.of(), Optional.empty())));
        assertTrue(e.getMessage().contains("'pieces'"), e.getMessage());
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("t.torrent");
        Files.write(target, fixture.bytes());
        byte[] rewritten = MetainfoWriter.rewrite(fixture.bytes(), new MetainfoEdits(List.of(List.of(C)), List.of(), Optional.empty()));

        MetainfoWriter.write(rewritten, target);

        assertArrayEquals(rewritten, Files.readAllBytes(target));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** Strings as ASCII, numbers in decimal, byte arrays as they are. */
    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
