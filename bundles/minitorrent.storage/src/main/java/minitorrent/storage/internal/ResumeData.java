package minitorrent.storage.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InfoHash;

/**
 * What a storage knew when it last saved: the pieces verified (and forced to disk) and each file's
 * stamp at that moment, for one torrent. Bencoded as
 * {@code d 'info hash' <20 bytes> 'piece count' i 'pieces' <bitfield, BEP 3 order> 'files' l d 'size' i 'mtime' i e e e}.
 * Immutable.
 */
public record ResumeData(InfoHash infoHash, int pieceCount, BitSet pieces, List<FileStamp> files) {

    public ResumeData {
        pieces = (BitSet) pieces.clone();
        files = List.copyOf(files);
    }

    @Override
    public BitSet pieces() {
        return (BitSet) pieces.clone();
    }

    public byte[] encode() {
        List<BencodeValue> stamps = new ArrayList<>();
        for (FileStamp stamp : files) {
            stamps.add(BencodeDictionary.builder().put("size", stamp.size()).put("mtime", stamp.modifiedNanos()).build());
        }
        return BencodeEncoder.encode(BencodeDictionary.builder()
                .put("info hash", BencodeString.of(infoHash.bytes()))
                .put("piece count", pieceCount)
                .put("pieces", BencodeString.of(bitfield(pieces, pieceCount)))
                .put("files", new BencodeList(stamps))
                .build());
    }

    /** The resume data in {@code bytes}, or empty when they are not resume data of this shape (then nothing is trusted). */
    public static Optional<ResumeData> decode(byte[] bytes) {
        try {
            if (!(new BencodeDecoder().decode(bytes).value() instanceof BencodeDictionary top)) {
                return Optional.empty();
            }
            Optional<byte[]> hash = string(top, "info hash");
            Optional<Long> count = integer(top, "piece count");
            Optional<byte[]> field = string(top, "pieces");
            if (hash.isEmpty() || hash.get().length != InfoHash.LENGTH || count.isEmpty() || count.get() < 0
                    || count.get() > Integer.MAX_VALUE || field.isEmpty() || field.get().length != (count.get() + 7) / 8
                    || !(top.get("files").orElse(null) instanceof BencodeList list)) {
                return Optional.empty();
            }
            List<FileStamp> stamps = new ArrayList<>();
            for (BencodeValue value : list.values()) {
                if (!(value instanceof BencodeDictionary entry)) {
                    return Optional.empty();
                }
                Optional<Long> size = integer(entry, "size");
                Optional<Long> mtime = integer(entry, "mtime");
                if (size.isEmpty() || mtime.isEmpty()) {
                    return Optional.empty();
                }
                stamps.add(new FileStamp(size.get(), mtime.get()));
            }
            int pieceCount = (int) (long) count.get();
            return Optional.of(new ResumeData(InfoHash.of(hash.get()), pieceCount, pieces(field.get(), pieceCount), stamps));
        } catch (BencodeException e) {
            return Optional.empty();
        }
    }

    /** BEP 3 bitfield: piece 0 is the high bit of the first byte. */
    static byte[] bitfield(BitSet pieces, int count) {
        byte[] field = new byte[(count + 7) / 8];
        for (int piece = pieces.nextSetBit(0); piece >= 0 && piece < count; piece = pieces.nextSetBit(piece + 1)) {
            field[piece >>> 3] |= (byte) (0x80 >>> (piece & 7));
        }
        return field;
    }

    static BitSet pieces(byte[] field, int count) {
        BitSet pieces = new BitSet(count);
        for (int piece = 0; piece < count; piece++) {
            if ((field[piece >>> 3] & (0x80 >>> (piece & 7))) != 0) {
                pieces.set(piece);
            }
        }
        return pieces;
    }

    private static Optional<byte[]> string(BencodeDictionary dictionary, String key) {
        return dictionary.get(key).filter(BencodeString.class::isInstance).map(value -> ((BencodeString) value).bytes());
    }

    private static Optional<Long> integer(BencodeDictionary dictionary, String key) {
        return dictionary.get(key).filter(BencodeInteger.class::isInstance).map(value -> ((BencodeInteger) value).value());
    }
}
