package minitorrent.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Python scripts that tests run against libtorrent: each is copied into a folder beside the
 * module they share, {@value #LOOPBACK_LIBTORRENT} (libtorrent kept to 127.0.0.1), which Python
 * then finds next to the script.
 */
public final class PythonScripts {

    public static final String LOOPBACK_LIBTORRENT = "loopback_libtorrent.py";

    private PythonScripts() {
    }

    /**
     * Copies the script {@code resource} of {@code owner} (a name as {@link Class#getResourceAsStream}
     * takes it) and the shared module into {@code folder}; returns the script's path there.
     */
    public static Path extract(Class<?> owner, String resource, Path folder) throws IOException {
        copy(PythonScripts.class, LOOPBACK_LIBTORRENT, folder.resolve(LOOPBACK_LIBTORRENT));
        Path script = folder.resolve(Path.of(resource).getFileName().toString());
        copy(owner, resource, script);
        return script;
    }

    private static void copy(Class<?> owner, String resource, Path target) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource '" + resource + "' beside " + owner.getName());
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
