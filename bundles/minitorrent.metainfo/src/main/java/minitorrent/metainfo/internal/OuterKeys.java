package minitorrent.metainfo.internal;

import java.util.List;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;

/**
 * Puts the keys outside the info dictionary that say where to find peers, as the creator and the
 * metainfo writer both write them: 'announce' is the first URL of the first tier, 'announce-list'
 * (BEP 12) is written only when there is more than one URL, 'url-list' (BEP 19) is a plain string
 * for one web seed and a list for more.
 */
public final class OuterKeys {

    private OuterKeys() {
    }

    public static void putTrackers(BencodeDictionary.Builder top, List<List<String>> tiers) {
        if (tiers.isEmpty()) {
            return;
        }
        top.put("announce", tiers.getFirst().getFirst());
        if (tiers.size() > 1 || tiers.getFirst().size() > 1) {
            top.put("announce-list", new BencodeList(tiers.stream().<BencodeValue>map(OuterKeys::strings).toList()));
        }
    }

    public static void putWebSeeds(BencodeDictionary.Builder top, List<String> webSeeds) {
        if (webSeeds.size() == 1) {
            top.put("url-list", webSeeds.getFirst());
        } else if (!webSeeds.isEmpty()) {
            top.put("url-list", strings(webSeeds));
        }
    }

    public static BencodeList strings(List<String> texts) {
        return new BencodeList(texts.stream().<BencodeValue>map(BencodeString::of).toList());
    }
}
