package minitorrent.cli;

import java.io.PrintWriter;

import minitorrent.cli.internal.CheckCommand;
import minitorrent.cli.internal.CreateCommand;
import minitorrent.cli.internal.DownloadCommand;
import minitorrent.cli.internal.FailureHandler;
import minitorrent.cli.internal.InfoCommand;
import minitorrent.cli.internal.SeedCommand;
import minitorrent.cli.internal.TrackerCommand;
import minitorrent.cli.internal.VersionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code minitorrent} command: usage, version and the subcommands. It runs on a plain JVM
 * class path (fast start, no OSGi framework) and inside OSGi through the headless application.
 * Exit status: 0 success, 1 failure (one line on stderr naming the problem), 2 usage error.
 */
@Command(name = "minitorrent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "MiniTorrent: create, inspect, download and seed BitTorrent torrents.",
        subcommands = {CreateCommand.class, InfoCommand.class, CheckCommand.class, DownloadCommand.class, SeedCommand.class, TrackerCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'minitorrent COMMAND --help' for the options of a command.",
                "Without arguments, ./minitorrent opens the MiniTorrent workbench."})
public final class MiniTorrentCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line to completion and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MiniTorrentCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }

    /** Without a subcommand the command line has nothing to do: show how to use it. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
