package minitorrent.metainfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What transmission-show (transmission-cli 3.00) reads from a .torrent: its text report taken
 * apart. It prints sizes rounded ("3.01 MB"), so lengths are not part of it.
 *
 * @param infoHash   40 hex digits
 * @param files      paths as it prints them (folder name first for a multi-file torrent), sorted
 * @param trackers   tiers in order
 * @param webSeeds   web seed URLs
 */
record TransmissionShow(String infoHash, String name, int pieceCount, boolean isPrivate, List<String> files,
        List<List<String>> trackers, List<String> webSeeds) {

    private static final Pattern FILE = Pattern.compile("(.*) \\([^()]*\\)");

    static TransmissionShow of(ExternalTool show, Path torrent) throws IOException {
        List<String> lines = show.run(torrent.getParent(), torrent.toString()).lines();
        String hash = "";
        String name = "";
        int pieces = -1;
        boolean isPrivate = false;
        List<String> files = new ArrayList<>();
        List<List<String>> trackers = new ArrayList<>();
        List<String> webSeeds = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            if (!line.isEmpty() && !line.startsWith(" ")) {
                section = line;
                continue;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (section) {
                case "GENERAL" -> {
                    hash = text.startsWith("Hash: ") ? text.substring(6) : hash;
                    name = text.startsWith("Name: ") ? text.substring(6) : name;
                    pieces = text.startsWith("Piece Count: ") ? Integer.parseInt(text.substring(13)) : pieces;
                    isPrivate = text.startsWith("Privacy: ") ? text.equals("Privacy: Private torrent") : isPrivate;
                }
                case "TRACKERS" -> {
                    if (text.startsWith("Tier #")) {
                        trackers.add(new ArrayList<>());
                    } else {
                        trackers.getLast().add(text);
                    }
                }
                case "WEBSEEDS" -> webSeeds.add(text);
                case "FILES" -> {
                    Matcher file = FILE.matcher(text);
                    files.add(file.matches() ? file.group(1) : text);
                }
                default -> {
                    // other sections are not compared
                }
            }
        }
        return new TransmissionShow(hash, name, pieces, isPrivate, files.stream().sorted().toList(),
                trackers.stream().map(List::copyOf).toList(), List.copyOf(webSeeds));
    }
}
