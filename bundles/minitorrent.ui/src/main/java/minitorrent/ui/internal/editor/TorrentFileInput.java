package minitorrent.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/**
 * A .torrent file of the file system as the input of the Torrent Editor. The standalone product
 * has no org.eclipse.ui.ide and so none of its file inputs; in an IDE the editor takes the IDE's
 * inputs as well, through {@link #pathOf}, without depending on org.eclipse.ui.ide (where even
 * IURIEditorInput lives).
 */
public final class TorrentFileInput implements IPathEditorInput {

    private final Path file;

    public TorrentFileInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /**
     * The file of any input that is or adapts to a path input: in an IDE the workspace's
     * FileEditorInput is one, and org.eclipse.ui.ide adapts the file system's FileStoreEditorInput
     * (an IURIEditorInput) to one when its URI is a local file.
     */
    public static Optional<Path> pathOf(IEditorInput input) {
        IPathEditorInput pathInput = Adapters.adapt(input, IPathEditorInput.class);
        return pathInput == null || pathInput.getPath() == null ? Optional.empty() : Optional.of(pathInput.getPath().toPath());
    }

    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromPath(file);
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AbstractUIPlugin.imageDescriptorFromPlugin("minitorrent.ui", TorrentEditor.ICON);
    }

    @Override
    public String getName() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TorrentFileInput that && file.equals(that.file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
