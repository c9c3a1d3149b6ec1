package minitorrent.storage;

import minitorrent.metainfo.TorrentFile;

/**
 * How much of one file is in verified pieces: what a "check" shows per file.
 *
 * @param file          the torrent's file
 * @param verifiedBytes bytes of the file that lie in pieces whose hash matched
 */
public record FileCompleteness(TorrentFile file, long verifiedBytes) {

    public boolean isComplete() {
        return verifiedBytes == file.length();
    }

    /** Verified share in [0, 1]; an empty file is complete. */
    public double fraction() {
        return file.length() == 0 ? 1.0 : (double) verifiedBytes / file.length();
    }
}
