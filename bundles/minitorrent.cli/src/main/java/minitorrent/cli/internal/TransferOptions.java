package minitorrent.cli.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import minitorrent.engine.RateLimits;
import minitorrent.engine.SessionConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code download} and {@code seed} share: the torrent and its folder, how progress is
 * reported, and how the session runs (where to listen, whom to dial, limits, where state goes).
 */
final class TransferOptions {

    @Parameters(paramLabel = "FILE.torrent", description = "The torrent.")
    Path torrentFile;

    @Option(names = {"-d", "--dir"}, required = true, paramLabel = "DIR",
            description = "The torrent's data folder: a multi-file torrent's files are in DIR/<name>/, a single file is DIR/<name>.")
    Path folder;

    @Option(names = "--json-progress", description = "Report progress as one JSON object per line, every second.")
    boolean jsonProgress;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "6881",
            description = "The port peers connect to; the next free one when it is taken (default: ${DEFAULT-VALUE}; 0: any).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address only (default: all addresses).")
    String bindAddress;

    @Option(names = "--peer", paramLabel = "HOST:PORT", converter = PeerAddressConverter.class,
            description = "A peer to connect to, besides those the trackers give; may repeat.")
    List<InetSocketAddress> peers = new ArrayList<>();

    @Option(names = "--max-down", paramLabel = "RATE", converter = RateConverter.class, defaultValue = "0",
            description = "Download limit in bytes per second, e.g. 500K or 2M (default: none).")
    long maxDown;

    @Option(names = "--max-up", paramLabel = "RATE", converter = RateConverter.class, defaultValue = "0",
            description = "Upload limit in bytes per second, e.g. 500K or 2M (default: none).")
    long maxUp;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where resume data is kept (default: $XDG_STATE_HOME/minitorrent or ~/.local/state/minitorrent).")
    Path stateFolder;

    SessionConfig config() throws CommandFailure {
        SessionConfig config = SessionConfig.defaults(stateFolder == null ? defaultStateFolder() : stateFolder)
                .withListenPort(port).withRateLimits(new RateLimits(maxDown, maxUp));
        if (bindAddress != null) {
            try {
                config = config.withBindAddress(InetAddress.getByName(bindAddress));
            } catch (UnknownHostException e) {
                throw new CommandFailure("cannot listen on '" + bindAddress + "': no such address");
            }
        }
        return config;
    }

    private static Path defaultStateFolder() {
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("minitorrent");
    }
}
