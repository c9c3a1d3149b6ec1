package minitorrent.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import minitorrent.metainfo.Sha1;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;
import minitorrent.storage.internal.Allocator;
import minitorrent.storage.internal.AtomicFile;
import minitorrent.storage.internal.FileHandlePool;
import minitorrent.storage.internal.FileStamp;
import minitorrent.storage.internal.ParallelRecheck;
import minitorrent.storage.internal.PieceIo;
import minitorrent.storage.internal.ResumeData;
import minitorrent.storage.internal.SafeFiles;

/**
 * A torrent's data in a download folder (multi-file torrents in {@code FOLDER/<name>/...},
 * single-file ones as {@code FOLDER/<name>}): positional reads and writes of blocks, piece
 * verification, recheck and resume data. A piece counts as had only when its SHA-1 matched and
 * its bytes reached the file; {@link #saveResume} forces the written files to the device before
 * it records the pieces, so resume data saved at any moment never claims a piece that a crash
 * could lose (and a download is not held to the speed of one sync per piece). Nothing is read or written outside the download folder, and no symbolic link
 * is followed. Thread-safe: reads, writes and verifications of different pieces may run on any
 * threads at once; the set of had pieces is guarded by its own lock.
 */
public final class TorrentStorage implements AutoCloseable {

    private final Torrent torrent;
    private final StorageOptions options;
    private final PieceLayout layout;
    private final Path base;
    private final List<Path> paths;
    private final FileHandlePool pool;
    private final PieceIo io;
    private final BitSet had = new BitSet();

    private TorrentStorage(Torrent torrent, StorageOptions options, Path base, List<Path> paths) {
        this.torrent = torrent;
        this.options = options;
        this.layout = PieceLayout.of(torrent);
        this.base = base;
        this.paths = paths;
        this.pool = new FileHandlePool(paths, options.maxOpenFiles(), options.writable());
        this.io = new PieceIo(pool, paths, torrent.files().stream().map(TorrentFile::pathString).toList(), base);
    }

    /**
     * Opens the torrent's data under {@code downloadFolder}, which must exist. No piece is had yet:
     * call {@link #resume} or {@link #recheck} to learn what is there. A writable storage first
     * checks that the disk can hold what is still missing, creates the empty files and, with
     * {@link Allocation#FULL}, allocates every file.
     */
    public static TorrentStorage open(Torrent torrent, Path downloadFolder, StorageOptions options) throws StorageException {
        Path base = SafeFiles.realFolder(downloadFolder);
        List<Path> paths = SafeFiles.resolve(torrent, base);
        for (int i = 0; i < paths.size(); i++) {
            if (!torrent.files().get(i).padFile()) {
                SafeFiles.checkNoLinks(base, paths.get(i), torrent.files().get(i).pathString());
            }
        }
        TorrentStorage storage = new TorrentStorage(torrent, options, base, paths);
        if (options.writable()) {
            Allocator.checkSpace(base, torrent.name(), Allocator.bytesToAllocate(torrent.files(), paths));
            try {
                Allocator.allocate(torrent.files(), storage.io, options.allocation());
            } catch (StorageException e) {
                storage.close();
                throw e;
            }
        }
        return storage;
    }

    /**
     * Reads and hashes all of a torrent's data in {@code downloadFolder} without changing anything
     * there: what a "check" command shows (counts of good, bad and missing pieces, per-file completeness).
     */
    public static RecheckResult check(Torrent torrent, Path downloadFolder, RecheckProgress progress)
            throws StorageException, RecheckCancelledException {
        try (TorrentStorage storage = open(torrent, downloadFolder, StorageOptions.readOnly())) {
            return storage.recheck(progress);
        }
    }

    public Torrent torrent() {
        return torrent;
    }

    public PieceLayout layout() {
        return layout;
    }

    /** The real path of the download folder. */
    public Path downloadFolder() {
        return base;
    }

    /** The torrent's folder (multi-file) or file (single-file) inside the download folder. */
    public Path contentPath() throws StorageException {
        return SafeFiles.contentPath(torrent, base);
    }

    /** Where file {@code index} of the torrent lives on disk. */
    public Path filePath(int index) {
        return paths.get(index);
    }

    /**
     * Writes a block (or any run of bytes) at {@code offset} in piece {@code piece}; pad-file bytes
     * are dropped. The piece is no longer had until it verifies again: its bytes may have changed.
     */
    public void writeBlock(int piece, int offset, ByteBuffer data) throws StorageException {
        requireWritable();
        markHad(piece, false);
        io.write(layout.segments(piece, offset, data.remaining()), data);
    }

    /** Reads {@code length} bytes at {@code offset} in piece {@code piece}; fails when a file lacks them. */
    public byte[] readBlock(int piece, int offset, int length) throws StorageException {
        byte[] block = new byte[length];
        readBlock(piece, offset, ByteBuffer.wrap(block));
        return block;
    }

    /**
     * Reads {@code into.remaining()} bytes at {@code offset} in piece {@code piece} into
     * {@code into} (a direct buffer spares the JDK's copy through one of its own), which is flipped
     * for reading them; fails when a file lacks them.
     */
    public void readBlock(int piece, int offset, ByteBuffer into) throws StorageException {
        int length = into.remaining();
        if (!io.read(layout.segments(piece, offset, length), into)) {
            throw new StorageException("piece " + piece + " bytes " + offset + "+" + length + " are not on disk (a file is missing or short)");
        }
        into.flip();
    }

    /**
     * Forces the piece's files to disk, reads the piece back and hashes it: had if the SHA-1
     * matched (and no longer had if not).
     */
    public boolean verifyPiece(int piece) throws StorageException {
        List<FileSegment> segments = layout.pieceSegments(piece);
        if (options.writable()) {
            io.force(segments);
        }
        byte[] buffer = new byte[layout.pieceSize(piece)];
        boolean good = io.read(segments, buffer, 0) && torrent.pieces().matches(piece, Sha1.of(buffer));
        markHad(piece, good);
        return good;
    }

    /**
     * Hashes a whole piece held in memory and, only if it matches, writes it and marks it had
     * (it reaches the device by the next {@link #saveResume} at the latest). Returns whether it matched; a piece that does not match is not written.
     */
    public boolean writePiece(int piece, ByteBuffer data) throws StorageException {
        requireWritable();
        if (data.remaining() != layout.pieceSize(piece)) {
            throw new IllegalArgumentException("piece " + piece + " has " + layout.pieceSize(piece) + " bytes, not " + data.remaining());
        }
        MessageDigest sha1 = Sha1.newDigest();
        sha1.update(data.duplicate());
        if (!torrent.pieces().matches(piece, sha1.digest())) {
            return false;
        }
        List<FileSegment> segments = layout.pieceSegments(piece);
        io.write(segments, data);
        markHad(piece, true);
        return true;
    }

    public boolean hasPiece(int piece) {
        synchronized (had) {
            return had.get(piece);
        }
    }

    /** A copy of the set of had pieces. */
    public BitSet pieces() {
        synchronized (had) {
            return (BitSet) had.clone();
        }
    }

    public boolean isComplete() {
        synchronized (had) {
            return had.cardinality() == layout.pieceCount();
        }
    }

    /** Per file, the bytes in had pieces. */
    public List<FileCompleteness> completeness() {
        return RecheckResult.completeness(layout, pieces());
    }

    /** Reads and hashes every piece on all cores; the had set becomes exactly the good pieces. */
    public RecheckResult recheck(RecheckProgress progress) throws StorageException, RecheckCancelledException {
        BitSet all = new BitSet();
        all.set(0, layout.pieceCount());
        RecheckResult result = recheck(all, progress);
        synchronized (had) {
            had.clear();
            had.or(result.good());
        }
        return result;
    }

    /**
     * Saves the had pieces and every file's size and modification time, atomically. The pieces are
     * taken first, then the files written so far are forced to the device, so every piece saved
     * is there; the stamps come last, so a file written after the snapshot looks changed, never
     * the other way.
     */
    public void saveResume(Path resumeFile) throws StorageException {
        BitSet snapshot = pieces();
        if (options.writable()) {
            io.forceWritten();
        }
        List<FileStamp> stamps = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            stamps.add(stamp(i));
        }
        try {
            AtomicFile.write(resumeFile, new ResumeData(torrent.infoHash(), layout.pieceCount(), snapshot, stamps).encode());
        } catch (IOException e) {
            throw new StorageException("cannot save resume data to '" + resumeFile + "': " + SafeFiles.reason(e), e);
        }
    }

    /**
     * Starts from saved resume data: its pieces are trusted in files whose size and modification
     * time are unchanged; every piece touching a changed file is rechecked. Absent, damaged or
     * foreign resume data means a full recheck. The had set becomes trusted plus good pieces.
     */
    public ResumeOutcome resume(Path resumeFile, RecheckProgress progress) throws StorageException, RecheckCancelledException {
        Optional<ResumeData> saved = readResume(resumeFile)
                .filter(data -> data.infoHash().equals(torrent.infoHash()) && data.pieceCount() == layout.pieceCount()
                        && data.files().size() == paths.size());
        BitSet toCheck = new BitSet();
        BitSet trusted = new BitSet();
        if (saved.isEmpty()) {
            toCheck.set(0, layout.pieceCount());
        } else {
            trusted = saved.get().pieces();
            for (int i = 0; i < paths.size(); i++) {
                if (!stamp(i).equals(saved.get().files().get(i))) {
                    PieceLayout.PieceRange range = layout.piecesOf(i);
                    toCheck.set(range.first(), range.end());
                }
            }
            trusted.andNot(toCheck);
        }
        RecheckResult result = recheck(toCheck, progress);
        synchronized (had) {
            had.clear();
            had.or(trusted);
            had.or(result.good());
        }
        return new ResumeOutcome(saved.isPresent(), trusted.cardinality(), result);
    }

    /**
     * Moves the data to {@code newFolder} and returns the storage there (this one is closed): a
     * rename on the same file system, otherwise the had pieces are copied, verified from the new
     * files, and only then the old files deleted.
     */
    public TorrentStorage moveTo(Path newFolder) throws StorageException {
        Path target = SafeFiles.contentPath(torrent, SafeFiles.realFolder(newFolder));
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException("cannot move '" + torrent.name() + "': '" + target + "' already exists");
        }
        BitSet moved = pieces();
        close();
        return new DataMover(this, moved).moveTo(newFolder, target);
    }

    StorageOptions options() {
        return options;
    }

    /** Marks pieces had without reading them: for a storage this package just filled with verified data. */
    void trust(BitSet pieces) {
        synchronized (had) {
            had.or(pieces);
        }
    }

    RecheckResult recheck(BitSet which, RecheckProgress progress) throws StorageException, RecheckCancelledException {
        return new ParallelRecheck(layout, torrent.pieces(), io, Runtime.getRuntime().availableProcessors()).run(which, progress);
    }

    @Override
    public void close() throws StorageException {
        try {
            pool.close();
        } catch (IOException e) {
            throw new StorageException("cannot close the files of '" + torrent.name() + "': " + SafeFiles.reason(e), e);
        }
    }

    private void markHad(int piece, boolean good) {
        synchronized (had) {
            had.set(piece, good);
        }
    }

    private void requireWritable() {
        if (!options.writable()) {
            throw new IllegalStateException("this storage of '" + torrent.name() + "' was opened read-only");
        }
    }

    private FileStamp stamp(int index) throws StorageException {
        try {
            return FileStamp.of(paths.get(index));
        } catch (IOException e) {
            throw new StorageException("cannot read the size of '" + torrent.files().get(index).pathString() + "': " + SafeFiles.reason(e), e);
        }
    }

    private static Optional<ResumeData> readResume(Path resumeFile) throws StorageException {
        try {
            return ResumeData.decode(Files.readAllBytes(resumeFile));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("cannot read resume data '" + resumeFile + "': " + SafeFiles.reason(e), e);
        }
    }
}
