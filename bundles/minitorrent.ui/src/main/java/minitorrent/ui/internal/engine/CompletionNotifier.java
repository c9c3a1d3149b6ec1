package minitorrent.ui.internal.engine;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;

import minitorrent.engine.Session;
import minitorrent.engine.SessionListener;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentEvent;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.ui.internal.Messages;

/**
 * Tells the user when a download completes, with a small notification at the corner of the screen
 * that names the torrent and links to its folder: downloads take long, and nobody watches the list
 * meanwhile. Torrents that were complete when checked (at a restart) say nothing.
 */
public final class CompletionNotifier implements SessionListener {

    /** The key of a notification shell's data: the completed torrent's info hash, in hex. */
    public static final String SHELL_DATA_KEY = CompletionNotifier.class.getName();

    private static final long SHOWN_MILLIS = 8000;

    private final Session session;

    CompletionNotifier(Session session) {
        this.session = session;
    }

    @Override
    public void onEvent(TorrentEvent event) {
        if (event.kind() != TorrentEvent.Kind.COMPLETED || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        TorrentSnapshot snapshot = session.find(event.infoHash()).map(TorrentHandle::snapshot).orElse(null);
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (snapshot != null && !display.isDisposed()) {
            display.asyncExec(() -> show(display, snapshot));
        }
    }

    private static void show(Display display, TorrentSnapshot snapshot) {
        NotificationPopup popup = NotificationPopup.forDisplay(display)
                .title(Messages.Notification_completedTitle, true)
                .content(parent -> content(parent, snapshot))
                .delay(SHOWN_MILLIS)
                .build();
        popup.open();
        popup.getShell().setData(SHELL_DATA_KEY, snapshot.infoHash().hex());
    }

    private static Composite content(Composite parent, TorrentSnapshot snapshot) {
        Composite content = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(content);
        Label what = new Label(content, SWT.WRAP);
        what.setText(Messages.Notification_completedText.replace("{0}", snapshot.name())
                .replace("{1}", Sizes.format(snapshot.totalLength())));
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(what);
        Link folder = new Link(content, SWT.NONE);
        folder.setText("<a>" + Messages.Notification_openFolder + "</a>");
        folder.addListener(SWT.Selection, event -> Program.launch(snapshot.downloadPath().toString()));
        return content;
    }
}
