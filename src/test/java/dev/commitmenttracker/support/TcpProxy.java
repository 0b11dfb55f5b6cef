package dev.commitmenttracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A TCP proxy in front of the test's PostgreSQL that the test breaks on purpose. {@link Mode#PASS} forwards both ways;
 * {@link Mode#REFUSE} closes the listening socket, so new connections are refused while open ones carry on;
 * {@link Mode#DROP} also closes every open connection (a database that stopped); {@link Mode#BLACKHOLE} accepts
 * connections and keeps every socket open but forwards nothing either way (a silent partition). Leaving
 * {@code BLACKHOLE} closes the connections it swallowed bytes of, as their peers would after a long partition. One
 * virtual thread accepts, two per connection copy.
 * <p>
 * A change of mode is in effect when {@link #set} returns: every chunk is forwarded under a read lock that checks the
 * mode, and {@code set} changes it under the write lock, so no byte read under the old mode is forwarded after it (a
 * test may take the moment {@code set} returns as the fault's start).
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode {
        PASS,
        REFUSE,
        DROP,
        BLACKHOLE
    }

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final ReadWriteLock forwarding = new ReentrantReadWriteLock();
    private volatile Mode mode = Mode.PASS;
    private volatile ServerSocket listener;

    public TcpProxy(String upstreamHost, int upstreamPort) {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        try {
            ServerSocket first = new ServerSocket();
            first.setReuseAddress(true);
            first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            this.port = first.getLocalPort();
            accept(first);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the proxy's port", e);
        }
    }

    /** The port the application connects to, on the loopback address. */
    public int port() {
        return port;
    }

    public Mode mode() {
        return mode;
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Changes the mode; once this returns, nothing is forwarded under the old one. */
    public synchronized void set(Mode next) {
        forwarding.writeLock().lock();
        try {
            Mode before = mode;
            mode = next;
            if (before == Mode.BLACKHOLE && next != Mode.BLACKHOLE) {
                closeLinks();
            }
            switch (next) {
                case PASS, BLACKHOLE -> listen();
                case REFUSE -> stopListening();
                case DROP -> {
                    stopListening();
                    closeLinks();
                }
            }
        } finally {
            forwarding.writeLock().unlock();
        }
    }

    @Override
    public synchronized void close() {
        stopListening();
        closeLinks();
    }

    private void listen() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            accept(socket);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen again on port " + port, e);
        }
    }

    private void accept(ServerSocket socket) {
        listener = socket;
        Thread.ofVirtual().name("proxy-accept-" + port).start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    accepted.incrementAndGet();
                    open(client);
                } catch (IOException e) {
                    // the listener was closed: refuse from now on
                }
            }
        });
    }

    private void open(Socket client) {
        Link link = new Link(client);
        links.add(link);
        if (mode == Mode.BLACKHOLE) {
            Thread.ofVirtual().start(() -> link.copy(client, null));
            return;
        }
        try {
            Socket server = new Socket();
            server.connect(upstream, 2_000);
            link.server = server;
            if (mode == Mode.DROP || mode == Mode.REFUSE) {
                // accepted just before the listener closed, and connected after the open ones were dropped
                link.close();
                return;
            }
            Thread.ofVirtual().start(() -> link.copy(client, server));
            Thread.ofVirtual().start(() -> link.copy(server, client));
        } catch (IOException e) {
            link.close();
        }
    }

    private void stopListening() {
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private void closeLinks() {
        for (Link link : links) {
            link.close();
        }
    }

    private final class Link {
        final Socket client;
        volatile Socket server;

        Link(Socket client) {
            this.client = client;
        }

        /** Copies from one side to the other until either closes; while the proxy is a black hole, swallows. */
        void copy(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to == null ? null : to.getOutputStream();
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    forwarding.readLock().lock();
                    try {
                        if (mode != Mode.BLACKHOLE && out != null) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } finally {
                        forwarding.readLock().unlock();
                    }
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                close();
            }
        }

        void close() {
            links.remove(this);
            for (Socket socket : new Socket[] {client, server}) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException e) {
                        // already closed
                    }
                }
            }
        }
    }
}
