package minitorrent.metainfo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-1, the hash of version 1 torrents: of the info dictionary and of every piece. */
public final class Sha1 {

    private Sha1() {
    }

    /** A new digest; one per thread, as digests are not safe to share. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** The SHA-1 of these bytes. */
    public static byte[] of(byte[] bytes) {
        return newDigest().digest(bytes);
    }
}
