package minitorrent.tracker.internal.client;

import java.util.Optional;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeInteger;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.tracker.internal.MalformedReplyException;

/**
 * Typed access to the fields of a tracker's bencoded reply: a field of the wrong type is a
 * {@link MalformedReplyException} naming the key, an absent one is empty. Stateless.
 */
final class ReplyFields {

    private ReplyFields() {
    }

    static Optional<Long> integer(BencodeDictionary dictionary, String key) throws MalformedReplyException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof BencodeInteger integer) {
            return Optional.of(integer.value());
        }
        throw wrongType(key, "an integer");
    }

    static long requireInteger(BencodeDictionary dictionary, String key) throws MalformedReplyException {
        return integer(dictionary, key).orElseThrow(() -> new MalformedReplyException("'" + key + "' is missing"));
    }

    static Optional<BencodeString> string(BencodeDictionary dictionary, String key) throws MalformedReplyException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof BencodeString string) {
            return Optional.of(string);
        }
        throw wrongType(key, "a string");
    }

    static Optional<BencodeDictionary> dictionary(BencodeDictionary dictionary, String key)
            throws MalformedReplyException {
        Optional<BencodeValue> value = dictionary.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof BencodeDictionary inner) {
            return Optional.of(inner);
        }
        throw wrongType(key, "a dictionary");
    }

    static BencodeDictionary asDictionary(BencodeValue value, String what) throws MalformedReplyException {
        if (value instanceof BencodeDictionary dictionary) {
            return dictionary;
        }
        throw new MalformedReplyException(what + " is not a dictionary but " + kind(value));
    }

    private static MalformedReplyException wrongType(String key, String expected) {
        return new MalformedReplyException("'" + key + "' is not " + expected);
    }

    static String kind(BencodeValue value) {
        return switch (value) {
            case BencodeInteger i -> "an integer";
            case BencodeString s -> "a string";
            case BencodeList l -> "a list";
            case BencodeDictionary d -> "a dictionary";
        };
    }
}
