package minitorrent.engine.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Threads for the slow work the event loop must never wait on: hashing and writing pieces,
 * reading blocks, checking data. A job's result (or failure) is handed back to the event loop.
 */
public final class DiskWorkers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DiskWorkers.class.getName());

    /** Work that may block and fail. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    private final EventLoop loop;
    private final ExecutorService threads;

    public DiskWorkers(EventLoop loop, int threadCount) {
        this.loop = loop;
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "minitorrent-disk-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(threadCount, factory);
    }

    /** Runs the job on a disk thread; {@code onResult} or {@code onFailure} then runs on the event loop. */
    public <T> void submit(Job<T> job, Consumer<T> onResult, Consumer<Exception> onFailure) {
        threads.execute(() -> {
            try {
                T result = job.run();
                loop.execute(() -> onResult.accept(result));
            } catch (Exception e) {
                loop.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets the jobs submitted so far finish (at most 30 s), then stops the threads. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "disk jobs still running after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
