package minitorrent.storage;

/**
 * How a storage started from resume data: whether the data was usable (same torrent), how many
 * pieces were taken from it without reading, and what the recheck of the rest found (the pieces of
 * files whose size or modification time changed, or all pieces when the resume data was unusable).
 *
 * @param resumeUsed    false when the file was absent, damaged or of another torrent
 * @param trustedPieces pieces marked had straight from the resume data
 * @param recheck       the pieces that were read and hashed
 */
public record ResumeOutcome(boolean resumeUsed, int trustedPieces, RecheckResult recheck) {
}
