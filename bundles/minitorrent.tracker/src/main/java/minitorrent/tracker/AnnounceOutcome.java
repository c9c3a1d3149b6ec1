package minitorrent.tracker;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What one multitracker announce (BEP 12) came to: the tracker that answered, or why every one failed. */
public sealed interface AnnounceOutcome {

    /**
     * A tracker answered.
     *
     * @param tracker  the tracker that answered
     * @param result   its answer
     * @param failures the trackers tried before it, and why each failed
     */
    record Answered(URI tracker, AnnounceResult.Success result, List<TrackerFailure> failures)
            implements AnnounceOutcome {

        public Answered {
            Objects.requireNonNull(tracker, "tracker");
            Objects.requireNonNull(result, "result");
            failures = List.copyOf(failures);
        }
    }

    /**
     * No tracker answered.
     *
     * @param failures every tracker tried, in order, and why it failed
     */
    record AllFailed(List<TrackerFailure> failures) implements AnnounceOutcome {

        public AllFailed {
            failures = List.copyOf(failures);
        }
    }

    /**
     * One tracker that did not answer.
     *
     * @param tracker the tracker
     * @param reason  its failure reason, or what went wrong reaching it
     */
    record TrackerFailure(URI tracker, String reason) {
    }
}
