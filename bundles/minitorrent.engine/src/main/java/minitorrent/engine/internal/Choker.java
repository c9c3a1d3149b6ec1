package minitorrent.engine.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Decides whom we upload to, every rechoke: tit-for-tat while downloading (the interested peers
 * that give us the most, by their download rate to us), by our upload rate to them once seeding
 * (those who take the most spread the data fastest), in {@link #UPLOAD_SLOTS} slots; plus one
 * optimistic unchoke, a random other interested peer, rotated every {@link #OPTIMISTIC_ROUNDS}
 * rechokes so that newcomers get a chance to prove themselves.
 */
public final class Choker {

    public static final int UPLOAD_SLOTS = 4;
    static final int OPTIMISTIC_ROUNDS = 3;

    private final Random random;
    private int round;
    private Peer optimistic;

    public Choker(Random random) {
        this.random = random;
    }

    /** The peers to unchoke now; every other peer is to be choked. */
    public List<Peer> unchoked(Collection<Peer> peers, boolean seeding) {
        List<Peer> interested = new ArrayList<>(peers.stream().filter(Peer::peerInterested).toList());
        Comparator<Peer> byRate = seeding
                ? Comparator.comparingLong((Peer peer) -> peer.upload().rate())
                : Comparator.comparingLong((Peer peer) -> peer.download().rate());
        interested.sort(byRate.reversed());
        List<Peer> chosen = new ArrayList<>(interested.subList(0, Math.min(UPLOAD_SLOTS, interested.size())));
        if (optimistic == null || !interested.contains(optimistic) || round % OPTIMISTIC_ROUNDS == 0) {
            List<Peer> others = interested.stream().filter(peer -> !chosen.contains(peer)).toList();
            optimistic = others.isEmpty() ? null : others.get(random.nextInt(others.size()));
        }
        round++;
        if (optimistic != null && !chosen.contains(optimistic)) {
            chosen.add(optimistic);
        }
        return chosen;
    }

    /** Whether a peer that just became interested may be unchoked before the next rechoke. */
    public boolean hasFreeSlot(Collection<Peer> peers) {
        return peers.stream().filter(peer -> !peer.amChoking()).count() < UPLOAD_SLOTS + 1;
    }

    /** A peer left: it is no longer the optimistic one. */
    public void forget(Peer peer) {
        if (optimistic == peer) {
            optimistic = null;
        }
    }
}
