package minitorrent.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;

/** Adds a text column to a table or tree viewer in one line. */
public final class TableColumns {

    private TableColumns() {
    }

    @SuppressWarnings("unchecked")
    public static <T> ViewerColumn add(ColumnViewer viewer, String title, int width, int alignment, Function<T, String> text) {
        ViewerColumn column;
        if (viewer instanceof TableViewer table) {
            TableViewerColumn tableColumn = new TableViewerColumn(table, alignment);
            tableColumn.getColumn().setText(title);
            tableColumn.getColumn().setWidth(width);
            tableColumn.getColumn().setMoveable(true);
            column = tableColumn;
        } else {
            TreeViewerColumn treeColumn = new TreeViewerColumn((TreeViewer) viewer, alignment);
            treeColumn.getColumn().setText(title);
            treeColumn.getColumn().setWidth(width);
            treeColumn.getColumn().setMoveable(true);
            column = treeColumn;
        }
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
        return column;
    }
}
