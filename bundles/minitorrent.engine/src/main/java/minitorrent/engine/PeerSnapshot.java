package minitorrent.engine;

import java.net.InetSocketAddress;

/**
 * One connected peer at a moment.
 *
 * @param address          where the peer is
 * @param client           the client's name decoded from its peer id (or its extension handshake)
 * @param incoming         whether the peer connected to us
 * @param amChoking        whether we refuse to upload to it
 * @param amInterested     whether it has pieces we want
 * @param peerChoking      whether it refuses to upload to us
 * @param peerInterested   whether it wants pieces we have
 * @param snubbed          whether it stopped sending what we asked for
 * @param downloadRate     bytes per second received from it, smoothed
 * @param uploadRate       bytes per second sent to it, smoothed
 * @param downloaded       bytes of blocks received from it
 * @param uploaded         bytes of blocks sent to it
 * @param progress         the share of the torrent it has, 0 to 1
 * @param requestsInFlight blocks we asked of it and still wait for
 */
public record PeerSnapshot(InetSocketAddress address, String client, boolean incoming, boolean amChoking,
        boolean amInterested, boolean peerChoking, boolean peerInterested, boolean snubbed, long downloadRate,
        long uploadRate, long downloaded, long uploaded, double progress, int requestsInFlight) {

    /**
     * The peer's state in the compact letters clients show: D downloading from it, d interested
     * but choked by it, U uploading to it, u it is interested but we choke it, S snubbed, I incoming.
     */
    public String flags() {
        StringBuilder flags = new StringBuilder();
        if (amInterested) {
            flags.append(peerChoking ? 'd' : 'D');
        }
        if (peerInterested) {
            flags.append(amChoking ? 'u' : 'U');
        }
        if (snubbed) {
            flags.append('S');
        }
        if (incoming) {
            flags.append('I');
        }
        return flags.toString();
    }
}
