package minitorrent.tracker.internal.client;

import java.util.Optional;

import minitorrent.tracker.AnnounceResult;

/**
 * An HTTP tracker's announce reply: the result for the caller, and the {@code tracker id} the
 * client must echo in its next announces (BEP 3), if the tracker sent one.
 *
 * @param result    success or the tracker's failure reason
 * @param trackerId the tracker id's raw bytes, if any
 */
record HttpAnnounceReply(AnnounceResult result, Optional<byte[]> trackerId) {
}
