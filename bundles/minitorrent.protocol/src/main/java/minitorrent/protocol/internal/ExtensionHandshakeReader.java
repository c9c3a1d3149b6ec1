package minitorrent.protocol.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.OptionalLong;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.bencode.DecoderLimits;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.PeerProtocolException;

/**
 * Reads an extension handshake (BEP 10) leniently, as the BEP asks of receivers: unknown keys are
 * ignored, and so is a known key whose value has the wrong type or is out of range, as if it were
 * absent. Only a payload that is not a bencoded dictionary at all is an error. Stateless.
 */
public final class ExtensionHandshakeReader {

    /** Far above any real handshake (a few hundred bytes), far below what could hurt. */
    private static final BencodeDecoder DECODER = new BencodeDecoder(new DecoderLimits(16, 10_000, 1 << 20));

    private ExtensionHandshakeReader() {
    }

    public static ExtensionHandshake read(ByteBuffer payload) throws PeerProtocolException {
        BencodeValue value;
        try {
            value = DECODER.decode(payload).value();
        } catch (BencodeException e) {
            throw new PeerProtocolException("extension handshake is not valid bencode: " + e.getMessage(), e);
        }
        if (!(value instanceof BencodeDictionary dictionary)) {
            throw new PeerProtocolException("extension handshake is not a dictionary but a "
                    + value.getClass().getSimpleName());
        }
        ExtensionHandshake.Builder builder = ExtensionHandshake.builder();
        if (dictionary.get("m").orElse(null) instanceof BencodeDictionary m) {
            readExtensions(m, builder);
        }
        if (dictionary.get("v").orElse(null) instanceof BencodeString v) {
            builder.clientName(v.text());
        }
        integer(dictionary, "p", 1, 0xffff).ifPresent(port -> builder.listenPort((int) port));
        if (dictionary.get("yourip").orElse(null) instanceof BencodeString ip && (ip.length() == 4 || ip.length() == 16)) {
            builder.yourIp(address(ip.bytes()));
        }
        integer(dictionary, "reqq", 1, Integer.MAX_VALUE).ifPresent(length -> builder.requestQueueLength((int) length));
        integer(dictionary, "metadata_size", 1, Long.MAX_VALUE).ifPresent(builder::metadataSize);
        return builder.build();
    }

    private static void readExtensions(BencodeDictionary m, ExtensionHandshake.Builder builder) {
        for (Map.Entry<BencodeString, BencodeValue> entry : m.entries().entrySet()) {
            if (entry.getValue() instanceof BencodeInteger(long id) && id >= 0 && id <= 0xff) {
                entry.getKey().strictText().ifPresent(name -> builder.extension(name, (int) id));
            }
        }
    }

    private static OptionalLong integer(BencodeDictionary dictionary, String key, long min, long max) {
        if (dictionary.get(key).orElse(null) instanceof BencodeInteger(long value) && value >= min && value <= max) {
            return OptionalLong.of(value);
        }
        return OptionalLong.empty();
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("4 or 16 bytes are an address: " + bytes.length, e);
        }
    }
}
