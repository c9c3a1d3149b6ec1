package minitorrent.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.TypeConversionException;

/** The values {@code download} and {@code seed} read: rates, peer addresses, durations shown. */
class TransferOptionsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1000, 1000", "500K, 512000", "2M, 2097152", "1.5M, 1572864", "1G, 1073741824", "2MiB, 2097152",
            "64KB/s, 65536", "256k, 262144"})
    void ratesAreBytesPerSecondWithBinarySuffixes(String text, long bytes) {
        assertEquals(bytes, new RateConverter().convert(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "-1K", "", "1T", "NaN", "9999999999G"})
    void anythingElseIsRefusedNamingTheValue(String text) {
        TypeConversionException refused = assertThrows(TypeConversionException.class, () -> new RateConverter().convert(text));
        assertTrue(refused.getMessage().contains("'" + text + "' is not a rate"), refused.getMessage());
    }

    @Test
    void peersAreHostAndPortWithIpv6InBrackets() {
        assertEquals(new InetSocketAddress("127.0.0.1", 6881), new PeerAddressConverter().convert("127.0.0.1:6881"));
        assertEquals(new InetSocketAddress("::1", 51413), new PeerAddressConverter().convert("[::1]:51413"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"127.0.0.1|is not HOST:PORT", "127.0.0.1:|is not HOST:PORT",
            "127.0.0.1:0|the port must be 1 to 65535", "127.0.0.1:http|the port is not a number", "::1:80|in brackets"})
    void badPeersAreRefusedSayingWhy(String text, String reason) {
        TypeConversionException refused = assertThrows(TypeConversionException.class, () -> new PeerAddressConverter().convert(text));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void etasReadAsClocks() {
        assertEquals("0:07", minitorrent.engine.Durations.clock(Duration.ofSeconds(7)));
        assertEquals("2:03", minitorrent.engine.Durations.clock(Duration.ofSeconds(123)));
        assertEquals("1:02:03", minitorrent.engine.Durations.clock(Duration.ofSeconds(3723)));
    }
}
