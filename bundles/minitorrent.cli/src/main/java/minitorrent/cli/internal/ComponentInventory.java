package minitorrent.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;

/**
 * Lists the MiniTorrent components of the running installation. On a plain class path they are
 * the jars whose manifest names a {@code minitorrent.*} bundle; inside OSGi the headless
 * application installs an inventory that asks the framework instead.
 */
public interface ComponentInventory {

    /** The prefix of every MiniTorrent bundle's symbolic name. */
    String NAME_PREFIX = "minitorrent.";

    List<Component> components();

    /** The inventory of this process: the framework's when running in OSGi, else the class path's. */
    static ComponentInventory current() {
        return Holder.current;
    }

    /** Called once by the OSGi entry point before any command runs. */
    static void install(ComponentInventory inventory) {
        Holder.current = inventory;
    }

    /** Keeps the installed inventory; the class path one unless OSGi installed its own. */
    final class Holder {
        private static volatile ComponentInventory current = Holder::fromClassPath;

        private Holder() {
        }

        private static List<Component> fromClassPath() {
            List<Component> components = new ArrayList<>();
            try {
                Enumeration<URL> manifests = ComponentInventory.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
                while (manifests.hasMoreElements()) {
                    try (InputStream in = manifests.nextElement().openStream()) {
                        var attributes = new Manifest(in).getMainAttributes();
                        String name = attributes.getValue("Bundle-SymbolicName");
                        if (name != null && name.startsWith(NAME_PREFIX)) {
                            String symbolicName = name.split(";", 2)[0].trim();
                            components.add(new Component(symbolicName, attributes.getValue("Bundle-Version"), "class path"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the manifests on the class path", e);
            }
            components.sort(Comparator.comparing(Component::name));
            return components;
        }
    }
}
