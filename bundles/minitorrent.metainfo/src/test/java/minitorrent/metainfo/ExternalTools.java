package minitorrent.metainfo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the BitTorrent tools of Debian's packages that our torrents are compared with. */
final class ExternalTools {

    private ExternalTools() {
    }

    /** Skips the calling test, with a message, when the program is not installed. */
    static void assumeInstalled(String program) {
        assumeTrue(Files.isExecutable(Path.of(program)), program + " is not installed (Debian packages mktorrent, transmission-cli, python3-libtorrent)");
    }

    /** Runs a program to completion within a minute and returns what it printed; fails on a non-zero exit. */
    static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** The info hash that transmission-show reports for a torrent file. */
    static String transmissionHash(Path torrent) throws IOException, InterruptedException {
        return find(run(torrent.getParent(), List.of("/usr/bin/transmission-show", torrent.toString())), "Hash: ([0-9a-f]{40})");
    }

    /** The v1 info hash that libtorrent computes for a torrent file. */
    static String libtorrentHash(Path torrent) throws IOException, InterruptedException {
        String script = "import libtorrent as lt, sys; print(lt.torrent_info(sys.argv[1]).info_hash())";
        return find(run(torrent.getParent(), List.of("/usr/bin/python3", "-c", script, torrent.toString())), "([0-9a-f]{40})");
    }

    private static String find(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("no " + regex + " in:\n" + output);
        }
        return matcher.group(1);
    }
}
