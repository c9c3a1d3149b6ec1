package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChokerTest {

    private static List<Peer> peers(int count) {
        List<Peer> peers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Peer peer = new Peer(null, new PeerKey(InetAddress.getLoopbackAddress(), 1000 + i));
            peer.setPeerInterested(true);
            peer.download().add(1000L * i); // peer i gives us i KB a second
            peer.download().sample(1);
            peer.upload().add(1000L * (count - i)); // and takes (count - i) KB a second
            peer.upload().sample(1);
            peers.add(peer);
        }
        return peers;
    }

    @Test
    void whileDownloadingTheBestUploadersToUsGetTheSlotsPlusOneOptimistic() {
        List<Peer> peers = peers(10);
        List<Peer> unchoked = new Choker(new Random(1)).unchoked(peers, false);

        assertEquals(Choker.UPLOAD_SLOTS + 1, unchoked.size());
        assertTrue(unchoked.containsAll(peers.subList(6, 10)), "peers 6 to 9 give us the most");
    }

    @Test
    void whenSeedingThePeersTakingTheMostGetTheSlots() {
        List<Peer> peers = peers(10);
        List<Peer> unchoked = new Choker(new Random(1)).unchoked(peers, true);

        assertTrue(unchoked.containsAll(peers.subList(0, 4)), "peers 0 to 3 take the most");
    }

    @Test
    void uninterestedPeersStayChokedAndTheOptimisticSlotRotates() {
        List<Peer> peers = peers(12);
        peers.get(11).setPeerInterested(false);
        Choker choker = new Choker(new Random(2));
        Set<Peer> optimistic = new HashSet<>();
        for (int round = 0; round < 30; round++) {
            List<Peer> unchoked = choker.unchoked(peers, false);
            assertFalse(unchoked.contains(peers.get(11)));
            optimistic.add(unchoked.get(unchoked.size() - 1));
        }
        assertTrue(optimistic.size() > 2, "the optimistic unchoke went to several peers: " + optimistic.size());
    }
}
