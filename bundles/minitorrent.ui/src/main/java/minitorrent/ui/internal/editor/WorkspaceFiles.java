package minitorrent.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The Eclipse workspace, when the IDE runs us: a save writes the .torrent file straight to the
 * file system, and a workspace file written behind the workspace's back stays "out of sync" until
 * it is refreshed. The standalone product has no workspace: org.eclipse.core.resources is an
 * optional import, and {@link Workspace}, the only class that uses it, is loaded only when it is
 * wired.
 */
final class WorkspaceFiles {

    private static final String RESOURCES_PACKAGE = "org.eclipse.core.resources";

    private WorkspaceFiles() {
    }

    /** Refreshes every workspace file at this location, if there is a workspace. */
    static void refreshAfterSave(Path written) {
        if (workspaceWired()) {
            Workspace.refresh(written);
        }
    }

    private static boolean workspaceWired() {
        BundleWiring wiring = FrameworkUtil.getBundle(WorkspaceFiles.class).adapt(BundleWiring.class);
        return wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE).stream()
                .anyMatch(wire -> RESOURCES_PACKAGE.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)));
    }

    private static final class Workspace {

        /** A file that fails to refresh is only logged: the workspace finds the change at its next refresh. */
        static void refresh(Path written) {
            for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(written.toUri())) {
                try {
                    file.refreshLocal(IResource.DEPTH_ZERO, null);
                } catch (CoreException e) {
                    ILog.of(WorkspaceFiles.class).log(e.getStatus());
                }
            }
        }
    }
}
