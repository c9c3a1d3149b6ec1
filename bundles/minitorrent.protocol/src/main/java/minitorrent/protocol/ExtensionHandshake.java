package minitorrent.protocol;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeString;
import minitorrent.protocol.internal.ExtensionHandshakeReader;

/**
 * The extension protocol's handshake (BEP 10), the payload of the EXTENDED message with id 0:
 * which extensions the sender supports under which message ids ({@code m}), and what else it tells
 * about itself. Every field but {@code m} is optional. Immutable; made with {@link #builder()} or
 * {@link #decode}, which is lenient as BEP 10 asks: unknown keys and values of the wrong type or
 * range are ignored.
 */
public final class ExtensionHandshake {

    private final Map<String, Integer> extensions;
    private final String clientName;
    private final Integer listenPort;
    private final InetAddress yourIp;
    private final Integer requestQueueLength;
    private final Long metadataSize;

    private ExtensionHandshake(Builder builder) {
        this.extensions = Collections.unmodifiableMap(new TreeMap<>(builder.extensions));
        this.clientName = builder.clientName;
        this.listenPort = builder.listenPort;
        this.yourIp = builder.yourIp;
        this.requestQueueLength = builder.requestQueueLength;
        this.metadataSize = builder.metadataSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes the payload of an EXTENDED message with id 0.
     *
     * @throws PeerProtocolException if the payload is not a bencoded dictionary
     */
    public static ExtensionHandshake decode(ByteBuffer payload) throws PeerProtocolException {
        return ExtensionHandshakeReader.read(payload);
    }

    /**
     * The extensions by name and the message id the sender wants to receive them under ({@code m}),
     * sorted by name. An id of 0 means the sender disabled the extension (BEP 10).
     */
    public Map<String, Integer> extensions() {
        return extensions;
    }

    /** The message id under which the sender accepts this extension, if it supports it. */
    public OptionalInt extensionId(String name) {
        Integer id = extensions.get(name);
        return id == null || id == 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The client's name and version ({@code v}), e.g. "libtorrent 2.0.8". */
    public Optional<String> clientName() {
        return Optional.ofNullable(clientName);
    }

    /** The TCP port the sender listens on ({@code p}). */
    public OptionalInt listenPort() {
        return listenPort == null ? OptionalInt.empty() : OptionalInt.of(listenPort);
    }

    /** Our address as the sender sees it ({@code yourip}). */
    public Optional<InetAddress> yourIp() {
        return Optional.ofNullable(yourIp);
    }

    /** How many outstanding requests the sender accepts ({@code reqq}). */
    public OptionalInt requestQueueLength() {
        return requestQueueLength == null ? OptionalInt.empty() : OptionalInt.of(requestQueueLength);
    }

    /** The size of the info dictionary in bytes ({@code metadata_size}, BEP 9). */
    public OptionalLong metadataSize() {
        return metadataSize == null ? OptionalLong.empty() : OptionalLong.of(metadataSize);
    }

    /** The handshake as a bencoded dictionary, with only the fields that are set. */
    public BencodeDictionary toBencode() {
        BencodeDictionary.Builder m = BencodeDictionary.builder();
        extensions.forEach((name, id) -> m.put(name, id));
        BencodeDictionary.Builder dictionary = BencodeDictionary.builder().put("m", m.build());
        clientName().ifPresent(name -> dictionary.put("v", name));
        listenPort().ifPresent(port -> dictionary.put("p", port));
        yourIp().ifPresent(ip -> dictionary.put("yourip", BencodeString.of(ip.getAddress())));
        requestQueueLength().ifPresent(length -> dictionary.put("reqq", length));
        metadataSize().ifPresent(size -> dictionary.put("metadata_size", size));
        return dictionary.build();
    }

    /** The EXTENDED message carrying this handshake, in canonical bencode. */
    public PeerMessage.Extended toMessage() {
        return new PeerMessage.Extended(PeerMessage.Extended.HANDSHAKE_ID,
                ByteBuffer.wrap(BencodeEncoder.encode(toBencode())));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExtensionHandshake other && extensions.equals(other.extensions)
                && Objects.equals(clientName, other.clientName) && Objects.equals(listenPort, other.listenPort)
                && Objects.equals(yourIp, other.yourIp) && Objects.equals(requestQueueLength, other.requestQueueLength)
                && Objects.equals(metadataSize, other.metadataSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(extensions, clientName, listenPort, yourIp, requestQueueLength, metadataSize);
    }

    @Override
    public String toString() {
        return toBencode().toString();
    }

    /** Collects the fields of a handshake; each setter checks its value. Not thread-safe. */
    public static final class Builder {

        private final Map<String, Integer> extensions = new TreeMap<>();
        private String clientName;
        private Integer listenPort;
        private InetAddress yourIp;
        private Integer requestQueueLength;
        private Long metadataSize;

        private Builder() {
        }

        /** Maps an extension to the message id we want to receive it under; 0 disables it. */
        public Builder extension(String name, int id) {
            if (id < 0 || id > 0xff) {
                throw new IllegalArgumentException("an extended message id is one byte, not " + id + " for " + name);
            }
            extensions.put(Objects.requireNonNull(name, "name"), id);
            return this;
        }

        public Builder clientName(String name) {
            this.clientName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder listenPort(int port) {
            if (port < 1 || port > 0xffff) {
                throw new IllegalArgumentException("a listen port is 1 to 65535, not " + port);
            }
            this.listenPort = port;
            return this;
        }

        public Builder yourIp(InetAddress address) {
            this.yourIp = Objects.requireNonNull(address, "address");
            return this;
        }

        public Builder requestQueueLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("a request queue length is positive, not " + length);
            }
            this.requestQueueLength = length;
            return this;
        }

        public Builder metadataSize(long size) {
            if (size < 1) {
                throw new IllegalArgumentException("a metadata size is positive, not " + size);
            }
            this.metadataSize = size;
            return this;
        }

        public ExtensionHandshake build() {
            return new ExtensionHandshake(this);
        }
    }
}
