package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import minitorrent.metainfo.Torrent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private TransferOptions options;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        Torrent torrent = TorrentFileReader.read(options.torrentFile);
        new TransferRun(out, options).run(torrent, TransferRun.Until.INTERRUPTED_SEEDING_ONLY);
        return 0;
    }
}
