package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 7, merging within the article: a consultation ("the two ministers discussed …") that restates an engagement of
 * the same parties reported nearby adds no record, and an undated report of an engagement takes the date of a dated
 * report of the same parties' engagement of that type in a neighbouring sentence.
 */
final class ArticleMerger {

    /** How many sentences apart two reports of one engagement may be. */
    static final int NEARBY = 3;

    private ArticleMerger() {
    }

    static List<SentenceEngagement> merge(List<SentenceEngagement> found) {
        List<SentenceEngagement> out = new ArrayList<>();
        for (SentenceEngagement f : found) {
            if (f.consultation() && found.stream().anyMatch(o -> !o.consultation() && sameParties(o, f) && near(o, f)
                    && compatible(o.date(), f.date()))) {
                continue;
            }
            SentenceEngagement dated = f.date().start() == null ? nearestDated(found, f) : null;
            out.add(dated == null ? f : f.withDate(dated.date()));
        }
        return out;
    }

    private static SentenceEngagement nearestDated(List<SentenceEngagement> found, SentenceEngagement f) {
        SentenceEngagement best = null;
        for (SentenceEngagement o : found) {
            if (o != f && o.type() == f.type() && o.status() == f.status() && o.date().start() != null && near(o, f)
                    && sameParties(o, f) && (best == null
                    || Math.abs(o.sentence() - f.sentence()) < Math.abs(best.sentence() - f.sentence()))) {
                best = o;
            }
        }
        return best;
    }

    private static boolean near(SentenceEngagement a, SentenceEngagement b) {
        return Math.abs(a.sentence() - b.sentence()) <= NEARBY;
    }

    private static boolean sameParties(SentenceEngagement a, SentenceEngagement b) {
        Set<Actor> x = new HashSet<>(a.participants());
        Set<Actor> y = new HashSet<>(b.participants());
        return x.containsAll(y) || y.containsAll(x);
    }

    private static boolean compatible(DateSpan a, DateSpan b) {
        return a.start() == null || b.start() == null || !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }
}
