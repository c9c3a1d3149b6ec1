package minitorrent.metainfo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to put into a new torrent besides the data: piece length (automatic when empty),
 * tracker tiers, web seeds, private flag, source, comment, creator and creation date. Leaving
 * the date out makes the same input and options give the same bytes.
 *
 * @param content      the file or folder to share
 * @param pieceLength  a power of two from 16 KiB to 16 MiB, or empty for {@link PieceSize#automatic}
 * @param trackers     tiers of announce URLs (BEP 12), in order
 * @param webSeeds     BEP 19 URLs
 * @param creationDate written as 'creation date' when present
 */
public record CreateOptions(Path content, OptionalInt pieceLength, List<List<String>> trackers, List<String> webSeeds,
        boolean isPrivate, Optional<String> source, Optional<String> comment, Optional<String> createdBy,
        Optional<Instant> creationDate) {

    public CreateOptions {
        pieceLength.ifPresent(PieceSize::checked);
        trackers = trackers.stream().map(List::copyOf).filter(tier -> !tier.isEmpty()).toList();
        webSeeds = List.copyOf(webSeeds);
    }

    /** Options for this content with nothing else set: automatic piece size, no trackers, no date. */
    public static CreateOptions of(Path content) {
        return new CreateOptions(content, OptionalInt.empty(), List.of(), List.of(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public CreateOptions withPieceLength(int length) {
        return new CreateOptions(content, OptionalInt.of(length), trackers, webSeeds, isPrivate, source, comment, createdBy, creationDate);
    }

    public CreateOptions withTrackers(List<List<String>> tiers) {
        return new CreateOptions(content, pieceLength, tiers, webSeeds, isPrivate, source, comment, createdBy, creationDate);
    }

    public CreateOptions withWebSeeds(List<String> urls) {
        return new CreateOptions(content, pieceLength, trackers, urls, isPrivate, source, comment, createdBy, creationDate);
    }

    public CreateOptions withPrivate(boolean value) {
        return new CreateOptions(content, pieceLength, trackers, webSeeds, value, source, comment, createdBy, creationDate);
    }

    public CreateOptions withSource(String value) {
        return new CreateOptions(content, pieceLength, trackers, webSeeds, isPrivate, Optional.of(value), comment, createdBy, creationDate);
    }

    public CreateOptions withComment(String value) {
        return new CreateOptions(content, pieceLength, trackers, webSeeds, isPrivate, source, Optional.of(value), createdBy, creationDate);
    }

    public CreateOptions withCreatedBy(String value) {
        return new CreateOptions(content, pieceLength, trackers, webSeeds, isPrivate, source, comment, Optional.of(value), creationDate);
    }

    public CreateOptions withCreationDate(Instant value) {
        return new CreateOptions(content, pieceLength, trackers, webSeeds, isPrivate, source, comment, createdBy, Optional.of(value));
    }
}
