package minitorrent.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import minitorrent.ui.internal.engine.WorkbenchSession;

/** Closes the workbench's engine session when the bundle stops, so resume data is saved at shutdown. */
public final class UiActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // the session starts when a view first needs it
    }

    @Override
    public void stop(BundleContext context) {
        WorkbenchSession.close();
    }
}
