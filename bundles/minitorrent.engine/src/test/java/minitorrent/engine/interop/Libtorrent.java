package minitorrent.engine.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import minitorrent.testing.ExternalProcess;
import minitorrent.testing.PythonScripts;

/**
 * libtorrent-rasterbar (Debian package {@code python3-libtorrent}) as a peer, through our driver
 * script {@code lt_peer.py}: on 127.0.0.1 with DHT, local peer discovery, UPnP, NAT-PMP, uTP and
 * PEX off, connecting to the peers it is given. Its bindings are for the Debian Python only.
 */
final class Libtorrent {

    private static final String PYTHON = "/usr/bin/python3";

    private Libtorrent() {
    }

    /** Skips the test when the Debian Python cannot import libtorrent. */
    static void assumeInstalled() throws InterruptedException {
        assumeTrue(ExternalProcess.runs(List.of(PYTHON, "-c", "import libtorrent")),
                "python3-libtorrent is not installed (apt-get install python3-libtorrent): test skipped");
    }

    /**
     * Starts libtorrent on the torrent with {@code saveFolder} (it checks what is there first),
     * connecting to {@code peers}, for {@code life} at most.
     */
    static ExternalProcess start(String name, SharedContent content, Path saveFolder, List<InetSocketAddress> peers,
            Duration life, Path workFolder) throws IOException {
        Path script = PythonScripts.extract(Libtorrent.class, "lt_peer.py", workFolder);
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), content.torrentFile().toString(),
                saveFolder.toString(), String.valueOf(life.toSeconds())));
        for (InetSocketAddress peer : peers) {
            command.add(peer.getAddress().getHostAddress() + ":" + peer.getPort());
        }
        return ExternalProcess.start(name, command, workFolder);
    }

    /** The port it listens on, once it says so. */
    static int port(ExternalProcess peer) throws IOException, InterruptedException {
        String line = peer.awaitLine(text -> text.startsWith("listening "), "'listening PORT'", Duration.ofSeconds(20));
        return Integer.parseInt(line.substring("listening ".length()));
    }

    /** Waits until it has every piece (right after its check when it starts complete). */
    static void awaitFinished(ExternalProcess peer, Duration timeout) throws IOException, InterruptedException {
        peer.awaitLine("finished"::equals, "'finished'", timeout);
    }
}
