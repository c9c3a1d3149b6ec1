package minitorrent.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;

/** Adds a text column to a table viewer in one line. */
final class TableColumns {

    private TableColumns() {
    }

    @SuppressWarnings("unchecked")
    static <T> TableViewerColumn add(TableViewer viewer, String title, int width, int alignment, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
        return column;
    }
}
