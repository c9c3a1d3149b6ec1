package minitorrent.cli.internal;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code minitorrent version}: the release and, one line each, the MiniTorrent components that
 * are present with their versions and, inside OSGi, whether each one resolved. This is what a
 * user or a support request needs to know about an installation.
 */
@Command(name = "version", description = "Print the MiniTorrent version and its installed components.")
public final class VersionCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        out.println(Provider.versionLine());
        for (Component component : ComponentInventory.current().components()) {
            out.printf("  %-24s %-28s %s%n", component.name(), component.version(), component.state());
        }
        out.flush();
    }

    /** Feeds {@code --version}, which prints the release line only. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {versionLine()};
        }

        /** "MiniTorrent 0.1.0": the release without the build qualifier, as written into torrents. */
        static String releaseLine() {
            String[] parts = versionLine().split("\\.");
            return parts.length > 3 ? String.join(".", parts[0], parts[1], parts[2]) : versionLine();
        }

        static String versionLine() {
            String version = VersionCommand.class.getPackage().getImplementationVersion();
            return "MiniTorrent " + (version == null ? releaseFromComponents() : version);
        }

        private static String releaseFromComponents() {
            List<Component> components = ComponentInventory.current().components();
            return components.stream()
                    .filter(component -> component.name().equals("minitorrent.cli"))
                    .map(Component::version)
                    .findFirst()
                    .orElse("(unknown version)");
        }
    }
}
