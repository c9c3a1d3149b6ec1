package minitorrent.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;

/**
 * A torrent built for a test from random content the test holds: the piece hashes are computed
 * here with MessageDigest over that content (pad files count as zeros), independently of the code
 * under test, and the .torrent is parsed by the real parser. Immutable once built.
 */
record TestTorrent(Torrent torrent, List<byte[]> contents, byte[] all) {

    /** One file: its path ('/'-separated), length and whether it is a BEP 47 pad file. */
    record Spec(String path, int length, boolean pad) {

        static Spec file(String path, int length) {
            return new Spec(path, length, false);
        }

        static Spec pad(int length) {
            return new Spec(".pad/" + length, length, true);
        }
    }

    static TestTorrent multiFile(String name, int pieceLength, long seed, Spec... specs) {
        Random random = new Random(seed);
        List<byte[]> contents = new ArrayList<>();
        List<BencodeValue> entries = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Spec spec : specs) {
            byte[] content = new byte[spec.length()];
            if (!spec.pad()) {
                random.nextBytes(content);
            }
            contents.add(content);
            all.writeBytes(content);
            BencodeDictionary.Builder entry = BencodeDictionary.builder()
                    .put("length", spec.length())
                    .put("path", new BencodeList(Arrays.stream(spec.path().split("/")).<BencodeValue>map(BencodeString::of).toList()));
            if (spec.pad()) {
                entry.put("attr", "p");
            }
            entries.add(entry.build());
        }
        BencodeDictionary.Builder info = BencodeDictionary.builder().put("name", name).put("files", new BencodeList(entries));
        return build(info, pieceLength, all.toByteArray(), contents);
    }

    static TestTorrent singleFile(String name, int pieceLength, int length, long seed) {
        byte[] content = new byte[length];
        new Random(seed).nextBytes(content);
        BencodeDictionary.Builder info = BencodeDictionary.builder().put("name", name).put("length", length);
        return build(info, pieceLength, content, List.of(content));
    }

    private static TestTorrent build(BencodeDictionary.Builder info, int pieceLength, byte[] all, List<byte[]> contents) {
        info.put("piece length", pieceLength).put("pieces", BencodeString.of(pieceHashes(all, pieceLength)));
        byte[] bytes = BencodeEncoder.encode(BencodeDictionary.builder().put("info", info.build()).build());
        try {
            return new TestTorrent(new TorrentParser().parse(bytes), contents, all);
        } catch (InvalidTorrentException e) {
            throw new IllegalStateException("test torrent rejected: " + e.getMessage(), e);
        }
    }

    static byte[] pieceHashes(byte[] all, int pieceLength) {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        for (int start = 0; start < all.length; start += pieceLength) {
            hashes.writeBytes(sha1(Arrays.copyOfRange(all, start, Math.min(all.length, start + pieceLength))));
        }
        return hashes.toByteArray();
    }

    static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of piece {@code piece} of the whole content. */
    byte[] piece(int piece) {
        int length = torrent.pieceLength();
        return Arrays.copyOfRange(all, piece * length, (int) Math.min(all.length, (long) piece * length + length));
    }

    /** Writes every real file's content under {@code folder} as another client would have left it. */
    void writeFilesUnder(Path folder) {
        try {
            Path root = torrent.isMultiFile() ? folder.resolve(torrent.name()) : folder;
            for (int i = 0; i < contents.size(); i++) {
                if (!torrent.files().get(i).padFile()) {
                    Path file = torrent.files().get(i).resolveUnder(root);
                    Files.createDirectories(file.getParent());
                    Files.write(file, contents.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
