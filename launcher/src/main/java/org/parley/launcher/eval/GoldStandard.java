package org.parley.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A reference annotation in the shared gold format (see shared/eval/README.md). */
public record GoldStandard(Map<String, String> canonicalByFoldedName, Set<String> persons,
                           List<GoldEngagement> engagements) {

    /** One real-world engagement; a null {@code from} means any date is accepted. */
    public record GoldEngagement(String id, Set<String> types, Set<String> participants, LocalDate from, LocalDate to,
                                 boolean singleDay, Set<String> statuses, boolean optional) {
    }

    public static GoldStandard read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gold file " + file, e);
        }
        Map<String, String> canonical = new HashMap<>();
        root.get("actors").fields().forEachRemaining(entry -> {
            canonical.put(Names.fold(entry.getKey()), entry.getKey());
            entry.getValue().path("aliases").forEach(alias -> canonical.putIfAbsent(Names.fold(alias.asText()), entry.getKey()));
        });
        Set<String> persons = new LinkedHashSet<>();
        root.get("articles").forEach(article -> article.path("persons").forEach(person -> persons.add(person.asText())));
        List<GoldEngagement> engagements = new ArrayList<>();
        root.get("engagements").forEach(node -> engagements.add(engagement(node)));
        return new GoldStandard(Map.copyOf(canonical), Set.copyOf(persons), List.copyOf(engagements));
    }

    /** The gold canonical name a system name stands for, if any. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByFoldedName.get(Names.fold(name)));
    }

    private static GoldEngagement engagement(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        types.add(node.get("type").asText());
        node.path("alt_types").forEach(type -> types.add(type.asText()));
        Set<String> participants = new LinkedHashSet<>();
        node.get("participants").forEach(participant -> participants.add(participant.asText()));
        Set<String> statuses = new LinkedHashSet<>();
        node.get("status").forEach(status -> statuses.add(status.asText()));
        JsonNode date = node.get("date");
        LocalDate from = null;
        LocalDate to = null;
        boolean singleDay = false;
        if (date != null && date.isTextual()) {
            String text = date.asText();
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } else {
                from = LocalDate.parse(text);
                to = from;
                singleDay = true;
            }
        } else if (date != null && date.isObject()) {
            from = LocalDate.parse(date.get("from").asText());
            to = LocalDate.parse(date.get("to").asText());
        }
        return new GoldEngagement(node.get("id").asText(), types, participants, from, to, singleDay, statuses,
                node.path("optional").asBoolean(false));
    }
}
