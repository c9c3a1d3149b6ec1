package minitorrent.engine;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import minitorrent.engine.internal.DiskWorkers;
import minitorrent.engine.internal.EventLoop;
import minitorrent.engine.internal.PeerWire;
import minitorrent.engine.internal.PieceMemory;
import minitorrent.engine.internal.SessionContext;
import minitorrent.engine.internal.SessionStore;
import minitorrent.engine.internal.TokenBucket;
import minitorrent.engine.internal.TorrentRuntime;
import minitorrent.engine.internal.UploadBuffers;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.Torrent;
import minitorrent.protocol.PeerId;
import minitorrent.storage.StorageException;
import minitorrent.storage.TorrentStorage;

/**
 * A BitTorrent session: many torrents sharing one listen port, one event thread, disk threads,
 * global rate limits, connection limits and a queue (at most so many downloads and seeds active,
 * the rest {@link TorrentState#QUEUED} in the order they were added). Closing it saves every
 * torrent's resume data, so the next session with the same state folder starts where this one
 * stopped; with {@link SessionConfig#rememberTorrents()} that session also adds every torrent
 * again, paused or not as it was. Its limits, seeding ratio goal and listen port can be changed
 * while it runs. Thread-safe.
 */
public final class Session implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Session.class.getName());
    private static final int PORTS_TO_TRY = 50;
    private static final int MAX_UNROUTED = 64;
    private static final long UNROUTED_NANOS = Duration.ofSeconds(10).toNanos();

    private volatile SessionConfig config;
    private final EventLoop loop = new EventLoop("minitorrent-engine");
    private final DiskWorkers disk;
    private final ExecutorService eventThread;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final PeerId peerId = PeerId.generate();
    private final TokenBucket download;
    private final TokenBucket upload;
    private final Set<PeerWire> parked = new LinkedHashSet<>();
    private final Set<PeerWire> unrouted = new LinkedHashSet<>();
    private final Map<InfoHash, TorrentHandle> torrents = new LinkedHashMap<>();
    /** Owned by the event loop. */
    private RemovedTorrents removed = RemovedTorrents.NONE;
    private final SessionContext context;
    /** Owned by the event loop once the session runs. */
    private ServerSocketChannel server;
    private volatile int boundPort;
    private final SessionStore store;
    private volatile boolean closed;

    private Session(SessionConfig config) throws EngineException {
        this.config = config;
        this.download = new TokenBucket(config.rateLimits().download());
        this.upload = new TokenBucket(config.rateLimits().upload());
        this.disk = new DiskWorkers(loop, Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.eventThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "minitorrent-events");
            thread.setDaemon(true);
            return thread;
        });
        Path resumeFolder = config.stateFolder().resolve("resume");
        try {
            Files.createDirectories(resumeFolder);
        } catch (IOException e) {
            throw new EngineException("cannot create the state folder '" + resumeFolder + "': " + e.getMessage(), e);
        }
        this.store = new SessionStore(config.stateFolder().resolve("torrents"));
        this.server = bind(config);
        this.boundPort = server.socket().getLocalPort();
        this.context = new SessionContext(loop, disk, peerId, () -> boundPort, new SecureRandom().nextInt(), download, upload,
                new PieceMemory(config.pieceMemory()), new UploadBuffers(), parked::add, this::publish, this::connectionsInUse,
                () -> this.config, resumeFolder, this::requeue);
    }

    /** Starts a session: binds its listen port and starts its threads. */
    public static Session start(SessionConfig config) throws EngineException {
        Session session = new Session(config);
        try {
            session.loop.call(() -> {
                session.loop.register(session.server, SelectionKey.OP_ACCEPT, session.acceptor(session.server));
                session.loop.every(Duration.ofMillis(TokenBucket.TICK_MILLIS), session::refill);
                session.loop.every(Duration.ofSeconds(1), session::dropStaleIncoming);
                return null;
            });
        } catch (Exception e) {
            session.close();
            throw new EngineException("cannot start the session: " + e.getMessage(), e);
        }
        if (config.rememberTorrents()) {
            session.restore();
        }
        return session;
    }

    /** Adds the torrents an earlier session remembered; one that cannot come back is reported as an event. */
    private void restore() {
        for (SessionStore.Entry entry : store.load(problem -> LOG.log(Level.WARNING, problem))) {
            try {
                add(entry.torrent(), entry.downloadFolder(), entry.paused(), entry.priorities(), entry.added());
            } catch (EngineException e) {
                publish(new TorrentEvent(entry.torrent().infoHash(), TorrentEvent.Kind.ERROR, e.getMessage()));
            }
        }
    }

    private void remember(TorrentHandle handle) {
        if (!config.rememberTorrents()) {
            return;
        }
        try {
            TorrentRuntime runtime = handle.runtime();
            store.save(new SessionStore.Entry(handle.torrent(), runtime.downloadFolder(), runtime.isPaused(),
                    runtime.filePriorities(), runtime.added()));
        } catch (IOException e) {
            publish(new TorrentEvent(handle.infoHash(), TorrentEvent.Kind.ERROR,
                    "cannot remember '" + handle.torrent().name() + "' for the next start: " + e.getMessage()));
        }
    }

    /**
     * Listens for peers on another port (with the same fallback to the next free ones as at the
     * start) and stops listening on the old one (at the event loop's next turn). Connected peers stay; torrents that run announce
     * the new port to their trackers at once.
     *
     * @return the port bound
     * @throws EngineException if no port could be bound; the session then listens where it did
     */
    public int setListenPort(int port) throws EngineException {
        SessionConfig changed = config.withListenPort(port);
        if (port != 0 && port == boundPort) {
            change(settings -> settings.withListenPort(port), () -> { });
            return port;
        }
        ServerSocketChannel bound = bind(changed);
        try {
            loop.call(() -> {
                if (closed) {
                    throw new EngineException("cannot listen on port " + port + ": the session is closed");
                }
                loop.register(bound, SelectionKey.OP_ACCEPT, acceptor(bound));
                close(server);
                server = bound;
                boundPort = bound.socket().getLocalPort();
                config = config.withListenPort(port);
                torrents.values().forEach(handle -> handle.runtime().listenPortChanged());
                return null;
            });
        } catch (Exception e) {
            close(bound);
            throw e instanceof EngineException engine ? engine
                    : new EngineException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return boundPort;
    }

    private static ServerSocketChannel bind(SessionConfig config) throws EngineException {
        int first = config.listenPort();
        int tries = first == 0 ? 1 : PORTS_TO_TRY;
        IOException last = null;
        for (int port = first; port < first + tries && port <= 65535; port++) {
            ServerSocketChannel channel = null;
            try {
                channel = ServerSocketChannel.open();
                channel.bind(new InetSocketAddress(config.bindAddress(), port), 128);
                channel.configureBlocking(false);
                return channel;
            } catch (IOException e) {
                last = e;
                close(channel);
                if (!(e instanceof BindException)) {
                    break;
                }
            }
        }
        throw new EngineException("cannot listen for peers on port " + first
                + (tries > 1 ? " or the " + (tries - 1) + " after it" : "") + ": " + (last == null ? "" : last.getMessage()), last);
    }

    /** The port peers can connect to. */
    public int listenPort() {
        return boundPort;
    }

    public PeerId peerId() {
        return peerId;
    }

    /** The settings the session runs with now: those it started with, as changed since. */
    public SessionConfig config() {
        return config;
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Adds a torrent whose data is (or is to be) in {@code downloadFolder}: its data is checked on a
     * disk thread (quickly when resume data from an earlier session matches), then it downloads or
     * seeds as the queue allows.
     *
     * @param paused whether it stays stopped until {@link TorrentHandle#resume()}
     * @param priorities each file's priority, in the torrent's file order
     * @throws EngineException if the session already has it, the folder is no folder or the priorities are not one a file
     */
    public TorrentHandle add(Torrent torrent, Path downloadFolder, boolean paused, List<FilePriority> priorities)
            throws EngineException {
        // Kept to the millisecond, as the session store keeps it: a restart shows the same time.
        return add(torrent, downloadFolder, paused, priorities, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Adds a torrent whose files all have normal priority. */
    public TorrentHandle add(Torrent torrent, Path downloadFolder, boolean paused) throws EngineException {
        return add(torrent, downloadFolder, paused, Collections.nCopies(torrent.files().size(), FilePriority.NORMAL));
    }

    private TorrentHandle add(Torrent torrent, Path downloadFolder, boolean paused, List<FilePriority> priorities,
            Instant addedAt) throws EngineException {
        if (priorities.size() != torrent.files().size()) {
            throw new EngineException("cannot add '" + torrent.name() + "': it has " + torrent.files().size()
                    + " files, but " + priorities.size() + " priorities were given");
        }
        if (!Files.isDirectory(downloadFolder)) {
            throw new EngineException("cannot add '" + torrent.name() + "': the download folder '" + downloadFolder
                    + "' does not exist or is no folder");
        }
        TorrentHandle added;
        try {
            added = loop.call(() -> {
                if (closed) {
                    throw new EngineException("cannot add '" + torrent.name() + "': the session is closed");
                }
                if (torrents.containsKey(torrent.infoHash())) {
                    throw new EngineException("'" + torrent.name() + "' (" + torrent.infoHash().hex() + ") is already in the session");
                }
                TorrentRuntime runtime = new TorrentRuntime(context, torrent, downloadFolder, paused, addedAt);
                runtime.setFilePriorities(priorities);
                runtime.setRateLimits(config.torrentRateLimits());
                TorrentHandle handle = new TorrentHandle(loop, runtime);
                torrents.put(torrent.infoHash(), handle);
                publish(new TorrentEvent(torrent.infoHash(), TorrentEvent.Kind.ADDED, torrent.name()));
                if (paused) {
                    runtime.pause();
                } else {
                    runtime.check();
                }
                return handle;
            });
        } catch (EngineException e) {
            throw e;
        } catch (Exception e) {
            throw new EngineException("cannot add '" + torrent.name() + "': " + e.getMessage(), e);
        }
        remember(added);
        return added;
    }

    /** Adds a torrent that starts at once (as the queue allows). */
    public TorrentHandle add(Torrent torrent, Path downloadFolder) throws EngineException {
        return add(torrent, downloadFolder, false);
    }

    public List<TorrentHandle> torrents() {
        try {
            return loop.call(() -> List.copyOf(torrents.values()));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A snapshot of every torrent, in the order they were added, taken at one moment: what a torrent list shows. */
    public List<TorrentSnapshot> snapshots() {
        return snapshot().torrents();
    }

    /** Every torrent's snapshot and the totals of the removed ones, taken at one moment: what the session's statistics show. */
    public SessionSnapshot snapshot() {
        try {
            return loop.call(() -> new SessionSnapshot(
                    torrents.values().stream().map(handle -> handle.runtime().snapshot()).toList(), removed));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Optional<TorrentHandle> find(InfoHash infoHash) {
        return torrents().stream().filter(handle -> handle.infoHash().equals(infoHash)).findFirst();
    }

    /**
     * Removes a torrent from the session, and its downloaded files too when asked (files of the
     * torrent only; the download folder stays).
     */
    public void remove(TorrentHandle handle, boolean deleteData) throws EngineException {
        Optional<TorrentStorage> storage;
        try {
            storage = loop.call(() -> {
                if (torrents.remove(handle.infoHash()) == null) {
                    return Optional.<TorrentStorage>empty();
                }
                removed = removed.plus(handle.runtime().snapshot());
                Optional<TorrentStorage> stopped = handle.runtime().shutDown();
                publish(new TorrentEvent(handle.infoHash(), TorrentEvent.Kind.REMOVED, handle.torrent().name()));
                requeue();
                return stopped;
            });
        } catch (Exception e) {
            throw new EngineException("cannot remove '" + handle.torrent().name() + "': " + e.getMessage(), e);
        }
        Path resumeFile = handle.runtime().resumeFile();
        try {
            Files.deleteIfExists(resumeFile);
            store.forget(handle.infoHash());
            if (storage.isPresent()) {
                storage.get().close();
                if (deleteData) {
                    DataRemoval.delete(storage.get());
                }
            }
        } catch (IOException | StorageException e) {
            throw new EngineException("cannot remove the data of '" + handle.torrent().name() + "': " + e.getMessage(), e);
        }
    }

    /** Changes the session's limits at once. */
    public void setRateLimits(RateLimits limits) {
        change(settings -> settings.withRateLimits(limits), () -> {
            download.setRate(limits.download());
            upload.setRate(limits.upload());
        });
    }

    /** The limits each torrent added from now on starts with; torrents already added keep theirs. */
    public void setTorrentRateLimits(RateLimits limits) {
        change(settings -> settings.withTorrentRateLimits(limits), () -> { });
    }

    /**
     * Changes the connection limits at once: no new connection opens above them; connections
     * over a lowered limit are not cut, but not replaced when they close.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public void setConnectionLimits(int total, int perTorrent) {
        change(settings -> settings.withConnectionLimits(total, perTorrent), () -> { });
    }

    /**
     * Changes how many torrents download and seed at once, and starts or queues torrents at once
     * to match, in the order they were added.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public void setQueueLimits(int downloads, int seeds) {
        change(settings -> settings.withQueueLimits(downloads, seeds), this::requeue);
    }

    /**
     * Seeding torrents whose ratio reaches {@code ratio} are paused from now on (0: never), with a
     * {@link TorrentEvent.Kind#SEED_RATIO_REACHED} event.
     *
     * @throws IllegalArgumentException if the ratio is negative or not a number
     */
    public void setSeedRatioGoal(double ratio) {
        change(settings -> settings.withSeedRatioGoal(ratio), () -> { });
    }

    /**
     * Checks the change on the caller's thread, so a bad value fails there with its reason, then
     * makes it on the event loop, the one thread that writes the settings, runs {@code then} there
     * and returns.
     */
    private void change(UnaryOperator<SessionConfig> change, Runnable then) {
        change.apply(config);
        try {
            loop.call(() -> {
                config = change.apply(config);
                then.run();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public RateLimits rateLimits() {
        try {
            return loop.call(() -> new RateLimits(download.rate(), upload.rate()));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private EventLoop.Handler acceptor(ServerSocketChannel listening) {
        return new EventLoop.Handler() {
            @Override
            public void ready(SelectionKey key) throws IOException {
                SocketChannel channel;
                while ((channel = listening.accept()) != null) {
                    if (unrouted.size() >= MAX_UNROUTED || connectionsInUse() >= config.maxConnections()) {
                        close(channel);
                        continue;
                    }
                    try {
                        unrouted.add(PeerWire.accept(loop, channel, Session.this::route, parked::add));
                    } catch (IOException e) {
                        close(channel);
                    }
                }
            }

            @Override
            public void failed(Exception e) {
                LOG.log(Level.WARNING, "accepting a peer failed", e);
            }
        };
    }

    private Optional<PeerWire.Binding> route(PeerWire wire, InfoHash infoHash) {
        unrouted.remove(wire);
        TorrentHandle handle = torrents.get(infoHash);
        return handle == null ? Optional.empty() : handle.runtime().adopt(wire);
    }

    private void dropStaleIncoming() {
        long now = System.nanoTime();
        unrouted.removeIf(wire -> {
            if (!wire.isOpen()) {
                return true;
            }
            if (now - wire.openedNanos() > UNROUTED_NANOS) {
                wire.close("no handshake within 10 s");
                return true;
            }
            return false;
        });
    }

    private void refill() {
        download.refill();
        upload.refill();
        torrents.values().forEach(handle -> handle.runtime().refill());
        List<PeerWire> waiting = new ArrayList<>(parked);
        parked.clear();
        waiting.forEach(PeerWire::refilled);
    }

    private int connectionsInUse() {
        int count = unrouted.size();
        for (TorrentHandle handle : torrents.values()) {
            count += handle.runtime().connectionCount();
        }
        return count;
    }

    /** Lets torrents run in the order they were added while the download and seed slots last. */
    private void requeue() {
        int downloads = 0;
        int seeds = 0;
        for (TorrentHandle handle : torrents.values()) {
            TorrentRuntime runtime = handle.runtime();
            if (!runtime.isStartable()) {
                continue;
            }
            boolean seeding = runtime.isFinished();
            boolean allowed = seeding ? seeds < config.maxActiveSeeds() : downloads < config.maxActiveDownloads();
            if (allowed) {
                if (seeding) {
                    seeds++;
                } else {
                    downloads++;
                }
                runtime.activate();
            } else if (runtime.state() != TorrentState.QUEUED) {
                runtime.queue();
            }
        }
    }

    private void publish(TorrentEvent event) {
        eventThread.execute(() -> {
            for (SessionListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a session listener failed on " + event, e);
                }
            }
        });
    }

    /**
     * Stops every torrent, lets pieces being written finish, saves every torrent's resume data and
     * closes the files; then stops the threads.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<TorrentStorage> storages = new ArrayList<>();
        List<Path> resumeFiles = new ArrayList<>();
        try {
            loop.call(() -> {
                close(server);
                for (TorrentHandle handle : torrents.values()) {
                    handle.runtime().shutDown().ifPresent(storage -> {
                        storages.add(storage);
                        resumeFiles.add(handle.runtime().resumeFile());
                    });
                }
                new ArrayList<>(unrouted).forEach(wire -> wire.close("the session closed"));
                return null;
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "stopping the torrents failed", e);
        }
        disk.close();
        torrents.values().forEach(this::remember);
        for (int i = 0; i < storages.size(); i++) {
            try {
                storages.get(i).saveResume(resumeFiles.get(i));
            } catch (StorageException e) {
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
            try {
                storages.get(i).close();
            } catch (StorageException e) {
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
        }
        loop.close();
        eventThread.shutdown();
    }

    private static void close(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // nothing to save by reporting a failed close
        }
    }
}
