package org.parley.launcher.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in service for {@link ServiceProcessTest}: a non-daemon thread keeps the JVM alive, as a server's threads
 * do, while the main thread fills the heap. Without {@code -XX:+ExitOnOutOfMemoryError} the main thread dies and
 * the JVM lives on for five minutes.
 */
public final class HeapExhaustion {

    private HeapExhaustion() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread server = new Thread(() -> {
            try {
                TimeUnit.MINUTES.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "server");
        server.start();
        List<byte[]> held = new ArrayList<>();
        while (true) {
            held.add(new byte[1 << 20]);
        }
    }
}
