package minitorrent.metainfo;

import java.util.List;
import java.util.Optional;

/**
 * What a user may change in a .torrent without changing its info hash, because it lives outside
 * the info dictionary: tracker tiers (BEP 12), web seeds (BEP 19) and the comment. Immutable;
 * URLs are stripped, and empty tiers and an empty comment are dropped.
 *
 * @param trackers tiers of announce URLs, in order
 * @param webSeeds web seed URLs, in order
 * @param comment  the comment, or empty for none
 */
public record MetainfoEdits(List<List<String>> trackers, List<String> webSeeds, Optional<String> comment) {

    public MetainfoEdits {
        trackers = trackers.stream().map(tier -> stripped(tier)).filter(tier -> !tier.isEmpty()).toList();
        webSeeds = stripped(webSeeds);
        comment = comment.filter(text -> !text.isBlank());
    }

    /** The torrent's values as they are, the start of an edit. */
    public static MetainfoEdits of(Torrent torrent) {
        return new MetainfoEdits(torrent.trackers(), torrent.webSeeds(), torrent.comment());
    }

    public MetainfoEdits withTrackers(List<List<String>> tiers) {
        return new MetainfoEdits(tiers, webSeeds, comment);
    }

    public MetainfoEdits withWebSeeds(List<String> urls) {
        return new MetainfoEdits(trackers, urls, comment);
    }

    public MetainfoEdits withComment(String text) {
        return new MetainfoEdits(trackers, webSeeds, Optional.of(text));
    }

    private static List<String> stripped(List<String> urls) {
        return urls.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
    }
}
