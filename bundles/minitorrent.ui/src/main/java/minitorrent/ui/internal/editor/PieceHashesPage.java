package minitorrent.ui.internal.editor;

import java.util.HexFormat;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.Torrent;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.views.TableColumns;

/**
 * The Piece Hashes page: each piece's index, SHA-1 and byte range, in a virtual table that
 * builds only the rows in sight, so a torrent of 100,000 pieces opens as fast as one of ten.
 */
public final class PieceHashesPage extends TorrentFormPage {

    public static final String ID = "pieces";

    private TableViewer viewer;

    PieceHashesPage(TorrentEditor editor, TorrentDocument document) {
        super(editor, ID, Messages.PieceHashes_tab, document);
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body) {
        FormToolkit toolkit = managedForm.getToolkit();
        Torrent torrent = document.torrent();
        int count = torrent.pieceCount();
        Composite client = section(toolkit, body, Messages.PieceHashes_section, NLS.bind(Messages.PieceHashes_description,
                new Object[] {Sizes.exact(count), Sizes.format(torrent.pieceLength()), Sizes.format(torrent.pieceSize(count - 1))}), true);
        GridLayoutFactory.swtDefaults().applyTo(client);
        viewer = new TableViewer(toolkit.createTable(client, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 320).applyTo(viewer.getTable());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                viewer.replace(index, index);
            }
        });
        HexFormat hex = HexFormat.of();
        TableColumns.<Integer>add(viewer, Messages.PieceHashes_columnIndex, 80, SWT.RIGHT, Sizes::exact);
        TableColumns.<Integer>add(viewer, Messages.PieceHashes_columnHash, 380, SWT.LEFT, index -> hex.formatHex(torrent.pieces().hash(index)));
        TableColumns.<Integer>add(viewer, Messages.PieceHashes_columnRange, 260, SWT.RIGHT, index -> {
            long start = (long) index * torrent.pieceLength();
            return NLS.bind(Messages.PieceHashes_range, Sizes.exact(start), Sizes.exact(start + torrent.pieceSize(index) - 1));
        });
        viewer.setInput(torrent);
        viewer.setItemCount(count);
    }

    /** The table of piece hashes, for tests. */
    public Table table() {
        return viewer.getTable();
    }
}
