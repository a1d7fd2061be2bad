package org.parley.entity.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds small extraction payloads for tests, in the delivery contract's JSON shape. */
public final class Payloads {

    private final String articleId = UUID.randomUUID().toString();
    private final String publishedOn;
    private String title;
    private final List<Map<String, Object>> actors = new ArrayList<>();
    private final List<Map<String, Object>> engagements = new ArrayList<>();
    private final List<Map<String, Object>> quotes = new ArrayList<>();

    private Payloads(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public static Payloads article(String publishedOn) {
        return new Payloads(publishedOn);
    }

    public String articleId() {
        return articleId;
    }

    /** The article's title; without it the payload has no {@code title}, as a delivery of an untitled article. */
    public Payloads titled(String title) {
        this.title = title;
        return this;
    }

    public Payloads actor(String ref, String name, String kind, String title, String affiliationRef,
                          String... mentions) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("ref", ref);
        actor.put("name", name);
        actor.put("kind", kind);
        actor.put("title", title);
        actor.put("affiliationRef", affiliationRef);
        actor.put("mentions", List.of(mentions));
        actors.add(actor);
        return this;
    }

    public Payloads country(String ref, String name, String... mentions) {
        return actor(ref, name, "COUNTRY", null, null, mentions);
    }

    public Payloads person(String ref, String name, String title, String affiliationRef, String... mentions) {
        return actor(ref, name, "PERSON", title, affiliationRef, mentions);
    }

    /**
     * An engagement; {@code end} null means a single day; {@code start} null an unknown date. A participant ref may
     * carry a role after a colon: {@code "p1:HOST"}.
     */
    public Payloads engagement(String type, String status, String start, String end, String precision,
                              String location, String sentence, String... participantRefs) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("start", start);
        date.put("end", end == null ? start : end);
        date.put("precision", start == null ? "UNKNOWN" : precision);
        date.put("text", null);
        List<Map<String, Object>> participants = new ArrayList<>();
        for (String ref : participantRefs) {
            Map<String, Object> participant = new LinkedHashMap<>();
            String[] refAndRole = ref.split(":", 2);
            participant.put("actorRef", refAndRole[0]);
            participant.put("role", refAndRole.length > 1 ? refAndRole[1] : null);
            participants.add(participant);
        }
        int start0 = engagements.size() * 200;
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("type", type);
        engagement.put("status", status);
        engagement.put("date", date);
        engagement.put("location", location);
        engagement.put("participants", participants);
        engagement.put("evidence", Map.of("sentence", sentence, "start", start0, "end", start0 + sentence.length()));
        engagements.add(engagement);
        return this;
    }

    /** A quote at {@code start} of the article text; {@code speakerRef} and {@code saidOn} may be null. */
    public Payloads quote(String text, String speakerRef, int start, String saidOn) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("text", text);
        quote.put("speakerRef", speakerRef);
        quote.put("start", start);
        quote.put("end", start + text.length());
        quote.put("saidOn", saidOn);
        quotes.add(quote);
        return this;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articleId", articleId);
        body.put("publishedOn", publishedOn);
        if (title != null) {
            body.put("title", title);
        }
        body.put("actors", actors);
        body.put("engagements", engagements);
        if (!quotes.isEmpty()) {
            body.put("quotes", quotes);
        }
        return body;
    }
}
