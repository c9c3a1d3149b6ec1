package minitorrent.metainfo;

import java.util.List;

/**
 * A torrent just created: its bytes as they go into the .torrent file, the same torrent parsed,
 * and what was left out of the content (e.g. symbolic links), one sentence each.
 */
public record CreatedTorrent(byte[] bytes, Torrent torrent, List<String> skipped) {

    public CreatedTorrent {
        bytes = bytes.clone();
        skipped = List.copyOf(skipped);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
