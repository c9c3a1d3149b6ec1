package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The extension protocol's handshake (BEP 10): written canonically, read leniently. */
class ExtensionHandshakeTest {

    private static ExtensionHandshake full() throws Exception {
        return ExtensionHandshake.builder().extension("ut_pex", 1).extension("ut_metadata", 3)
                .clientName("MiniTorrent 0.1.0").listenPort(6881)
                .yourIp(InetAddress.getByAddress(new byte[] {127, 0, 0, 1})).requestQueueLength(250)
                .metadataSize(31235).build();
    }

    /** Bencode written by hand: text with raw bytes spliced in where a string holds binary. */
    private static ByteBuffer bencode(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return ByteBuffer.wrap(out.toByteArray());
    }

    @Test
    void encodesCanonicallyWithKeysInByteOrder() throws Exception {
        ByteBuffer expected = bencode("d1:md11:ut_metadatai3e6:ut_pexi1ee13:metadata_sizei31235e1:pi6881e4:reqqi250e",
                "1:v17:MiniTorrent 0.1.06:yourip4:", new byte[] {127, 0, 0, 1}, "e");
        assertEquals(expected, full().toMessage().payload());
        assertEquals(PeerMessage.Extended.HANDSHAKE_ID, full().toMessage().extendedId());
    }

    @Test
    void roundTripsThroughTheWire() throws Exception {
        ByteBuffer wire = PeerMessageEncoder.encode(full().toMessage());
        List<PeerMessage> decoded = Messages.decodeChunks(new PeerMessageDecoder(Messages.SHAPE), wire);
        PeerMessage.Extended extended = (PeerMessage.Extended) decoded.get(0);
        assertEquals(0, extended.extendedId());
        assertEquals(full(), ExtensionHandshake.decode(extended.payload()));
    }

    @Test
    void anEmptyHandshakeHasOnlyAnEmptyM() throws PeerProtocolException {
        ExtensionHandshake empty = ExtensionHandshake.builder().build();
        assertEquals(bencode("d1:mdee"), empty.toMessage().payload());
        assertEquals(empty, ExtensionHandshake.decode(bencode("d1:mdee")));
        assertEquals(empty, ExtensionHandshake.decode(bencode("de")));
    }

    @Test
    void readsTheFieldsOfAHandshakeLikeBep10sExample() throws Exception {
        ExtensionHandshake handshake = ExtensionHandshake.decode(
                bencode("d1:md11:LT_metadatai1e6:ut_pexi2ee1:pi6881e1:v13:\u00b5Torrent 1.2e"));
        assertEquals(Map.of("LT_metadata", 1, "ut_pex", 2), handshake.extensions());
        assertEquals(OptionalInt.of(2), handshake.extensionId("ut_pex"));
        assertEquals(OptionalInt.empty(), handshake.extensionId("ut_metadata"));
        assertEquals(OptionalInt.of(6881), handshake.listenPort());
        assertEquals(Optional.of("\u00b5Torrent 1.2"), handshake.clientName());
        assertEquals(Optional.empty(), handshake.yourIp());
    }

    @Test
    void anIpv6AddressIsSixteenBytes() throws Exception {
        byte[] loopback = InetAddress.getByName("::1").getAddress();
        ExtensionHandshake handshake = ExtensionHandshake.decode(bencode("d6:yourip16:", loopback, "e"));
        assertEquals(Optional.of(InetAddress.getByName("::1")), handshake.yourIp());
    }

    @Test
    void anExtensionMappedToZeroIsDisabled() throws PeerProtocolException {
        ExtensionHandshake handshake = ExtensionHandshake.decode(bencode("d1:md6:ut_pexi0eee"));
        assertEquals(Map.of("ut_pex", 0), handshake.extensions());
        assertEquals(OptionalInt.empty(), handshake.extensionId("ut_pex"));
    }

    @Test
    void unknownKeysAndValuesOfTheWrongTypeOrRangeAreIgnored() throws PeerProtocolException {
        ExtensionHandshake handshake = ExtensionHandshake.decode(bencode("d12:complete_agoi5e",
                "1:md5:lt_ddi-1e7:ut_gonei0e7:ut_holei4e11:ut_metadata3:abc6:ut_pexi300e3:",
                new byte[] {(byte) 0xff, 'x', 'y'}, "i5ee", // a key that is not UTF-8
                "13:metadata_size0:1:p3:abc4:reqqi-1e11:upload_onlyi1e1:vi3e6:yourip3:abce"));
        assertEquals(Map.of("ut_gone", 0, "ut_hole", 4), handshake.extensions());
        assertEquals(ExtensionHandshake.builder().extension("ut_gone", 0).extension("ut_hole", 4).build(), handshake);
    }

    @Test
    void numbersOutOfRangeAreIgnored() throws PeerProtocolException {
        assertEquals(OptionalInt.empty(), ExtensionHandshake.decode(bencode("d1:pi0ee")).listenPort());
        assertEquals(OptionalInt.empty(), ExtensionHandshake.decode(bencode("d1:pi65536ee")).listenPort());
        assertEquals(OptionalInt.of(65535), ExtensionHandshake.decode(bencode("d1:pi65535ee")).listenPort());
        assertEquals(OptionalInt.empty(), ExtensionHandshake.decode(bencode("d4:reqqi2147483648ee")).requestQueueLength());
        assertEquals(OptionalLong.empty(), ExtensionHandshake.decode(bencode("d13:metadata_sizei0ee")).metadataSize());
        assertEquals(Optional.empty(), ExtensionHandshake.decode(bencode("d6:yourip5:abcdee")).yourIp());
    }

    @Test
    void aPayloadThatIsNoDictionaryIsAProtocolError() {
        PeerProtocolException list = assertThrows(PeerProtocolException.class,
                () -> ExtensionHandshake.decode(bencode("li1ee")));
        assertEquals("extension handshake is not a dictionary but a BencodeList", list.getMessage());
        PeerProtocolException truncated = assertThrows(PeerProtocolException.class,
                () -> ExtensionHandshake.decode(bencode("d1:md6:ut_pexi1e")));
        assertTrue(truncated.getMessage().startsWith("extension handshake is not valid bencode: "), truncated.getMessage());
        assertThrows(PeerProtocolException.class, () -> ExtensionHandshake.decode(ByteBuffer.allocate(0)));
    }

    @Test
    void encodingOneExtensionTwiceKeepsTheLastId() throws PeerProtocolException {
        ExtensionHandshake handshake = ExtensionHandshake.builder().extension("ut_pex", 1).extension("ut_pex", 2).build();
        assertArrayEquals("d1:md6:ut_pexi2eee".getBytes(StandardCharsets.US_ASCII), bytes(handshake.toMessage().payload()));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
