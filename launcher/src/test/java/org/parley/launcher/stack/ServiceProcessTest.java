package org.parley.launcher.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JVM the launcher starts exits when its heap runs out, rather than running on half dead. */
class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void aServiceThatRunsOutOfHeapExitsAtOnce() throws Exception {
        Path jar = jarOf(HeapExhaustion.class);
        // the service's own options say nothing about memory errors: the launcher adds that
        ServiceProcess service = new ServiceProcess("heap-exhaustion", jar, 0, List.of("-Xmx32m"), Map.of(),
                dir.resolve("heap-exhaustion.log"));
        try {
            service.start();
            OptionalInt status = service.awaitExit(Duration.ofSeconds(60));
            assertEquals(OptionalInt.of(3), status, "exit status of -XX:+ExitOnOutOfMemoryError; log: "
                    + Files.readString(dir.resolve("heap-exhaustion.log")));
        } finally {
            service.kill();
        }
    }

    /** A runnable jar holding just {@code main}'s class. */
    private Path jarOf(Class<?> main) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        Path jar = dir.resolve("service.jar");
        String entry = main.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream bytes = main.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
