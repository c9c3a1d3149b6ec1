package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Peer ids of other clients are shown by client name and version. */
class ClientNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -LT2080-abcdefghijkl | libtorrent 2.0.8
            -lt0D80-abcdefghijkl | libTorrent 0.13.8
            -TR3000-abcdefghijkl | Transmission 3.00
            -TR2940-abcdefghijkl | Transmission 2.94
            -TR300Z-abcdefghijkl | Transmission 3.00+
            -TR4050-abcdefghijkl | Transmission 4.0.5
            -qB4250-abcdefghijkl | qBittorrent 4.2.5
            -DE13F0-abcdefghijkl | Deluge 1.3.15
            -AZ5750-abcdefghijkl | Vuze 5.7.5
            -UT3551-abcdefghijkl | µTorrent 3.5.5.1
            A2-1-36-0-abcdefghij | aria2 1.36.0
            M4-3-6--abcdefghijkl | BitTorrent 4.3.6
            T03I-----abcdefghijk | BitTornado 0.3.18
            S58B-----abcdefghijk | Shadow's client 5.8.11
            -ZZ1234-abcdefghijkl | -ZZ1234-
            exbc-abcdefghijklmno | exbc-abcdefghijklmno
            """)
    void namesTheClient(String peerId, String name) {
        assertEquals(name, PeerId.of(peerId.getBytes(StandardCharsets.UTF_8)).clientName());
    }

    @Test
    void ourOwnIdIsMiniTorrent() {
        assertEquals("MiniTorrent 0.1.0", PeerId.generate().clientName());
    }

    @Test
    void anIdOfBinaryBytesShowsItsPrintablePrefix() {
        byte[] id = new byte[20];
        System.arraycopy("XYZ".getBytes(StandardCharsets.US_ASCII), 0, id, 0, 3);
        id[3] = (byte) 0xff;
        assertEquals("XYZ", PeerId.of(id).clientName());
        assertEquals("unknown client", PeerId.of(new byte[20]).clientName());
    }

    @Test
    void toStringEscapesBinaryBytes() {
        byte[] id = "-MT0100-abcdefghijkl".getBytes(StandardCharsets.US_ASCII);
        id[19] = 0x07;
        assertTrue(PeerId.of(id).toString().endsWith("k\\x07"), PeerId.of(id).toString());
    }
}
