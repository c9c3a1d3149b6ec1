package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.Torrent;
import minitorrent.storage.FileCompleteness;
import minitorrent.storage.RecheckCancelledException;
import minitorrent.storage.RecheckResult;
import minitorrent.storage.StorageException;
import minitorrent.storage.TorrentStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minitorrent check}: verifies the data of a torrent in a folder, piece by piece against
 * the torrent's hashes, without changing anything. Exit 0 only when every piece is there and good.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify a torrent's data in a folder: per-file completeness, good, bad and missing pieces.",
        footer = {"", "Exit status: 0 when the data is complete and correct, 1 otherwise."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.torrent", description = "The torrent whose data to check.")
    private Path torrentFile;

    @Option(names = {"-d", "--dir"}, required = true, paramLabel = "DIR",
            description = "The folder that holds the data (a multi-file torrent's files are in DIR/<name>/).")
    private Path folder;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        Torrent torrent = TorrentFileReader.read(torrentFile);
        RecheckResult result;
        TerminalProgress progress = new TerminalProgress(out, "Checking", !json && TerminalProgress.stdoutIsTerminal());
        try {
            result = TorrentStorage.check(torrent, folder, (checked, total) ->
                    progress.update(Math.min(torrent.totalLength(), (long) checked * torrent.pieceLength()), torrent.totalLength()));
        } catch (StorageException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (RecheckCancelledException e) {
            throw new CommandFailure("the check was cancelled", e);
        } finally {
            progress.finish();
        }
        out.println(json ? TorrentJson.of(torrent, result) : text(result));
        out.flush();
        return result.isComplete() ? 0 : 1;
    }

    private static String text(RecheckResult result) {
        StringBuilder text = new StringBuilder();
        for (FileCompleteness file : result.files()) {
            if (!file.file().padFile()) {
                text.append(String.format(Locale.ROOT, "%6.1f%%  %s (%s)%n", 100 * file.fraction(), file.file().pathString(),
                        Sizes.format(file.file().length())));
            }
        }
        text.append(String.format("%nPieces: %d good, %d bad, %d missing of %d: %s", result.goodCount(), result.badCount(),
                result.missingCount(), result.pieceCount(), result.isComplete() ? "complete and correct" : "NOT complete"));
        return text.toString();
    }
}
