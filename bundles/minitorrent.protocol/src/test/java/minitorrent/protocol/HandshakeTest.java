package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import org.junit.jupiter.api.Test;

/** The handshake of BEP 3, from both sides of a connection. */
class HandshakeTest {

    private static final InfoHash INFO_HASH = InfoHash.fromHex("0123456789abcdef0123456789abcdef01234567");
    private static final InfoHash OTHER_HASH = InfoHash.fromHex("fedcba9876543210fedcba9876543210fedcba98");
    private static final PeerId PEER_ID = PeerId.of("-LT2080-abcdefghijkl".getBytes(StandardCharsets.US_ASCII));

    @Test
    void wireFormIsLengthNameReservedInfoHashPeerId() {
        byte[] expected = ByteBuffer.allocate(68).put((byte) 19).put("BitTorrent protocol".getBytes(StandardCharsets.US_ASCII))
                .put(HexFormat.of().parseHex("0000000000100000")).put(INFO_HASH.bytes()).put(PEER_ID.bytes()).array();
        assertArrayEquals(expected, Handshake.ours(INFO_HASH, PEER_ID).encode().array());
    }

    @Test
    void weAdvertiseTheExtensionProtocolAndNothingElse() {
        ReservedBits ours = Handshake.ours(INFO_HASH, PEER_ID).reserved();
        assertTrue(ours.supportsExtensionProtocol());
        assertFalse(ours.supportsFastExtension());
        assertFalse(ours.supportsDht());
        assertEquals("0000000000100000", ours.toString());
    }

    @Test
    void reservedBitsOfOtherClientsAreRead() {
        // libtorrent advertises the extension protocol, the fast extension and DHT: byte 5 0x10, byte 7 0x05
        ReservedBits libtorrent = new ReservedBits(ByteBuffer.wrap(HexFormat.of().parseHex("0000000000100005")).getLong());
        assertTrue(libtorrent.supportsExtensionProtocol());
        assertTrue(libtorrent.supportsFastExtension());
        assertTrue(libtorrent.supportsDht());
        assertFalse(ReservedBits.NONE.supportsExtensionProtocol());
    }

    @Test
    void theDialingSideDecodesAHandshakeSplitAnywhere() throws PeerProtocolException {
        Handshake sent = new Handshake(ReservedBits.NONE, INFO_HASH, PEER_ID);
        byte[] wire = sent.encode().array();
        for (int cut = 0; cut <= wire.length; cut++) {
            HandshakeDecoder decoder = new HandshakeDecoder();
            ByteBuffer first = ByteBuffer.wrap(wire, 0, cut);
            Optional<Handshake> early = decoder.decode(first, INFO_HASH);
            assertEquals(cut == wire.length, early.isPresent(), "cut at " + cut);
            Optional<Handshake> decoded = early.isPresent() ? early
                    : decoder.decode(ByteBuffer.wrap(wire, cut, wire.length - cut), INFO_HASH);
            assertEquals(Optional.of(sent), decoded, "cut at " + cut);
        }
    }

    @Test
    void theHandshakeDecoderTakesNoByteOfTheMessagesAfterIt() throws PeerProtocolException {
        ByteBuffer in = ByteBuffer.allocate(68 + 5).put(Handshake.ours(INFO_HASH, PEER_ID).encode())
                .put(PeerMessageEncoder.encode(new PeerMessage.Unchoke())).flip();
        assertTrue(new HandshakeDecoder().decode(in, INFO_HASH).isPresent());
        assertEquals(68, in.position());
        assertEquals(Optional.of(new PeerMessage.Unchoke()), new PeerMessageDecoder(Messages.SHAPE).decode(in));
    }

    @Test
    void anotherInfoHashIsAHandshakeError() {
        ByteBuffer in = Handshake.ours(OTHER_HASH, PEER_ID).encode();
        PeerProtocolException error = assertThrows(PeerProtocolException.class,
                () -> new HandshakeDecoder().decode(in, INFO_HASH));
        assertEquals("handshake for info hash fedcba9876543210fedcba9876543210fedcba98, expected "
                + "0123456789abcdef0123456789abcdef01234567", error.getMessage());
    }

    @Test
    void anotherProtocolIsAHandshakeError() {
        byte[] wire = Handshake.ours(INFO_HASH, PEER_ID).encode().array();
        wire[0] = 18;
        PeerProtocolException lengthError = assertThrows(PeerProtocolException.class,
                () -> new HandshakeDecoder().decodeHeader(ByteBuffer.wrap(wire)));
        assertEquals("handshake does not start with 19 and 'BitTorrent protocol' but with 18 and 'BitTorrent protocol'",
                lengthError.getMessage());
        byte[] encrypted = new byte[68];
        encrypted[0] = 19;
        encrypted[1] = (byte) 0x9c;
        PeerProtocolException nameError = assertThrows(PeerProtocolException.class,
                () -> new HandshakeDecoder().decodeHeader(ByteBuffer.wrap(encrypted)));
        assertTrue(nameError.getMessage().endsWith("but with 19 and '\\x9c" + "\\x00".repeat(18) + "'"),
                nameError.getMessage());
    }

    @Test
    void theAcceptingSideLearnsTheInfoHashBeforeThePeerIdArrives() throws PeerProtocolException {
        // BEP 3: the recipient answers as soon as it sees the info hash; the peer id may come after.
        byte[] wire = Handshake.ours(INFO_HASH, PEER_ID).encode().array();
        HandshakeDecoder decoder = new HandshakeDecoder();
        ByteBuffer upToInfoHash = ByteBuffer.wrap(wire, 0, 48);
        assertEquals(Optional.of(new HandshakeHeader(ReservedBits.OURS, INFO_HASH)), decoder.decodeHeader(upToInfoHash));
        assertEquals(Optional.empty(), decoder.decodePeerId(upToInfoHash));
        ByteBuffer peerId = ByteBuffer.wrap(wire, 48, 20);
        assertEquals(Optional.of(Handshake.ours(INFO_HASH, PEER_ID)), decoder.decodePeerId(peerId));
    }

    @Test
    void thePeerIdCannotBeReadBeforeTheHeader() {
        assertThrows(IllegalStateException.class, () -> new HandshakeDecoder().decodePeerId(ByteBuffer.allocate(68)));
    }
}
