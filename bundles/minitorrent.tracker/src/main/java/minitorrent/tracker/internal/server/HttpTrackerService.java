package minitorrent.tracker.internal.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.TrackerServerEvent.Transport;

/**
 * The HTTP front end of our tracker: {@code GET /announce} and {@code GET /scrape} (BEP 3, 48)
 * on a small HTTP/1.1 server of its own, so that request size, connection count and read time
 * are all bounded. Every tracker answer is HTTP 200 with a bencoded body, a refusal included
 * ({@code failure reason}), as trackers do; only requests that are not HTTP get an error status.
 * One virtual thread accepts, one serves each connection (one request, then close).
 */
public final class HttpTrackerService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpTrackerService.class.getName());
    /** Concurrent connections served; more are closed at once. */
    private static final int MAX_CONNECTIONS = 256;
    /** A client has this long to send its request: slow clients must not hold threads forever. */
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    /** A scrape may ask about this many torrents at most. */
    private static final int MAX_SCRAPE_HASHES = 100;

    private final ServerSocket server;
    private final TrackerService service;
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private HttpTrackerService(ServerSocket server, TrackerService service) {
        this.server = server;
        this.service = service;
        this.acceptor = Thread.ofVirtual().name("tracker-http-accept").unstarted(this::acceptLoop);
    }

    /** Binds and starts serving. */
    public static HttpTrackerService start(InetSocketAddress bind, TrackerService service) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(bind, 128);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        HttpTrackerService http = new HttpTrackerService(server, service);
        http.acceptor.start();
        return http;
    }

    /** The bound address, with the real port when port 0 was asked for. */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Stops accepting, closes open connections, and waits for the acceptor to end. */
    @Override
    public void close() throws InterruptedException {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the tracker's server socket", e);
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        acceptor.join();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "accepting a tracker connection failed", e);
                }
                continue;
            }
            if (!connections.tryAcquire()) {
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            Thread.ofVirtual().name("tracker-http-" + socket.getRemoteSocketAddress()).start(() -> {
                try {
                    serve(socket);
                } finally {
                    open.remove(socket);
                    closeQuietly(socket);
                    connections.release();
                }
            });
        }
    }

    private void serve(Socket socket) {
        InetAddress from = socket.getInetAddress();
        try (socket) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            HttpRequestReader.RequestLine request;
            try {
                request = HttpRequestReader.read(new BufferedInputStream(socket.getInputStream()));
            } catch (BadHttpRequestException e) {
                service.rejected(Transport.HTTP, from, e.getMessage());
                respond(out, e.status(), "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!request.method().equals("GET")) {
                respond(out, 405, "text/plain", "only GET is served".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String target = request.target();
            int queryStart = target.indexOf('?');
            String path = queryStart < 0 ? target : target.substring(0, queryStart);
            String query = queryStart < 0 ? "" : target.substring(queryStart + 1);
            switch (path) {
                case "/announce", "/scrape" -> respond(out, 200, "text/plain", trackerReply(path, query, socket));
                default -> respond(out, 404, "text/plain", "not a tracker path".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (SocketException e) {
            LOG.log(System.Logger.Level.DEBUG, "tracker connection from " + from + " ended", e);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "tracker connection from " + from + " failed", e);
        }
    }

    /** The bencoded answer to an announce or scrape; a refusal is a failure reason. */
    private byte[] trackerReply(String path, String query, Socket socket) {
        InetAddress from = socket.getInetAddress();
        if (!service.admit(from, Transport.HTTP)) {
            return TrackerReplies.failure(TrackerService.RATE_LIMITED);
        }
        try {
            QueryParameters parameters = QueryParameters.parse(query);
            if (path.equals("/announce")) {
                AnnounceParameters announce = AnnounceParameters.fromQuery(parameters);
                SwarmAnswer answer = service.announce(announce, new PeerAddress(from, announce.port()), Transport.HTTP);
                return TrackerReplies.announce(answer, service.interval(), service.minInterval(), announce);
            }
            return TrackerReplies.scrape(service.scrape(scrapedHashes(parameters), from, Transport.HTTP));
        } catch (InvalidRequestException e) {
            service.rejected(Transport.HTTP, from, e.getMessage());
            return TrackerReplies.failure(e.getMessage());
        }
    }

    private static List<InfoHash> scrapedHashes(QueryParameters parameters) throws InvalidRequestException {
        List<byte[]> raw = parameters.all("info_hash");
        if (raw.isEmpty()) {
            throw new InvalidRequestException("missing info_hash: this tracker does not serve a full scrape");
        }
        if (raw.size() > MAX_SCRAPE_HASHES) {
            throw new InvalidRequestException("a scrape may name at most " + MAX_SCRAPE_HASHES + " torrents, not "
                    + raw.size());
        }
        List<InfoHash> infoHashes = new ArrayList<>(raw.size());
        for (byte[] bytes : raw) {
            infoHashes.add(AnnounceParameters.infoHash(bytes));
        }
        return infoHashes;
    }

    private static void respond(OutputStream out, int status, String contentType, byte[] body) throws IOException {
        String head = "HTTP/1.1 " + status + " " + reasonPhrase(status) + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "Error";
        };
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a tracker connection", e);
        }
    }
}
