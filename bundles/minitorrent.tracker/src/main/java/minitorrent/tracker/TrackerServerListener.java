package minitorrent.tracker;

/**
 * Hears what our embedded tracker does. Called on the tracker's own threads, possibly several at
 * once: keep it quick and thread-safe (a UI hops to its display thread). An exception it throws
 * is ignored, so a listener cannot stop the tracker.
 */
@FunctionalInterface
public interface TrackerServerListener {

    /** A listener that hears nothing. */
    TrackerServerListener NONE = event -> { };

    void onEvent(TrackerServerEvent event);
}
