package minitorrent.bencode;

/**
 * A bencoded value (BEP 3): one of the four kinds the format knows. Sealed so that a
 * {@code switch} over a value is checked for completeness by the compiler.
 */
public sealed interface BencodeValue permits BencodeInteger, BencodeString, BencodeList, BencodeDictionary {
}
