package org.huiwu.logic.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small TCP forwarder on the loopback interface between a store and its PostgreSQL server, for tests: while
 * {@link #cut()} it drops every open connection and closes each new one at once (as a lost network does to the
 * driver: SQL state 08…), and after {@link #restore()} it forwards again — the shared server itself is never
 * stopped. Two threads per connection; closed with the test.
 */
public final class LoopbackForwarder implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    LoopbackForwarder(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "forwarder-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The local port to connect to instead of the server's. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(LoopbackForwarder::closeQuietly);
        open.clear();
    }

    /** Forwards again. */
    public void restore() {
        cut = false;
    }

    /** A forwarder to the test server's host and port (the UI tests' way to the helpers of {@link OutboxOutageTest}). */
    public static LoopbackForwarder to(org.huiwu.persistence.DatabaseServer server) throws Exception {
        return OutboxOutageTest.forwarderTo(server);
    }

    /** The test server as reached through {@code network}. */
    public static org.huiwu.persistence.DatabaseServer through(org.huiwu.persistence.DatabaseServer server,
            LoopbackForwarder network) {
        return OutboxOutageTest.through(server, network);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side or a cut closed the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "forwarder-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
