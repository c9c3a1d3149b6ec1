package minitorrent.tracker.internal.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A UDP tracker on a local port whose behaviour each test writes: it records every datagram with
 * its arrival time and hands it to the test's script, which may answer, stay silent, or send
 * junk. For testing our client's retransmission and reply checks. The socket belongs to its
 * receiving thread; {@link #received()} is safe from any thread.
 */
final class ScriptedUdpTracker implements AutoCloseable {

    /** What the tracker does with one datagram. */
    interface Script {
        void onDatagram(Datagram request, ScriptedUdpTracker tracker) throws IOException;
    }

    /** A received datagram, its sender, and when it arrived ({@link System#nanoTime()}). */
    record Datagram(byte[] bytes, InetSocketAddress from, long arrivedNanos) {

        int action() {
            return ByteBuffer.wrap(bytes).getInt(8);
        }

        int transactionId() {
            return ByteBuffer.wrap(bytes).getInt(12);
        }

        long connectionId() {
            return ByteBuffer.wrap(bytes).getLong(0);
        }
    }

    private final DatagramSocket socket;
    private final Script script;
    private final List<Datagram> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    ScriptedUdpTracker(InetAddress bind, Script script) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(bind, 0));
        this.script = script;
        this.thread = Thread.ofVirtual().start(this::loop);
    }

    URI uri() {
        String host = socket.getLocalAddress().getHostAddress();
        return URI.create("udp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + socket.getLocalPort()
                + "/announce");
    }

    List<Datagram> received() {
        return List.copyOf(received);
    }

    void send(InetSocketAddress to, byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(5_000);
    }

    private void loop() {
        byte[] buffer = new byte[65_536];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                Datagram datagram = new Datagram(Arrays.copyOf(buffer, packet.getLength()),
                        (InetSocketAddress) packet.getSocketAddress(), System.nanoTime());
                received.add(datagram);
                script.onDatagram(datagram, this);
            } catch (IOException e) {
                return;
            }
        }
    }

    static byte[] connectReply(int transactionId, long connectionId) {
        return ByteBuffer.allocate(16).putInt(0).putInt(transactionId).putLong(connectionId).array();
    }

    static byte[] announceReply(int transactionId, int interval, int leechers, int seeders, byte[] peers) {
        return ByteBuffer.allocate(20 + peers.length).putInt(1).putInt(transactionId).putInt(interval).putInt(leechers)
                .putInt(seeders).put(peers).array();
    }

    static byte[] errorReply(int transactionId, String message) {
        byte[] text = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + text.length).putInt(3).putInt(transactionId).put(text).array();
    }
}
