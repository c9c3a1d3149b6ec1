package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.TorrentFixture.FileSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths written to attack the downloader — escaping the folder, device names, names a file system
 * refuses, clashing names — are made safe: each test checks the sanitized path a user would see,
 * then resolves every file under a temporary folder and creates it there.
 */
class HostilePathsTest {

    private static final int PIECE_LENGTH = 16_384;
    private static final byte[] BYTES = TorrentFixture.randomBytes(5, 100);

    @TempDir
    Path downloads;

    /** Parses a torrent of one file per path, checks it is safe on disk, and returns the sanitized paths. */
    private List<List<String>> sanitized(List<String>... paths) throws InvalidTorrentException, IOException {
        FileSpec[] files = Arrays.stream(paths).map(path -> FileSpec.of(BYTES, path.toArray(String[]::new))).toArray(FileSpec[]::new);
        return sanitized(TorrentFixture.multiFile("folder", PIECE_LENGTH, files));
    }

    private List<List<String>> sanitized(TorrentFixture fixture) throws InvalidTorrentException, IOException {
        Torrent torrent = fixture.parse();
        SafePaths.createAll(torrent, downloads);
        return torrent.files().stream().map(TorrentFile::path).toList();
    }

    private List<String> sanitizedOne(String... path) throws InvalidTorrentException, IOException {
        return sanitized(List.of(path)).getFirst();
    }

    @Test
    void dotDotComponentsAreDropped() throws Exception {
        assertEquals(List.of("etc", "passwd"), sanitizedOne("..", "..", "etc", "passwd"));
        assertEquals(List.of("a", "b"), sanitizedOne("a", "..", "b"));
    }

    @Test
    void anAbsoluteComponentLosesItsSlash() throws Exception {
        assertEquals(List.of("_etc", "passwd"), sanitizedOne("/etc", "passwd"));
        assertEquals(List.of("_etc_passwd"), sanitizedOne("/etc/passwd"));
    }

    @Test
    void backslashesAndWindowsDrivesAreReplaced() throws Exception {
        assertEquals(List.of("a_.._.._b.txt"), sanitizedOne("a\\..\\..\\b.txt"));
        assertEquals(List.of("C__Windows_win.ini"), sanitizedOne("C:\\Windows\\win.ini"));
        assertEquals(List.of("C_evil"), sanitizedOne("C:evil"));
        assertEquals(List.of("a_b_c_d_e_f_g"), sanitizedOne("a<b>c|d?e*f\"g"));
    }

    @Test
    void controlCharactersAreReplaced() throws Exception {
        assertEquals(List.of("bell_nul_del_line_.txt"), sanitizedOne("bell\u0007nul\u0000del\u007fline\n.txt"));
    }

    @Test
    void emptyAndDotComponentsAreDropped() throws Exception {
        assertEquals(List.of("x", "y"), sanitizedOne("", "x", ".", "", "y"));
        assertEquals(List.of("_"), sanitizedOne("..", ".", ""));
    }

    @Test
    void windowsDeviceNamesGetAPrefix() throws Exception {
        assertEquals(List.of(List.of("_CON"), List.of("_nul.txt"), List.of("dir", "_LPT1.tar.gz"), List.of("_com9"),
                List.of("_NUL .txt"), List.of("console"), List.of("COM10"), List.of("LPT")),
                sanitized(List.of("CON"), List.of("nul.txt"), List.of("dir", "LPT1.tar.gz"), List.of("com9"),
                        List.of("NUL .txt"), List.of("console"), List.of("COM10"), List.of("LPT")));
    }

    @Test
    void trailingDotsAndSpacesAreStripped() throws Exception {
        assertEquals(List.of("dir", "name"), sanitizedOne("dir. ", "name. . "));
        assertEquals(List.of("_"), sanitizedOne("..."));
        assertEquals(List.of("_CON"), sanitizedOne("CON. "));
    }

    @Test
    void longNamesAreCutOnACodePointKeepingTheExtension() throws Exception {
        String twoByte = "é".repeat(150) + ".txt";
        String threeByte = "€".repeat(100) + ".flac";
        String fourByte = "😀".repeat(75) + ".mkv";
        List<List<String>> paths = sanitized(List.of(twoByte), List.of(threeByte), List.of(fourByte));
        assertEquals("é".repeat(125) + ".txt", paths.get(0).getFirst());
        assertEquals("€".repeat(83) + ".flac", paths.get(1).getFirst());
        assertEquals("😀".repeat(62) + ".mkv", paths.get(2).getFirst());
    }

    @Test
    void aCutNameDoesNotEndInASpaceOrDot() throws Exception {
        assertEquals(List.of("a".repeat(254)), sanitizedOne("a".repeat(254) + " " + "b".repeat(45)));
        assertEquals(List.of("a".repeat(253)), sanitizedOne("a".repeat(253) + ". " + "b".repeat(45)));
        assertEquals(List.of("_"), sanitizedOne(" ".repeat(300) + "b"));
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws Exception {
        FileSpec file = FileSpec.ofComponents(BYTES, BencodeString.of(new byte[] {'f', (byte) 0xFF, 'o', (byte) 0xC3}));
        Torrent torrent = TorrentFixture.multiFile("folder", PIECE_LENGTH, file).parse();
        assertEquals(List.of("f_o_"), torrent.files().getFirst().path());
        assertEquals(List.of("f\uFFFDo\uFFFD"), torrent.files().getFirst().originalPath());
        assertTrue(torrent.warnings().stream().anyMatch(w -> w.contains("'path' is not valid UTF-8")), torrent.warnings()::toString);
        SafePaths.createAll(torrent, downloads);
    }

    @Test
    void renamedFilesAreReported() throws Exception {
        Torrent torrent = TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(BYTES, "..", "x")).parse();
        assertEquals(List.of("..", "x"), torrent.files().getFirst().originalPath());
        assertTrue(torrent.warnings().contains("the file '../x' was renamed to 'x'"), torrent.warnings()::toString);
    }

    @Test
    void duplicateNamesGetNumbersInTorrentOrder() throws Exception {
        List<List<String>> paths = sanitized(List.of("a.txt"), List.of("a.txt"), List.of("A.TXT"), List.of("sub", "a.txt"));
        assertEquals(List.of(List.of("a.txt"), List.of("a (1).txt"), List.of("A (2).TXT"), List.of("sub", "a.txt")), paths);
    }

    @Test
    void namesThatBecomeEqualWhenSanitizedAreMadeUnique() throws Exception {
        assertEquals(List.of(List.of("x_y"), List.of("x_y (1)"), List.of("x_y (2)")), sanitized(List.of("x/y"), List.of("x_y"), List.of("x\\y")));
    }

    @Test
    void duplicatesAreNumberedTheSameWayEveryTime() throws Exception {
        TorrentFixture fixture = TorrentFixture.multiFile("folder", PIECE_LENGTH, FileSpec.of(BYTES, "n"), FileSpec.of(BYTES, "N"));
        assertEquals(fixture.parse().files(), fixture.parse().files());
    }

    @Test
    void aLongDuplicateStaysWithin255Bytes() throws Exception {
        String longName = "x." + "y".repeat(253);
        List<List<String>> paths = sanitized(List.of(longName), List.of(longName), List.of("z".repeat(255)), List.of("z".repeat(255)));
        assertEquals(longName, paths.get(0).getFirst());
        assertEquals("z".repeat(251) + " (1)", paths.get(3).getFirst());
        assertEquals("x." + "y".repeat(249) + " (1)", paths.get(1).getFirst());
    }

    @Test
    void manyDuplicatesAreNumberedWithoutQuadraticCost() throws Exception {
        FileSpec[] files = new FileSpec[30_000];
        Arrays.fill(files, FileSpec.of(new byte[] {1}, "same.txt"));
        TorrentFixture fixture = TorrentFixture.multiFile("folder", PIECE_LENGTH, files);
        Torrent torrent = assertTimeoutPreemptively(Duration.ofSeconds(10), fixture::parse);
        assertEquals("same (29999).txt", torrent.files().getLast().pathString());
        SafePaths.assertSafe(torrent, downloads);
    }

    @Test
    void aFileWhereAnotherFileNeedsAFolder() throws Exception {
        List<List<String>> paths = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> sanitized(List.of("a"), List.of("a", "b"), List.of("a", "c")));
        assertEquals(List.of(List.of("a"), List.of("a (1)", "b"), List.of("a (1)", "c")), paths);
    }

    @Test
    void aFileWhereAnotherFileNeedsADeeperFolder() throws Exception {
        List<List<String>> paths = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> sanitized(List.of("x", "y"), List.of("X", "Y", "z")));
        assertEquals(List.of(List.of("x", "y"), List.of("X", "Y (1)", "z")), paths);
    }

    @Test
    void aFileNamedLikeAnEarlierFolder() throws Exception {
        assertEquals(List.of(List.of("Docs", "x"), List.of("docs (1)")), sanitized(List.of("Docs", "x"), List.of("docs")));
    }

    @Test
    void hostileTorrentNames() throws Exception {
        byte[] content = TorrentFixture.randomBytes(6, 1_000);
        TorrentFixture dotDot = TorrentFixture.singleFile("..", content, PIECE_LENGTH);
        Torrent torrent = dotDot.parse();
        assertEquals(dotDot.expectedInfoHash().hex(), torrent.name());
        SafePaths.createAll(torrent, downloads);

        assertEquals("_etc_passwd", TorrentFixture.singleFile("/etc/passwd", content, PIECE_LENGTH).parse().name());
        assertEquals(".._.._evil", TorrentFixture.multiFile("../../evil", PIECE_LENGTH, FileSpec.of(content, "f")).parse().name());
        assertEquals("_CON", TorrentFixture.singleFile("CON", content, PIECE_LENGTH).parse().name());
        Torrent renamed = TorrentFixture.singleFile("name.utf-8 wins", content, PIECE_LENGTH).info("name.utf-8", "..\\x").parse();
        assertEquals(".._x", renamed.name());
        assertTrue(renamed.warnings().contains("the name '..\\x' was changed to '.._x' to be a safe file name"), renamed.warnings()::toString);
    }

    @Test
    void everyHostileTorrentAtOnceIsCreatableOnDisk() throws Exception {
        List<List<String>> paths = sanitized(List.of("..", "..", "..", "tmp", "x"), List.of("/", "root"), List.of("a", "AUX", "b"),
                List.of("q".repeat(300)), List.of("Q".repeat(300)), List.of("tmp"), List.of("tmp", "x"));
        assertEquals(7, paths.size());
        assertFalse(paths.stream().anyMatch(path -> path.contains("..")));
        assertTrue(Files.isRegularFile(downloads.resolve("folder").resolve(String.join("/", paths.get(6)))));
        assertEquals(255, paths.get(4).getFirst().getBytes(StandardCharsets.UTF_8).length);
    }
}
