package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ties an office named without a name ("the Russian foreign minister", "Britain's top diplomat", "his Russian
 * counterpart") to the one person of that country with a matching office named in the article.
 */
final class RoleResolver {

    /** Families of office, so that "top diplomat" finds a "Foreign Secretary". */
    enum Office { HEAD, FOREIGN, DEFENCE, SPOKESPERSON, OTHER }

    /** Office nouns that name a body's top official when said of an organisation ("the head of the UN"). */
    private static final Set<String> BODY_LEADERS = Set.of("head", "chief", "leader");

    private static final Set<String> ROLE_NOUNS = Set.of("minister", "secretary", "president", "leader", "diplomat",
            "envoy", "chancellor", "premier", "chief", "spokesperson", "spokesman", "spokeswoman", "counterpart",
            "king", "queen", "head");

    private final ActorTable actors;

    RoleResolver(ActorTable actors) {
        this.actors = actors;
    }

    static Office officeOf(String title) {
        if (title == null) {
            return Office.OTHER;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("spokes")) {
            return Office.SPOKESPERSON;
        }
        if (t.contains("foreign") || t.contains("diplomat") || t.contains("secretary of state")) {
            return Office.FOREIGN;
        }
        if (t.contains("defence") || t.contains("defense")) {
            return Office.DEFENCE;
        }
        if (t.matches(".*\\b(president|prime|chancellor|premier|king|queen|leader|emir|chief|head)\\b.*")
                && !t.contains("vice")) {
            return Office.HEAD;
        }
        return Office.OTHER;
    }

    boolean isSingularRole(SemanticGraph g, IndexedWord w, int sentence) {
        return isRoleNoun(w) && countryModifier(g, w, sentence).isPresent();
    }

    /** A singular office noun; capitalised only as the head of "the Minister of …" (never "President" of a name). */
    private static boolean isRoleNoun(IndexedWord w) {
        return (w.tag().equals("NN") || w.tag().equals("NNP")) && ROLE_NOUNS.contains(w.word().toLowerCase(Locale.ROOT));
    }

    Optional<Actor> resolve(SemanticGraph g, IndexedWord w, int sentence) {
        if (!isRoleNoun(w)) {
            return Optional.empty();
        }
        StringBuilder phrase = new StringBuilder();
        StringBuilder portfolio = new StringBuilder();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod")) {
                phrase.append(e.getDependent().word()).append(' ');
            } else if (rel.equals("nmod:of") && actors.actorAt(sentence, e.getDependent().index() - 1).isEmpty()
                    && !ActorTable.isStateStyleWord(e.getDependent().word())) {
                // "the Minister of Foreign Affairs of …": the portfolio tells the office
                g.outgoingEdgeList(e.getDependent()).stream()
                        .filter(c -> c.getRelation().toString().equals("compound"))
                        .forEach(c -> portfolio.append(' ').append(c.getDependent().word()));
                portfolio.append(' ').append(e.getDependent().word());
            }
        }
        phrase.append(w.word());
        if (!portfolio.isEmpty()) {
            phrase.append(" of").append(portfolio);
        }
        Optional<Actor> country = countryModifier(g, w, sentence);
        Optional<Actor> body = country.isEmpty() && BODY_LEADERS.contains(w.word().toLowerCase(Locale.ROOT))
                ? modifier(g, w, sentence, ActorKind.ORGANIZATION) : Optional.empty();
        if (body.isPresent()) {
            // "the head of the UN", "the IMF chief": the one person the article gives an office in that body
            List<Actor> fits = actors.persons().stream().filter(p -> p.affiliation == body.get() && p.title != null).toList();
            return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
        }
        if (country.isEmpty()) {
            return isDefinite(g, w) ? soleHolderOf(phrase.toString(), w.word(), sentence) : Optional.empty();
        }
        boolean counterpart = w.word().equalsIgnoreCase("counterpart");
        Office wanted = officeOf(phrase.toString());
        List<Actor> fits = new ArrayList<>();
        for (Actor p : actors.persons()) {
            if (p.affiliation != country.get()) {
                continue;
            }
            Office o = officeOf(p.title);
            if (counterpart || o == wanted) {
                fits.add(p);
            }
        }
        if (fits.size() > 1) {
            fits.removeIf(p -> p.title == null || p.title.toLowerCase(Locale.ROOT).contains("deputy"));
        }
        if (fits.size() > 1 && counterpart) {
            fits.removeIf(p -> officeOf(p.title) == Office.SPOKESPERSON || officeOf(p.title) == Office.OTHER);
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The one head of state or government of a country the article names, if it names exactly one. */
    Optional<Actor> leaderOf(Actor country) {
        List<Actor> fits = actors.persons().stream()
                .filter(p -> p.affiliation == country && officeOf(p.title) == Office.HEAD).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * "the president" alone: the one person named so far whose title ends in that office word, in that family; a
     * definite office refers back to someone the story has introduced.
     */
    private Optional<Actor> soleHolderOf(String phrase, String noun, int sentence) {
        Office wanted = officeOf(phrase);
        // an office outside the families ("the vice president") is found by its whole name
        boolean byWholeName = wanted == Office.OTHER;
        if (byWholeName && !phrase.strip().contains(" ") || noun.equalsIgnoreCase("counterpart")
                || noun.equalsIgnoreCase("leader") || noun.equalsIgnoreCase("head") || noun.equalsIgnoreCase("chief")) {
            return Optional.empty(); // "the leader" may mean anyone who leads; "the counterpart" needs whose
        }
        String ending = (byWholeName ? phrase.strip() : noun).toLowerCase(Locale.ROOT);
        List<Actor> fits = new ArrayList<>();
        Set<Actor> namedSoFar = new LinkedHashSet<>();
        for (ActorTable.PersonMention m : actors.personMentions()) {
            if (m.sentence() <= sentence) {
                namedSoFar.add(m.actor());
            }
        }
        for (Actor p : namedSoFar) {
            if (p.title != null && officeOf(p.title) == wanted && p.title.toLowerCase(Locale.ROOT).endsWith(ending)) {
                fits.add(p);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /**
     * The same reading on tokens alone, for sentences without a parse: "the [prime] minister" not followed by "of"
     * or a name.
     */
    Optional<Actor> resolveDefinite(List<CoreLabel> tokens, int i, int sentence) {
        CoreLabel t = tokens.get(i);
        if (!t.tag().equals("NN") || !ROLE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (i + 1 < tokens.size() && (tokens.get(i + 1).word().equalsIgnoreCase("of")
                || tokens.get(i + 1).tag().startsWith("NNP"))) {
            return Optional.empty();
        }
        int d = i - 1;
        while (d >= 0 && d >= i - 2 && tokens.get(d).tag().matches("JJ|NN")) {
            d--;
        }
        if (d < 0 || !tokens.get(d).word().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        String phrase = tokens.subList(d + 1, i + 1).stream().map(CoreLabel::word).collect(Collectors.joining(" "));
        return soleHolderOf(phrase, t.word(), sentence);
    }

    private static boolean isDefinite(SemanticGraph g, IndexedWord w) {
        boolean the = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nmod") || rel.equals("appos")) {
                return false; // "his president", "the president of the commission": someone else's office
            }
            the |= rel.equals("det") && e.getDependent().word().equalsIgnoreCase("the");
        }
        return the;
    }

    /**
     * "the top diplomats of South Korea and Japan", "the foreign ministers of India and China": for each of two
     * countries the one person of the article holding that office for it (or for no country named), when each has
     * its own; otherwise empty.
     */
    List<Actor> holdersFor(String office, List<Actor> countries) {
        Office wanted = officeOf(office);
        if (wanted == Office.OTHER || countries.size() != 2) {
            // two countries' office holders are a pair the story names; a longer list is a group of states
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (Actor country : countries) {
            List<Actor> fits = new ArrayList<>();
            for (Actor p : actors.persons()) {
                if (officeOf(p.title) == wanted && !out.contains(p) && (p.affiliation == country || p.affiliation == null)) {
                    fits.add(p);
                }
            }
            List<Actor> own = fits.stream().filter(p -> p.affiliation == country).toList();
            List<Actor> chosen = own.isEmpty() ? fits : own;
            if (chosen.size() != 1) {
                return List.of();
            }
            out.add(chosen.get(0));
        }
        return out;
    }

    private Optional<Actor> countryModifier(SemanticGraph g, IndexedWord w, int sentence) {
        return modifier(g, w, sentence, ActorKind.COUNTRY);
    }

    /** The actor of a kind that an office noun's modifier names ("Russian", "of Tajikistan", "the UN's", "IMF"). */
    private Optional<Actor> modifier(SemanticGraph g, IndexedWord w, int sentence, ActorKind kind) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            // "her counterpart in Ghana": where a counterpart serves names the country too
            boolean servesIn = rel.equals("nmod:in") && w.word().equalsIgnoreCase("counterpart");
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of")
                    || rel.equals("nmod:from") || servesIn) {
                // "of the Republic of Tajikistan": the country its style names
                IndexedWord d = rel.equals("nmod:of") ? SentenceGraph.stateNamed(g, e.getDependent()) : e.getDependent();
                Optional<Actor> a = actors.actorAt(sentence, d.index() - 1);
                if (a.isPresent() && a.get().kind == kind) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }
}
