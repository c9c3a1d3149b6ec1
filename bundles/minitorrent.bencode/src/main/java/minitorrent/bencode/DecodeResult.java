package minitorrent.bencode;

import java.util.List;

/**
 * What the decoder returns: the top-level value and the warnings about non-canonical input that
 * was accepted anyway.
 *
 * @param value    the decoded top-level value
 * @param warnings the warnings, in input order; empty for canonical input
 */
public record DecodeResult(BencodeValue value, List<BencodeWarning> warnings) {

    /** Keeps an immutable copy of the warnings. */
    public DecodeResult {
        warnings = List.copyOf(warnings);
    }
}
