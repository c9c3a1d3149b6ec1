package minitorrent.metainfo.internal;

import java.util.List;
import java.util.Optional;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InvalidTorrentException;

/**
 * Reads typed values out of a bencoded dictionary and names the key in every error, with the
 * path of dictionaries that led to it: {@code 'info' > 'files' > 3 > 'length' is missing}.
 */
public final class DictionaryReader {

    private final BencodeDictionary dictionary;
    private final String where;

    private DictionaryReader(BencodeDictionary dictionary, String where) {
        this.dictionary = dictionary;
        this.where = where;
    }

    /** A reader of the top-level dictionary of a torrent. */
    public static DictionaryReader top(BencodeValue value, String what) throws InvalidTorrentException {
        if (!(value instanceof BencodeDictionary dictionary)) {
            throw new InvalidTorrentException(what + " is not a bencoded dictionary but " + typeName(value));
        }
        return new DictionaryReader(dictionary, "");
    }

    public BencodeDictionary dictionary() {
        return dictionary;
    }

    /** How an error names {@code key} of this dictionary. */
    public String name(String key) {
        return where + "'" + key + "'";
    }

    public boolean has(String key) {
        return dictionary.get(key).isPresent();
    }

    public DictionaryReader requireDictionary(String key) throws InvalidTorrentException {
        return optionalDictionary(key).orElseThrow(() -> missing(key));
    }

    public Optional<DictionaryReader> optionalDictionary(String key) throws InvalidTorrentException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof BencodeDictionary nested)) {
            throw wrongType(key, "a dictionary", value.get());
        }
        return Optional.of(new DictionaryReader(nested, name(key) + " > "));
    }

    public BencodeString requireString(String key) throws InvalidTorrentException {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    public Optional<BencodeString> optionalString(String key) throws InvalidTorrentException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof BencodeString string)) {
            throw wrongType(key, "a string", value.get());
        }
        return Optional.of(string);
    }

    public long requireInteger(String key) throws InvalidTorrentException {
        return optionalInteger(key).orElseThrow(() -> missing(key));
    }

    public Optional<Long> optionalInteger(String key) throws InvalidTorrentException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof BencodeInteger integer)) {
            throw wrongType(key, "an integer", value.get());
        }
        return Optional.of(integer.value());
    }

    public List<BencodeValue> requireList(String key) throws InvalidTorrentException {
        return optionalList(key).orElseThrow(() -> missing(key));
    }

    public Optional<List<BencodeValue>> optionalList(String key) throws InvalidTorrentException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof BencodeList list)) {
            throw wrongType(key, "a list", value.get());
        }
        return Optional.of(list.values());
    }

    /** The reader of a dictionary that is element {@code index} of list {@code key}. */
    public DictionaryReader element(String key, int index, BencodeValue element) throws InvalidTorrentException {
        String elementName = name(key) + " > " + index;
        if (!(element instanceof BencodeDictionary nested)) {
            throw new InvalidTorrentException(elementName + " is not a dictionary but " + typeName(element));
        }
        return new DictionaryReader(nested, elementName + " > ");
    }

    public InvalidTorrentException invalid(String key, String problem) {
        return new InvalidTorrentException(name(key) + " " + problem);
    }

    private InvalidTorrentException missing(String key) {
        return invalid(key, "is missing");
    }

    private InvalidTorrentException wrongType(String key, String expected, BencodeValue actual) {
        return invalid(key, "is not " + expected + " but " + typeName(actual));
    }

    static String typeName(BencodeValue value) {
        return switch (value) {
            case BencodeInteger integer -> "an integer";
            case BencodeString string -> "a string";
            case BencodeList list -> "a list";
            case BencodeDictionary dictionary -> "a dictionary";
        };
    }
}
