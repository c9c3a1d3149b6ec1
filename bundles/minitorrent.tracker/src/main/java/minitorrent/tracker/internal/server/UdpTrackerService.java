package minitorrent.tracker.internal.server;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Optional;

import minitorrent.tracker.TrackerServerEvent.Transport;
import minitorrent.tracker.internal.UdpProtocol;

/**
 * The UDP front end of our tracker (BEP 15): one thread receives each datagram, checks the
 * sender's rate limit (over it, the datagram is dropped unanswered), and sends what
 * {@link UdpExchange} answers. The socket and buffer are owned by that thread.
 */
public final class UdpTrackerService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UdpTrackerService.class.getName());

    private final DatagramSocket socket;
    private final TrackerService service;
    private final UdpExchange exchange;
    private final Thread receiver;

    private UdpTrackerService(DatagramSocket socket, TrackerService service, Clock clock) {
        this.socket = socket;
        this.service = service;
        this.exchange = new UdpExchange(service, new ConnectionIds(clock));
        this.receiver = Thread.ofVirtual().name("tracker-udp").unstarted(this::receiveLoop);
    }

    /** Binds and starts serving. */
    public static UdpTrackerService start(InetSocketAddress bind, TrackerService service, Clock clock)
            throws IOException {
        DatagramSocket socket = new DatagramSocket(null);
        try {
            socket.bind(bind);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        UdpTrackerService udp = new UdpTrackerService(socket, service, clock);
        udp.receiver.start();
        return udp;
    }

    /** The bound address, with the real port when port 0 was asked for. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Closes the socket and waits for the receiving thread to end. */
    @Override
    public void close() throws InterruptedException {
        socket.close();
        receiver.join();
    }

    private void receiveLoop() {
        byte[] buffer = new byte[UdpProtocol.MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                InetSocketAddress from = (InetSocketAddress) packet.getSocketAddress();
                if (!service.admit(from.getAddress(), Transport.UDP)) {
                    continue;
                }
                Optional<byte[]> reply = exchange.answer(ByteBuffer.wrap(buffer, 0, packet.getLength()), from);
                if (reply.isPresent()) {
                    socket.send(new DatagramPacket(reply.get(), reply.get().length, from));
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "the UDP tracker could not receive or send", e);
                }
            }
        }
    }
}
