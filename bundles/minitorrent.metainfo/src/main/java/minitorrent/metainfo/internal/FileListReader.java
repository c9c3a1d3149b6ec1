package minitorrent.metainfo.internal;

import java.util.ArrayList;
import java.util.List;

import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.TorrentFile;

/**
 * Reads the files of an info dictionary — one 'length', or a 'files' list (BEP 3) with pad files
 * (BEP 47) — into sanitized, unique paths with their offsets in the torrent's byte stream.
 */
public final class FileListReader {

    /** The files of a torrent, whether they sit in a folder, and their total length. */
    public record Files(List<TorrentFile> files, boolean multiFile, long totalLength) {
    }

    private FileListReader() {
    }

    public static Files read(DictionaryReader info, String name, String originalName, List<String> warnings) throws InvalidTorrentException {
        boolean single = info.has("length");
        boolean multi = info.has("files");
        if (single && multi) {
            throw info.invalid("files", "and 'length' are both present: a torrent is either one file or a list of files");
        }
        if (single) {
            long length = info.requireInteger("length");
            if (length < 0) {
                throw info.invalid("length", "is negative: " + length);
            }
            return new Files(List.of(new TorrentFile(List.of(name), List.of(originalName), length, 0, false)), false, length);
        }
        if (!multi) {
            throw info.invalid("length", "and 'files' are both missing: the torrent names no data");
        }
        return readList(info, warnings);
    }

    private static Files readList(DictionaryReader info, List<String> warnings) throws InvalidTorrentException {
        List<BencodeValue> entries = info.requireList("files");
        if (entries.isEmpty()) {
            throw info.invalid("files", "is empty");
        }
        List<TorrentFile> files = new ArrayList<>(entries.size());
        UniqueFileNames names = new UniqueFileNames();
        long offset = 0;
        for (int index = 0; index < entries.size(); index++) {
            DictionaryReader entry = info.element("files", index, entries.get(index));
            long length = entry.requireInteger("length");
            if (length < 0) {
                throw entry.invalid("length", "is negative: " + length);
            }
            List<String> original = path(entry, warnings);
            List<String> sanitized = names.claim(PathSanitizer.path(original));
            if (!sanitized.equals(original)) {
                warnings.add("the file '" + String.join("/", original) + "' was renamed to '" + String.join("/", sanitized) + "'");
            }
            boolean pad = isPadFile(entry, original, warnings);
            files.add(new TorrentFile(sanitized, original, length, offset, pad));
            try {
                offset = Math.addExact(offset, length);
            } catch (ArithmeticException overflow) {
                throw info.invalid("files", "lengths add up to more than " + Long.MAX_VALUE + " bytes");
            }
        }
        return new Files(files, true, offset);
    }

    private static List<String> path(DictionaryReader entry, List<String> warnings) throws InvalidTorrentException {
        String key = entry.has("path.utf-8") ? "path.utf-8" : "path";
        List<BencodeValue> components = entry.requireList(key);
        if (components.isEmpty()) {
            throw entry.invalid(key, "is empty");
        }
        if (components.size() > PathSanitizer.MAX_DEPTH) {
            throw entry.invalid(key, "has " + components.size() + " components, more than the " + PathSanitizer.MAX_DEPTH + " allowed");
        }
        List<String> texts = new ArrayList<>(components.size());
        int bytes = 0;
        for (BencodeValue component : components) {
            if (!(component instanceof BencodeString string)) {
                throw entry.invalid(key, "holds " + DictionaryReader.typeName(component) + " where a file or folder name belongs");
            }
            bytes += string.length() + 1;
            texts.add(MetadataReader.decode(string, entry.name(key), warnings));
        }
        if (bytes > PathSanitizer.MAX_PATH_BYTES) {
            throw entry.invalid(key, "is " + bytes + " bytes long, more than the " + PathSanitizer.MAX_PATH_BYTES + " allowed");
        }
        return texts;
    }

    /** BEP 47: attr 'p'; older creators named pad files "_____padding_file_...". */
    private static boolean isPadFile(DictionaryReader entry, List<String> original, List<String> warnings) throws InvalidTorrentException {
        boolean padAttribute = entry.optionalString("attr").map(attr -> attr.text().indexOf('p') >= 0).orElse(false);
        return padAttribute || original.getLast().startsWith("_____padding_file_");
    }
}
