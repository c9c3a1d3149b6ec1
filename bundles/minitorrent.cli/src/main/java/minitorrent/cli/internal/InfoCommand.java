package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.MagnetUri;
import minitorrent.metainfo.Torrent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minitorrent info}: what a .torrent file or magnet link holds, for people or as JSON. */
@Command(name = "info", description = "Show what a .torrent file or a magnet link holds.", mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.torrent|MAGNET", description = "A .torrent file, or a magnet: link.")
    private String source;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        if (source.regionMatches(true, 0, "magnet:", 0, "magnet:".length())) {
            MagnetUri magnet = parseMagnet(source);
            if (json) {
                out.println(TorrentJson.of(magnet));
            } else {
                print(magnet, out);
            }
            out.flush();
            return 0;
        }
        Torrent torrent = TorrentFileReader.read(Path.of(source));
        if (json) {
            out.println(TorrentJson.of(torrent));
        } else {
            print(torrent, out);
        }
        out.flush();
        return 0;
    }

    private static MagnetUri parseMagnet(String link) throws CommandFailure {
        try {
            return MagnetUri.parse(link);
        } catch (InvalidTorrentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private static void print(MagnetUri magnet, PrintWriter out) {
        out.printf("Name:        %s%n", magnet.displayName().orElse("(not given)"));
        out.printf("Info hash:   %s%n", magnet.infoHash().hex());
        out.println("Files, size and pieces come from peers once the download starts (a magnet link holds no metadata).");
        out.println();
        printTrackers(magnet.trackers().stream().map(List::of).toList(), out);
        printSection("Web seeds:", magnet.webSeeds(), out);
        printSection("Peers:", magnet.peers(), out);
    }

    private static void print(Torrent torrent, PrintWriter out) {
        long fileCount = torrent.files().stream().filter(file -> !file.padFile()).count();
        out.printf("Name:        %s%n", torrent.name());
        out.printf("Info hash:   %s%n", torrent.infoHash().hex());
        out.printf("Size:        %s (%s bytes) in %d %s%n", Sizes.format(torrent.totalLength()), Sizes.exact(torrent.totalLength()),
                fileCount, fileCount == 1 ? "file" : "files");
        out.printf("Pieces:      %d x %s%n", torrent.pieceCount(), Sizes.format(torrent.pieceLength()));
        out.printf("Private:     %s%n", torrent.isPrivate() ? "yes" : "no");
        torrent.creationDate().ifPresent(date -> out.printf("Created:     %s%n", DATE.format(date)));
        torrent.createdBy().ifPresent(createdBy -> out.printf("Created by:  %s%n", createdBy));
        torrent.comment().ifPresent(comment -> out.printf("Comment:     %s%n", comment));
        torrent.source().ifPresent(source -> out.printf("Source:      %s%n", source));

        out.println();
        out.println("Files:");
        if (torrent.isMultiFile()) {
            out.println("  " + torrent.name() + "/");
            FileTree.of(torrent.files()).print(out, "    ");
        } else {
            FileTree.of(torrent.files()).print(out, "  ");
        }
        out.println();
        printTrackers(torrent.trackers(), out);
        printSection("Web seeds:", torrent.webSeeds(), out);
        printSection("Warnings:", torrent.warnings(), out);
    }

    /** A titled, indented list after a blank line; nothing at all when the list is empty. */
    private static void printSection(String title, List<String> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        lines.forEach(line -> out.println("  " + line));
    }

    static void printTrackers(List<List<String>> tiers, PrintWriter out) {
        if (tiers.isEmpty()) {
            out.println("Trackers:    none (peers only from DHT, PEX or given by hand)");
            return;
        }
        out.println("Trackers:");
        for (int tier = 0; tier < tiers.size(); tier++) {
            out.printf("  tier %d: %s%n", tier + 1, String.join(", ", tiers.get(tier)));
        }
    }
}
