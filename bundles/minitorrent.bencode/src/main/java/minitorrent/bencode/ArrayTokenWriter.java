package minitorrent.bencode;

/** Writes tokens into an array sized beforehand by {@link EncodedLength}. */
final class ArrayTokenWriter implements TokenSink<RuntimeException> {

    private final byte[] target;
    private int position;

    ArrayTokenWriter(int size) {
        target = new byte[size];
    }

    byte[] result() {
        return target;
    }

    @Override
    public void integer(long value) {
        target[position++] = 'i';
        position += Digits.length(value);
        Digits.writeBackwards(value, target, position);
        target[position++] = 'e';
    }

    @Override
    public void string(BencodeString value) {
        position += Digits.length(value.length());
        Digits.writeBackwards(value.length(), target, position);
        target[position++] = ':';
        System.arraycopy(value.array(), value.arrayOffset(), target, position, value.length());
        position += value.length();
    }

    @Override
    public void begin(byte kind) {
        target[position++] = kind;
    }

    @Override
    public void end() {
        target[position++] = 'e';
    }
}
