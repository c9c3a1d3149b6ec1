/**
 * The peer wire protocol (BEP 3) with the DHT port message (BEP 5) and the extension protocol
 * (BEP 10): handshake, messages, codecs, and peer identities.
 *
 * <p>A connection starts with {@link minitorrent.protocol.Handshake}s, read by a
 * {@link minitorrent.protocol.HandshakeDecoder} (in two steps on the accepting side, which learns
 * the torrent from the info hash). We advertise the extension protocol and nothing else, so the
 * fast extension's messages (BEP 6) are protocol errors. Then
 * {@link minitorrent.protocol.PeerMessage}s flow, written by the
 * {@link minitorrent.protocol.PeerMessageEncoder} and read incrementally by a
 * {@link minitorrent.protocol.PeerMessageDecoder} that checks every length and value against the
 * torrent's {@link minitorrent.protocol.TorrentShape} and buffers no more than a lawful message.
 * The first EXTENDED message carries an {@link minitorrent.protocol.ExtensionHandshake}. Every
 * violation is a {@link minitorrent.protocol.PeerProtocolException}: close the connection.
 *
 * <p>Values are immutable; decoders are owned by the thread that reads their connection.
 */
package minitorrent.protocol;
