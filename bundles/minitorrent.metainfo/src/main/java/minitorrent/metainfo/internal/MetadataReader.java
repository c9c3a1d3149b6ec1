package minitorrent.metainfo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InvalidTorrentException;

/**
 * Reads the descriptive keys of a torrent — trackers, web seeds, comment, dates, flags. A wrong
 * value there does not make the torrent unusable, so it becomes a warning, never an error.
 */
public final class MetadataReader {

    private MetadataReader() {
    }

    /** A text key, preferring its '.utf-8' twin that some creators add. */
    public static Optional<String> text(DictionaryReader dictionary, String key, List<String> warnings) {
        for (String candidate : List.of(key + ".utf-8", key)) {
            try {
                Optional<BencodeString> value = dictionary.optionalString(candidate);
                if (value.isPresent()) {
                    return Optional.of(decode(value.get(), dictionary.name(candidate), warnings));
                }
            } catch (InvalidTorrentException wrongType) {
                warnings.add(wrongType.getMessage() + "; ignored");
            }
        }
        return Optional.empty();
    }

    /** Text of a string, replacing what is not UTF-8 and saying so. */
    static String decode(BencodeString string, String where, List<String> warnings) {
        Optional<String> strict = string.strictText();
        if (strict.isEmpty()) {
            warnings.add(where + " is not valid UTF-8; the undecodable bytes were replaced");
            return string.text();
        }
        return strict.get();
    }

    /** An integer flag: 1 is true, 0 or absent false, anything else false with a warning. */
    public static boolean flag(DictionaryReader dictionary, String key, List<String> warnings) {
        try {
            Optional<Long> value = dictionary.optionalInteger(key);
            if (value.isPresent() && value.get() != 0 && value.get() != 1) {
                warnings.add(dictionary.name(key) + " is " + value.get() + ", not 0 or 1; taken as 0");
            }
            return value.orElse(0L) == 1;
        } catch (InvalidTorrentException wrongType) {
            warnings.add(wrongType.getMessage() + "; taken as 0");
            return false;
        }
    }

    /** Seconds since the epoch; a non-positive value means the creator left it out. */
    public static Optional<Instant> date(DictionaryReader dictionary, String key, List<String> warnings) {
        try {
            return dictionary.optionalInteger(key).filter(seconds -> seconds > 0 && seconds < Instant.MAX.getEpochSecond())
                    .map(Instant::ofEpochSecond);
        } catch (InvalidTorrentException wrongType) {
            warnings.add(wrongType.getMessage() + "; ignored");
            return Optional.empty();
        }
    }

    /** BEP 12: 'announce-list' tiers when there is one, else 'announce' alone. Duplicates removed. */
    public static List<List<String>> trackers(DictionaryReader top, List<String> warnings) {
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> tiers = new ArrayList<>();
        for (BencodeValue tierValue : listOrWarn(top, "announce-list", warnings)) {
            if (!(tierValue instanceof BencodeList tier)) {
                warnings.add(top.name("announce-list") + " holds " + DictionaryReader.typeName(tierValue) + " where a tier belongs; ignored");
                continue;
            }
            List<String> urls = urls(tier.values(), top.name("announce-list"), seen, warnings);
            if (!urls.isEmpty()) {
                tiers.add(urls);
            }
        }
        if (tiers.isEmpty()) {
            text(top, "announce", warnings).map(String::strip).filter(url -> !url.isEmpty()).ifPresent(url -> tiers.add(List.of(url)));
        }
        return tiers;
    }

    /** BEP 19: 'url-list' is one URL or a list of them. */
    public static List<String> webSeeds(DictionaryReader top, List<String> warnings) {
        Optional<BencodeValue> value = top.dictionary().get("url-list");
        if (value.isEmpty()) {
            return List.of();
        }
        List<BencodeValue> values = value.get() instanceof BencodeList list ? list.values() : List.of(value.get());
        return urls(values, top.name("url-list"), new LinkedHashSet<>(), warnings);
    }

    private static List<String> urls(List<BencodeValue> values, String where, Set<String> seen, List<String> warnings) {
        List<String> urls = new ArrayList<>();
        for (BencodeValue value : values) {
            if (!(value instanceof BencodeString string)) {
                warnings.add(where + " holds " + DictionaryReader.typeName(value) + " where a URL belongs; ignored");
                continue;
            }
            String url = decode(string, where, warnings).strip();
            if (!url.isEmpty() && seen.add(url)) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static List<BencodeValue> listOrWarn(DictionaryReader dictionary, String key, List<String> warnings) {
        try {
            return dictionary.optionalList(key).orElse(List.of());
        } catch (InvalidTorrentException wrongType) {
            warnings.add(wrongType.getMessage() + "; ignored");
            return List.of();
        }
    }
}
