package minitorrent.engine.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import minitorrent.engine.FilePriority;
import minitorrent.engine.FileSnapshot;
import minitorrent.engine.PeerSnapshot;
import minitorrent.engine.RateLimits;
import minitorrent.engine.TorrentEvent;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;
import minitorrent.engine.TrackerSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;
import minitorrent.protocol.BlockRange;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;
import minitorrent.storage.FileCompleteness;
import minitorrent.storage.PieceLayout;
import minitorrent.storage.StorageOptions;
import minitorrent.storage.TorrentStorage;

/**
 * One torrent in a session, driven by the event loop: its storage, its peers and what they say,
 * the pieces being gathered, the choker, the tracker agent and the statistics. Every method runs
 * on the event loop; disk work goes to the {@link DiskWorkers} and comes back as a task.
 */
public final class TorrentRuntime implements WireListener {

    private static final int MAX_MISDEEDS = 20;
    private static final int HASH_STRIKES_TO_BAN = 2;
    private static final long SNUB_NANOS = Duration.ofSeconds(20).toNanos();
    private static final long HANDSHAKE_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long IDLE_NANOS = Duration.ofSeconds(150).toNanos();
    private static final long KEEPALIVE_NANOS = Duration.ofSeconds(90).toNanos();
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration RECHOKE = Duration.ofSeconds(10);
    private static final Duration RESUME_SAVE = Duration.ofSeconds(30);
    private static final Duration TURNOVER = Duration.ofSeconds(30);

    private final SessionContext session;
    private final Torrent torrent;
    private final Path downloadFolder;
    private final Instant added;
    private final PieceLayout layout;
    private final TorrentShape shape;
    private final Random random = new Random();
    private final PiecePicker picker;
    private final Choker choker = new Choker(random);
    private final FilePriority[] filePriorities;
    private final TokenBucket downloadLimit = new TokenBucket(0);
    private final TokenBucket uploadLimit = new TokenBucket(0);
    private final PeerWire.Binding binding;
    private final Map<PeerWire, Peer> peers = new LinkedHashMap<>();
    private final Set<PeerWire> connecting = new HashSet<>();
    private final DialList dialList = new DialList();
    private final Set<PeerKey> banned = new HashSet<>();
    private final Set<String> bannedIds = new HashSet<>();
    private final Map<PeerKey, Integer> hashStrikes = new HashMap<>();
    private final Map<Integer, PieceAssembly> assemblies = new LinkedHashMap<>();
    private final SmartBan smartBan = new SmartBan();
    private final RateMeter downloaded = new RateMeter();
    private final RateMeter uploaded = new RateMeter();
    private final BlockServer server;
    private final List<EventLoop.Timer> timers = new ArrayList<>();
    private TorrentStorage storage;
    private TrackerAgent trackers;
    private TorrentState state = TorrentState.CHECKING;
    private boolean paused;
    private String error;
    private int hashFailures;
    private long lastSampleNanos = System.nanoTime();
    private boolean resumeDirty;
    private boolean finishedAnnounced;
    private boolean seedsPastRatioGoal;
    private volatile TrackerAgent.Totals totals = new TrackerAgent.Totals(0, 0, 0);

    /** @param added when the torrent first came into a session (kept across restarts) */
    public TorrentRuntime(SessionContext session, Torrent torrent, Path downloadFolder, boolean paused, Instant added) {
        this.session = session;
        this.torrent = torrent;
        this.downloadFolder = downloadFolder;
        this.paused = paused;
        this.added = added;
        this.layout = PieceLayout.of(torrent);
        this.shape = TorrentShape.of(torrent.totalLength(), torrent.pieceLength());
        this.picker = new PiecePicker(torrent.pieceCount(), random);
        this.filePriorities = new FilePriority[torrent.files().size()];
        java.util.Arrays.fill(filePriorities, FilePriority.NORMAL);
        this.binding = new PeerWire.Binding(torrent.infoHash(), session.peerId(), shape, this,
                new Bandwidth(session.download(), downloadLimit), new Bandwidth(session.upload(), uploadLimit));
        this.server = new BlockServer(session, torrent.name(), uploaded, this::fail);
    }

    public InfoHash infoHash() {
        return torrent.infoHash();
    }

    public Torrent torrent() {
        return torrent;
    }

    public TorrentState state() {
        return state;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant added() {
        return added;
    }

    /** Each file's priority, in the torrent's file order. */
    public List<FilePriority> filePriorities() {
        return List.of(filePriorities);
    }

    public Path downloadFolder() {
        return downloadFolder;
    }

    /** Whether the data was checked and the torrent may be started by the queue. */
    public boolean isStartable() {
        return storage != null && !paused && error == null && state != TorrentState.CHECKING;
    }

    public boolean isFinished() {
        return picker.isFinished();
    }

    /** Open or opening connections, for the session's connection limit. */
    public int connectionCount() {
        return peers.size() + connecting.size();
    }

    // ---------------------------------------------------------------- life cycle

    /** Opens the storage and checks the data on a disk thread (fast with resume data), then asks the queue. */
    public void check() {
        setState(TorrentState.CHECKING);
        session.disk().submit(() -> {
            TorrentStorage opened = storage != null ? storage : TorrentStorage.open(torrent, downloadFolder, StorageOptions.defaults());
            try {
                opened.resume(resumeFile(), minitorrent.storage.RecheckProgress.NONE);
            } catch (Exception e) {
                if (storage == null) {
                    opened.close();
                }
                throw e;
            }
            return opened;
        }, this::checked, e -> fail("cannot check the data of '" + torrent.name() + "': " + e.getMessage()));
    }

    /** Forgets the resume data and hashes every piece again. */
    public void recheck() {
        deactivate(TorrentState.CHECKING);
        if (storage == null) {
            check();
            return;
        }
        assemblies.clear();
        session.disk().submit(() -> {
            storage.recheck(minitorrent.storage.RecheckProgress.NONE);
            return storage;
        }, this::checked, e -> fail("cannot recheck '" + torrent.name() + "': " + e.getMessage()));
    }

    private void checked(TorrentStorage opened) {
        storage = opened;
        picker.setHad(opened.pieces());
        finishedAnnounced = picker.isFinished();
        publishTotals();
        if (state == TorrentState.CHECKING) {
            setState(TorrentState.QUEUED);
        }
        session.requeue().run();
    }

    /** The queue lets it run: connect, announce, transfer. */
    public void activate() {
        TorrentState wanted = picker.isFinished() ? TorrentState.SEEDING : TorrentState.DOWNLOADING;
        if (state.isActive()) {
            setState(wanted);
            return;
        }
        setState(wanted);
        timers.add(session.loop().every(TICK, this::tick));
        timers.add(session.loop().every(RECHOKE, this::rechoke));
        timers.add(session.loop().every(RESUME_SAVE, this::saveResumeIfChanged));
        startTrackers();
        connectMore();
    }

    /** The queue holds it back: stop transferring, keep the data. */
    public void queue() {
        deactivate(TorrentState.QUEUED);
    }

    public void pause() {
        paused = true;
        deactivate(TorrentState.PAUSED);
        session.requeue().run();
    }

    /** Lets it run again; resumed with the seeding ratio goal already reached, it seeds on regardless (the user chose so). */
    public void resume() {
        if (!paused) {
            return;
        }
        paused = false;
        seedsPastRatioGoal = picker.isFinished() && reachedSeedRatioGoal();
        if (storage == null) {
            check();
        } else {
            setState(TorrentState.QUEUED);
            session.requeue().run();
        }
    }

    /** Stops everything and gives back the storage (the caller saves resume data and closes it). */
    public Optional<TorrentStorage> shutDown() {
        deactivate(state);
        return Optional.ofNullable(storage);
    }

    private void deactivate(TorrentState newState) {
        timers.forEach(EventLoop.Timer::cancel);
        timers.clear();
        if (trackers != null) {
            TrackerAgent closing = trackers;
            trackers = null;
            Thread.ofVirtual().start(closing::close);
        }
        for (PeerWire wire : new ArrayList<>(connecting)) {
            wire.close("the torrent stopped");
        }
        for (PeerWire wire : new ArrayList<>(peers.keySet())) {
            wire.close("the torrent stopped");
        }
        for (PieceAssembly assembly : assemblies.values()) {
            session.pieceMemory().give(assembly.data().array());
            picker.abandon(assembly.piece());
        }
        assemblies.clear();
        if (state.isActive() && newState != state) {
            saveResumeIfChanged();
        }
        setState(newState);
    }

    private void fail(String message) {
        error = message;
        deactivate(TorrentState.ERROR);
        session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.ERROR, message));
        session.requeue().run();
    }

    private void setState(TorrentState newState) {
        if (state != newState) {
            state = newState;
            session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.STATE_CHANGED, newState.name()));
        }
    }

    public Path resumeFile() {
        return session.resumeFolder().resolve(infoHash().hex() + ".resume");
    }

    private void saveResumeIfChanged() {
        if (!resumeDirty || storage == null) {
            return;
        }
        resumeDirty = false;
        TorrentStorage saving = storage;
        session.disk().submit(() -> {
            saving.saveResume(resumeFile());
            return null;
        }, done -> { }, e -> session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.ERROR,
                "cannot save resume data: " + e.getMessage())));
    }

    // ---------------------------------------------------------------- settings

    public void setRateLimits(RateLimits limits) {
        downloadLimit.setRate(limits.download());
        uploadLimit.setRate(limits.upload());
    }

    public RateLimits rateLimits() {
        return new RateLimits(downloadLimit.rate(), uploadLimit.rate());
    }

    /** Refills this torrent's rate limits (the session's tick). */
    public void refill() {
        downloadLimit.refill();
        uploadLimit.refill();
    }

    public void setSequential(boolean sequential) {
        picker.setSequential(sequential);
    }

    public void setFilePriority(int file, FilePriority priority) {
        if (file < 0 || file >= filePriorities.length) {
            throw new IllegalArgumentException("'" + torrent.name() + "' has files 0 to " + (filePriorities.length - 1)
                    + ", not " + file);
        }
        filePriorities[file] = priority;
        prioritiesChanged();
    }

    /** Gives every file its priority at once (the torrent's file order): one pass over the pieces, not one a file. */
    public void setFilePriorities(List<FilePriority> priorities) {
        if (priorities.size() != filePriorities.length) {
            throw new IllegalArgumentException("'" + torrent.name() + "' has " + filePriorities.length + " files, not "
                    + priorities.size());
        }
        priorities.toArray(filePriorities);
        prioritiesChanged();
    }

    private void prioritiesChanged() {
        int[] levels = new int[torrent.pieceCount()];
        for (int i = 0; i < filePriorities.length; i++) {
            PieceLayout.PieceRange range = layout.piecesOf(i);
            for (int piece = range.first(); piece < range.end(); piece++) {
                levels[piece] = Math.max(levels[piece], filePriorities[i].ordinal());
            }
        }
        for (int piece = 0; piece < levels.length; piece++) {
            picker.setPriority(piece, levels[piece]);
        }
        publishTotals();
        peers.values().forEach(this::updateInterest);
        if (state.isActive()) {
            if (picker.isFinished()) {
                finished();
            } else {
                finishedAnnounced = false;
                setState(TorrentState.DOWNLOADING);
                peers.values().forEach(this::requestMore);
            }
        }
    }

    /** Peers to dial, from the user or a tracker. */
    public void addPeers(Collection<InetSocketAddress> addresses) {
        for (InetSocketAddress address : addresses) {
            if (address.isUnresolved() || address.getPort() == 0) {
                continue;
            }
            PeerKey key = PeerKey.of(address);
            if (!banned.contains(key) && !(address.getPort() == session.listenPort() && address.getAddress().isLoopbackAddress())) {
                dialList.offer(key);
            }
        }
        connectMore();
    }

    // ---------------------------------------------------------------- connections

    /** An incoming connection named our info hash: it is ours if we run and have room. */
    public Optional<PeerWire.Binding> adopt(PeerWire wire) {
        if (!state.isActive() || connectionCount() >= session.maxConnectionsPerTorrent()
                || session.connectionsInUse().getAsInt() >= session.maxConnections()) {
            return Optional.empty();
        }
        connecting.add(wire);
        return Optional.of(binding);
    }

    private void connectMore() {
        if (!state.isActive()) {
            return;
        }
        long now = System.nanoTime();
        for (PeerKey key : dialList.due(now, connectedKeys())) {
            if (connectionCount() >= session.maxConnectionsPerTorrent()
                    || session.connectionsInUse().getAsInt() >= session.maxConnections()) {
                return;
            }
            dialList.dialing(key, now);
            try {
                connecting.add(PeerWire.dial(session.loop(), key.toSocketAddress(), binding, session.park()));
            } catch (IOException e) {
                dialList.failed(key, now);
            }
        }
    }

    private Set<PeerKey> connectedKeys() {
        Set<PeerKey> connected = new HashSet<>();
        peers.values().forEach(peer -> connected.add(peer.key()));
        connecting.forEach(wire -> connected.add(PeerKey.of(wire.address())));
        return connected;
    }

    /**
     * At the torrent's connection limit with an address waiting to be dialed, a peer that has
     * exchanged no block with us since it connected {@link #TURNOVER} ago gives its slot up: idle
     * peers (or hostile ones that only keep the line open) cannot shut honest ones out.
     */
    private void makeRoomForWaitingPeers(long now) {
        if (connectionCount() < session.maxConnectionsPerTorrent()) {
            return;
        }
        if (dialList.anyDue(now, connectedKeys())) {
            peers.values().stream()
                    .filter(peer -> now - peer.wire().openedNanos() > TURNOVER.toNanos()
                            && peer.download().total() == 0 && peer.upload().total() == 0)
                    .findFirst()
                    .ifPresent(peer -> peer.wire().close("nothing exchanged in " + TURNOVER.toSeconds() + " s: its slot goes to a waiting peer"));
        }
    }

    @Override
    public void onHandshake(PeerWire wire, Handshake theirs) {
        connecting.remove(wire);
        PeerKey key = PeerKey.of(wire.address());
        String id = theirs.peerId().toString();
        if (theirs.peerId().equals(session.peerId())) {
            dialList.forget(key);
            wire.close("connected to ourselves");
            return;
        }
        if (banned.contains(key) || bannedIds.contains(id)) {
            wire.close("banned peer");
            return;
        }
        if (peers.values().stream().anyMatch(peer -> peer.id().equals(theirs.peerId()))) {
            wire.close("already connected to this peer");
            return;
        }
        Peer peer = new Peer(wire, key);
        peer.setId(theirs.peerId());
        peers.put(wire, peer);
        dialList.connected(key);
        if (theirs.reserved().supportsExtensionProtocol()) {
            wire.send(ExtensionHandshake.builder().clientName("MiniTorrent 0.1.0").listenPort(session.listenPort())
                    .requestQueueLength(Peer.MAX_SERVE_QUEUE / 2).build().toMessage());
        }
        BitSet had = storage.pieces();
        if (!had.isEmpty()) {
            wire.send(new PeerMessage.Bitfield(had, torrent.pieceCount()));
        }
    }

    @Override
    public void onClosed(PeerWire wire, String reason) {
        connecting.remove(wire);
        Peer peer = peers.remove(wire);
        if (!wire.isIncoming()) {
            dialList.failed(PeerKey.of(wire.address()), System.nanoTime());
        }
        if (peer == null) {
            return;
        }
        picker.peerLost(peer.pieces());
        releaseRequests(peer);
        choker.forget(peer);
        peers.values().forEach(this::requestMore);
    }

    /** Bans a connected peer for the session, by its address and by its peer id. */
    private void ban(Peer peer, String why) {
        bannedIds.add(peer.id().toString());
        ban(peer.key(), why);
        peer.wire().close("banned: " + why);
    }

    /**
     * Bans an address for the session: never dialed again, refused when it calls, hung up on now
     * if connected; the blocks it sent of pieces not yet complete are fetched again.
     */
    private void ban(PeerKey key, String why) {
        if (banned.add(key)) {
            dialList.forget(key);
            session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.PEER_BANNED, key + ": " + why));
        }
        for (Peer peer : new ArrayList<>(peers.values())) {
            if (peer.key().equals(key)) {
                bannedIds.add(peer.id().toString());
                peer.wire().close("banned: " + why);
            }
        }
        assemblies.values().forEach(assembly -> assembly.dropBlocksFrom(key));
    }

    private void misbehaved(Peer peer, String what) {
        if (peer.misbehaved() > MAX_MISDEEDS) {
            ban(peer, "too many protocol violations, the last: " + what);
        }
    }

    // ---------------------------------------------------------------- messages

    @Override
    public void onMessage(PeerWire wire, PeerMessage message) {
        Peer peer = peers.get(wire);
        if (peer == null) {
            return;
        }
        switch (message) {
            case PeerMessage.KeepAlive keepAlive -> { }
            case PeerMessage.Choke choke -> {
                peer.setPeerChoking(true);
                releaseRequests(peer);
            }
            case PeerMessage.Unchoke unchoke -> {
                peer.setPeerChoking(false);
                requestMore(peer);
            }
            case PeerMessage.Interested interested -> {
                peer.setPeerInterested(true);
                if (peer.amChoking() && choker.hasFreeSlot(peers.values())) {
                    unchoke(peer);
                }
            }
            case PeerMessage.NotInterested notInterested -> peer.setPeerInterested(false);
            case PeerMessage.Have have -> peerHas(peer, have.piece());
            case PeerMessage.Bitfield bitfield -> peerBitfield(peer, bitfield);
            case PeerMessage.Request request -> peerRequests(peer, request.block());
            case PeerMessage.Piece piece -> blockArrived(peer, piece);
            case PeerMessage.Cancel cancel -> peer.toServe().remove(cancel.block());
            case PeerMessage.Port port -> { }
            case PeerMessage.Extended extended -> peerExtended(peer, extended);
        }
    }

    private void peerHas(Peer peer, int piece) {
        if (peer.pieces().get(piece)) {
            return;
        }
        peer.pieces().set(piece);
        picker.peerHas(piece);
        if (closeIfBothSeeds(peer)) {
            return;
        }
        updateInterest(peer);
        requestMore(peer);
    }

    private void peerBitfield(Peer peer, PeerMessage.Bitfield bitfield) {
        // aria2 sends a late BITFIELD that replaces what it told before.
        picker.peerLost(peer.pieces());
        peer.pieces().clear();
        peer.pieces().or(bitfield.pieces());
        picker.peerHas(peer.pieces());
        if (closeIfBothSeeds(peer)) {
            return;
        }
        updateInterest(peer);
        requestMore(peer);
    }

    private void peerExtended(Peer peer, PeerMessage.Extended extended) {
        if (extended.extendedId() != PeerMessage.Extended.HANDSHAKE_ID) {
            return; // we advertise no extension, so none is addressed to us
        }
        try {
            ExtensionHandshake handshake = ExtensionHandshake.decode(extended.payload());
            handshake.requestQueueLength().ifPresent(peer::setMaxRequests);
            handshake.clientName().filter(name -> !name.isBlank()).ifPresent(peer::setClient);
        } catch (PeerProtocolException e) {
            misbehaved(peer, e.getMessage());
        }
    }

    private boolean closeIfBothSeeds(Peer peer) {
        if (peer.isSeed(torrent.pieceCount()) && storage.isComplete()) {
            peer.wire().close("both sides are seeds");
            return true;
        }
        return false;
    }

    private void updateInterest(Peer peer) {
        boolean wanted = !picker.isFinished() && picker.wantsAnyOf(peer.pieces());
        if (wanted != peer.amInterested()) {
            peer.setAmInterested(wanted);
            peer.wire().send(wanted ? new PeerMessage.Interested() : new PeerMessage.NotInterested());
        }
    }

    // ---------------------------------------------------------------- downloading

    /** Keeps the peer's pipeline full: partial pieces first, then a new piece, then end-game duplicates. */
    private void requestMore(Peer peer) {
        if (peer.peerChoking() || !peer.amInterested() || !state.isActive() || !peer.wire().isOpen()) {
            return;
        }
        int target = peer.queueTarget();
        long now = System.nanoTime();
        while (peer.inFlight().size() < target) {
            BlockRange block = nextBlock(peer);
            if (block == null) {
                return;
            }
            peer.inFlight().put(block, now);
            peer.wire().send(new PeerMessage.Request(block));
        }
    }

    private BlockRange nextBlock(Peer peer) {
        for (PieceAssembly assembly : assemblies.values()) {
            if (peer.pieces().get(assembly.piece()) && assembly.isOpenTo(peer.key())) {
                int block = assembly.nextUnrequested();
                if (block >= 0) {
                    return requested(assembly, block);
                }
            }
        }
        if (!session.pieceMemory().hasRoomFor(torrent.pieceLength())) {
            return null;
        }
        int piece = picker.pick(peer.pieces());
        if (piece >= 0) {
            PieceAssembly assembly = new PieceAssembly(piece, session.pieceMemory().take(layout.pieceSize(piece)));
            if (smartBan.isSuspect(piece)) {
                assembly.setExclusiveTo(peer.key());
            }
            picker.start(piece);
            assemblies.put(piece, assembly);
            return requested(assembly, 0);
        }
        if (picker.hasUnstarted()) {
            return null;
        }
        for (PieceAssembly assembly : assemblies.values()) {
            if (peer.pieces().get(assembly.piece()) && assembly.isOpenTo(peer.key())) {
                int block = assembly.nextDuplicate(blocksAskedOf(peer, assembly.piece()));
                if (block >= 0) {
                    return requested(assembly, block);
                }
            }
        }
        return null;
    }

    private static BitSet blocksAskedOf(Peer peer, int piece) {
        BitSet blocks = new BitSet();
        for (BlockRange block : peer.inFlight().keySet()) {
            if (block.piece() == piece) {
                blocks.set(block.offset() / PieceLayout.BLOCK_SIZE);
            }
        }
        return blocks;
    }

    private static BlockRange requested(PieceAssembly assembly, int block) {
        assembly.requested(block);
        return new BlockRange(assembly.piece(), block * PieceLayout.BLOCK_SIZE, assembly.blockLength(block));
    }

    /**
     * The peer will not answer what we asked (it choked us, left, or is too slow): others may fetch
     * it, and the pieces kept for it alone too, or a peer that withholds them would stall them for ever.
     */
    private void releaseRequests(Peer peer) {
        for (BlockRange block : new ArrayList<>(peer.inFlight().keySet())) {
            PieceAssembly assembly = assemblies.get(block.piece());
            if (assembly != null) {
                assembly.released(block.offset() / PieceLayout.BLOCK_SIZE);
            }
            peer.forgetRequest(block);
        }
        assemblies.values().forEach(assembly -> assembly.openToAllIfExclusiveTo(peer.key()));
    }

    private void blockArrived(Peer peer, PeerMessage.Piece message) {
        BlockRange range = message.range();
        boolean asked = peer.inFlight().remove(range) != null;
        if (!asked && !peer.wasCancelled(range)) {
            misbehaved(peer, "sent block " + range + " that we never asked for");
            return;
        }
        peer.blockArrived(range.length());
        downloaded.add(range.length());
        PieceAssembly assembly = assemblies.get(range.piece());
        int block = range.offset() / PieceLayout.BLOCK_SIZE;
        if (assembly != null) {
            if (asked) {
                assembly.released(block);
            }
            if (assembly.receive(block, message.block(), peer.key()) && assembly.requestsOut(block) > 0) {
                cancelDuplicates(peer, range, assembly, block);
            }
            if (assembly.isComplete()) {
                assemblies.remove(range.piece());
                write(assembly);
            }
        }
        requestMore(peer);
    }

    private void cancelDuplicates(Peer receiver, BlockRange range, PieceAssembly assembly, int block) {
        for (Peer other : peers.values()) {
            if (other != receiver && other.inFlight().containsKey(range)) {
                other.forgetRequest(range);
                assembly.released(block);
                other.wire().send(new PeerMessage.Cancel(range));
            }
        }
    }

    /**
     * How a piece's write ended: whether it passed its hash, and the SHA-1 of each of its blocks
     * when {@link SmartBan} needs them (null otherwise): a failed piece several peers sent, or a
     * suspect piece that passed.
     */
    private record PieceWritten(boolean good, byte[] blockDigests) {
    }

    private void write(PieceAssembly assembly) {
        TorrentStorage target = storage;
        ByteBuffer data = assembly.data();
        boolean shared = assembly.senders().size() > 1;
        boolean suspect = smartBan.isSuspect(assembly.piece());
        session.disk().submit(() -> {
            boolean good = target.writePiece(assembly.piece(), data.duplicate());
            return new PieceWritten(good, (good ? suspect : shared) ? SmartBan.blockDigests(data) : null);
        }, result -> written(assembly, result),
                e -> {
                    session.pieceMemory().give(data.array());
                    fail("cannot write piece " + assembly.piece() + " of '" + torrent.name() + "': " + e.getMessage());
                });
    }

    private void written(PieceAssembly assembly, PieceWritten result) {
        session.pieceMemory().give(assembly.data().array());
        int piece = assembly.piece();
        boolean good = result.good();
        if (good && result.blockDigests() != null) {
            for (PeerKey spoiler : smartBan.passed(piece, result.blockDigests())) {
                ban(spoiler, "sent corrupt blocks of piece " + piece);
            }
        }
        if (!state.isActive()) {
            if (good) {
                picker.had(piece);
                resumeDirty = true;
            } else {
                picker.abandon(piece);
            }
            return;
        }
        if (good) {
            picker.had(piece);
            resumeDirty = true;
            for (Peer peer : new ArrayList<>(peers.values())) {
                peer.wire().send(new PeerMessage.Have(piece));
                updateInterest(peer);
            }
            if (picker.isFinished()) {
                finished();
                return;
            }
        } else {
            hashFailed(assembly, result.blockDigests());
        }
        for (Peer peer : new ArrayList<>(peers.values())) {
            requestMore(peer);
        }
    }

    /**
     * Blames the senders: a sole sender gets a strike (banned at two); a shared piece is fetched
     * again from one peer, and its blocks are kept to name the spoiler when it passes.
     */
    private void hashFailed(PieceAssembly assembly, byte[] blockDigests) {
        hashFailures++;
        picker.abandon(assembly.piece());
        Set<PeerKey> senders = assembly.senders();
        session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.HASH_FAILED,
                "piece " + assembly.piece() + " from " + senders));
        if (senders.size() == 1) {
            PeerKey sender = senders.iterator().next();
            int strikes = hashStrikes.merge(sender, 1, Integer::sum);
            if (strikes >= HASH_STRIKES_TO_BAN) {
                ban(sender, strikes + " pieces that failed their hash check");
            }
        } else {
            smartBan.failed(assembly.piece(), assembly.blockSenders(), blockDigests);
        }
    }

    private void finished() {
        setState(TorrentState.SEEDING);
        if (!finishedAnnounced) {
            finishedAnnounced = true;
            session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.COMPLETED, torrent.name()));
            publishTotals(); // the "completed" announce goes out now, with nothing left
            if (trackers != null) {
                trackers.completed();
            }
        }
        resumeDirty = true;
        saveResumeIfChanged();
        for (Peer peer : new ArrayList<>(peers.values())) {
            if (!closeIfBothSeeds(peer)) {
                updateInterest(peer);
            }
        }
        session.requeue().run();
    }

    // ---------------------------------------------------------------- uploading

    private void peerRequests(Peer peer, BlockRange block) {
        if (peer.amChoking()) {
            return; // a choked peer's requests are dropped, as the protocol says
        }
        if (!picker.has(block.piece())) {
            misbehaved(peer, "asked for piece " + block.piece() + " that we do not have");
            return;
        }
        if (peer.toServe().size() >= Peer.MAX_SERVE_QUEUE) {
            misbehaved(peer, "asked for more than " + Peer.MAX_SERVE_QUEUE + " blocks at once");
            return;
        }
        peer.toServe().add(block);
        server.serve(peer, storage);
    }

    @Override
    public void onWritable(PeerWire wire) {
        Peer peer = peers.get(wire);
        if (peer != null) {
            server.serve(peer, storage);
        }
    }

    private void unchoke(Peer peer) {
        peer.setAmChoking(false);
        peer.wire().send(new PeerMessage.Unchoke());
    }

    private void choke(Peer peer) {
        peer.setAmChoking(true);
        peer.toServe().clear();
        peer.wire().send(new PeerMessage.Choke());
    }

    private void rechoke() {
        List<Peer> chosen = choker.unchoked(peers.values(), state == TorrentState.SEEDING);
        for (Peer peer : peers.values()) {
            boolean unchoke = chosen.contains(peer);
            if (unchoke && peer.amChoking()) {
                unchoke(peer);
            } else if (!unchoke && !peer.amChoking()) {
                choke(peer);
            }
        }
    }

    // ---------------------------------------------------------------- timers

    private void tick() {
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - lastSampleNanos) / 1e9);
        lastSampleNanos = now;
        downloaded.sample(seconds);
        uploaded.sample(seconds);
        for (PeerWire wire : new ArrayList<>(connecting)) {
            if (now - wire.openedNanos() > HANDSHAKE_NANOS) {
                wire.close("no handshake within 10 s");
            }
        }
        for (Peer peer : new ArrayList<>(peers.values())) {
            peer.download().sample(seconds);
            peer.upload().sample(seconds);
            PeerWire wire = peer.wire();
            if (now - wire.lastReceivedNanos() > IDLE_NANOS) {
                wire.close("nothing received for 150 s");
                continue;
            }
            if (now - wire.lastSentNanos() > KEEPALIVE_NANOS) {
                wire.send(new PeerMessage.KeepAlive());
            }
            if (!peer.inFlight().isEmpty() && now - peer.lastBlockNanos() > SNUB_NANOS
                    && now - peer.inFlight().values().iterator().next() > SNUB_NANOS) {
                peer.setSnubbed(true);
                for (BlockRange block : new ArrayList<>(peer.inFlight().keySet())) {
                    peer.wire().send(new PeerMessage.Cancel(block));
                }
                releaseRequests(peer);
            }
        }
        dropUntouchedPieces();
        for (Peer peer : new ArrayList<>(peers.values())) {
            requestMore(peer);
        }
        makeRoomForWaitingPeers(now);
        connectMore();
        publishTotals();
        pauseAtSeedRatioGoal();
    }

    /** A seeding torrent that gave away as much as the session's goal asks is paused, and says so. */
    private void pauseAtSeedRatioGoal() {
        if (state != TorrentState.SEEDING || seedsPastRatioGoal || !reachedSeedRatioGoal()) {
            return;
        }
        session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.SEED_RATIO_REACHED, String.format(Locale.ROOT,
                "'%s' reached the seeding ratio goal %.2f and was paused", torrent.name(), session.seedRatioGoal())));
        pause();
    }

    private boolean reachedSeedRatioGoal() {
        double goal = session.seedRatioGoal();
        return goal > 0 && TorrentSnapshot.ratioOf(uploaded.total(), downloaded.total(), hadBytes()) >= goal;
    }

    private long hadBytes() {
        long had = 0;
        for (int piece = 0; piece < torrent.pieceCount(); piece++) {
            if (picker.has(piece)) {
                had += layout.pieceSize(piece);
            }
        }
        return had;
    }

    /** Pieces started for peers that left before anything came: their memory is freed. */
    private void dropUntouchedPieces() {
        Iterator<PieceAssembly> pending = assemblies.values().iterator();
        while (pending.hasNext()) {
            PieceAssembly assembly = pending.next();
            if (assembly.isUntouched()) {
                pending.remove();
                picker.abandon(assembly.piece());
                session.pieceMemory().give(assembly.data().array());
            }
        }
    }

    /** The session listens on another port now: a running torrent tells its trackers at once. */
    public void listenPortChanged() {
        if (trackers != null) {
            trackers.announceSoon();
        }
    }

    private void startTrackers() {
        List<List<URI>> tiers = new ArrayList<>();
        for (List<String> tier : torrent.trackers()) {
            List<URI> uris = new ArrayList<>();
            for (String url : tier) {
                try {
                    uris.add(new URI(url));
                } catch (URISyntaxException e) {
                    session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.TRACKER_FAILED,
                            "'" + url + "' is not a URL: " + e.getMessage()));
                }
            }
            if (!uris.isEmpty()) {
                tiers.add(uris);
            }
        }
        if (tiers.isEmpty()) {
            return;
        }
        trackers = new TrackerAgent(infoHash(), session.peerId(), session::listenPort, session.announceKey(), tiers,
                () -> totals, new TrackerAgent.Reports() {
                    @Override
                    public void peers(List<PeerAddress> found) {
                        List<InetSocketAddress> addresses = found.stream().map(PeerAddress::toSocketAddress).toList();
                        session.loop().execute(() -> addPeers(addresses));
                    }

                    @Override
                    public void failed(String reason) {
                        session.events().accept(new TorrentEvent(infoHash(), TorrentEvent.Kind.TRACKER_FAILED, reason));
                    }
                });
        trackers.start();
    }

    /** Totals for the tracker agent; once a second (and at completion) suffices, as it announces far less often. */
    private void publishTotals() {
        totals = new TrackerAgent.Totals(uploaded.total(), downloaded.total(), leftToDownload());
    }

    private long leftToDownload() {
        long left = 0;
        for (int piece = 0; piece < torrent.pieceCount(); piece++) {
            if (picker.isWanted(piece) && !picker.has(piece)) {
                left += layout.pieceSize(piece);
            }
        }
        return left;
    }

    // ---------------------------------------------------------------- snapshots

    public TorrentSnapshot snapshot() {
        long wanted = 0;
        long completed = 0;
        long wantedCompleted = 0;
        BitSet had = new BitSet();
        for (int piece = 0; piece < torrent.pieceCount(); piece++) {
            int size = layout.pieceSize(piece);
            boolean has = picker.has(piece);
            if (has) {
                had.set(piece);
                completed += size;
            }
            if (picker.isWanted(piece)) {
                wanted += size;
                if (has) {
                    wantedCompleted += size;
                }
            }
        }
        int seeds = (int) peers.values().stream().filter(peer -> peer.isSeed(torrent.pieceCount())).count();
        return new TorrentSnapshot(infoHash(), torrent.name(), downloadFolder, state, torrent.totalLength(), wanted,
                completed, wantedCompleted, had, picker.availability(), downloaded.rate(), uploaded.rate(),
                downloaded.total(), uploaded.total(), peers.size(), seeds, hashFailures, added, Optional.ofNullable(error));
    }

    /** The pieces whose blocks are being requested or assembled now: what the pieces map shows as downloading. */
    public BitSet piecesInProgress() {
        BitSet inProgress = new BitSet(torrent.pieceCount());
        assemblies.keySet().forEach(inProgress::set);
        return inProgress;
    }

    public List<PeerSnapshot> peerSnapshots() {
        List<PeerSnapshot> snapshots = new ArrayList<>();
        for (Peer peer : peers.values()) {
            InetSocketAddress address = peer.wire().address();
            snapshots.add(new PeerSnapshot(address, peer.client(), peer.wire().isIncoming(), peer.amChoking(),
                    peer.amInterested(), peer.peerChoking(), peer.peerInterested(), peer.isSnubbed(),
                    peer.download().rate(), peer.upload().rate(), peer.download().total(), peer.upload().total(),
                    peer.progress(torrent.pieceCount()), peer.inFlight().size()));
        }
        return snapshots;
    }

    /** Each file with the bytes of it in had pieces, as the storage counts them (none before the data is checked). */
    public List<FileSnapshot> fileSnapshots() {
        List<FileCompleteness> completeness = storage == null ? List.of() : storage.completeness();
        List<FileSnapshot> files = new ArrayList<>();
        List<TorrentFile> all = torrent.files();
        for (int i = 0; i < all.size(); i++) {
            TorrentFile file = all.get(i);
            long completed = completeness.isEmpty() ? 0 : completeness.get(i).verifiedBytes();
            files.add(new FileSnapshot(file.pathString(), file.length(), completed, filePriorities[i]));
        }
        return files;
    }

    public List<TrackerSnapshot> trackerSnapshots() {
        return trackers == null ? List.of() : trackers.snapshot();
    }
}
