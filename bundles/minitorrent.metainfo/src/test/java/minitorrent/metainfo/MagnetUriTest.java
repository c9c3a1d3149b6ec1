package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing magnet links (BEP 9) as users paste them and as other clients make them. */
class MagnetUriTest {

    private static final String HEX = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
    private static final String LINK = "magnet:?xt=urn:btih:" + HEX;

    private static MagnetUri parse(String link) throws InvalidTorrentException {
        return MagnetUri.parse(link);
    }

    private static String error(String link) {
        return assertThrows(InvalidTorrentException.class, () -> MagnetUri.parse(link)).getMessage();
    }

    @Test
    void theSmallestLink() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK);
        assertEquals(InfoHash.fromHex(HEX), magnet.infoHash());
        assertEquals(Optional.empty(), magnet.displayName());
        assertEquals(List.of(), magnet.trackers());
        assertEquals(List.of(), magnet.webSeeds());
        assertEquals(List.of(), magnet.peers());
    }

    @Test
    void hexInEitherCase() throws InvalidTorrentException {
        assertEquals(InfoHash.fromHex(HEX), parse("MAGNET:?xt=URN:BTIH:" + HEX.toUpperCase()).infoHash());
    }

    @Test
    void base32InEitherCase() throws InvalidTorrentException {
        // RFC 4648 base32 of the 20 ASCII bytes "abcdefghijklmnopqrst".
        InfoHash expected = InfoHash.of("abcdefghijklmnopqrst".getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, parse("magnet:?xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U").infoHash());
        assertEquals(expected, parse("magnet:?xt=urn:btih:mfrggzdfmztwq2lknnwg23tpobyxe43u").infoHash());
    }

    @Test
    void displayNameIsPercentDecodedAsUtf8() throws InvalidTorrentException {
        assertEquals(Optional.of("Big Buck Bunny"), parse(LINK + "&dn=Big%20Buck%20Bunny").displayName());
        assertEquals(Optional.of("Über café ☕"), parse(LINK + "&dn=%C3%9Cber%20caf%c3%a9%20%E2%98%95").displayName());
        assertEquals(Optional.of("Über 😀"), parse(LINK + "&dn=Über 😀").displayName());
        assertEquals(Optional.of("first"), parse(LINK + "&dn=first&dn=second").displayName());
    }

    @Test
    void plusIsAPlusNotASpace() throws InvalidTorrentException {
        assertEquals(Optional.of("C++ in a+b"), parse(LINK + "&dn=C++%20in%20a+b").displayName());
        assertEquals(List.of("http://127.0.0.1:6969/announce?key=a+b"), parse(LINK + "&tr=http://127.0.0.1:6969/announce%3Fkey%3Da+b").trackers());
    }

    @Test
    void trackersInOrderWithoutDuplicates() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK + "&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&tr=udp://127.0.0.1:6970&tr=http://127.0.0.1:6969/announce"
                + "&tr=&tr=http://127.0.0.1:7000/a");
        assertEquals(List.of("http://127.0.0.1:6969/announce", "udp://127.0.0.1:6970", "http://127.0.0.1:7000/a"), magnet.trackers());
    }

    @Test
    void webSeeds() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK + "&ws=http%3A%2F%2F127.0.0.1%3A8080%2Fdata%2F&ws=http://127.0.0.1:8081/&ws=http://127.0.0.1:8081/");
        assertEquals(List.of("http://127.0.0.1:8080/data/", "http://127.0.0.1:8081/"), magnet.webSeeds());
    }

    @Test
    void peers() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK + "&x.pe=127.0.0.1:6881&x.pe=%5B::1%5D:6882&x.pe=[fe80::1:2]:6883&x.pe=localhost:6884"
                + "&x.pe=127.0.0.1:06881&x.pe=10.0.0.1%3A65535&x.pe=127.0.0.1:1");
        assertEquals(List.of("127.0.0.1:6881", "[::1]:6882", "[fe80::1:2]:6883", "localhost:6884", "10.0.0.1:65535", "127.0.0.1:1"),
                magnet.peers());
    }

    @Test
    void unknownParametersAreIgnoredHoweverTheyAreWritten() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK + "&xl=1234&as=http://127.0.0.1/x&kt=a+b&so=0-3&x.foo=%ZZ&&noequals&xt=urn:btmh:1220abcd");
        assertEquals(parse(LINK), magnet);
    }

    @Test
    void aV2HashBesideTheV1HashIsIgnored() throws InvalidTorrentException {
        assertEquals(InfoHash.fromHex(HEX), parse("magnet:?xt=urn:btmh:1220" + "ab".repeat(32) + "&xt=urn:btih:" + HEX).infoHash());
    }

    @Test
    void whiteSpaceAroundAPastedLinkIsIgnored() throws InvalidTorrentException {
        assertEquals(parse(LINK), parse("  " + LINK + "\n"));
    }

    @Test
    void missingHash() {
        assertEquals("magnet link has no xt=urn:btih parameter", error("magnet:?dn=nothing&tr=http://127.0.0.1:1/a"));
        assertEquals("magnet link has no xt=urn:btih parameter", error("magnet:?xt=urn:btmh:1220" + "ab".repeat(32)));
        assertEquals("magnet link has no xt=urn:btih parameter", error("magnet:?"));
    }

    @Test
    void badHashes() {
        assertEquals("xt=urn:btih:XYZ is neither 40 hex digits nor 32 base32 characters", error("magnet:?xt=urn:btih:XYZ"));
        assertEquals("xt=urn:btih:" + HEX + "0 is neither 40 hex digits nor 32 base32 characters", error(LINK + "0"));
        String notHex = "g" + HEX.substring(1);
        assertEquals("xt=urn:btih:" + notHex + " is neither 40 hex digits nor 32 base32 characters", error("magnet:?xt=urn:btih:" + notHex));
        assertEquals("xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE431 is neither 40 hex digits nor 32 base32 characters",
                error("magnet:?xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE431"));
        assertEquals("xt=urn:btih: is neither 40 hex digits nor 32 base32 characters", error("magnet:?xt=urn:btih:"));
    }

    @Test
    void twoDifferentHashes() {
        String other = "0".repeat(40);
        assertEquals("magnet link names two info hashes, " + HEX + " and " + other, error(LINK + "&xt=urn:btih:" + other));
    }

    @Test
    void theSameHashTwiceIsFine() throws InvalidTorrentException {
        assertEquals(parse(LINK), parse(LINK + "&xt=urn:btih:" + HEX.toUpperCase()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"host:99999", "host:0", "host:65536", "host:", "host:-1", "host:8o", "host:123456", "[::1]:99999"})
    void peersWithAnInvalidPort(String peer) {
        assertEquals("x.pe=" + peer + " has an invalid port", error(LINK + "&x.pe=" + peer));
    }

    @Test
    void peersWithoutAPortOrWithABadHost() {
        assertEquals("x.pe=host has no port", error(LINK + "&x.pe=host"));
        assertEquals("x.pe=::1:6881 has an IPv6 address without the brackets it needs", error(LINK + "&x.pe=::1:6881"));
        assertEquals("x.pe=[nothex]:6881 has an invalid IPv6 address", error(LINK + "&x.pe=[nothex]:6881"));
        assertEquals("x.pe=[]:6881 has an invalid IPv6 address", error(LINK + "&x.pe=[]:6881"));
        assertEquals("x.pe=:6881 has an invalid host", error(LINK + "&x.pe=:6881"));
        assertEquals("x.pe=a b:6881 has an invalid host", error(LINK + "&x.pe=a%20b:6881"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%G1x", "abc%4", "abc%", "%%41", "%٣٣"})
    void malformedPercentEscapes(String value) {
        String message = error(LINK + "&dn=" + value);
        assertEquals("dn=" + value + " has a malformed percent-escape at character " + value.indexOf('%'), message);
    }

    @Test
    void percentEscapesThatAreNotUtf8() {
        assertEquals("tr=http://127.0.0.1/%FF is not UTF-8 once percent-decoded", error(LINK + "&tr=http://127.0.0.1/%FF"));
    }

    @Test
    void notAMagnetLink() {
        assertEquals("not a magnet link: it does not start with 'magnet:?'", error("http://127.0.0.1/file.torrent"));
        assertEquals("not a magnet link: it does not start with 'magnet:?'", error("magnet:xt=urn:btih:" + HEX));
        assertEquals("not a magnet link: it does not start with 'magnet:?'", error(""));
    }

    @Test
    void toStringIsCanonical() throws InvalidTorrentException {
        MagnetUri magnet = parse("magnet:?tr=http://127.0.0.1:6969/announce%3Fkey%3Da+b&x.pe=[::1]:6881&dn=a b+c ü"
                + "&ws=http://127.0.0.1:8080/d%20f/&xt=urn:btih:" + HEX.toUpperCase() + "&x.pe=127.0.0.1:06882");
        assertEquals("magnet:?xt=urn:btih:" + HEX + "&dn=a%20b%2Bc%20%C3%BC&tr=http://127.0.0.1:6969/announce%3Fkey%3Da%2Bb"
                + "&ws=http://127.0.0.1:8080/d%20f/&x.pe=[::1]:6881&x.pe=127.0.0.1:6882", magnet.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {LINK, LINK + "&dn=%26%3D%25%23%2B%20%E2%82%AC", LINK + "&tr=udp://127.0.0.1:1&tr=http://127.0.0.1:2/a?b=c&d",
        LINK + "&ws=http://127.0.0.1/x&x.pe=[::ffff:127.0.0.1]:1&x.pe=127.0.0.1:2", "magnet:?xt=urn:btih:MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&dn=😀"})
    void roundTrips(String link) throws InvalidTorrentException {
        MagnetUri magnet = parse(link);
        MagnetUri again = parse(magnet.toString());
        assertEquals(magnet, again);
        assertEquals(magnet.hashCode(), again.hashCode());
        assertEquals(magnet.toString(), again.toString());
    }

    @Test
    void ofATorrent() throws InvalidTorrentException {
        TorrentFixture fixture = TorrentFixture.singleFile("Big Buck Bunny.mp4", TorrentFixture.randomBytes(20, 5_000), 16_384)
                .top("announce-list", TorrentFixture.list(TorrentFixture.strings("http://127.0.0.1:1/a", "udp://127.0.0.1:2"),
                        TorrentFixture.strings("http://127.0.0.1:3/c")))
                .top("url-list", "http://127.0.0.1:8080/seed/");
        Torrent torrent = fixture.parse();
        MagnetUri magnet = MagnetUri.of(torrent);
        assertEquals(fixture.expectedInfoHash(), magnet.infoHash());
        assertEquals(Optional.of("Big Buck Bunny.mp4"), magnet.displayName());
        assertEquals(List.of("http://127.0.0.1:1/a", "udp://127.0.0.1:2", "http://127.0.0.1:3/c"), magnet.trackers());
        assertEquals(List.of("http://127.0.0.1:8080/seed/"), magnet.webSeeds());
        assertEquals(List.of(), magnet.peers());
        assertEquals("magnet:?xt=urn:btih:" + fixture.expectedInfoHash().hex() + "&dn=Big%20Buck%20Bunny.mp4&tr=http://127.0.0.1:1/a"
                + "&tr=udp://127.0.0.1:2&tr=http://127.0.0.1:3/c&ws=http://127.0.0.1:8080/seed/", magnet.toString());
        assertEquals(magnet, parse(magnet.toString()));
    }

    @Test
    void equalityIsByEveryPart() throws InvalidTorrentException {
        assertEquals(parse(LINK + "&dn=x&tr=http://127.0.0.1:1/"), parse(LINK + "&tr=http%3A%2F%2F127.0.0.1%3A1%2F&dn=x"));
        assertNotEquals(parse(LINK + "&dn=x"), parse(LINK + "&dn=y"));
        assertNotEquals(parse(LINK + "&tr=http://127.0.0.1:1/&tr=http://127.0.0.1:2/"), parse(LINK + "&tr=http://127.0.0.1:2/&tr=http://127.0.0.1:1/"));
        assertNotEquals(parse(LINK + "&x.pe=127.0.0.1:1"), parse(LINK));
    }

    @Test
    void listsCannotBeChanged() throws InvalidTorrentException {
        MagnetUri magnet = parse(LINK + "&tr=http://127.0.0.1:1/");
        assertThrows(UnsupportedOperationException.class, () -> magnet.trackers().add("http://127.0.0.1:2/"));
    }
}
