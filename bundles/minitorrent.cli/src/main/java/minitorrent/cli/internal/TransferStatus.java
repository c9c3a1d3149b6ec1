package minitorrent.cli.internal;

import java.time.Duration;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import minitorrent.engine.Durations;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentSnapshot;

/**
 * How {@code download} and {@code seed} report a torrent's progress: a status line redrawn on a
 * terminal (percent, bar, amount, rates, peers, ETA) or, with {@code --json-progress}, one JSON
 * object per line: state, progress, completedBytes, wantedBytes, downloadRate, uploadRate,
 * downloaded, uploaded, peers, seeds, etaSeconds (null when unknown).
 */
final class TransferStatus {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final int BAR_WIDTH = 20;

    private TransferStatus() {
    }

    static String line(TorrentSnapshot snapshot) {
        int filled = (int) Math.round(snapshot.progress() * BAR_WIDTH);
        return String.format(Locale.ROOT, "%-11s %5.1f%% [%s%s] %s / %s  down %s/s  up %s/s  peers %d (%d seeds)  ETA %s",
                label(snapshot), 100 * snapshot.progress(), "=".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                Sizes.format(snapshot.wantedCompleted()), Sizes.format(snapshot.wantedLength()),
                Sizes.format(snapshot.downloadRate()), Sizes.format(snapshot.uploadRate()), snapshot.peers(), snapshot.seeds(),
                snapshot.eta().map(Durations::clock).orElse("-"));
    }

    static String json(TorrentSnapshot snapshot) {
        JsonObject json = new JsonObject();
        json.addProperty("state", snapshot.state().name().toLowerCase(Locale.ROOT));
        json.addProperty("progress", Math.round(snapshot.progress() * 10_000) / 10_000.0);
        json.addProperty("completedBytes", snapshot.wantedCompleted());
        json.addProperty("wantedBytes", snapshot.wantedLength());
        json.addProperty("downloadRate", snapshot.downloadRate());
        json.addProperty("uploadRate", snapshot.uploadRate());
        json.addProperty("downloaded", snapshot.downloaded());
        json.addProperty("uploaded", snapshot.uploaded());
        json.addProperty("peers", snapshot.peers());
        json.addProperty("seeds", snapshot.seeds());
        json.addProperty("etaSeconds", snapshot.eta().map(Duration::toSeconds).orElse(null));
        return GSON.toJson(json);
    }

    private static String label(TorrentSnapshot snapshot) {
        return switch (snapshot.state()) {
            case CHECKING -> "Checking";
            case QUEUED -> "Queued";
            case DOWNLOADING -> "Downloading";
            case SEEDING -> "Seeding";
            case PAUSED -> "Paused";
            case ERROR -> "Error";
        };
    }
}
