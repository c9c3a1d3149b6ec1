package minitorrent.tracker.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the head of an HTTP/1.x request with bounds: the request line (and so the URL) and the
 * headers are limited in length and number, so a client cannot make the tracker buffer without
 * end. The headers are skipped: a tracker needs only the target. Stateless.
 */
final class HttpRequestReader {

    /** Enough for a scrape of 74 torrents with every byte percent-encoded. */
    static final int MAX_REQUEST_LINE = 8192;
    static final int MAX_HEADER_BYTES = 8192;
    static final int MAX_HEADERS = 64;

    private HttpRequestReader() {
    }

    /**
     * The method and target of the request, after its headers were read.
     *
     * @throws BadHttpRequestException 414 for a request line too long, 431 for headers too large or
     *                                 too many, 400 for anything malformed
     */
    static RequestLine read(InputStream in) throws IOException, BadHttpRequestException {
        String line = readLine(in, MAX_REQUEST_LINE, 414, "the request line is longer than " + MAX_REQUEST_LINE + " bytes");
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadHttpRequestException(400, "malformed request line");
        }
        int headerBytes = 0;
        for (int headers = 0;; headers++) {
            String header = readLine(in, MAX_HEADER_BYTES - headerBytes, 431, "the headers are longer than "
                    + MAX_HEADER_BYTES + " bytes");
            if (header.isEmpty()) {
                return new RequestLine(parts[0], parts[1]);
            }
            if (headers == MAX_HEADERS) {
                throw new BadHttpRequestException(431, "more than " + MAX_HEADERS + " headers");
            }
            headerBytes += header.length() + 2;
        }
    }

    /** A line up to CRLF (or a bare LF), without it; at most {@code limit} bytes of ASCII. */
    private static String readLine(InputStream in, int limit, int status, String tooLong)
            throws IOException, BadHttpRequestException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new BadHttpRequestException(400, "the request ended before its headers did");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.US_ASCII);
            }
            if (b >= 0x80 || (b < 0x20 && b != '\r' && b != '\t')) {
                throw new BadHttpRequestException(400, "a byte 0x" + Integer.toHexString(b) + " that HTTP does not allow");
            }
            if (line.size() >= limit) {
                throw new BadHttpRequestException(status, tooLong);
            }
            line.write(b);
        }
    }

    /**
     * The first line of a request.
     *
     * @param method e.g. GET
     * @param target e.g. {@code /announce?info_hash=...}
     */
    record RequestLine(String method, String target) {
    }
}
