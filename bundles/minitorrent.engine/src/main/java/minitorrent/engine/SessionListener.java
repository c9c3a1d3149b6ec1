package minitorrent.engine;

/**
 * Hears a session's events. Called on the session's event thread, one event at a time and in
 * order: it must return quickly (a UI hops to its own thread) and never blocks the transfers.
 */
@FunctionalInterface
public interface SessionListener {

    void onEvent(TorrentEvent event);
}
