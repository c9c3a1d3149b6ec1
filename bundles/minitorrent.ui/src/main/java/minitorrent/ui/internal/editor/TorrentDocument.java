package minitorrent.ui.internal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import minitorrent.bencode.DecoderLimits;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.MetainfoEdits;
import minitorrent.metainfo.MetainfoWriter;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;

/**
 * The torrent open in a Torrent Editor: the file's bytes as last read or saved, the parsed
 * torrent, and the edits of its outer keys so far. It is dirty while the edits differ from the
 * file's. Reading and saving do file I/O and run off the UI thread; everything else is owned by
 * the UI thread, which hears each change through the listeners.
 */
final class TorrentDocument {

    private final List<Runnable> listeners = new ArrayList<>();
    private byte[] bytes;
    private Torrent torrent;
    private MetainfoEdits saved;
    private MetainfoEdits edits;

    private TorrentDocument(byte[] bytes, Torrent torrent) {
        takeSaved(bytes, torrent);
    }

    /** Reads and parses the file; the reading stops past the largest .torrent the parser takes. */
    static TorrentDocument read(Path file) throws IOException, InvalidTorrentException {
        int limit = DecoderLimits.DEFAULT.maxBytes();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new IOException(problemOf(e, file), e);
        }
        if (bytes.length > limit) {
            throw new InvalidTorrentException(file.getFileName() + " is larger than the " + limit + " bytes a .torrent file may have");
        }
        return new TorrentDocument(bytes, new TorrentParser().parse(bytes));
    }

    Torrent torrent() {
        return torrent;
    }

    MetainfoEdits edits() {
        return edits;
    }

    boolean isDirty() {
        return !edits.equals(saved);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void edit(MetainfoEdits next) {
        if (!next.equals(edits)) {
            edits = next;
            listeners.forEach(Runnable::run);
        }
    }

    /** What saving these edits writes to a file; checked by parsing it. Any thread. */
    static Saved write(byte[] original, MetainfoEdits edits, Path target) throws IOException, InvalidTorrentException {
        byte[] rewritten = MetainfoWriter.rewrite(original, edits);
        Torrent parsed = new TorrentParser().parse(rewritten);
        try {
            MetainfoWriter.write(rewritten, target);
        } catch (IOException e) {
            throw new IOException(problemOf(e, target), e);
        }
        return new Saved(rewritten, parsed);
    }

    /** A sentence for a failed read or write: the JDK's messages of the common cases are a bare path. */
    private static String problemOf(IOException e, Path file) {
        return switch (e) {
            case NoSuchFileException missing -> file + " does not exist";
            case AccessDeniedException denied -> file + " cannot be accessed: permission denied";
            case FileSystemException other when other.getReason() != null -> file + ": " + other.getReason();
            default -> file + ": " + e.getMessage();
        };
    }

    /** The file's bytes as last read or saved, for {@link #write}. */
    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The file now holds these bytes, written from {@code written}: they are the new state the
     * edits are compared to. Edits made while the file was written stay.
     */
    void saved(Saved file, MetainfoEdits written) {
        MetainfoEdits current = edits;
        takeSaved(file.bytes(), file.torrent());
        if (!current.equals(written)) {
            edits = current;
        }
        listeners.forEach(Runnable::run);
    }

    private void takeSaved(byte[] newBytes, Torrent parsed) {
        bytes = newBytes;
        torrent = parsed;
        saved = MetainfoEdits.of(parsed);
        edits = saved;
    }

    /** A torrent just written: its bytes and the same bytes parsed. */
    record Saved(byte[] bytes, Torrent torrent) {
    }
}
