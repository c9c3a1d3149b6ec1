package minitorrent.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code minitorrent tracker} from the unpacked product: it serves announces until it is stopped. */
class TrackerCommandIT {

    private static final String INFO_HASH = "%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14";

    @Test
    void itAnswersAnnouncesLogsThemAndStopsOnSigterm() throws Exception {
        Process tracker = Processes.builder(UnpackedProduct.folder(), List.of("./minitorrent", "tracker", "-p", "0")).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(tracker.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // the process is gone
            }
        });
        try {
            String listening = lines.poll(60, TimeUnit.SECONDS);
            assertTrue(listening != null, "the tracker printed nothing within 60 s");
            Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/announce)").matcher(listening);
            assertTrue(url.find(), listening);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String announce = url.group(1) + "?info_hash=" + INFO_HASH + "&peer_id=-MT0100-abcdefghijkl&port=51413"
                    + "&uploaded=0&downloaded=0&left=100&event=started&compact=1";
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(announce)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            assertEquals(200, reply.statusCode());
            assertTrue(reply.body().startsWith("d") && reply.body().contains("8:interval"), reply.body());
            String logged = lines.poll(20, TimeUnit.SECONDS);
            assertTrue(logged != null && logged.contains("announce started from 127.0.0.1:51413"), String.valueOf(logged));

            HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "?info_hash=short&port=1"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            assertTrue(malformed.body().contains("failure reason"), malformed.body());

            tracker.destroy();
            assertTrue(tracker.waitFor(20, TimeUnit.SECONDS), "the tracker did not stop within 20 s of SIGTERM");
        } finally {
            tracker.destroyForcibly();
            reader.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void aPortInUseIsAFailureNamingIt() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Processes.Result result = UnpackedProduct.run(UnpackedProduct.folder(), "tracker", "-p", String.valueOf(taken.getLocalPort()), "--no-udp");
            assertEquals(1, result.exitCode(), result.output());
            assertTrue(result.output().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), result.output());
        }
    }
}
