package minitorrent.tracker.internal.server;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;

/**
 * An announce as our tracker received it, over HTTP (BEP 3 parameters) or UDP (BEP 15 fields).
 *
 * @param infoHash the torrent
 * @param peerId   the peer's id
 * @param port     the peer's TCP port
 * @param left     bytes the peer still misses; 0 makes it a seeder
 * @param event    why it announced
 * @param numWant  how many peers it asked for, before the tracker's cap
 * @param compact  whether it wants compact peer lists (BEP 23); UDP is always compact
 * @param noPeerId whether dictionary peers may leave out the peer id
 */
record AnnounceParameters(InfoHash infoHash, PeerId peerId, int port, long left, AnnounceEvent event, int numWant,
        boolean compact, boolean noPeerId) {

    /** Reads and checks the parameters of an HTTP announce; every problem is named in the message. */
    static AnnounceParameters fromQuery(QueryParameters query) throws InvalidRequestException {
        InfoHash infoHash = infoHash(query.first("info_hash").orElseThrow(() -> missing("info_hash")));
        byte[] peerId = query.first("peer_id").orElseThrow(() -> missing("peer_id"));
        if (peerId.length != PeerId.LENGTH) {
            throw new InvalidRequestException("peer_id must be 20 bytes, not " + peerId.length);
        }
        long port = number(query, "port").orElseThrow(() -> missing("port"));
        if (port < 1 || port > 65535) {
            throw new InvalidRequestException("port must be 1 to 65535, not " + port);
        }
        long left = nonNegative(query, "left", 0);
        nonNegative(query, "uploaded", 0);
        nonNegative(query, "downloaded", 0);
        String eventName = text(query.first("event").orElse(new byte[0]));
        AnnounceEvent event = AnnounceEvent.fromHttpName(eventName)
                .orElseThrow(() -> new InvalidRequestException("unknown event '" + eventName + "'"));
        long numWant = Math.min(nonNegative(query, "numwant", AnnounceRequest.DEFAULT_NUM_WANT), Integer.MAX_VALUE);
        boolean compact = !"0".equals(text(query.first("compact").orElse(new byte[0])));
        boolean noPeerId = "1".equals(text(query.first("no_peer_id").orElse(new byte[0])));
        return new AnnounceParameters(infoHash, PeerId.of(peerId), (int) port, left, event, (int) numWant, compact,
                noPeerId);
    }

    /** An info hash parameter, which must be exactly 20 bytes. */
    static InfoHash infoHash(byte[] bytes) throws InvalidRequestException {
        if (bytes.length != InfoHash.LENGTH) {
            throw new InvalidRequestException("info_hash must be 20 bytes, not " + bytes.length);
        }
        return InfoHash.of(bytes);
    }

    private static long nonNegative(QueryParameters query, String name, long absent) throws InvalidRequestException {
        long value = number(query, name).orElse(absent);
        if (value < 0) {
            throw new InvalidRequestException(name + " must not be negative, not " + value);
        }
        return value;
    }

    /** A decimal parameter; -1 and up are read, anything else is an error naming the parameter. */
    private static Optional<Long> number(QueryParameters query, String name) throws InvalidRequestException {
        Optional<byte[]> raw = query.first(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String text = text(raw.get());
        if (!text.matches("-?[0-9]{1,19}")) {
            throw new InvalidRequestException(name + " is not a number: '" + shorten(text) + "'");
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " is out of range: '" + text + "'");
        }
    }

    private static InvalidRequestException missing(String name) {
        return new InvalidRequestException("missing " + name);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }
}
