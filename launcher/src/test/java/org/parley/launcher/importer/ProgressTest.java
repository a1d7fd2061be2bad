package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {

    @Test
    void aLogGetsPlainLinesWithDoneTotalRateTimeLeftAndFailures() {
        assertEquals("120/500  24.4 articles/s  ETA 16 s  failures 2", Progress.line(120, 500, 24.4, 2));
        assertEquals("0/500  0.0 articles/s  ETA ?  failures 0", Progress.line(0, 500, 0, 0));
    }

    @Test
    void aTerminalGetsABar() {
        assertEquals("[>.......................]   0%  0/500  0.0 articles/s  ETA ?  failures 0",
                Progress.bar(0, 500, 0, 0));
        assertEquals("[############>...........]  50%  250/500  10.0 articles/s  ETA 25 s  failures 0",
                Progress.bar(250, 500, 10, 0));
        assertEquals("[########################] 100%  500/500  10.0 articles/s  ETA 0 s  failures 1",
                Progress.bar(500, 500, 10, 1));
    }

    @Test
    void longImportsShowMinutesAndHours() {
        assertEquals("59 s", Progress.duration(59));
        assertEquals("12 min 05 s", Progress.duration(725));
        assertEquals("3 h 07 min", Progress.duration(3 * 3600 + 7 * 60 + 30));
        // a million articles at 24/s
        assertEquals("11 h 34 min", Progress.duration(Math.round(1_000_000 / 24.0)));
    }
}
