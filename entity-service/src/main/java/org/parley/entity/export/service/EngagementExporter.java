package org.parley.entity.export.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.parley.entity.coding.model.Coding;
import org.parley.entity.coding.model.CodingFacts;
import org.parley.entity.coding.repository.CodingReadRepository;
import org.parley.entity.coding.service.ActorCodes;
import org.parley.entity.coding.service.EventCoder;
import org.parley.entity.coding.service.Places;
import org.parley.entity.engagement.graphql.EngagementNode;
import org.parley.entity.engagement.repository.EngagementCriteria;
import org.parley.entity.engagement.repository.EngagementReadRepository;
import org.parley.entity.export.model.Citation;
import org.parley.entity.export.model.ExportParticipant;
import org.parley.entity.export.repository.ExportReadRepository;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes every engagement matching a filter as JSON Lines (layout in docs/export.md), newest first, in chunks:
 * memory stays that of one chunk however many rows there are. The whole export reads one snapshot (a read-only
 * REPEATABLE READ transaction), so deliveries committed meanwhile neither duplicate nor drop rows.
 */
@ApplicationScoped
public class EngagementExporter {

    private static final byte[] NEWLINE = {'\n'};

    @Inject
    EngagementReadRepository engagements;
    @Inject
    ExportReadRepository reads;
    @Inject
    CodingReadRepository codingReads;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    ExportConfig config;

    /** Writes the rows to {@code out}; returns how many. */
    public long write(EngagementCriteria criteria, OutputStream out) {
        return QuarkusTransaction.requiringNew().timeout((int) config.maxDuration().toSeconds()).call(() -> {
            entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .executeUpdate();
            // The transaction is idle while a slow client reads the last chunk; the export's own limit applies to
            // that, not the service-wide idle-in-transaction timeout.
            entityManager.createNativeQuery("SELECT set_config('idle_in_transaction_session_timeout', :limit, true)")
                    .setParameter("limit", config.maxDuration().toMillis() + "ms")
                    .getSingleResult();
            long written = 0;
            List<EngagementNode> chunk = engagements.chunk(criteria, config.chunkSize(), null, null);
            while (!chunk.isEmpty()) {
                writeChunk(chunk, out);
                written += chunk.size();
                EngagementNode last = chunk.get(chunk.size() - 1);
                chunk = chunk.size() < config.chunkSize() ? List.of()
                        : engagements.chunk(criteria, config.chunkSize(), last.sortDate, last.key());
            }
            return written;
        });
    }

    private void writeChunk(List<EngagementNode> chunk, OutputStream out) {
        List<Long> ids = chunk.stream().map(EngagementNode::key).toList();
        Map<Long, List<ExportParticipant>> participants = reads.participants(ids);
        Map<Long, List<Citation>> citations = reads.citations(ids);
        Set<Long> negotiations = codingReads.negotiations(ids);
        try {
            for (EngagementNode engagement : chunk) {
                out.write(json.writeValueAsBytes(row(engagement,
                        participants.getOrDefault(engagement.key(), List.of()),
                        citations.getOrDefault(engagement.key(), List.of()), negotiations.contains(engagement.key()))));
                out.write(NEWLINE);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> row(EngagementNode e, List<ExportParticipant> participants, List<Citation> citations,
                                   boolean negotiation) {
        List<CodingFacts.Party> parties = participants.stream().map(ExportParticipant::party).toList();
        Coding coding = EventCoder.code(new CodingFacts(e.type, e.status, e.location, parties, negotiation));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id);
        row.put("date", e.date.start == null ? null : e.date.start.toString());
        row.put("enddate", e.date.end == null ? null : e.date.end.toString());
        row.put("date_precision", e.date.precision.name());
        row.put("date_text", e.date.text);
        row.put("type", e.type.name());
        row.put("status", e.status.name());
        row.put("event", List.of(coding.ploverEvent()));
        row.put("mode", coding.ploverMode() == null ? List.of() : List.of(coding.ploverMode()));
        row.put("quad_code", EventCoder.quadCode(coding.ploverEvent()));
        row.put("cameo_code", coding.cameo().code());
        // PLOVER: in a hosted visit the visitor is the actor and the host the recipient; otherwise all are actors.
        List<Map<String, Object>> actors = new ArrayList<>();
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ExportParticipant p = participants.get(i);
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("code", ActorCodes.code(p.kind(), p.name(), p.affiliationKind(), p.affiliationName()));
            entity.put("sector", ActorCodes.sector(p.kind(), p.title()));
            entity.put("identifier_id", Long.toString(p.actorId()));
            entity.put("identifier_text", p.name());
            entity.put("kind", p.kind().name());
            entity.put("office", p.title());
            entity.put("country", parties.get(i).home());
            entity.put("role", p.role());
            boolean recipient = "HOST".equals(p.role()) && "CONSULT".equals(coding.ploverEvent());
            (recipient ? recipients : actors).add(entity);
        }
        row.put("actor", actors);
        row.put("recipient", recipients);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("extracted_place", e.location);
        location.put("country", Places.venue(e.location, parties.stream().map(CodingFacts.Party::home)
                .filter(Objects::nonNull).toList()).orElse(null));
        row.put("event_loc", location);
        row.put("evidence_count", citations.stream().mapToInt(Citation::evidenceCount).sum());
        row.put("article_count", citations.size());
        List<Map<String, Object>> cites = new ArrayList<>();
        for (Citation citation : citations) {
            Map<String, Object> cite = new LinkedHashMap<>();
            cite.put("citation", citation.articleId());
            cite.put("title", citation.title());
            cite.put("url", null); // ingest-service's; the gateway's export fills it in
            cites.add(cite);
        }
        row.put("cite_info", cites);
        return row;
    }
}
