package minitorrent.metainfo;

import static minitorrent.metainfo.TorrentFixture.list;
import static minitorrent.metainfo.TorrentFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.TorrentFixture.FileSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every torrent that cannot be used is refused with a message that names the key that is wrong. */
class TorrentErrorsTest {

    private static final int PIECE_LENGTH = 16_384;
    private static final byte[] CONTENT = TorrentFixture.randomBytes(4, 40_000);

    private final TorrentFixture single = TorrentFixture.singleFile("data.bin", CONTENT, PIECE_LENGTH);
    private final TorrentFixture multi = TorrentFixture.multiFile("folder", PIECE_LENGTH,
            FileSpec.of(Arrays.copyOf(CONTENT, 30_000), "a.bin"), FileSpec.of(Arrays.copyOfRange(CONTENT, 30_000, 40_000), "b.bin"));

    private static String error(byte[] torrent) {
        return assertThrows(InvalidTorrentException.class, () -> new TorrentParser().parse(torrent)).getMessage();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String error(TorrentFixture fixture) {
        return error(fixture.bytes());
    }

    @Test
    void info() {
        assertEquals("'info' is missing", error(single.withoutInfo()));
        assertEquals("'info' is not a dictionary but a string", error(ascii("d4:info4:spame")));
    }

    @Test
    void pieceLength() {
        assertEquals("'info' > 'piece length' is missing", error(single.withoutInfoKey("piece length")));
        assertEquals("'info' > 'piece length' is not an integer but a string", error(single.info("piece length", "16384")));
        assertEquals("'info' > 'piece length' must be positive, not 0", error(single.info("piece length", 0)));
        assertEquals("'info' > 'piece length' must be positive, not -16384", error(single.info("piece length", -16_384)));
        assertEquals("'info' > 'piece length' is 2147483648 bytes, more than the 1073741824 MiniTorrent accepts",
                error(single.info("piece length", 1L << 31)));
    }

    @Test
    void pieceLengthOfExactly1GiBIsAccepted() throws InvalidTorrentException {
        Torrent torrent = single.info("piece length", 1 << 30).info("pieces", BencodeString.of(TorrentFixture.sha1(CONTENT))).parse();
        assertEquals(1 << 30, torrent.pieceLength());
        assertEquals(CONTENT.length, torrent.pieceSize(0));
    }

    @Test
    void pieces() {
        assertEquals("'info' > 'pieces' is missing", error(single.withoutInfoKey("pieces")));
        assertEquals("'info' > 'pieces' is not a string but an integer", error(single.info("pieces", 7)));
        assertEquals("'info' > 'pieces' length 59 is not a multiple of 20",
                error(single.info("pieces", BencodeString.of(new byte[59]))));
    }

    @Test
    void pieceCountMustMatchTheTotalLength() {
        assertEquals("'info' > 'pieces' holds 2 hashes, but 40000 bytes in pieces of 16384 need 3",
                error(single.info("pieces", BencodeString.of(new byte[40]))));
        assertEquals("'info' > 'pieces' holds 4 hashes, but 40000 bytes in pieces of 16384 need 3",
                error(multi.info("pieces", BencodeString.of(new byte[80]))));
    }

    @Test
    void pieceCountOfAHugeLengthIsComputedWithoutOverflow() {
        long length = Long.MAX_VALUE;
        String needed = BigInteger.valueOf(length).add(BigInteger.valueOf(PIECE_LENGTH - 1))
                .divide(BigInteger.valueOf(PIECE_LENGTH)).toString();
        assertEquals("'info' > 'pieces' holds 3 hashes, but " + length + " bytes in pieces of 16384 need " + needed,
                error(single.info("length", length)));
    }

    @Test
    void name() {
        assertEquals("'info' > 'name' is missing", error(single.withoutInfoKey("name")));
        assertEquals("'info' > 'name' is not a string but an integer", error(single.info("name", 42)));
    }

    @Test
    void length() {
        assertEquals("'info' > 'length' is negative: -1", error(single.info("length", -1)));
        assertEquals("'info' > 'length' is not an integer but a string", error(single.info("length", "40000")));
    }

    @Test
    void filesAndLengthTogetherOrNeither() {
        assertEquals("'info' > 'files' and 'length' are both present: a torrent is either one file or a list of files",
                error(multi.info("length", 40_000)));
        assertEquals("'info' > 'length' and 'files' are both missing: the torrent names no data",
                error(single.withoutInfoKey("length")));
    }

    @Test
    void files() {
        assertEquals("'info' > 'files' is empty", error(multi.info("files", list())));
        assertEquals("'info' > 'files' is not a list but a dictionary", error(multi.info("files", BencodeDictionary.builder().build())));
        assertEquals("'info' > 'files' > 0 is not a dictionary but a string", error(multi.info("files", strings("a.bin"))));
    }

    @Test
    void fileEntries() {
        BencodeDictionary good = BencodeDictionary.builder().put("length", 40_000).put("path", strings("a.bin")).build();
        assertEquals("'info' > 'files' > 1 > 'length' is missing",
                error(multi.info("files", list(good, BencodeDictionary.builder().put("path", strings("b.bin")).build()))));
        assertEquals("'info' > 'files' > 1 > 'path' is missing",
                error(multi.info("files", list(good, BencodeDictionary.builder().put("length", 0).build()))));
        assertEquals("'info' > 'files' > 0 > 'length' is negative: -5",
                error(multi.info("files", list(BencodeDictionary.builder().put("length", -5).put("path", strings("x")).build()))));
        assertEquals("'info' > 'files' > 0 > 'path' is empty",
                error(multi.info("files", list(BencodeDictionary.builder().put("length", 40_000).put("path", list()).build()))));
        assertEquals("'info' > 'files' > 0 > 'path' is not a list but a string",
                error(multi.info("files", list(BencodeDictionary.builder().put("length", 40_000).put("path", "a.bin").build()))));
    }

    @Test
    void pathComponentThatIsNotAString() {
        FileSpec numbered = FileSpec.ofComponents(CONTENT, BencodeString.of("dir"), new BencodeInteger(7));
        assertEquals("'info' > 'files' > 0 > 'path' holds an integer where a file or folder name belongs",
                error(TorrentFixture.multiFile("folder", PIECE_LENGTH, numbered)));
    }

    @Test
    void fileLengthsOverflowingALong() {
        BencodeDictionary huge = BencodeDictionary.builder().put("length", Long.MAX_VALUE).put("path", strings("huge")).build();
        BencodeDictionary one = BencodeDictionary.builder().put("length", 1).put("path", strings("one")).build();
        assertEquals("'info' > 'files' lengths add up to more than 9223372036854775807 bytes",
                error(multi.info("files", list(huge, one))));
    }

    @Test
    void tooManyPathComponents() {
        String[] deep = new String[65];
        Arrays.fill(deep, "d");
        assertEquals("'info' > 'files' > 0 > 'path' has 65 components, more than the 64 allowed",
                error(TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(CONTENT, deep))));
    }

    @Test
    void sixtyFourComponentsAreAccepted() throws InvalidTorrentException {
        String[] deep = new String[64];
        Arrays.fill(deep, "d");
        assertEquals(64, TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(CONTENT, deep)).parse().files().getFirst().path().size());
    }

    @Test
    void aPathLongerThanPathMax() {
        String[] longPath = new String[20];
        Arrays.fill(longPath, "x".repeat(250));
        assertEquals("'info' > 'files' > 0 > 'path' is 5020 bytes long, more than the 4096 allowed",
                error(TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(CONTENT, longPath))));
    }

    @Test
    void aV2OnlyTorrent() {
        TorrentFixture v2 = single.withoutInfoKey("pieces").info("file tree", BencodeDictionary.builder().build()).info("meta version", 2);
        assertEquals("'info' > 'pieces' is missing: this is a BitTorrent v2-only torrent, which MiniTorrent does not support yet",
                error(v2));
    }

    @Test
    void noDataAtAll() {
        assertEquals("'info' > 'length' is 0: the torrent holds no data",
                error(TorrentFixture.singleFile("empty.txt", new byte[0], PIECE_LENGTH)));
        assertEquals("'info' > 'files' are all empty: the torrent holds no data",
                error(TorrentFixture.multiFile("empty", PIECE_LENGTH, FileSpec.of(new byte[0], "a"), FileSpec.of(new byte[0], "b"))));
    }

    @Test
    void notBencodeAtAll() {
        assertEquals("not a valid .torrent file: unexpected byte '<' where a value should start at byte 0",
                error(ascii("<html>Not found</html>")));
        assertEquals("not a valid .torrent file: empty input at byte 0", error(new byte[0]));
        assertEquals("the file is not a bencoded dictionary but a list", error(ascii("le")));
    }

    @Test
    void truncatedInput() {
        byte[] whole = single.bytes();
        assertEquals("not a valid .torrent file: unexpected end of input inside the dictionary that starts at byte 0 at byte "
                + (whole.length - 1), error(Arrays.copyOf(whole, whole.length - 1)));
        String cutInPieces = error(Arrays.copyOf(whole, whole.length - 10));
        assertTrue(cutInPieces.startsWith("not a valid .torrent file: byte string length 60 is more than the"), cutInPieces);
    }

    @Test
    void trailingGarbage() {
        byte[] whole = single.bytes();
        byte[] longer = Arrays.copyOf(whole, whole.length + 3);
        assertEquals("not a valid .torrent file: trailing bytes after the top-level value at byte " + whole.length, error(longer));
    }

    @Test
    void nestingDeeperThanTheLimit() {
        byte[] deep = ascii("d7:comment" + "l".repeat(100) + "e".repeat(100) + "e");
        assertEquals("not a valid .torrent file: nesting deeper than the limit of 100 at byte 109", error(deep));
    }

    @Test
    void aFileLargerThan10MiB(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("big.torrent");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(10 * 1024 * 1024 + 1);
        }
        String message = assertThrows(InvalidTorrentException.class, () -> new TorrentParser().parse(big)).getMessage();
        assertEquals(big + " is 10485761 bytes, more than the 10485760 bytes a .torrent file may have", message);
    }
}
