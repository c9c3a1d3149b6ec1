package minitorrent.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import minitorrent.engine.FilePriority;
import minitorrent.engine.FileSnapshot;

/**
 * A node of the Files view's tree: a folder of the torrent or one of its files (by index). The
 * tree is built once per torrent; each refresh only replaces the file snapshots it reads, so
 * expanded folders stay expanded.
 */
final class FileNode {

    private final String name;
    private final int fileIndex;
    private final Map<String, FileNode> children = new LinkedHashMap<>();
    private List<FileSnapshot> files;

    private FileNode(String name, int fileIndex, List<FileSnapshot> files) {
        this.name = name;
        this.fileIndex = fileIndex;
        this.files = files;
    }

    /** The top-level nodes of a torrent's files: its folder, named {@code name}, for a multi-file torrent. */
    static List<FileNode> tree(String name, boolean multiFile, List<FileSnapshot> files) {
        FileNode top = new FileNode("", -1, files);
        FileNode root = multiFile ? top.children.computeIfAbsent(name, folder -> new FileNode(folder, -1, files)) : top;
        for (int i = 0; i < files.size(); i++) {
            String[] parts = files.get(i).path().split("/");
            FileNode folder = root;
            for (int depth = 0; depth < parts.length - 1; depth++) {
                folder = folder.children.computeIfAbsent(parts[depth], part -> new FileNode(part, -1, files));
            }
            folder.children.put(parts[parts.length - 1] + "\u0000" + i, new FileNode(parts[parts.length - 1], i, files));
        }
        return top.children();
    }

    /** Gives this node and every node under it the latest snapshots (same files, same order). */
    void update(List<FileSnapshot> latest) {
        files = latest;
        children.values().forEach(child -> child.update(latest));
    }

    String name() {
        return name;
    }

    boolean isFolder() {
        return fileIndex < 0;
    }

    List<FileNode> children() {
        return new ArrayList<>(children.values());
    }

    /** The indexes of the files at or under this node. */
    List<Integer> fileIndexes() {
        List<Integer> indexes = new ArrayList<>();
        if (!isFolder()) {
            indexes.add(fileIndex);
        }
        children.values().forEach(child -> indexes.addAll(child.fileIndexes()));
        return indexes;
    }

    long length() {
        return fileIndexes().stream().mapToLong(index -> files.get(index).length()).sum();
    }

    long completed() {
        return fileIndexes().stream().mapToLong(index -> files.get(index).completed()).sum();
    }

    double progress() {
        long length = length();
        return length == 0 ? 1 : (double) completed() / length;
    }

    /** The files' priority, or null for a folder whose files differ. */
    FilePriority priority() {
        List<FilePriority> all = fileIndexes().stream().map(index -> files.get(index).priority()).distinct().toList();
        return all.size() == 1 ? all.get(0) : null;
    }
}
