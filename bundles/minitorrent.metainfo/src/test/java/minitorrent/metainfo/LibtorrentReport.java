package minitorrent.metainfo;

import java.util.ArrayList;
import java.util.List;

/**
 * What libtorrent reads from a .torrent or a magnet link, as libtorrent_tool.py prints it (one
 * fact a line, tab-separated); the facts a magnet link lacks stay empty or -1.
 *
 * @param files    in libtorrent's order, paths with the torrent's name first for a multi-file one
 * @param trackers URLs in order, each with its tier
 */
record LibtorrentReport(String infoHash, String name, long totalLength, int pieceCount, int pieceLength, boolean isPrivate,
        List<File> files, List<Tracker> trackers, List<String> webSeeds, List<String> peers) {

    record File(String path, long length, long offset, boolean padFile) {
    }

    record Tracker(int tier, String url) {
    }

    static LibtorrentReport of(List<String> lines) {
        String hash = "";
        String name = "";
        long total = -1;
        int pieces = -1;
        int pieceLength = -1;
        boolean isPrivate = false;
        List<File> files = new ArrayList<>();
        List<Tracker> trackers = new ArrayList<>();
        List<String> webSeeds = new ArrayList<>();
        List<String> peers = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "hash" -> hash = fields[1];
                case "name" -> name = fields[1];
                case "total" -> total = Long.parseLong(fields[1]);
                case "pieces" -> pieces = Integer.parseInt(fields[1]);
                case "piece-length" -> pieceLength = Integer.parseInt(fields[1]);
                case "private" -> isPrivate = fields[1].equals("1");
                case "file" -> files.add(new File(fields[4], Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[3].equals("1")));
                case "tracker" -> trackers.add(new Tracker(Integer.parseInt(fields[1]), fields[2]));
                case "web-seed" -> webSeeds.add(fields[1]);
                case "peer" -> peers.add(fields[1].contains(":") ? "[" + fields[1] + "]:" + fields[2] : fields[1] + ":" + fields[2]);
                default -> throw new IllegalArgumentException("libtorrent_tool.py printed an unknown line: " + line);
            }
        }
        return new LibtorrentReport(hash, name, total, pieces, pieceLength, isPrivate, List.copyOf(files), List.copyOf(trackers),
                List.copyOf(webSeeds), List.copyOf(peers));
    }

    /** The trackers grouped into tiers, in order. */
    List<List<String>> tiers() {
        List<List<String>> tiers = new ArrayList<>();
        for (Tracker tracker : trackers) {
            while (tiers.size() <= tracker.tier()) {
                tiers.add(new ArrayList<>());
            }
            tiers.get(tracker.tier()).add(tracker.url());
        }
        return tiers.stream().filter(tier -> !tier.isEmpty()).map(List::copyOf).toList();
    }
}
