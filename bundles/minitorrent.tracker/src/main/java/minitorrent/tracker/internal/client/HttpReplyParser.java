package minitorrent.tracker.internal.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import minitorrent.bencode.BencodeDecoder;
import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeException;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.bencode.DecoderLimits;
import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.internal.CompactPeers;
import minitorrent.tracker.internal.IpLiterals;
import minitorrent.tracker.internal.MalformedReplyException;

/**
 * Reads the bencoded bodies HTTP trackers answer with: announce replies (BEP 3) with compact
 * {@code peers} (BEP 23), dictionary {@code peers}, and {@code peers6} (BEP 7); scrape replies
 * (BEP 48); and {@code failure reason} in either. Immutable and thread-safe.
 */
final class HttpReplyParser {

    /** Tracker replies are flat: a dictionary of peer dictionaries in a list is depth 3. */
    private static final int MAX_DEPTH = 8;
    /** A compact reply of 2 MiB is a handful of tokens; a dictionary reply costs 5 a peer. */
    private static final int MAX_TOKENS = 500_000;

    private final BencodeDecoder decoder;

    /** A parser that refuses bodies longer than {@code maxBytes}. */
    HttpReplyParser(int maxBytes) {
        this.decoder = new BencodeDecoder(new DecoderLimits(MAX_DEPTH, MAX_TOKENS, maxBytes));
    }

    /** Reads an announce reply. */
    HttpAnnounceReply parseAnnounce(byte[] body) throws MalformedReplyException {
        BencodeDictionary reply = decodeDictionary(body);
        Optional<String> failure = failureReason(reply);
        if (failure.isPresent()) {
            return new HttpAnnounceReply(new AnnounceResult.Failure(failure.get()), Optional.empty());
        }
        long interval = ReplyFields.requireInteger(reply, "interval");
        if (interval < 0) {
            throw new MalformedReplyException("'interval' is negative: " + interval);
        }
        long minInterval = ReplyFields.integer(reply, "min interval").orElse(0L);
        if (minInterval < 0) {
            throw new MalformedReplyException("'min interval' is negative: " + minInterval);
        }
        List<PeerAddress> peers = new ArrayList<>(peers(reply));
        peers.addAll(peers6(reply));
        AnnounceResult.Success success = new AnnounceResult.Success(peers, Duration.ofSeconds(interval),
                Duration.ofSeconds(minInterval), count(reply, "complete"), count(reply, "incomplete"),
                ReplyFields.string(reply, "warning message").map(BencodeString::text));
        return new HttpAnnounceReply(success, ReplyFields.string(reply, "tracker id").map(BencodeString::bytes));
    }

    /** Reads a scrape reply: {@code files} maps each 20-byte info hash to its counts. */
    ScrapeResult parseScrape(byte[] body) throws MalformedReplyException {
        BencodeDictionary reply = decodeDictionary(body);
        Optional<String> failure = failureReason(reply);
        if (failure.isPresent()) {
            return new ScrapeResult.Failure(failure.get());
        }
        BencodeDictionary files = ReplyFields.dictionary(reply, "files")
                .orElseThrow(() -> new MalformedReplyException("'files' is missing"));
        Map<InfoHash, SwarmStats> stats = new HashMap<>();
        for (Map.Entry<BencodeString, BencodeValue> file : files.entries().entrySet()) {
            if (file.getKey().length() != InfoHash.LENGTH) {
                throw new MalformedReplyException("a key of 'files' has " + file.getKey().length()
                        + " bytes, not the 20 of an info hash");
            }
            BencodeDictionary counts = ReplyFields.asDictionary(file.getValue(), "the entry of " + file.getKey());
            stats.put(InfoHash.of(file.getKey().bytes()), new SwarmStats(nonNegative(counts, "complete"),
                    nonNegative(counts, "downloaded"), nonNegative(counts, "incomplete")));
        }
        return new ScrapeResult.Success(stats);
    }

    private BencodeDictionary decodeDictionary(byte[] body) throws MalformedReplyException {
        BencodeValue value;
        try {
            value = decoder.decode(body).value();
        } catch (BencodeException e) {
            throw new MalformedReplyException("the reply is not bencode: " + e.getMessage(), e);
        }
        return ReplyFields.asDictionary(value, "the reply");
    }

    private static Optional<String> failureReason(BencodeDictionary reply) throws MalformedReplyException {
        return ReplyFields.string(reply, "failure reason").map(BencodeString::text);
    }

    /** {@code peers}: a compact string (BEP 23) or a list of dictionaries with ip and port (BEP 3). */
    private static List<PeerAddress> peers(BencodeDictionary reply) throws MalformedReplyException {
        Optional<BencodeValue> peers = reply.get("peers");
        if (peers.isEmpty()) {
            return List.of();
        }
        return switch (peers.get()) {
            case BencodeString compact ->
                CompactPeers.decode(compact.asReadOnlyBuffer(), CompactPeers.IPV4_ENTRY, "peers");
            case BencodeList list -> dictionaryPeers(list);
            default -> throw new MalformedReplyException("'peers' is neither a string nor a list but "
                    + ReplyFields.kind(peers.get()));
        };
    }

    private static List<PeerAddress> peers6(BencodeDictionary reply) throws MalformedReplyException {
        Optional<BencodeString> peers6 = ReplyFields.string(reply, "peers6");
        return peers6.isEmpty() ? List.of()
                : CompactPeers.decode(peers6.get().asReadOnlyBuffer(), CompactPeers.IPV6_ENTRY, "peers6");
    }

    /** Entries whose ip is a host name rather than an address, or whose port is 0, are skipped. */
    private static List<PeerAddress> dictionaryPeers(BencodeList list) throws MalformedReplyException {
        List<PeerAddress> peers = new ArrayList<>(list.values().size());
        for (int i = 0; i < list.values().size(); i++) {
            dictionaryPeer(list.values().get(i), i).ifPresent(peers::add);
        }
        return peers;
    }

    private static Optional<PeerAddress> dictionaryPeer(BencodeValue value, int index) throws MalformedReplyException {
        BencodeDictionary peer = ReplyFields.asDictionary(value, "peer " + index);
        Optional<BencodeString> ip = ReplyFields.string(peer, "ip");
        if (ip.isEmpty()) {
            throw new MalformedReplyException("peer " + index + " has no 'ip'");
        }
        long port = ReplyFields.requireInteger(peer, "port");
        if (port < 0 || port > 65535) {
            throw new MalformedReplyException("peer " + index + " has port " + port + ", not 0 to 65535");
        }
        if (port == 0) {
            return Optional.empty();
        }
        return IpLiterals.parse(ip.get().text()).map(address -> new PeerAddress(address, (int) port));
    }

    private static OptionalInt count(BencodeDictionary reply, String key) throws MalformedReplyException {
        Optional<Long> value = ReplyFields.integer(reply, key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.get() < 0 || value.get() > Integer.MAX_VALUE) {
            throw new MalformedReplyException("'" + key + "' is out of range: " + value.get());
        }
        return OptionalInt.of(value.get().intValue());
    }

    private static long nonNegative(BencodeDictionary counts, String key) throws MalformedReplyException {
        long value = ReplyFields.integer(counts, key).orElse(0L);
        if (value < 0) {
            throw new MalformedReplyException("'" + key + "' is negative: " + value);
        }
        return value;
    }
}
