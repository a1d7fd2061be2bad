package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.quotes.QuoteContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** Extraction's reading of one article (actors with their delivery refs, dates, parses) offered to quote attribution. */
final class QuoteSpeakers implements QuoteContext {

    private final List<List<CoreLabel>> tokens;
    private final ActorTable actors;
    private final RoleResolver roles;
    private final SentenceDates dates;
    private final LocalDate published;
    private final IntFunction<SemanticGraph> parse;
    private final Map<Integer, SemanticGraph> graphs = new HashMap<>();
    private List<Mention> mentions;

    QuoteSpeakers(List<List<CoreLabel>> tokens, List<SemanticGraph> parsed, ActorTable actors, SentenceDates dates,
                  LocalDate published, IntFunction<SemanticGraph> parse) {
        this.tokens = tokens;
        this.actors = actors;
        this.roles = new RoleResolver(actors);
        this.dates = dates;
        this.published = published;
        this.parse = parse;
        for (int s = 0; s < parsed.size(); s++) {
            if (parsed.get(s) != null) {
                graphs.put(s, parsed.get(s));
            }
        }
    }

    @Override
    public LocalDate published() {
        return published;
    }

    @Override
    public List<List<CoreLabel>> sentences() {
        return tokens;
    }

    @Override
    public SemanticGraph graph(int s) {
        return graphs.computeIfAbsent(s, parse::apply);
    }

    @Override
    public Optional<Speaker> actorAt(int s, int token) {
        return actors.actorAt(s, token).filter(a -> a.ref != null).map(QuoteSpeakers::speaker);
    }

    @Override
    public List<Mention> personMentions() {
        if (mentions == null) {
            mentions = new ArrayList<>();
            for (ActorTable.PersonMention m : actors.personMentions()) {
                if (m.actor().ref != null) {
                    mentions.add(new Mention(m.sentence(), m.from(), m.to(), speaker(m.actor())));
                }
            }
        }
        return mentions;
    }

    @Override
    public Optional<Speaker> office(SemanticGraph graph, IndexedWord noun, int s) {
        return roles.resolve(graph, noun, s).filter(a -> a.ref != null).map(QuoteSpeakers::speaker);
    }

    @Override
    public Optional<LocalDate> statedDay(int s, int token) {
        for (DateReader.DateMention m : dates.mentions(s)) {
            if (m.from() <= token && token < m.to()) {
                return DateReader.resolve(m, published, true)
                        .filter(d -> d.start() != null && d.start().equals(d.end()))
                        .map(DateSpan::start);
            }
        }
        return Optional.empty();
    }

    private static Speaker speaker(Actor a) {
        return new Speaker(a.ref, a.name, a.title, a.kind == ExtractedActor.ActorKind.PERSON);
    }
}
