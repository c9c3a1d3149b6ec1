package minitorrent.engine.hostile;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What went wrong inside the engine while a test ran, though no call failed: exceptions uncaught
 * in any thread, and whatever the engine logged at warning or above (its event loop logs a task
 * that threw, instead of dying). Hostile peers must cause neither. Installed for one test, then
 * closed.
 */
final class EscapedExceptions implements AutoCloseable {

    /** Held here so that the logger, and the handler on it, outlive the test. */
    private static final Logger ENGINE = Logger.getLogger("minitorrent.engine");

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                seen.add(record.getLoggerName() + " logged " + record.getLevel() + " '" + record.getMessage() + "'"
                        + (record.getThrown() == null ? "" : ": " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private EscapedExceptions() {
    }

    static EscapedExceptions install() {
        EscapedExceptions escaped = new EscapedExceptions();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> escaped.seen.add("uncaught in " + thread.getName() + ": " + e));
        ENGINE.addHandler(escaped.handler);
        return escaped;
    }

    /** Every escape seen so far, described. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        ENGINE.removeHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
