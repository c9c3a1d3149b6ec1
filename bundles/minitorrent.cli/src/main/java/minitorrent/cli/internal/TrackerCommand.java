package minitorrent.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minitorrent tracker}: runs the embedded tracker (HTTP and UDP announce and scrape) until
 * interrupted, printing one line per request, so users can share torrents with no outside service.
 */
@Command(name = "tracker", mixinStandardHelpOptions = true,
        description = "Run a BitTorrent tracker (HTTP and UDP announce and scrape) until interrupted (Ctrl-C).")
public final class TrackerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "6969",
            description = "The port for HTTP and UDP (default ${DEFAULT-VALUE}; 0 takes a free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface).")
    private InetAddress bind;

    @Option(names = "--no-udp", description = "Serve HTTP only.")
    private boolean noUdp;

    @Option(names = {"-q", "--quiet"}, description = "Do not print a line per request.")
    private boolean quiet;

    @Override
    public Integer call() throws CommandFailure, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandFailure("the port must be 0 to 65535, not " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        TrackerServerConfig config = TrackerServerConfig.defaults().withBindAddress(bind).withPort(port).withUdp(!noUdp);
        CountDownLatch stopped = new CountDownLatch(1);
        TrackerServer server;
        try {
            server = TrackerServer.start(config, event -> {
                if (!quiet || event instanceof TrackerServerEvent.Listening) {
                    synchronized (out) {
                        out.println(event.describe());
                        out.flush();
                    }
                }
            });
        } catch (IOException e) {
            throw new CommandFailure("cannot listen on " + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        if (bind.isAnyLocalAddress()) {
            out.println("Peers announce to this machine's address in place of " + bind.getHostAddress() + ".");
            out.flush();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "minitorrent-tracker-shutdown"));
        stopped.await();
        return 0;
    }
}
