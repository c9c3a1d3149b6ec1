package minitorrent.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;

/**
 * A folder or file of a torrent as the Files page shows it: named by the sanitized path (as it
 * is written to disk), a folder's length the sum of what is under it. Pad files (BEP 47) are
 * left out: they are never written. Not changed once built.
 */
final class FileTreeNode {

    private final String name;
    private final Map<String, FileTreeNode> children = new LinkedHashMap<>();
    private final long fileLength;

    private FileTreeNode(String name, long fileLength) {
        this.name = name;
        this.fileLength = fileLength;
    }

    /** The top-level nodes: the torrent's folder for a multi-file torrent, else its one file. */
    static List<FileTreeNode> tree(Torrent torrent) {
        FileTreeNode top = new FileTreeNode("", 0);
        FileTreeNode root = torrent.isMultiFile() ? top.child(torrent.name()) : top;
        for (int index = 0; index < torrent.files().size(); index++) {
            TorrentFile file = torrent.files().get(index);
            if (file.padFile()) {
                continue;
            }
            FileTreeNode folder = root;
            for (String component : file.path().subList(0, file.path().size() - 1)) {
                folder = folder.child(component);
            }
            FileTreeNode leaf = new FileTreeNode(file.path().getLast(), file.length());
            folder.children.put(index + "/" + leaf.name, leaf); // two files may share a name after sanitizing
        }
        return top.children();
    }

    private FileTreeNode child(String folder) {
        return children.computeIfAbsent(folder + "/", key -> new FileTreeNode(folder, 0));
    }

    String name() {
        return name;
    }

    /** A file's length, or the sum of the lengths under a folder. */
    long length() {
        return isFolder() ? children.values().stream().mapToLong(FileTreeNode::length).sum() : fileLength;
    }

    boolean isFolder() {
        return !children.isEmpty();
    }

    List<FileTreeNode> children() {
        return new ArrayList<>(children.values());
    }
}
