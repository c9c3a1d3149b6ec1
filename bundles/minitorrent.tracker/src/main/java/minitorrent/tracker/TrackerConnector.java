package minitorrent.tracker;

import java.net.URI;

/**
 * Opens the client for a tracker URL. {@link TrackerClients#open} in production; tests of the
 * multitracker logic pass clients that answer from memory.
 */
@FunctionalInterface
public interface TrackerConnector {

    TrackerClient open(URI tracker) throws TrackerException;
}
