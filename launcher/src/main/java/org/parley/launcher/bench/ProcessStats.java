package org.parley.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Resident memory and CPU time of another process, read from Linux's /proc. */
final class ProcessStats {

    private ProcessStats() {
    }

    /** VmRSS in kilobytes; -1 when the process is gone or /proc is unreadable. */
    static long residentKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** User plus system CPU time used so far by all threads of the process. */
    static Duration cpuTime(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** The pid of this JVM's child whose command line contains {@code marker} (e.g. a service's port option). */
    static Optional<Long> childPid(String marker) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }
}
