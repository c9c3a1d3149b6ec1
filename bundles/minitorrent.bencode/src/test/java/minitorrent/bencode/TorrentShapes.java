package minitorrent.bencode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Large torrent-shaped inputs in canonical bencode, written here byte by byte (not with the
 * encoder under test) so tests can check the decoder against what they know went in. Shared by
 * the large-input tests and the JMH benchmarks.
 */
public final class TorrentShapes {

    /** A torrent and the exact bytes of its info dictionary inside it. */
    public record Torrent(byte[] bytes, int infoOffset, int infoLength, byte[] pieces) {
    }

    private TorrentShapes() {
    }

    /** A single-file torrent with {@code pieceCount} random 20-byte piece hashes. */
    public static Torrent withPieces(int pieceCount, long seed) {
        byte[] pieces = new byte[20 * pieceCount];
        new Random(seed).nextBytes(pieces);
        Writer info = new Writer();
        info.raw("d").key("length").integer(16_384L * pieceCount).key("name").string("big.iso")
                .key("piece length").integer(16_384).key("pieces").string(pieces).raw("e");
        return wrap(info.bytes(), pieces);
    }

    /** A multi-file torrent with {@code fileCount} files in a few directories. */
    public static Torrent withFiles(int fileCount, long seed) {
        Random random = new Random(seed);
        Writer info = new Writer();
        info.raw("d").key("files").raw("l");
        for (int i = 0; i < fileCount; i++) {
            info.raw("d").key("length").integer(1 + random.nextInt(10_000_000)).key("path")
                    .raw("l").string("dir" + (i % 100)).string("file-" + i + ".dat").raw("e").raw("e");
        }
        byte[] pieces = new byte[20 * 1000];
        random.nextBytes(pieces);
        info.raw("e").key("name").string("many").key("piece length").integer(1 << 20).key("pieces").string(pieces)
                .raw("e");
        return wrap(info.bytes(), pieces);
    }

    private static Torrent wrap(byte[] info, byte[] pieces) {
        Writer torrent = new Writer();
        torrent.raw("d").key("announce").string("http://127.0.0.1:6969/announce").key("creation date")
                .integer(1_700_000_000).key("info");
        int infoOffset = torrent.size();
        torrent.raw(info).raw("e");
        return new Torrent(torrent.bytes(), infoOffset, info.length, pieces);
    }

    /** Appends bencode tokens; keys must be given in sorted order by the caller. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer raw(String text) {
            return raw(text.getBytes(StandardCharsets.US_ASCII));
        }

        Writer raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Writer key(String key) {
            return string(key);
        }

        Writer string(String text) {
            return string(text.getBytes(StandardCharsets.UTF_8));
        }

        Writer string(byte[] bytes) {
            return raw(bytes.length + ":").raw(bytes);
        }

        Writer integer(long value) {
            return raw("i" + value + "e");
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
