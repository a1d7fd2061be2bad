package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ActorTable.PersonMention;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Evidence;
import org.parley.ingest.extraction.ExtractedEngagement.Participant;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one annotated document into an {@link Extraction}: actors first, then each sentence's engagements. */
final class DocumentReader implements ArticleContext {

    private static final Set<String> MONARCH_STYLES = Set.of("king", "queen", "emir", "sultan", "emperor", "empress");

    /** How many sentences of a story make its lead. */
    private static final int LEAD_SENTENCES = 2;

    /** How far into a sentence a date may stand and be a dateline ("MOSCOW, Nov 20 (Reuters) -"). */
    private static final int DATELINE_TOKENS = 6;

    /** How many words back, at least, a pronoun may refer to a person named in an earlier sentence. */
    private static final int PRONOUN_REACH_WORDS = 40;

    private final String text;
    private final LocalDate published;
    private final List<CoreMap> sentences;
    private final List<List<CoreLabel>> tokens = new ArrayList<>();
    private final List<SemanticGraph> graphs = new ArrayList<>();
    private final ActorTable actors;
    private final RoleResolver roles;
    private final SentenceDates dates;
    private final List<SentenceEngagement> found = new ArrayList<>();

    DocumentReader(Annotation doc, String text, LocalDate published, Gazetteer gazetteer, SentenceDates dates) {
        this.text = text;
        this.published = published;
        this.dates = dates;
        this.sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences) {
            tokens.add(s.get(CoreAnnotations.TokensAnnotation.class));
            graphs.add(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        }
        this.actors = new ActorTable(tokens, gazetteer);
        this.roles = new RoleResolver(actors);
    }

    /** The article's actors, dates and parses for quote attribution; refs are set once {@link #read} has run. */
    QuoteSpeakers quoteSpeakers(java.util.function.IntFunction<SemanticGraph> parse) {
        return new QuoteSpeakers(tokens, graphs, actors, dates, published, parse);
    }

    Extraction read() {
        for (int s = 0; s < sentences.size(); s++) {
            if (graphs.get(s) == null) {
                continue;
            }
            SentenceGraph sg = new SentenceGraph(s, tokens.get(s), graphs.get(s), actors, Lexicon.shared());
            found.addAll(new SentenceReader(sg, dates.mentions(s), roles, this, Constructions.shared(), published).read());
        }
        return assemble();
    }

    private Extraction assemble() {
        // only actors that are named in the text, or that someone is affiliated with, or that take part
        Set<Actor> used = new LinkedHashSet<>();
        for (Actor a : actors.all()) {
            if (!a.mentions.isEmpty()) {
                used.add(a);
            }
        }
        for (Actor a : actors.persons()) {
            if (a.affiliation != null) {
                used.add(a.affiliation);
            }
        }
        found.forEach(f -> used.addAll(f.participants()));
        int n = 0;
        for (Actor a : used) {
            a.ref = "a" + (++n);
        }
        List<ExtractedActor> out = new ArrayList<>();
        for (Actor a : used) {
            List<String> mentions = new ArrayList<>(a.mentions);
            if (!mentions.contains(a.name)) {
                mentions.add(0, a.name);
            }
            String affiliation = a.affiliation != null && used.contains(a.affiliation) ? a.affiliation.ref : null;
            out.add(new ExtractedActor(a.ref, regnalName(a), a.kind, a.title, affiliation, mentions));
        }
        List<ExtractedEngagement> engagements = new ArrayList<>();
        for (SentenceEngagement f : ArticleMerger.merge(found, published, leadDay())) {
            List<CoreLabel> toks = tokens.get(f.sentence());
            int start = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            List<Participant> ps = new ArrayList<>();
            for (Actor a : f.participants()) {
                ps.add(new Participant(a.ref, f.roles().get(a)));
            }
            engagements.add(new ExtractedEngagement(f.type(), f.status(), f.date(), f.location(), ps,
                    new Evidence(text.substring(start, end), start, end)));
        }
        return new Extraction(out, engagements);
    }

    /**
     * The day the story's lead dates its news to: the first recent day named in its first sentences ("leaders opened
     * their summit on Tuesday"), where a story states one.
     */
    private Optional<DateSpan> leadDay() {
        int lead = 0;
        for (int s = 0; s < sentences.size() && lead < LEAD_SENTENCES; s++) {
            if (!isProse(s)) {
                continue;
            }
            lead++;
            for (DateReader.DateMention m : dates.mentions(s)) {
                Optional<DateSpan> d = DateReader.resolve(m, published, true);
                // the article's own day opening a line is a dateline's or a byline's, not the news's
                boolean dateline = m.from() < DATELINE_TOKENS && d.isPresent() && d.get().start().equals(published);
                if (d.isPresent() && d.get().precision() == ExtractedEngagement.Precision.DAY
                        && ArticleMerger.isRecent(d.get(), published) && !dateline) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence with a verb that ends as sentences do: the page's menus, bylines and date lines above a story end
     * without a full stop. (Tags, not the parse: sentences without a trigger or a person are not parsed.)
     */
    private boolean isProse(int sentence) {
        List<CoreLabel> toks = tokens.get(sentence);
        String last = toks.get(toks.size() - 1).word();
        if (toks.size() > 1 && (last.equals("\"") || last.equals("'") || last.equals("''"))) {
            last = toks.get(toks.size() - 2).word();
        }
        return (last.equals(".") || last.equals("!") || last.equals("?"))
                && toks.stream().anyMatch(t -> t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD")));
    }

    // ---------------------------------------------------------------- context for pronouns and dates

    @Override
    public Optional<Actor> personBefore(int sentence, int token, Set<Actor> excluded) {
        Actor best = null;
        for (PersonReference r : personReferences(sentence)) {
            if (r.token() < token && !excluded.contains(r.person())) {
                best = r.person();
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        // three sentences back, further while they are short ("Period. There were no calls."): a pronoun reaches
        // back some forty words
        int wordsBack = 0;
        for (int s = sentence - 1; s >= 0 && (s >= sentence - 3 || wordsBack < PRONOUN_REACH_WORDS); s--) {
            wordsBack += tokens.get(s).size();
            for (PersonReference r : personReferences(s)) {
                if (!excluded.contains(r.person())) {
                    return Optional.of(r.person());
                }
            }
        }
        return Optional.empty();
    }

    private record PersonReference(int token, Actor person) {
    }

    /** The people a sentence names or refers to by office ("the president"), in the order they appear. */
    private List<PersonReference> personReferences(int s) {
        List<PersonReference> out = new ArrayList<>();
        for (PersonMention m : actors.personMentions()) {
            if (m.sentence() == s) {
                out.add(new PersonReference(m.from(), m.actor()));
            }
        }
        List<CoreLabel> words = tokens.get(s);
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            roles.resolveDefinite(words, i, s).ifPresent(p -> out.add(new PersonReference(at, p)));
        }
        out.sort(Comparator.comparingInt(PersonReference::token));
        return out;
    }

    @Override
    public Optional<Actor> protagonist(int sentence) {
        for (int i = found.size() - 1; i >= 0; i--) {
            SentenceEngagement f = found.get(i);
            if (f.sentence() < sentence && !f.participants().isEmpty()) {
                Actor first = f.participants().get(0);
                if (first.kind == ActorKind.PERSON) {
                    return Optional.of(first); // who the story's latest engagement was told about
                }
            }
        }
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (PersonMention m : actors.personMentions()) {
            if (m.sentence() <= sentence) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        Actor best = null;
        for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public List<Actor> groupBefore(int sentence, int token) {
        List<Actor> same = new ArrayList<>();
        for (PersonMention m : actors.personMentions()) {
            if (m.sentence() == sentence && m.to() <= token && !same.contains(m.actor())) {
                same.add(m.actor());
            }
        }
        if (same.size() >= 2) {
            return same.subList(same.size() - 2, same.size());
        }
        for (int s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
            List<Actor> coordinated = coordinatedPersons(s);
            if (coordinated.size() >= 2) {
                return coordinated;
            }
            List<Actor> inSentence = new ArrayList<>();
            for (PersonMention m : actors.personMentions()) {
                if (m.sentence() == s && !inSentence.contains(m.actor())) {
                    inSentence.add(m.actor());
                }
            }
            if (inSentence.size() >= 2) {
                return inSentence.subList(inSentence.size() - 2, inSentence.size());
            }
        }
        return List.of();
    }

    /** People joined by "and" in a sentence ("Macron and Putin"). */
    private List<Actor> coordinatedPersons(int s) {
        SemanticGraph g = graphs.get(s);
        List<Actor> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (!e.getRelation().toString().startsWith("conj")) {
                continue;
            }
            Optional<Actor> a = actors.actorAt(s, e.getGovernor().index() - 1);
            Optional<Actor> b = actors.actorAt(s, e.getDependent().index() - 1);
            if (a.isPresent() && b.isPresent() && a.get().kind == ActorKind.PERSON && b.get().kind == ActorKind.PERSON
                    && a.get() != b.get()) {
                if (!out.contains(a.get())) {
                    out.add(a.get());
                }
                if (!out.contains(b.get())) {
                    out.add(b.get());
                }
                return out;
            }
        }
        return out;
    }

    @Override
    public Optional<DateSpan> inheritedDate(Set<Actor> participants, int sentence) {
        if (participants.isEmpty()) {
            return Optional.empty();
        }
        for (Actor a : participants) {
            for (PersonMention m : actors.personMentions()) {
                if (m.sentence() == sentence && m.actor() == a) {
                    return Optional.empty(); // named here, not carried over
                }
            }
        }
        int source = -1;
        for (PersonMention m : actors.personMentions()) {
            if (m.sentence() < sentence && m.sentence() >= sentence - 2 && participants.contains(m.actor())) {
                source = m.sentence();
            }
        }
        if (source < 0) {
            return Optional.empty();
        }
        for (DateReader.DateMention d : dates.mentions(source)) {
            Optional<DateSpan> span = DateReader.resolve(d, published, true);
            if (span.isPresent()) {
                return span;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<DateSpan> earlierDate(Type type, Set<Actor> participants, int sentence) {
        for (int i = found.size() - 1; i >= 0; i--) {
            SentenceEngagement f = found.get(i);
            if (f.sentence() < sentence && f.type() == type && f.date().start() != null
                    && containsAny(f.participants(), participants)) {
                return Optional.of(f.date());
            }
        }
        return Optional.empty();
    }

    private static boolean containsAny(List<Actor> a, Set<Actor> b) {
        for (Actor x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A monarch known by one name goes by the style with it ("King Salman", "Emir Tamim"): the bare name alone is
     * ambiguous (Crown Prince Mohammed bin Salman) and is how no reference work files a reigning monarch.
     */
    private static String regnalName(Actor a) {
        if (a.kind != ActorKind.PERSON || a.title == null || a.name.contains(" ")) {
            return a.name;
        }
        String style = a.title.substring(a.title.lastIndexOf(' ') + 1);
        return MONARCH_STYLES.contains(style.toLowerCase(Locale.ROOT)) ? style + " " + a.name : a.name;
    }
}
