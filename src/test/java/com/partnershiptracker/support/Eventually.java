package com.partnershiptracker.support;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what the server does on its own threads (a stalled download, a freed connection), and hanging up on it. */
public final class Eventually {

    private Eventually() {
    }

    /** Whether the condition holds within the limit, asked every 20 ms. */
    public static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** Closes the connection with a reset, as a client that is gone, not one that finished reading. */
    public static void hangUp(Socket socket) throws IOException {
        if (!socket.isClosed()) {
            socket.setSoLinger(true, 0);
            socket.close();
        }
    }
}
