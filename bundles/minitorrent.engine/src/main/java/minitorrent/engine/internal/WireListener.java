package minitorrent.engine.internal;

import minitorrent.protocol.Handshake;
import minitorrent.protocol.PeerMessage;

/** What a torrent hears from one of its connections, on the event loop. */
public interface WireListener {

    /** The peer's whole handshake arrived (and ours was sent). */
    void onHandshake(PeerWire wire, Handshake theirs);

    void onMessage(PeerWire wire, PeerMessage message);

    /** The send queue has room again after being full: time to queue more blocks. */
    void onWritable(PeerWire wire);

    /** The connection is closed (by either side); {@code reason} says why. */
    void onClosed(PeerWire wire, String reason);
}
