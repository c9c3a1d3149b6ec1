package minitorrent.bencode;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes tokens to a stream through a small buffer; a string larger than the buffer goes to the
 * stream directly, without a copy.
 */
final class StreamTokenWriter implements TokenSink<IOException> {

    private static final int BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;

    StreamTokenWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void integer(long value) throws IOException {
        room(Digits.MAX_LENGTH + 2);
        buffer[buffered++] = 'i';
        buffered += Digits.length(value);
        Digits.writeBackwards(value, buffer, buffered);
        buffer[buffered++] = 'e';
    }

    @Override
    public void string(BencodeString value) throws IOException {
        room(Digits.MAX_LENGTH + 1);
        buffered += Digits.length(value.length());
        Digits.writeBackwards(value.length(), buffer, buffered);
        buffer[buffered++] = ':';
        if (value.length() > buffer.length - buffered) {
            flush();
            out.write(value.array(), value.arrayOffset(), value.length());
        } else {
            System.arraycopy(value.array(), value.arrayOffset(), buffer, buffered, value.length());
            buffered += value.length();
        }
    }

    @Override
    public void begin(byte kind) throws IOException {
        room(1);
        buffer[buffered++] = kind;
    }

    @Override
    public void end() throws IOException {
        room(1);
        buffer[buffered++] = 'e';
    }

    /** Writes out what is buffered (the stream itself is not flushed: its owner decides). */
    void flush() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    private void room(int bytes) throws IOException {
        if (buffer.length - buffered < bytes) {
            flush();
        }
    }
}
