package minitorrent.ui.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;

/**
 * What workbench tests of real transfers share: a fresh layout of the perspective, a folder of
 * their own, and, once done, no torrent left in the workbench's session and the test's seeder
 * (see {@link LoopbackSeeding}) closed.
 */
abstract class TransferFixture {

    @TempDir
    Path temp;

    /** The test's seeder, if it started one. */
    Session seeder;

    @BeforeEach
    void freshLayout() {
        Workbench.page().resetPerspective();
        Workbench.processEvents();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Workbench.removeAllTorrents();
        if (seeder != null) {
            seeder.close();
        }
    }
}
