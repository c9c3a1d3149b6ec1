package minitorrent.storage;

/**
 * A run of bytes of one file that a piece or block covers: the unit of every positional read and
 * write. Segments of pad files (BEP 47) are never written and read as zeros.
 *
 * @param fileIndex  index into the torrent's {@code files()}
 * @param fileOffset where the run starts inside that file
 * @param length     bytes, at least 1
 * @param padFile    whether the file is a pad file
 */
public record FileSegment(int fileIndex, long fileOffset, int length, boolean padFile) {

    public FileSegment {
        if (fileIndex < 0 || fileOffset < 0 || length <= 0) {
            throw new IllegalArgumentException("bad segment: file " + fileIndex + " offset " + fileOffset + " length " + length);
        }
    }
}
