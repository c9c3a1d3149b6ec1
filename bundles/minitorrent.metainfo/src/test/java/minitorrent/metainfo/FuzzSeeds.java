package minitorrent.metainfo;

import static minitorrent.metainfo.TorrentFixture.list;
import static minitorrent.metainfo.TorrentFixture.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import minitorrent.bencode.BencodeString;
import minitorrent.metainfo.TorrentFixture.FileSpec;

/**
 * The seed corpus of {@link TorrentParserFuzzTest}: small valid torrents that between them use
 * every key the parser reads, so the fuzzer starts from inputs that get deep into it. Committed
 * under {@code src/test/resources/minitorrent/metainfo/TorrentParserFuzzTestInputs/parse/};
 * {@link FuzzSeedsTest} fails when they and this class drift apart. To write them again, after a
 * build, from the repository root:
 * <pre>
 * java -cp bundles/minitorrent.metainfo/target/test-classes:bundles/minitorrent.metainfo/target/classes:bundles/minitorrent.bencode/target/classes \
 *     minitorrent.metainfo.FuzzSeeds bundles/minitorrent.metainfo/src/test/resources/minitorrent/metainfo/TorrentParserFuzzTestInputs/parse
 * </pre>
 */
final class FuzzSeeds {

    private static final int PIECE_LENGTH = 16_384;

    private FuzzSeeds() {
    }

    /** Seed file names and their bytes, in a fixed order. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        byte[] small = TorrentFixture.randomBytes(100, 300);
        byte[] twoPieces = TorrentFixture.randomBytes(101, PIECE_LENGTH + 10);
        seeds.put("single_file", TorrentFixture.singleFile("a.txt", small, PIECE_LENGTH).bytes());
        seeds.put("single_file_two_pieces", TorrentFixture.singleFile("two.bin", twoPieces, PIECE_LENGTH)
                .top("announce", "http://127.0.0.1:6969/announce").bytes());
        seeds.put("multi_file", TorrentFixture.multiFile("folder", PIECE_LENGTH,
                FileSpec.of(small, "sub", "a.txt"), FileSpec.of(new byte[0], "empty"), FileSpec.of(small, "b.txt")).bytes());
        seeds.put("trackers_and_metadata", TorrentFixture.singleFile("m.bin", small, PIECE_LENGTH)
                .top("announce", "http://127.0.0.1:1/a")
                .top("announce-list", list(strings("http://127.0.0.1:1/a", "udp://127.0.0.1:2/b"), strings("http://127.0.0.1:3/c")))
                .top("url-list", strings("http://127.0.0.1:8080/seed/"))
                .top("comment", "seed").top("created by", "FuzzSeeds").top("creation date", 1_700_000_000L).top("encoding", "UTF-8")
                .info("private", 1).info("source", "SRC").bytes());
        seeds.put("utf8_keys", TorrentFixture.multiFile("n", PIECE_LENGTH, FileSpec.of(small, "x"))
                .info("name.utf-8", "Ünïcode").top("comment.utf-8", "ç").bytes());
        seeds.put("pad_files", TorrentFixture.multiFile("padded", PIECE_LENGTH,
                FileSpec.of(small, "a"), FileSpec.of(new byte[PIECE_LENGTH - small.length], ".pad", "16084").withAttr("p"),
                FileSpec.of(small, "b")).bytes());
        seeds.put("hostile_paths", TorrentFixture.multiFile("..", PIECE_LENGTH,
                FileSpec.of(small, "..", "/etc", "passwd"), FileSpec.of(small, "CON"), FileSpec.of(small, "con"),
                FileSpec.of(small, "a\\b", "c. "), FileSpec.of(small, "CON", "x")).bytes());
        seeds.put("invalid_utf8_path", TorrentFixture.multiFile("u", PIECE_LENGTH,
                FileSpec.ofComponents(small, BencodeString.of(new byte[] {'f', (byte) 0xFF}))).bytes());
        seeds.put("unsorted_keys", unsortedKeys(small));
        return seeds;
    }

    /** A valid torrent whose info dictionary is not in canonical key order. */
    private static byte[] unsortedKeys(byte[] content) {
        String head = "d4:infod4:name1:x12:piece lengthi16384e6:lengthi" + content.length + "e6:pieces20:";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] hash = TorrentFixture.sha1(content);
        byte[] torrent = new byte[start.length + hash.length + 2];
        System.arraycopy(start, 0, torrent, 0, start.length);
        System.arraycopy(hash, 0, torrent, start.length, hash.length);
        torrent[torrent.length - 2] = 'e';
        torrent[torrent.length - 1] = 'e';
        return torrent;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, byte[]> seed : seeds().entrySet()) {
            Files.write(folder.resolve(seed.getKey()), seed.getValue());
        }
    }
}
