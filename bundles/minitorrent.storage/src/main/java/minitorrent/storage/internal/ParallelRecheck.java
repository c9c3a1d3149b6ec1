package minitorrent.storage.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import minitorrent.metainfo.PieceHashes;
import minitorrent.metainfo.Sha1;
import minitorrent.storage.PieceLayout;
import minitorrent.storage.RecheckCancelledException;
import minitorrent.storage.RecheckProgress;
import minitorrent.storage.RecheckResult;
import minitorrent.storage.StorageException;

/**
 * Hashes chosen pieces on all cores: each worker takes the next piece, reads it into its own
 * buffer (never more than one piece per worker in memory) and compares its SHA-1. One run per
 * instance; its threads end with it.
 */
public final class ParallelRecheck {

    private final PieceLayout layout;
    private final PieceHashes hashes;
    private final PieceIo io;
    private final int threads;

    public ParallelRecheck(PieceLayout layout, PieceHashes hashes, PieceIo io, int threads) {
        this.layout = layout;
        this.hashes = hashes;
        this.io = io;
        this.threads = Math.max(1, threads);
    }

    /** Checks the pieces in {@code which}; pieces outside it are in none of the result's sets. */
    public RecheckResult run(BitSet which, RecheckProgress progress) throws StorageException, RecheckCancelledException {
        int[] pieces = which.stream().filter(piece -> piece < layout.pieceCount()).toArray();
        BitSet good = new BitSet();
        BitSet missing = new BitSet();
        BitSet bad = new BitSet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, pieces.length));
        ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "minitorrent-recheck");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(executor.submit(() -> {
                    work(pieces, next, checked, progress, good, missing, bad);
                    return null;
                }));
            }
            for (Future<Void> future : futures) {
                await(future);
            }
        } finally {
            executor.shutdownNow();
        }
        if (checked.get() < pieces.length) {
            throw new RecheckCancelledException(checked.get(), pieces.length);
        }
        return new RecheckResult(layout, good, missing, bad);
    }

    private void work(int[] pieces, AtomicInteger next, AtomicInteger checked, RecheckProgress progress,
            BitSet good, BitSet missing, BitSet bad) throws StorageException {
        byte[] buffer = new byte[layout.pieceLength()];
        MessageDigest sha1 = Sha1.newDigest();
        for (int i = next.getAndIncrement(); i < pieces.length && !progress.isCancelled(); i = next.getAndIncrement()) {
            int piece = pieces[i];
            int size = layout.pieceSize(piece);
            BitSet target = missing;
            if (io.read(layout.pieceSegments(piece), buffer, 0)) {
                sha1.update(buffer, 0, size);
                target = hashes.matches(piece, sha1.digest()) ? good : bad;
            }
            synchronized (target) {
                target.set(piece);
            }
            progress.piecesChecked(checked.incrementAndGet(), pieces.length);
        }
    }

    private static void await(Future<Void> future) throws StorageException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("recheck interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StorageException storage) {
                throw storage;
            }
            throw new IllegalStateException("recheck worker failed", e.getCause());
        }
    }
}
