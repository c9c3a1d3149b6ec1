package minitorrent.bencode;

/** Counts the bytes of a value's canonical encoding, so the encoder can allocate exactly once. */
final class EncodedLength implements TokenSink<RuntimeException> {

    private long total;

    long total() {
        return total;
    }

    @Override
    public void integer(long value) {
        total += Digits.length(value) + 2;
    }

    @Override
    public void string(BencodeString value) {
        total += Digits.length(value.length()) + 1L + value.length();
    }

    @Override
    public void begin(byte kind) {
        total++;
    }

    @Override
    public void end() {
        total++;
    }
}
