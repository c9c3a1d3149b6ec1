package minitorrent.bencode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A bencoded byte string ({@code 4:spam}): raw bytes, often but not always UTF-8 text (piece hashes,
 * peer ids and compact peer lists are binary). Immutable.
 *
 * <p>A decoded string is a view into the decoder's private copy of the input, so decoding does not
 * copy each string (a torrent's 2 MB {@code pieces} string costs nothing extra). Equality and hash
 * code are by content; ordering is unsigned lexicographic byte order, the order BEP 3 prescribes
 * for dictionary keys.
 */
public final class BencodeString implements BencodeValue, Comparable<BencodeString> {

    /** How many characters of content {@link #toString()} shows. */
    private static final int TO_STRING_LIMIT = 64;

    private static final BencodeString EMPTY = new BencodeString(new byte[0], 0, 0);

    private final byte[] data;
    private final int offset;
    private final int length;
    /** Cached content hash; 0 means not computed yet (a racy single-check is safe for an int). */
    private int hash;

    /** Wraps a range of an array nobody else writes to; for the decoder and the factories. */
    BencodeString(byte[] data, int offset, int length) {
        this.data = data;
        this.offset = offset;
        this.length = length;
    }

    /** A string holding a copy of the given bytes. */
    public static BencodeString of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new BencodeString(bytes.clone(), 0, bytes.length);
    }

    /** A string holding the UTF-8 encoding of the given text. */
    public static BencodeString of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new BencodeString(bytes, 0, bytes.length);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /** The number of bytes. */
    public int length() {
        return length;
    }

    /** The byte at the given index, from 0 to {@code length() - 1}. */
    public byte byteAt(int index) {
        Objects.checkIndex(index, length);
        return data[offset + index];
    }

    /** A read-only view of the bytes, without copying (e.g. to slice piece hashes). */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(data, offset, length).slice().asReadOnlyBuffer();
    }

    /** Feeds the bytes to a digest without copying them. */
    public void update(MessageDigest digest) {
        digest.update(data, offset, length);
    }

    /** The bytes decoded as UTF-8, malformed sequences replaced by U+FFFD. */
    public String text() {
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    /** The bytes decoded as UTF-8, or empty when they are not valid UTF-8. */
    public Optional<String> strictText() {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, length));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** True when the bytes are exactly the UTF-8 encoding of the given text. */
    public boolean contentEquals(String text) {
        byte[] other = text.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(data, offset, offset + length, other, 0, other.length);
    }

    /** Unsigned lexicographic byte order, the order of dictionary keys in canonical bencode. */
    @Override
    public int compareTo(BencodeString other) {
        return Arrays.compareUnsigned(data, offset, offset + length, other.data, other.offset,
                other.offset + other.length);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BencodeString other && length == other.length
                && Arrays.equals(data, offset, offset + length, other.data, other.offset, other.offset + length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 1;
            for (int i = offset, end = offset + length; i < end; i++) {
                h = 31 * h + data[i];
            }
            hash = h;
        }
        return h;
    }

    /**
     * For messages and debugging: the quoted text when it is printable UTF-8, otherwise the length
     * and the first bytes in hex; long content is cut short.
     */
    @Override
    public String toString() {
        Optional<String> text = strictText();
        if (text.isPresent() && text.get().chars().noneMatch(Character::isISOControl)) {
            String shown = text.get();
            return shown.length() > TO_STRING_LIMIT ? "\"" + shown.substring(0, TO_STRING_LIMIT) + "\"..."
                    : "\"" + shown + "\"";
        }
        StringBuilder hex = new StringBuilder(length + " bytes 0x");
        for (int i = 0; i < Math.min(length, TO_STRING_LIMIT / 2); i++) {
            hex.append(Character.forDigit((data[offset + i] >> 4) & 0xF, 16))
                    .append(Character.forDigit(data[offset + i] & 0xF, 16));
        }
        return length > TO_STRING_LIMIT / 2 ? hex.append("...").toString() : hex.toString();
    }

    /** The backing array, for package code that must not copy (encoder, dictionary lookup). */
    byte[] array() {
        return data;
    }

    /** Where the bytes start in {@link #array()}. */
    int arrayOffset() {
        return offset;
    }
}
