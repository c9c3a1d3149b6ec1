package minitorrent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class MiniTorrentCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MiniTorrentCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpPrintsUsageWithTheSubcommandsAndSucceeds() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: minitorrent"), out.toString());
        assertTrue(out.toString().contains("version"), out.toString());
    }

    @Test
    void withoutASubcommandItShowsUsage() {
        assertEquals(0, run());
        assertTrue(out.toString().contains("Usage: minitorrent"), out.toString());
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorNamingIt() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
    }

    @Test
    void versionNamesTheRelease() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("MiniTorrent "), out.toString());
    }
}
