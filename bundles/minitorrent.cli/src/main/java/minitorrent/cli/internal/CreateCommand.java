package minitorrent.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minitorrent create}: makes a .torrent file of a file or a folder. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Make a .torrent file of a file or a folder.",
        footer = {"", "Trackers: each -t is a tier of its own, tried in order; URLs of one tier go in one -t,",
                "separated by commas, and are tried in random order (BEP 12). Example:",
                "  minitorrent create album -o album.torrent -t http://a/announce,http://b/announce -t udp://c:6969"})
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The file or folder to share.")
    private Path content;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.torrent", description = "Where to write the torrent.")
    private Path output;

    @Option(names = {"-t", "--tracker"}, paramLabel = "URL[,URL...]", description = "A tier of tracker announce URLs; repeat for more tiers.")
    private List<String> trackerTiers = new ArrayList<>();

    @Option(names = {"-w", "--web-seed"}, paramLabel = "URL", description = "A web seed URL (BEP 19); may repeat.")
    private List<String> webSeeds = new ArrayList<>();

    @Option(names = "--piece-size", paramLabel = "BYTES|auto", defaultValue = "auto", converter = PieceSizeConverter.class,
            description = "Piece size: a power of two from 16K to 16M (suffixes K and M allowed), or auto (default: about 1,000 to 2,000 pieces).")
    private OptionalInt pieceSize;

    @Option(names = "--private", description = "Mark the torrent private (BEP 27): peers from its trackers only.")
    private boolean isPrivate;

    @Option(names = {"-c", "--comment"}, paramLabel = "COMMENT", description = "A comment stored in the torrent.")
    private String comment;

    @Option(names = "--source", paramLabel = "S", description = "The info dictionary's 'source' (changes the info hash; private trackers use it).")
    private String source;

    @Option(names = "--no-date", description = "Leave out the creation date, so the same input gives the same file.")
    private boolean noDate;

    @Option(names = "--force", description = "Replace OUT.torrent if it exists.")
    private boolean force;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        CreateOptions options = options();
        checkOutputFolder();
        TerminalProgress progress = new TerminalProgress(out, "Hashing", TerminalProgress.stdoutIsTerminal());
        CreatedTorrent created;
        try {
            created = new TorrentCreator().create(options, progress::update);
            TorrentCreator.write(created, output, force);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("cannot read " + e.getFile() + ": there is no such file or folder");
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(output + " exists already; use --force to replace it");
        } catch (AccessDeniedException e) {
            throw new CommandFailure("cannot access " + e.getFile() + ": permission denied");
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage(), e);
        } finally {
            progress.finish();
        }
        PrintWriter err = spec.commandLine().getErr();
        created.skipped().forEach(skipped -> err.println("minitorrent create: " + skipped));
        Torrent torrent = created.torrent();
        String pieces = torrent.pieceCount() == 1 ? "1 piece" : Sizes.exact(torrent.pieceCount()) + " pieces";
        out.printf("Created %s: %s, %s in %s of %s, info hash %s%n", output, torrent.name(), Sizes.format(torrent.totalLength()),
                pieces, Sizes.format(torrent.pieceLength()), torrent.infoHash().hex());
        out.flush();
        return 0;
    }

    private CreateOptions options() {
        List<List<String>> tiers = trackerTiers.stream()
                .map(tier -> Arrays.stream(tier.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList())
                .filter(tier -> !tier.isEmpty())
                .toList();
        return new CreateOptions(content, pieceSize, tiers, webSeeds, isPrivate, Optional.ofNullable(source), Optional.ofNullable(comment),
                Optional.of(VersionCommand.Provider.releaseLine()), noDate ? Optional.empty() : Optional.of(Instant.now()));
    }

    /** Refuses an unusable output before hashing, which can take minutes; writing checks again. */
    private void checkOutputFolder() throws CommandFailure {
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + output + ": the folder " + folder + " does not exist");
        }
        if (!force && Files.exists(output)) {
            throw new CommandFailure(output + " exists already; use --force to replace it");
        }
    }
}
