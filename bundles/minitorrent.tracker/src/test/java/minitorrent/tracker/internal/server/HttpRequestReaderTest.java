package minitorrent.tracker.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The bounded reading of an HTTP request head: limits answered with 414 and 431, garbage with 400. */
class HttpRequestReaderTest {

    private static HttpRequestReader.RequestLine read(String request) throws Exception {
        return HttpRequestReader.read(new ByteArrayInputStream(request.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static int status(String request) {
        return assertThrows(BadHttpRequestException.class, () -> read(request)).status();
    }

    @Test
    void aGetWithHeaders() throws Exception {
        assertEquals(new HttpRequestReader.RequestLine("GET", "/announce?a=1"),
                read("GET /announce?a=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: y\r\n\r\n"));
        assertEquals(new HttpRequestReader.RequestLine("GET", "/scrape"), read("GET /scrape HTTP/1.0\n\n"));
    }

    @Test
    void limits() {
        String longTarget = "/" + "a".repeat(HttpRequestReader.MAX_REQUEST_LINE);
        assertEquals(414, status("GET " + longTarget + " HTTP/1.1\r\n\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\nX: " + "b".repeat(HttpRequestReader.MAX_HEADER_BYTES) + "\r\n\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\n" + "X: 1\r\n".repeat(HttpRequestReader.MAX_HEADERS + 1) + "\r\n"));
    }

    @Test
    void malformedRequests() {
        assertEquals(400, status("GET /\r\n\r\n"));
        assertEquals(400, status("GET / SPDY/3\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nHost: x\r\n"));
        assertEquals(400, status("GET /\u00e9 HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("GET /\u0000 HTTP/1.1\r\n\r\n"));
    }
}
