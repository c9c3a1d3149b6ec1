package minitorrent.app.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The standalone MiniTorrent workbench: creates the display and runs the workbench until it closes.
 * The .torrent files named on its command line ({@code minitorrent a.torrent}, as a file manager
 * opens them) are offered for adding once the window is up.
 */
public final class MiniTorrentApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            List<Path> torrentFiles = arguments instanceof String[] given ? Arrays.stream(given)
                    .filter(argument -> argument.endsWith(".torrent")).map(argument -> Path.of(argument).toAbsolutePath())
                    .toList() : List.of();
            int code = PlatformUI.createAndRunWorkbench(display, new MiniTorrentWorkbenchAdvisor(torrentFiles));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
