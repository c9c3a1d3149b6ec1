package minitorrent.ui.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.AddTorrentDialog;
import minitorrent.ui.internal.views.TorrentsView;

/** Small helpers for tests that run on the UI thread of the real workbench. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Runs the event loop until the display has no more work, so layouts and paints happen. */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /**
     * Runs the event loop until the condition holds, at most 30 s, else fails naming what did not
     * happen. A modal dialog opened meanwhile runs a loop of its own that would never give control
     * back: past the deadline it is closed, and the failure quotes what it said.
     */
    static void awaitUi(String what, BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        List<String> closedDialogs = new ArrayList<>();
        Runnable watchdog = () -> {
            for (Shell shell : display.getShells()) {
                if (shell != window().getShell() && !shell.isDisposed() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
                    closedDialogs.add(shell.getText() + ": " + labelTexts(shell));
                    shell.close();
                }
            }
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        display.timerExec(31_000, watchdog);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(what + " did not happen within 30 s"
                            + (closedDialogs.isEmpty() ? "" : "; a dialog was open: " + closedDialogs));
                }
                processEvents();
                Thread.sleep(20);
            }
        } finally {
            display.timerExec(-1, watchdog);
        }
    }

    /** Selects the Torrents view's first row as a click does: through its selection provider, which the other views hear. */
    static void selectFirstTorrent(TorrentsView torrents) throws InterruptedException {
        awaitUi("the first row built", () -> torrents.table().getItemCount() > 0 && torrents.table().getItem(0).getData() != null);
        torrents.getSite().getSelectionProvider().setSelection(new StructuredSelection(torrents.table().getItem(0).getData()));
    }

    /** Waits for the Add Torrent dialog, which opens without blocking once its .torrent is read. */
    static AddTorrentDialog awaitAddTorrentDialog() throws InterruptedException {
        AddTorrentDialog[] found = new AddTorrentDialog[1];
        awaitUi("the Add Torrent dialog open", () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (!shell.isDisposed() && shell.getData(AddTorrentDialog.class.getName()) instanceof AddTorrentDialog dialog) {
                    found[0] = dialog;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Removes every torrent from the workbench's session (keeping their data), so tests do not see each other's. */
    static void removeAllTorrents() throws Exception {
        Session session = WorkbenchSession.get();
        for (TorrentHandle handle : session.torrents()) {
            session.remove(handle, false);
        }
    }

    /** A port nothing listens on at 127.0.0.1 right now. */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** The texts of every Label under this control, depth first. */
    static List<String> labelTexts(Control control) {
        List<String> texts = new ArrayList<>();
        collectLabelTexts(control, texts);
        return texts;
    }

    private static void collectLabelTexts(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabelTexts(child, texts);
            }
        }
    }

    /** Waits until the Torrents view lists just this torrent (not one of an earlier test, shown until the view's next refresh). */
    static void awaitOnlyRow(TorrentsView torrents, String name) throws InterruptedException {
        awaitUi("only " + name + " in the Torrents view",
                () -> torrents.table().getItemCount() == 1 && torrents.table().getItem(0).getText(0).equals(name));
    }
}
