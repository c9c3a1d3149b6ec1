package minitorrent.ui.internal.views;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * What a tree viewer of our own nodes needs to know, told in three functions: the roots, a node's
 * children and whether it is a folder (shown with an expander even before it is opened).
 *
 * @param <T> the node type
 */
public final class TreeContent<T> implements ITreeContentProvider {

    private final Supplier<List<T>> roots;
    private final Function<T, List<T>> children;
    private final Predicate<T> folder;

    public TreeContent(Supplier<List<T>> roots, Function<T, List<T>> children, Predicate<T> folder) {
        this.roots = roots;
        this.children = children;
        this.folder = folder;
    }

    @Override
    public Object[] getElements(Object input) {
        return roots.get().toArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object[] getChildren(Object parent) {
        return children.apply((T) parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasChildren(Object element) {
        return folder.test((T) element);
    }
}
