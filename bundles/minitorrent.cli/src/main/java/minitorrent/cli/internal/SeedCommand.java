package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import minitorrent.metainfo.Torrent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minitorrent seed}: checks that a torrent's data in a folder is complete, then serves it
 * to peers until interrupted.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Check a torrent's data in a folder, then seed it until interrupted.",
        footer = {"", "Exit status: 1 when the data is not complete and correct (use download to fetch the rest)."})
public final class SeedCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.torrent", description = "The torrent to seed.")
    private Path torrentFile;

    @Option(names = {"-d", "--dir"}, required = true, paramLabel = "DIR",
            description = "The folder that holds the data (a multi-file torrent's files are in DIR/<name>/).")
    private Path folder;

    @Option(names = "--json-progress", description = "Report as one JSON object per line, every second.")
    private boolean jsonProgress;

    @Mixin
    private SessionOptions session;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        Torrent torrent = TorrentFileReader.read(torrentFile);
        new TransferRun(out, jsonProgress).run(torrent, folder, session, TransferRun.Until.INTERRUPTED_SEEDING_ONLY);
        return 0;
    }
}
