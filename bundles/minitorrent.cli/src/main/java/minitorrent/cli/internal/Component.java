package minitorrent.cli.internal;

/** One MiniTorrent bundle of an installation: its symbolic name, version and state. */
public record Component(String name, String version, String state) {
}
