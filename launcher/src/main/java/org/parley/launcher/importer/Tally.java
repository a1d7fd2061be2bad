package org.parley.launcher.importer;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread-safe counts of outcomes by kind. */
public final class Tally {

    private final Map<Outcome.Kind, AtomicInteger> counts = new EnumMap<>(Outcome.Kind.class);

    public Tally() {
        for (Outcome.Kind kind : Outcome.Kind.values()) {
            counts.put(kind, new AtomicInteger());
        }
    }

    void count(Outcome.Kind kind) {
        counts.get(kind).incrementAndGet();
    }

    public int get(Outcome.Kind kind) {
        return counts.get(kind).get();
    }

    public int done() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** {@code accepted 48, duplicates 1, skipped 0, rejected 2, failed 0}. */
    @Override
    public String toString() {
        return "accepted %d, duplicates %d, already imported %d, rejected %d, failed %d".formatted(
                get(Outcome.Kind.ACCEPTED), get(Outcome.Kind.DUPLICATE), get(Outcome.Kind.SKIPPED),
                get(Outcome.Kind.REJECTED), get(Outcome.Kind.FAILED));
    }
}
