package minitorrent.cli.internal;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import minitorrent.metainfo.MagnetUri;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;
import minitorrent.storage.FileCompleteness;
import minitorrent.storage.RecheckResult;

/**
 * The JSON printed by {@code --json}, one object per command, all with the same Gson settings.
 * {@code info}: infoHash, name, totalLength, pieceLength, pieceCount, private, files [{path,
 * length}], trackers [[tier]], webSeeds, comment, createdBy, creationDate (ISO-8601, null when
 * absent) and warnings. {@code check}: infoHash, name, pieceCount, good, bad, missing, complete
 * and files [{path, length, verifiedBytes, complete}].
 */
final class TorrentJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private TorrentJson() {
    }

    /** A magnet link's object: infoHash, name (null when absent), trackers (a tier each), webSeeds and peers. */
    static String of(MagnetUri magnet) {
        JsonObject json = new JsonObject();
        json.addProperty("infoHash", magnet.infoHash().hex());
        json.addProperty("name", magnet.displayName().orElse(null));
        JsonArray tiers = new JsonArray();
        magnet.trackers().forEach(url -> tiers.add(GSON.toJsonTree(List.of(url))));
        json.add("trackers", tiers);
        json.add("webSeeds", GSON.toJsonTree(magnet.webSeeds()));
        json.add("peers", GSON.toJsonTree(magnet.peers()));
        return GSON.toJson(json);
    }

    /** What {@code check --json} prints: the counts of pieces and each file's verified bytes. */
    static String of(Torrent torrent, RecheckResult result) {
        JsonObject json = new JsonObject();
        json.addProperty("infoHash", torrent.infoHash().hex());
        json.addProperty("name", torrent.name());
        json.addProperty("pieceCount", result.pieceCount());
        json.addProperty("good", result.goodCount());
        json.addProperty("bad", result.badCount());
        json.addProperty("missing", result.missingCount());
        json.addProperty("complete", result.isComplete());
        JsonArray files = new JsonArray();
        for (FileCompleteness file : result.files()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("path", file.file().pathString());
            entry.addProperty("length", file.file().length());
            entry.addProperty("verifiedBytes", file.verifiedBytes());
            entry.addProperty("complete", file.isComplete());
            files.add(entry);
        }
        json.add("files", files);
        return GSON.toJson(json);
    }

    static String of(Torrent torrent) {
        JsonObject json = new JsonObject();
        json.addProperty("infoHash", torrent.infoHash().hex());
        json.addProperty("name", torrent.name());
        json.addProperty("totalLength", torrent.totalLength());
        json.addProperty("pieceLength", torrent.pieceLength());
        json.addProperty("pieceCount", torrent.pieceCount());
        json.addProperty("private", torrent.isPrivate());
        json.addProperty("multiFile", torrent.isMultiFile());
        JsonArray files = new JsonArray();
        for (TorrentFile file : torrent.files()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("path", file.pathString());
            entry.addProperty("length", file.length());
            if (file.padFile()) {
                entry.addProperty("padFile", true);
            }
            files.add(entry);
        }
        json.add("files", files);
        JsonArray tiers = new JsonArray();
        torrent.trackers().forEach(tier -> tiers.add(GSON.toJsonTree(tier)));
        json.add("trackers", tiers);
        json.add("webSeeds", GSON.toJsonTree(torrent.webSeeds()));
        json.addProperty("comment", torrent.comment().orElse(null));
        json.addProperty("createdBy", torrent.createdBy().orElse(null));
        json.addProperty("creationDate", torrent.creationDate().map(Object::toString).orElse(null));
        json.addProperty("source", torrent.source().orElse(null));
        json.add("warnings", GSON.toJsonTree(torrent.warnings()));
        return GSON.toJson(json);
    }
}
