package minitorrent.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs of a few megabytes mounted on a test's folder, so that a full disk and a second file
 * system are real rather than simulated. Needs root (or CAP_SYS_ADMIN); tests are skipped with a
 * message when it cannot be mounted. Closed by the test thread that made it.
 */
final class SmallFileSystem implements AutoCloseable {

    private final Path mountPoint;

    private SmallFileSystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static SmallFileSystem mount(Path mountPoint, String size) throws IOException, InterruptedException {
        boolean mounted = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()));
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs on " + mountPoint + " (needs root): disk-full tests skipped");
        return new SmallFileSystem(mountPoint);
    }

    Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run(List.of("umount", mountPoint.toString()))) {
            throw new IOException("cannot unmount the tmpfs on " + mountPoint);
        }
    }

    private static boolean run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noSuchProgram) {
            return false;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }
}
