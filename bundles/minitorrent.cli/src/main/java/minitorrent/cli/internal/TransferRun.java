package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import minitorrent.engine.EngineException;
import minitorrent.engine.Session;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentEvent;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.Torrent;

/**
 * Runs one torrent in a session of its own until it is done (or, when seeding, until the process
 * is told to stop), reporting progress. Ctrl-C or SIGTERM closes the session, which saves the
 * resume data, so the next run picks up where this one stopped.
 */
final class TransferRun {

    /** When the run is over. */
    enum Until {
        /** When every wanted piece is had. */
        FINISHED,
        /** When the process is told to stop. */
        INTERRUPTED,
        /** When told to stop; a failure at once if the checked data is not complete. */
        INTERRUPTED_SEEDING_ONLY
    }

    private static final long JSON_REPORT_MILLIS = 1000;
    private static final long LOG_REPORT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 250;

    private final PrintWriter out;
    private final TransferOptions options;
    private final boolean jsonProgress;
    private final boolean terminal;
    private volatile boolean stopping;
    private volatile TorrentSnapshot last;

    TransferRun(PrintWriter out, TransferOptions options) {
        this.out = out;
        this.options = options;
        this.jsonProgress = options.jsonProgress;
        this.terminal = !jsonProgress && TerminalProgress.stdoutIsTerminal();
    }

    /**
     * Adds the torrent (its data in the options' folder) to a new session and reports until {@code until} comes.
     *
     * @return the last snapshot
     */
    TorrentSnapshot run(Torrent torrent, Until until) throws CommandFailure {
        Path folder = options.folder;
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("the download folder '" + folder + "' does not exist or is no folder");
        }
        Session session;
        try {
            session = Session.start(options.config());
        } catch (EngineException | IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            stopping = true;
            session.close();
            TorrentSnapshot seen = last;
            if (seen != null && !seen.isFinished()) {
                out.println(String.format(Locale.ROOT, "%nStopped at %.1f%%; the resume data is saved: run the same command to go on.",
                        100 * seen.progress()));
                out.flush();
            }
            closed.countDown();
        }, "minitorrent-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            CountDownLatch changed = new CountDownLatch(1);
            session.addListener(event -> {
                if (event.infoHash().equals(torrent.infoHash()) && (event.kind() == TorrentEvent.Kind.COMPLETED
                        || event.kind() == TorrentEvent.Kind.ERROR)) {
                    changed.countDown();
                }
            });
            TorrentHandle handle = session.add(torrent, folder);
            if (!options.peers.isEmpty()) {
                handle.addPeers(options.peers);
            }
            if (!jsonProgress) {
                out.println(String.format(Locale.ROOT, "%s: %s, listening on port %d", torrent.name(),
                        Sizes.format(torrent.totalLength()), session.listenPort()));
                out.flush();
            }
            TorrentSnapshot last = report(handle, until, changed);
            if (terminal) {
                out.println();
            }
            return last;
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        } finally {
            if (Runtime.getRuntime().removeShutdownHook(stopper)) {
                session.close();
            } else {
                awaitQuietly(closed);
            }
        }
    }

    /** Reports every poll until done; {@code changed} wakes the wait at once when the torrent completes or fails. */
    private TorrentSnapshot report(TorrentHandle handle, Until until, CountDownLatch changed)
            throws CommandFailure, InterruptedException {
        long lastReport = 0;
        while (!stopping) {
            TorrentSnapshot snapshot = handle.snapshot();
            last = snapshot;
            if (snapshot.state() == TorrentState.ERROR) {
                throw new CommandFailure(snapshot.error().orElse("the torrent stopped with an error"));
            }
            if (until == Until.INTERRUPTED_SEEDING_ONLY && snapshot.state() != TorrentState.CHECKING && !snapshot.isFinished()) {
                throw new CommandFailure(String.format(Locale.ROOT, "cannot seed '%s': its data is not complete (%d of %d pieces are"
                        + " there and good; use download to fetch the rest)", snapshot.name(), snapshot.pieces().cardinality(),
                        handle.torrent().pieceCount()));
            }
            boolean done = until == Until.FINISHED && snapshot.state() == TorrentState.SEEDING && snapshot.isFinished();
            long now = System.currentTimeMillis();
            if (terminal) {
                out.print("\r" + TransferStatus.line(snapshot) + " ");
                out.flush();
            } else if (done || now - lastReport >= (jsonProgress ? JSON_REPORT_MILLIS : LOG_REPORT_MILLIS)) {
                lastReport = now;
                out.println(jsonProgress ? TransferStatus.json(snapshot) : TransferStatus.line(snapshot));
                out.flush();
            }
            if (done) {
                return snapshot;
            }
            if (changed.getCount() == 0) {
                Thread.sleep(POLL_MILLIS);
            } else {
                changed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        Thread.sleep(Long.MAX_VALUE); // the shutdown hook is closing the session; the JVM ends when it is done
        return last;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
