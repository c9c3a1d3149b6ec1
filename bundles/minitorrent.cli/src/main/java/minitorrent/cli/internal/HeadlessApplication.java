package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import minitorrent.cli.MiniTorrentCli;

/**
 * The command line as an Eclipse application ({@code -application minitorrent.cli.headless}),
 * for installations that run inside OSGi such as an Eclipse IDE. No display is needed; the
 * returned Integer becomes the process exit status.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        ComponentInventory.install(HeadlessApplication::bundles);
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        return MiniTorrentCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    @Override
    public void stop() {
        // Commands run to completion in start(); there is nothing to interrupt.
    }

    private static List<Component> bundles() {
        Bundle self = FrameworkUtil.getBundle(HeadlessApplication.class);
        return Arrays.stream(self.getBundleContext().getBundles())
                .filter(bundle -> bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(ComponentInventory.NAME_PREFIX))
                .map(bundle -> new Component(bundle.getSymbolicName(), bundle.getVersion().toString(), stateName(bundle.getState())))
                .sorted(Comparator.comparing(Component::name))
                .toList();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed (unresolved)";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.ACTIVE -> "active";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
