package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.Torrent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minitorrent download}: fetches a torrent's data into a folder, verified piece by piece,
 * resuming what is already there, and exits when it is complete (or seeds on with {@code --seed}).
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a torrent into a folder (resuming what is there), then exit or keep seeding.",
        footer = {"", "Multi-file torrents land in DIR/<name>/, single-file ones in DIR/<name>.",
                "Ctrl-C or SIGTERM saves the resume data and stops; running the same command again goes on.",
                "Exit status: 0 when the download is complete, 1 on failure, 2 on a usage error."})
public final class DownloadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", description = "Keep seeding once complete, until interrupted.")
    private boolean seed;

    @Mixin
    private TransferOptions options;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        Torrent torrent = TorrentFileReader.read(options.torrentFile);
        long started = System.nanoTime();
        TransferRun run = new TransferRun(out, options);
        TorrentSnapshot done = run.run(torrent, TransferRun.Until.FINISHED);
        if (!options.jsonProgress) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            out.println(String.format(Locale.ROOT, "Complete: %s (%s) in %.1f s, %s downloaded at %s/s", torrent.name(),
                    Sizes.format(done.wantedLength()), seconds, Sizes.format(done.downloaded()),
                    Sizes.format((long) (done.downloaded() / seconds))));
            out.flush();
        }
        if (seed) {
            run.run(torrent, TransferRun.Until.INTERRUPTED);
        }
        return 0;
    }
}
