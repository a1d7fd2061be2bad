package org.parley.launcher.bench;

import java.time.Duration;
import java.util.stream.Stream;

/** CPU time of other processes (RSS: {@code ChildProcess}). */
final class ProcessStats {

    private ProcessStats() {
    }

    /** User plus system CPU time used so far by all threads of the process. */
    static Duration cpuTime(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** CPU time of the processes whose command line contains {@code marker}, and of all their descendants. */
    static Duration treeCpuTime(String marker) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .distinct()
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
