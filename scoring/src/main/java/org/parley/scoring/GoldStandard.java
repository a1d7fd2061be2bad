package org.parley.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
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
public record GoldStandard(Map<String, String> canonicalByFoldedName, List<GoldArticle> articles,
                           List<GoldEngagement> engagements) {

    /** An annotated article: its file, own date and the persons its story names. */
    public record GoldArticle(String file, LocalDate published, Set<String> persons) {
    }

    /** One real-world engagement; a null {@code from} means any date is accepted. */
    public record GoldEngagement(String id, Set<String> types, Set<String> participants, LocalDate from, LocalDate to,
                                 boolean singleDay, Set<String> statuses, boolean optional, Set<String> files) {

        @Override
        public String toString() {
            return "%s %s %s %s %s..%s".formatted(id, types, statuses, participants, from, to);
        }
    }

    public static GoldStandard read(Path file) {
        try {
            return of(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gold file " + file, e);
        }
    }

    public static GoldStandard read(InputStream in) {
        try {
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gold file", e);
        }
    }

    private static GoldStandard of(JsonNode root) {
        Map<String, String> canonical = new HashMap<>();
        root.get("actors").fields().forEachRemaining(entry -> {
            canonical.put(Names.fold(entry.getKey()), entry.getKey());
            entry.getValue().path("aliases").forEach(alias -> canonical.putIfAbsent(Names.fold(alias.asText()), entry.getKey()));
        });
        List<GoldArticle> articles = new ArrayList<>();
        root.get("articles").forEach(article -> {
            Set<String> persons = new LinkedHashSet<>();
            article.path("persons").forEach(person -> persons.add(person.asText()));
            articles.add(new GoldArticle(article.get("file").asText(), LocalDate.parse(article.get("published").asText()),
                    Set.copyOf(persons)));
        });
        List<GoldEngagement> engagements = new ArrayList<>();
        root.get("engagements").forEach(node -> engagements.add(engagement(node)));
        return new GoldStandard(Map.copyOf(canonical), List.copyOf(articles), List.copyOf(engagements));
    }

    /** The persons of every article. */
    public Set<String> persons() {
        Set<String> persons = new LinkedHashSet<>();
        articles.forEach(article -> persons.addAll(article.persons()));
        return persons;
    }

    /** The annotation of one article alone: its persons and the engagements it gives evidence of. */
    public GoldStandard forArticle(String file) {
        GoldArticle article = articles.stream().filter(a -> a.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gold article " + file));
        return new GoldStandard(canonicalByFoldedName, List.of(article),
                engagements.stream().filter(e -> e.files().contains(file)).toList());
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
        Set<String> files = new LinkedHashSet<>();
        node.path("evidence").forEach(evidence -> files.add(evidence.get(0).asText()));
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
                node.path("optional").asBoolean(false), files);
    }
}
