package minitorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;

/**
 * Builds .torrent bytes for tests from data the test generates: the piece hashes are computed here
 * with MessageDigest over the real content, so every expected value is derived independently of
 * the parser. Starts valid; {@link #info}, {@link #top} and the {@code without...} methods change or remove keys to make the
 * torrent wrong in exactly one way. Mutable, used by one test thread.
 */
final class TorrentFixture {

    /** One file of a multi-file fixture: its content and its 'path' components as bencode values. */
    record FileSpec(byte[] content, List<BencodeValue> path, String attr) {

        static FileSpec of(byte[] content, String... path) {
            return new FileSpec(content, Arrays.stream(path).<BencodeValue>map(BencodeString::of).toList(), "");
        }

        static FileSpec ofComponents(byte[] content, BencodeValue... path) {
            return new FileSpec(content, List.of(path), "");
        }

        FileSpec withAttr(String newAttr) {
            return new FileSpec(content, path, newAttr);
        }

        BencodeDictionary entry() {
            BencodeDictionary.Builder entry = BencodeDictionary.builder()
                    .put("length", content.length)
                    .put("path", new BencodeList(path));
            if (!attr.isEmpty()) {
                entry.put("attr", attr);
            }
            return entry.build();
        }
    }

    private final Map<String, BencodeValue> info = new LinkedHashMap<>();
    private final Map<String, BencodeValue> top = new LinkedHashMap<>();
    private final byte[] content;
    private boolean includeInfo = true;

    private TorrentFixture(String name, int pieceLength, byte[] content) {
        this.content = content;
        info.put("name", BencodeString.of(name));
        info.put("piece length", new BencodeInteger(pieceLength));
        info.put("pieces", BencodeString.of(pieceHashes(content, pieceLength)));
    }

    static TorrentFixture singleFile(String name, byte[] content, int pieceLength) {
        TorrentFixture fixture = new TorrentFixture(name, pieceLength, content);
        fixture.info.put("length", new BencodeInteger(content.length));
        return fixture;
    }

    static TorrentFixture multiFile(String name, int pieceLength, FileSpec... files) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<BencodeValue> entries = new ArrayList<>();
        for (FileSpec file : files) {
            all.writeBytes(file.content());
            entries.add(file.entry());
        }
        TorrentFixture fixture = new TorrentFixture(name, pieceLength, all.toByteArray());
        fixture.info.put("files", new BencodeList(entries));
        return fixture;
    }

    /** Sets a key of the info dictionary. */
    TorrentFixture info(String key, BencodeValue value) {
        info.put(key, value);
        return this;
    }

    TorrentFixture info(String key, String value) {
        return info(key, BencodeString.of(value));
    }

    TorrentFixture info(String key, long value) {
        return info(key, new BencodeInteger(value));
    }

    TorrentFixture withoutInfoKey(String key) {
        info.remove(key);
        return this;
    }

    /** Sets a key of the top-level dictionary (other than 'info'). */
    TorrentFixture top(String key, BencodeValue value) {
        top.put(key, value);
        return this;
    }

    TorrentFixture top(String key, String value) {
        return top(key, BencodeString.of(value));
    }

    TorrentFixture top(String key, long value) {
        return top(key, new BencodeInteger(value));
    }

    /** Leaves the 'info' key out of the top-level dictionary altogether. */
    TorrentFixture withoutInfo() {
        includeInfo = false;
        return this;
    }

    /** The concatenated content of all files, as the piece hashes cover it. */
    byte[] content() {
        return content.clone();
    }

    BencodeDictionary infoDictionary() {
        return dictionary(info);
    }

    /** The canonical encoding of the info dictionary: what the info hash must be the SHA-1 of. */
    byte[] infoBytes() {
        return BencodeEncoder.encode(infoDictionary());
    }

    InfoHash expectedInfoHash() {
        return InfoHash.of(sha1(infoBytes()));
    }

    byte[] bytes() {
        Map<String, BencodeValue> all = new LinkedHashMap<>(top);
        if (includeInfo) {
            all.put("info", infoDictionary());
        }
        return BencodeEncoder.encode(dictionary(all));
    }

    Torrent parse() throws InvalidTorrentException {
        return new TorrentParser().parse(bytes());
    }

    static byte[] pieceHashes(byte[] data, int pieceLength) {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        for (int from = 0; from < data.length; from += pieceLength) {
            hashes.writeBytes(sha1(Arrays.copyOfRange(data, from, Math.min(data.length, from + pieceLength))));
        }
        return hashes.toByteArray();
    }

    static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Reproducible pseudo-random content, different for every seed. */
    static byte[] randomBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static BencodeList strings(String... texts) {
        return new BencodeList(Arrays.stream(texts).<BencodeValue>map(BencodeString::of).toList());
    }

    static BencodeList list(BencodeValue... values) {
        return new BencodeList(List.of(values));
    }

    private static BencodeDictionary dictionary(Map<String, BencodeValue> entries) {
        BencodeDictionary.Builder builder = BencodeDictionary.builder();
        entries.forEach(builder::put);
        return builder.build();
    }
}
