package az.balans.advisor.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the browser and the advisor, which a test can cut and restore: a TCP relay on
 * a port of its own. Cut, every connection drops and a new one is refused, for the page and its
 * service worker alike, as when a phone loses its data.
 */
final class NetworkOutage implements AutoCloseable {

    private final int target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private NetworkOutage(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A relay to the advisor's port, up. */
    static NetworkOutage relayTo(int target) {
        try {
            return new NetworkOutage(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address the browser uses instead of the advisor's own. */
    String url() {
        return "http://localhost:" + port;
    }

    /** No network: every connection drops, and new ones are refused. */
    void cut() {
        close();
    }

    /** The network back, on the same address. */
    void restore() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = socket;
            accept(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        Thread accepting =
                new Thread(
                        () -> {
                            while (!socket.isClosed()) {
                                try {
                                    Socket browser = socket.accept();
                                    Socket advisor =
                                            new Socket(InetAddress.getLoopbackAddress(), target);
                                    open.add(browser);
                                    open.add(advisor);
                                    pump(browser, advisor);
                                    pump(advisor, browser);
                                } catch (IOException e) {
                                    // cut
                                }
                            }
                        },
                        "network-relay-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    private static void pump(Socket from, Socket to) {
        Thread pumping =
                new Thread(
                        () -> {
                            try (InputStream in = from.getInputStream();
                                    OutputStream out = to.getOutputStream()) {
                                in.transferTo(out);
                            } catch (IOException e) {
                                // one side went
                            } finally {
                                try {
                                    from.close();
                                    to.close();
                                } catch (IOException e) {
                                    // already closed
                                }
                            }
                        });
        pumping.setDaemon(true);
        pumping.start();
    }
}
