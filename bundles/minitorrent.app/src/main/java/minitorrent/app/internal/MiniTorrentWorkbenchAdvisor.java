package minitorrent.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import minitorrent.app.MiniTorrentApp;
import minitorrent.ui.internal.views.TorrentAdder;

/**
 * Opens MiniTorrent's perspective, remembers the window layout between runs, and offers the
 * .torrent files given at start for adding.
 */
final class MiniTorrentWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> torrentFiles;

    MiniTorrentWorkbenchAdvisor(List<Path> torrentFiles) {
        this.torrentFiles = torrentFiles;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MiniTorrentWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        Shell shell = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell();
        torrentFiles.forEach(file -> TorrentAdder.addFile(shell, file));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MiniTorrentApp.PERSPECTIVE_ID;
    }
}
