package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.TorrentFile;

/** Prints a torrent's files as an indented tree of folders, each file with its size. */
final class FileTree {

    private final Map<String, FileTree> folders = new TreeMap<>();
    private final Map<String, Long> files = new TreeMap<>();

    static FileTree of(List<TorrentFile> torrentFiles) {
        FileTree root = new FileTree();
        for (TorrentFile file : torrentFiles) {
            if (file.padFile()) {
                continue;
            }
            FileTree folder = root;
            List<String> path = file.path();
            for (String component : path.subList(0, path.size() - 1)) {
                folder = folder.folders.computeIfAbsent(component, name -> new FileTree());
            }
            folder.files.put(path.getLast(), file.length());
        }
        return root;
    }

    void print(PrintWriter out, String indent) {
        folders.forEach((name, folder) -> {
            out.println(indent + name + "/");
            folder.print(out, indent + "  ");
        });
        files.forEach((name, length) -> out.printf("%s%-" + Math.max(1, 48 - indent.length()) + "s %10s%n", indent, name, Sizes.format(length)));
    }
}
