package minitorrent.engine.interop;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A bounded wait: polls a condition and fails with a description of what was seen when time runs out. */
final class Wait {

    private Wait() {
    }

    static void until(Duration timeout, BooleanSupplier condition, String what, Supplier<String> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s\n" + seen.get());
            }
            Thread.sleep(50);
        }
    }
}
