package minitorrent.metainfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.internal.AtomicTorrentFile;
import minitorrent.metainfo.internal.OuterKeys;

/**
 * Rewrites a .torrent with edited trackers, web seeds and comment. The info dictionary is copied
 * byte for byte from the original, never re-encoded, so the info hash stays what every client
 * already knows even when the original was not canonical; the keys around it are written in
 * canonical bencode, and keys MiniTorrent does not know are kept. Stateless.
 */
public final class MetainfoWriter {

    private static final BencodeString INFO = BencodeString.of("info");

    /** The keys an edit replaces, with the '.utf-8' twins the parser would otherwise prefer. */
    private static final List<String> EDITED_KEYS = List.of("announce", "announce.utf-8", "announce-list", "url-list", "comment",
            "comment.utf-8");

    private MetainfoWriter() {
    }

    /**
     * The bytes of the original torrent with the edits applied.
     *
     * @throws InvalidTorrentException when the original is not a valid torrent, or an edited URL
     *                                 is not one a client can use (the message names it)
     */
    public static byte[] rewrite(byte[] original, MetainfoEdits edits) throws InvalidTorrentException {
        checkUrls(edits);
        Torrent torrent = new TorrentParser().parse(original);
        BencodeDictionary top;
        try {
            top = (BencodeDictionary) new BencodeDecoder().decode(original).value();
        } catch (BencodeException e) {
            throw new IllegalStateException("a torrent the parser accepted does not decode: " + e.getMessage(), e);
        }
        BencodeDictionary.Builder rewritten = BencodeDictionary.builder();
        for (Map.Entry<BencodeString, BencodeValue> entry : top.entries().entrySet()) {
            if (EDITED_KEYS.stream().noneMatch(entry.getKey()::contentEquals)) {
                rewritten.put(entry.getKey(), entry.getValue());
            }
        }
        OuterKeys.putTrackers(rewritten, edits.trackers());
        OuterKeys.putWebSeeds(rewritten, edits.webSeeds());
        edits.comment().ifPresent(comment -> rewritten.put("comment", comment));
        return encodeKeepingInfo(rewritten.build(), torrent.infoBytes());
    }

    /** Replaces the file at {@code target} atomically with these torrent bytes. */
    public static void write(byte[] torrent, Path target) throws IOException {
        AtomicTorrentFile.write(torrent, target, true);
    }

    private static void checkUrls(MetainfoEdits edits) throws InvalidTorrentException {
        for (List<String> tier : edits.trackers()) {
            for (String url : tier) {
                Optional<String> problem = TorrentUrls.trackerProblem(url);
                if (problem.isPresent()) {
                    throw new InvalidTorrentException("tracker " + problem.get());
                }
            }
        }
        for (String url : edits.webSeeds()) {
            Optional<String> problem = TorrentUrls.webSeedProblem(url);
            if (problem.isPresent()) {
                throw new InvalidTorrentException("web seed " + problem.get());
            }
        }
    }

    /** Canonical bencode of the dictionary (keys sorted), with the original bytes as the value of 'info'. */
    private static byte[] encodeKeepingInfo(BencodeDictionary top, byte[] infoBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(infoBytes.length + 1024);
        out.write('d');
        for (Map.Entry<BencodeString, BencodeValue> entry : top.entries().entrySet()) {
            out.writeBytes(BencodeEncoder.encode(entry.getKey()));
            out.writeBytes(entry.getKey().equals(INFO) ? infoBytes : BencodeEncoder.encode(entry.getValue()));
        }
        out.write('e');
        return out.toByteArray();
    }
}
