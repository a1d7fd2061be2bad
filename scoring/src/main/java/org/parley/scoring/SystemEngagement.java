package org.parley.scoring;

import java.time.LocalDate;
import java.util.Set;

/**
 * One engagement as the system gives it, participants by the names it gave them; a null {@code start} is an
 * undated record.
 */
public record SystemEngagement(String type, String status, LocalDate start, LocalDate end, Set<String> participants,
                               String evidence) {

    @Override
    public String toString() {
        return "%s %s %s %s..%s | %s".formatted(type, status, participants, start, end, evidence);
    }
}
