package minitorrent.protocol;

import minitorrent.metainfo.InfoHash;

/**
 * The first 48 bytes of a handshake, up to and including the info hash: enough for the side that
 * accepted a connection to choose the torrent and answer before the peer id arrives (BEP 3 asks
 * the recipient to answer as soon as it sees the info hash).
 */
public record HandshakeHeader(ReservedBits reserved, InfoHash infoHash) {
}
