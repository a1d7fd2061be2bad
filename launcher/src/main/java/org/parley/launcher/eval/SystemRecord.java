package org.parley.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.launcher.client.ParleyClient;
import org.parley.scoring.SystemEngagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What Parley stored, read back through the public GraphQL API. */
public record SystemRecord(List<String> persons, List<SystemEngagement> engagements) {

    public static SystemRecord read(ParleyClient client) {
        List<String> persons = client.all("actors", "{ name kind }").stream()
                .filter(actor -> "PERSON".equals(actor.get("kind").asText()))
                .map(actor -> actor.get("name").asText())
                .toList();
        List<SystemEngagement> engagements = new ArrayList<>();
        for (JsonNode node : client.all("engagements",
                "{ type status date { start end } participants { actor { name } } evidence { sentence } }")) {
            Set<String> participants = new LinkedHashSet<>();
            node.get("participants").forEach(p -> participants.add(p.get("actor").get("name").asText()));
            JsonNode date = node.get("date");
            LocalDate start = date.hasNonNull("start") ? LocalDate.parse(date.get("start").asText()) : null;
            LocalDate end = date.hasNonNull("end") ? LocalDate.parse(date.get("end").asText()) : start;
            JsonNode evidence = node.get("evidence");
            String sentence = evidence.isEmpty() ? "" : evidence.get(0).get("sentence").asText();
            engagements.add(new SystemEngagement(node.get("type").asText(), node.get("status").asText(), start, end,
                    participants, sentence));
        }
        return new SystemRecord(persons, engagements);
    }
}
