package org.parley.entity.scale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parley.entity.actor.repository.ActorReadRepository;
import org.parley.entity.common.graphql.Paging;
import org.parley.entity.common.repository.NativeSql;
import org.parley.entity.engagement.repository.EngagementCriteria;
import org.parley.entity.engagement.repository.EngagementReadRepository;
import org.parley.entity.support.Db;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main statements of the scale queries, built by the repositories exactly as a request builds them, and their
 * plans: the benchmark records them with {@code ANALYZE, BUFFERS}, {@code QueryPlanTest} checks their indexes.
 */
@ApplicationScoped
public class ScalePlans {

    /** A page as the service asks for it: one more row than the page shows. */
    static final int PAGE = 51;
    static final int COUNT = 10_001;

    @Inject
    EngagementReadRepository engagements;
    @Inject
    ActorReadRepository actors;
    @Inject
    Db db;

    /** Name of each main statement, and the statement. */
    @Transactional
    Map<String, NativeSql> statements(RecordFacts f) {
        EngagementCriteria none = EngagementCriteria.NONE;
        // as the service reads two actors together: along the less engaged one's participations
        boolean heavyDrives = RecordFacts.engagementsOf(db, f.heavy()) <= RecordFacts.engagementsOf(db, f.counterpart());
        long driver = heavyDrives ? f.heavy() : f.counterpart();
        EngagementCriteria withOther = none.withActorIds(List.of(heavyDrives ? f.counterpart() : f.heavy()));
        EngagementCriteria year = new EngagementCriteria(null, List.of("MEETING"), List.of("OCCURRED"),
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null);
        EngagementCriteria heavyYear = new EngagementCriteria(null, null, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), null);
        Paging.KeysetPosition page200 = Paging.keysetAfter("engagement", f.page200Cursor());
        Map<String, NativeSql> statements = new LinkedHashMap<>();
        statements.put("latest page, no filter", engagements.pageSql(null, none, PAGE, null, null));
        statements.put("count, no filter", engagements.countSql(null, none, COUNT));
        statements.put("one actor, heavy: page", engagements.pageSql(List.of(f.heavy()), none, PAGE, null, null));
        statements.put("one actor, heavy: count", engagements.countSql(List.of(f.heavy()), none, COUNT));
        statements.put("one actor, light: page", engagements.pageSql(List.of(f.light()), none, PAGE, null, null));
        statements.put("two actors together (heavy + counterpart): page",
                engagements.pageSql(List.of(driver), withOther, PAGE, null, null));
        statements.put("two actors together (heavy + counterpart): count",
                engagements.countSql(List.of(driver), withOther, COUNT));
        statements.put("date range + type + status: page", engagements.pageSql(null, year, PAGE, null, null));
        statements.put("date range + type + status: count", engagements.countSql(null, year, COUNT));
        statements.put("deep keyset page (page 200)",
                engagements.pageSql(null, none, PAGE, page200.date(), page200.id()));
        statements.put("heavy actor's timeline: one year's count",
                engagements.countSql(List.of(f.heavy()), heavyYear, COUNT));
        statements.put("longest span (bounds a date filter)", engagements.longestSpanSql());
        statements.put("actor name search, misspelt: page", actors.pageSql(f.misspeltName(), null, 0, 11));
        statements.put("counterparts of the heavy actor", actors.counterpartsSql(List.of(f.heavy()), 25));
        return statements;
    }

    /** Every main statement's plan under {@code EXPLAIN (options)}, as text. */
    String explainAll(RecordFacts f, String options) {
        StringBuilder text = new StringBuilder();
        statements(f).forEach((name, sql) -> text.append("## ").append(name).append("\n\n")
                .append(sql.text()).append("\n-- ").append(sql.params()).append("\n\n")
                .append(String.join("\n", db.explain(options, sql))).append("\n\n"));
        return text.toString();
    }
}
