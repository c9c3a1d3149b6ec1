package minitorrent.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that owns a session's state: it waits on a selector for sockets that are ready,
 * runs tasks posted by other threads (disk results, tracker answers, API calls) and timers. Owning
 * everything on one thread means no locks in the protocol logic; nothing slow may run here.
 */
public final class EventLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventLoop.class.getName());

    /** Reacts to its channel being ready; a thrown exception is given back to {@link #failed}. */
    public interface Handler {
        void ready(SelectionKey key) throws Exception;

        void failed(Exception e);
    }

    /** A task to run at a time, once or every period; cancelled ones are skipped. */
    public static final class Timer implements Comparable<Timer> {
        private long dueNanos;
        private final long periodNanos;
        private final long sequence;
        private final Runnable task;
        private boolean cancelled;

        private Timer(long dueNanos, long periodNanos, long sequence, Runnable task) {
            this.dueNanos = dueNanos;
            this.periodNanos = periodNanos;
            this.sequence = sequence;
            this.task = task;
        }

        /** Call on the loop thread. */
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueNanos - other.dueNanos, 0);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSequence;
    private volatile boolean running = true;
    private volatile boolean closed;

    public EventLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs the task on the loop thread, soon. */
    public void execute(Runnable task) {
        tasks.add(task);
        if (!inLoop()) {
            selector.wakeup();
        }
    }

    /**
     * Runs the task on the loop thread and waits for its result, at most 10 s: for API calls from
     * other threads. On the loop thread it runs at once; once the loop is closed it fails at once.
     */
    public <T> T call(Callable<T> task) throws Exception {
        if (inLoop()) {
            return task.call();
        }
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the engine did not answer within 10 s", e);
        }
    }

    /** Runs the task on the loop thread after the delay. Call on the loop thread. */
    public Timer schedule(Duration delay, Runnable task) {
        return add(new Timer(System.nanoTime() + delay.toNanos(), 0, timerSequence++, task));
    }

    /** Runs the task every period, the first time after one period. Call on the loop thread. */
    public Timer every(Duration period, Runnable task) {
        return add(new Timer(System.nanoTime() + period.toNanos(), period.toNanos(), timerSequence++, task));
    }

    private Timer add(Timer timer) {
        timers.add(timer);
        return timer;
    }

    /** Registers a channel for the interest ops with its handler. Call on the loop thread. */
    public SelectionKey register(SelectableChannel channel, int ops, Handler handler) throws ClosedChannelException {
        return channel.register(selector, ops, handler);
    }

    private void run() {
        while (running) {
            try {
                long wait = millisToNextTimer();
                if (wait < 0) {
                    selector.selectNow(this::dispatch);
                } else {
                    selector.select(this::dispatch, wait);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "selector failed", e);
            }
            runTasks();
            runDueTimers();
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the selector failed", e);
        }
    }

    private void dispatch(SelectionKey key) {
        Handler handler = (Handler) key.attachment();
        try {
            if (key.isValid()) {
                handler.ready(key);
            }
        } catch (Exception e) {
            handler.failed(e);
        }
    }

    /** How long the selector may wait: -1 not at all, 0 for ever. */
    private long millisToNextTimer() {
        if (!tasks.isEmpty()) {
            return -1;
        }
        Timer next = timers.peek();
        if (next == null) {
            return 0;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(next.dueNanos - System.nanoTime()) + 1;
        return Math.max(millis, 1);
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            guarded(task);
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().dueNanos - now <= 0) {
            Timer timer = timers.poll();
            if (!timer.cancelled) {
                guarded(timer.task);
                if (timer.periodNanos > 0 && !timer.cancelled) {
                    timer.dueNanos = Math.max(timer.dueNanos + timer.periodNanos, now + 1); // missed periods are skipped
                    timers.add(timer);
                }
            }
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "an engine task failed", e);
        }
    }

    /** Stops the loop after the tasks posted so far. */
    @Override
    public void close() {
        closed = true;
        execute(() -> running = false);
        if (!inLoop()) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
