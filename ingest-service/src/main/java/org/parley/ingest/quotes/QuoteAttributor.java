package org.parley.ingest.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.quotes.QuoteContext.Mention;
import org.parley.ingest.quotes.QuoteContext.Speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves who said each quote, with rules over the dependency parse of the sentences around it, strongest first:
 * <ol>
 *   <li>the subject of an attribution verb outside the quote in the quote's sentences (the verb whose subtree holds
 *   the quote first, then the nearest): a name, a pronoun (the nearest person before it outside quotes, else the
 *   first person of the previous sentences), or an office ("the minister" → the person with that title);</li>
 *   <li>"according to X";</li>
 *   <li>a sentence ending in a colon just before the quote ("He told reporters:");</li>
 *   <li>a quote that is its whole sentence: the speaker of the previous quote, if it is in the same or the
 *   previous paragraph.</li>
 * </ol>
 * A verb whose subject is no actor ("a White House official said") gives no speaker rather than a guess.
 */
public final class QuoteAttributor {

    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "stress", "warn", "urge", "insist", "note",
            "state", "declare", "argue", "explain", "ask", "reply", "respond", "write", "tweet", "post", "announce",
            "claim", "comment", "remark", "emphasise", "emphasize", "underline", "underscore", "recall",
            "acknowledge", "admit", "predict", "complain", "suggest", "vow", "pledge", "promise", "caution",
            "conclude", "quip", "joke", "describe", "call", "assert", "affirm", "reiterate", "confirm", "deny",
            "testify", "concede", "contend", "maintain", "observe", "continue", "quote", "shout", "retort",
            "counter", "brief", "proclaim", "lament", "welcome");
    /** Verbs whose object is the listener ("told reporters"), never the speaker. */
    private static final Set<String> LISTENER_VERBS = Set.of("tell", "ask", "urge", "brief", "warn", "remind",
            "assure", "call", "describe");
    private static final Set<String> SUBJECT_RELS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "appos", "dep", "nmod", "nmod:poss");
    private static final Set<String> DATE_RELS = Set.of("obl", "obl:tmod", "obl:on", "obl:npmod", "nmod:tmod",
            "obl:in", "obl:at");

    private final String text;
    private final QuoteContext ctx;
    private final List<QuoteSpan> quotes;

    public QuoteAttributor(String text, List<QuoteSpan> quotes, QuoteContext ctx) {
        this.text = text;
        this.quotes = quotes;
        this.ctx = ctx;
    }

    /** One attributed quote per span, in text order. */
    public List<ExtractedQuote> attribute() {
        List<ExtractedQuote> out = new ArrayList<>();
        Speaker previous = null;
        QuoteSpan previousSpan = null;
        for (QuoteSpan q : quotes) {
            Attribution a = attribute(q);
            Speaker speaker = a == null ? null : a.speaker;
            if (a == null && previous != null && previousSpan != null && wholeSentences(q)
                    && paragraph(q.start()) - paragraph(previousSpan.end()) <= 1) {
                speaker = previous;
            }
            LocalDate saidOn = a != null && a.saidOn != null ? a.saidOn : ctx.published();
            out.add(new ExtractedQuote(q.text(), speaker == null ? null : speaker.ref(), q.start(), q.end(), saidOn));
            previous = speaker;
            previousSpan = q;
        }
        return out;
    }

    /** Who and when, as the words around the quote tell; null when they tell nothing. */
    private record Attribution(Speaker speaker, LocalDate saidOn) {
    }

    private Attribution attribute(QuoteSpan q) {
        List<Integer> sentences = touched(q);
        for (int s : sentences) {
            Attribution a = bySpeechVerb(s, q);
            if (a != null) {
                return a;
            }
        }
        for (int s : sentences) {
            Optional<Speaker> source = accordingTo(s);
            if (source.isPresent()) {
                return new Attribution(source.get(), null);
            }
        }
        int colon = colonSentenceBefore(q);
        if (colon >= 0) {
            return bySpeechVerb(colon, null);
        }
        return null;
    }

    /** Sentences the quote overlaps, the one holding its end first (attribution most often follows the quote). */
    private List<Integer> touched(QuoteSpan q) {
        List<Integer> out = new ArrayList<>();
        List<List<CoreLabel>> sentences = ctx.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            if (toks.isEmpty()) {
                continue;
            }
            int begin = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            if (begin <= q.end() + 1 && end >= q.start() - 1) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt((Integer s) -> containsOffset(s, q.end()) ? 0 : containsOffset(s, q.start()) ? 1 : 2));
        return out;
    }

    private boolean containsOffset(int s, int offset) {
        List<CoreLabel> toks = ctx.sentences().get(s);
        return toks.get(0).beginPosition() <= offset && offset <= toks.get(toks.size() - 1).endPosition() + 1;
    }

    /** Whether the token is quoted words, a quotation mark or punctuation: not part of an attribution. */
    private boolean quotedOrMark(CoreLabel t) {
        for (QuoteSpan q : quotes) {
            if (q.covers(t.beginPosition(), t.endPosition())) {
                return true;
            }
        }
        return !hasLetter(t.word());
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The quote's sentences have no words outside quotes: it stands alone, and the previous speaker may go on. */
    private boolean wholeSentences(QuoteSpan q) {
        for (int s : touched(q)) {
            for (CoreLabel t : ctx.sentences().get(s)) {
                if (!quotedOrMark(t)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Attribution bySpeechVerb(int s, QuoteSpan q) {
        List<CoreLabel> toks = ctx.sentences().get(s);
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            CoreLabel t = toks.get(i);
            if (!quotedOrMark(t) && t.tag() != null && t.tag().startsWith("VB") && t.lemma() != null
                    && (SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) || goesOn(toks, i))) {
                verbs.add(i);
            }
        }
        if (verbs.isEmpty()) {
            return null;
        }
        SemanticGraph g = ctx.graph(s);
        if (g == null) {
            return null;
        }
        List<Integer> quoted = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (q != null && q.covers(toks.get(i).beginPosition(), toks.get(i).endPosition())) {
                quoted.add(i);
            }
        }
        verbs.sort(Comparator.comparingInt((Integer v) -> dominates(g, v, quoted) ? 0 : 1)
                .thenComparingInt(v -> distance(v, quoted)));
        for (int v : verbs) {
            IndexedWord verb = g.getNodeByIndexSafe(v + 1);
            if (verb == null) {
                continue;
            }
            Optional<IndexedWord> subject = subject(g, verb);
            if (subject.isEmpty()) {
                continue;
            }
            Speaker speaker = resolve(g, subject.get(), s).orElse(null);
            return new Attribution(speaker, saidOn(g, verb, s));
        }
        return null;
    }

    /** "…," he went on. */
    private static boolean goesOn(List<CoreLabel> toks, int i) {
        return toks.get(i).lemma().equalsIgnoreCase("go") && i + 1 < toks.size()
                && toks.get(i + 1).word().equalsIgnoreCase("on");
    }

    private static boolean dominates(SemanticGraph g, int verb, List<Integer> quoted) {
        IndexedWord v = g.getNodeByIndexSafe(verb + 1);
        if (v == null || quoted.isEmpty()) {
            return false;
        }
        for (int i : quoted) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w != null && (w.equals(v) || g.isAncestor(w, v) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static int distance(int verb, List<Integer> quoted) {
        int best = Integer.MAX_VALUE;
        for (int i : quoted) {
            best = Math.min(best, Math.abs(i - verb));
        }
        return best;
    }

    /** The verb's subject outside the quotes; a verb in a conjunction or an xcomp shares its head's subject. */
    private Optional<IndexedWord> subject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (SUBJECT_RELS.contains(e.getRelation().toString()) && !quotedOrMark(e.getDependent().backingLabel())) {
                return Optional.of(e.getDependent());
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("conj") || rel.equals("xcomp")
                    || (rel.equals("advcl") || rel.equals("dep")) && "VBG".equals(verb.tag())) {
                // "lifted his fist, saying "…"" (the parser hangs the participle by advcl or by a bare dep)
                return subject(g, e.getGovernor());
            }
        }
        // inverted order ("…," said Olaf Scholz) is often parsed with the speaker as the object
        if (!LISTENER_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                if (e.getRelation().toString().equals("obj") && e.getDependent().index() > verb.index()
                        && !quotedOrMark(e.getDependent().backingLabel())) {
                    return Optional.of(e.getDependent());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Speaker> resolve(SemanticGraph g, IndexedWord w, int s) {
        int token = w.index() - 1;
        Optional<Speaker> named = ctx.actorAt(s, token);
        if (named.isPresent()) {
            return named;
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        if (w.tag().equals("PRP")) {
            return word.equals("he") || word.equals("she") ? personBefore(s, token) : Optional.empty();
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (NAME_PARTS.contains(e.getRelation().toString())) {
                Optional<Speaker> part = ctx.actorAt(s, e.getDependent().index() - 1);
                if (part.isPresent() && part.get().person()) {
                    return part; // "Kremlin spokesman Dmitry Peskov" headed by the office
                }
            }
        }
        if (w.tag().startsWith("NN")) {
            Optional<Speaker> office = ctx.office(g, w, s);
            if (office.isPresent()) {
                return office;
            }
            return titled(word, s, token);
        }
        return Optional.empty();
    }

    /**
     * "the minister said": the person last named before here whose title has that word, or a word for the same office
     * ("the High Commissioner" for an ambassador, "the premier" for a prime minister).
     */
    private Optional<Speaker> titled(String noun, int s, int token) {
        Set<String> words = SAME_OFFICE.stream().filter(g -> g.contains(noun)).findFirst().orElse(Set.of(noun));
        Mention best = null;
        for (Mention m : ctx.personMentions()) {
            if (before(m, s, token) && words.stream().anyMatch(w -> hasTitleWord(m.person(), w)) && !quotedMention(m)) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Mention::person);
    }

    /** Title words that name one office. */
    private static final List<Set<String>> SAME_OFFICE = List.of(Set.of("ambassador", "envoy", "commissioner"),
            Set.of("spokesman", "spokeswoman", "spokesperson"), Set.of("premier", "prime"));

    private static boolean hasTitleWord(Speaker p, String noun) {
        if (p.title() == null) {
            return false;
        }
        for (String part : p.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (part.equals(noun)) {
                return true;
            }
        }
        return false;
    }

    /** He/she: the nearest person before it in the sentence, else the first person of the nearest earlier sentence. */
    private Optional<Speaker> personBefore(int s, int token) {
        Mention best = null;
        for (Mention m : ctx.personMentions()) {
            if (m.sentence() == s && m.to() <= token && !quotedMention(m)) {
                best = m;
            }
        }
        if (best != null) {
            return Optional.of(best.person());
        }
        for (int earlier = s - 1; earlier >= Math.max(0, s - 3); earlier--) {
            for (Mention m : ctx.personMentions()) {
                if (m.sentence() == earlier && !quotedMention(m)) {
                    return Optional.of(m.person());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean before(Mention m, int s, int token) {
        return m.sentence() < s || (m.sentence() == s && m.to() <= token);
    }

    private boolean quotedMention(Mention m) {
        CoreLabel t = ctx.sentences().get(m.sentence()).get(m.from());
        return quotedOrMark(t);
    }

    /** "…, according to X": the first actor after "according to" in the sentence. */
    private Optional<Speaker> accordingTo(int s) {
        List<CoreLabel> toks = ctx.sentences().get(s);
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (toks.get(i).word().equalsIgnoreCase("according") && toks.get(i + 1).word().equalsIgnoreCase("to")
                    && !quotedOrMark(toks.get(i))) {
                for (int j = i + 2; j < toks.size() && !quotedOrMark(toks.get(j)); j++) {
                    String w = toks.get(j).word().toLowerCase(Locale.ROOT);
                    if (w.equals("he") || w.equals("she")) {
                        return personBefore(s, i);
                    }
                    Optional<Speaker> a = ctx.actorAt(s, j);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence introducing the quote with a colon right before its opening mark ("He told reporters:"). */
    private int colonSentenceBefore(QuoteSpan q) {
        int i = q.start() - 2;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return -1;
        }
        List<List<CoreLabel>> sentences = ctx.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (CoreLabel t : sentences.get(s)) {
                if (t.beginPosition() <= i && i < t.endPosition()) {
                    return s;
                }
            }
        }
        return -1;
    }

    /** A day the words hung on the verb give ("said on Friday"), if any. */
    private LocalDate saidOn(SemanticGraph g, IndexedWord verb, int s) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (DATE_RELS.contains(e.getRelation().toString()) && !quotedOrMark(e.getDependent().backingLabel())) {
                Optional<LocalDate> day = ctx.statedDay(s, e.getDependent().index() - 1);
                if (day.isPresent()) {
                    return day.get();
                }
            }
        }
        return null;
    }

    private int paragraph(int offset) {
        int n = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n' && (i == 0 || text.charAt(i - 1) != '\n')) {
                n++;
            }
        }
        return n;
    }
}
