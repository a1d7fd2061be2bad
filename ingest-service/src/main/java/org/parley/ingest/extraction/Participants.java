package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The actors a word of the sentence stands for: a name, a pronoun, "the two leaders", an office, a group noun. */
final class Participants {

    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");

    private final SentenceGraph sg;
    private final RoleResolver roles;
    private final ArticleContext context;

    Participants(SentenceGraph sg, RoleResolver roles, ArticleContext context) {
        this.sg = sg;
        this.roles = roles;
        this.context = context;
    }

    List<Actor> resolve(IndexedWord w) {
        return resolve(w, 0);
    }

    /**
     * The parties a counterpart word names, one group each: an appositive list of titles and names ("the Cameroon
     * minister, A, the Spanish minister, B, and …") names people met one at a time; any other word is one group.
     */
    List<List<Actor>> groups(IndexedWord w) {
        List<List<Actor>> listed = new ArrayList<>();
        // "Moroccan and Algerian counterparts A and B": the parser hangs names on a plural as dep, not appos
        String[] naming = w.tag().equals("NNS") ? new String[]{"appos", "dep"} : new String[]{"appos"};
        for (IndexedWord c : sg.childrenOf(w, naming)) {
            Optional<Actor> named = sg.actorAt(c);
            if (named.isPresent() && named.get().kind == ActorKind.PERSON && !listed.contains(List.of(named.get()))) {
                listed.add(List.of(named.get()));
            }
        }
        if (listed.size() >= 2) {
            return listed;
        }
        for (IndexedWord e : examplesOf(w)) {
            resolve(e).stream().map(List::of).filter(g -> !listed.contains(g)).forEach(listed::add);
        }
        if (listed.size() >= 2) {
            return listed;
        }
        boolean counterparts = SentenceGraph.word(w).equals("counterparts");
        if (counterparts || w.tag().equals("NNS") && sg.actors.isOfficeWord(SentenceGraph.word(w))) {
            // "his counterparts from Nigeria and Angola": one counterpart of each country; "the foreign ministers of
            // Japan, A, and of Canada, B": each minister named after their country
            List<List<Actor>> holders = new ArrayList<>();
            List<IndexedWord> bodies = sg.conjunctsOf(w).stream()
                    .flatMap(x -> sg.childrenOf(x, "nmod:from", "nmod:of").stream()).toList();
            for (IndexedWord c : bodies) {
                Optional<Actor> country = sg.actorAt(c).filter(a -> a.kind == ActorKind.COUNTRY);
                Optional<Actor> holder = country.flatMap(a -> sg.actors.holderSetOffAfter(sg.s, c.index() - 1));
                if (holder.isPresent() || counterparts && country.isPresent()) {
                    List<Actor> g = List.of(holder.orElse(country.get()));
                    if (!holders.contains(g)) {
                        holders.add(g);
                    }
                }
            }
            if (holders.size() >= 2) {
                return holders;
            }
        }
        List<Actor> r = resolve(w);
        return r.isEmpty() ? List.of() : List.of(r);
    }

    /**
     * "foreign counterparts, among them Iran, Bulgaria and Turkey", "several leaders, including A and B": the words
     * naming examples of a group of people, each of whom the group's members meet on their own.
     */
    List<IndexedWord> examplesOf(IndexedWord w) {
        if (!w.tag().equals("NNS") || !sg.lex.has("people.noun", SentenceGraph.lemma(w))) {
            return List.of();
        }
        List<IndexedWord> heads = new ArrayList<>(sg.childrenOf(w, "nmod:including", "nmod:such_as"));
        // "…, among them A, B and C": the parser hangs the list on a word of the clause above the group
        IndexedWord up = w;
        for (int steps = 0; steps < 3 && up != null && heads.isEmpty(); steps++) {
            for (IndexedWord them : sg.childrenOf(up, "obl:among", "nmod:among")) {
                if (them.tag().startsWith("PRP") || SentenceGraph.word(them).equals("whom")) {
                    heads.addAll(sg.childrenOf(them, "dep", "appos"));
                }
            }
            SemanticGraphEdge in = sg.firstIncoming(up);
            up = in == null ? null : in.getGovernor();
        }
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord h : heads) {
            for (IndexedWord e : sg.conjunctsOf(h)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private List<Actor> resolve(IndexedWord w, int depth) {
        Optional<Actor> direct = sg.actorAt(w);
        if (direct.isPresent() && direct.get().kind == ActorKind.COUNTRY) {
            // a wire dateline parsed as the subject: "ROME, April 12 (Reuters) - Italian Foreign Minister X met …"
            for (IndexedWord c : sg.childrenOf(w, "appos")) {
                Optional<Actor> named = sg.actorAt(c);
                if (named.isPresent() && named.get().kind == ActorKind.PERSON) {
                    return List.of(named.get());
                }
            }
        }
        if (direct.isPresent()) {
            // "met the foreign ministers of Japan, Yoko Kamikawa, and …": the minister named after the country
            Optional<Actor> holder = sg.actors.holderSetOffAfter(sg.s, w.index() - 1);
            return List.of(holder.orElse(direct.get()));
        }
        String word = SentenceGraph.word(w);
        if (w.tag().startsWith("PRP") || word.equals("who") || word.equals("whom")) {
            List<Actor> ahead = SINGULAR_PRONOUNS.contains(word) || PLURAL_PRONOUNS.contains(word)
                    ? subjectAheadOfAdjunct(w) : List.of();
            if (!ahead.isEmpty() && (ahead.size() == 1) == SINGULAR_PRONOUNS.contains(word)) {
                return ahead;
            }
            if (SINGULAR_PRONOUNS.contains(word)) {
                Optional<Actor> parallel = subjectOfFirstConjunct(w);
                if (parallel.isPresent()) {
                    return List.of(parallel.get());
                }
                return context.personBefore(sg.s, w.index() - 1, clauseSubjects(w)).map(List::of).orElse(List.of());
            }
            if (PLURAL_PRONOUNS.contains(word)) {
                return context.groupBefore(sg.s, w.index() - 1);
            }
            return List.of();
        }
        if ((word.equals("both") && w.tag().startsWith("DT")) || isPairNoun(w)) {
            return context.groupBefore(sg.s, w.index() - 1);
        }
        if (depth > 2) {
            return List.of();
        }
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            Optional<Actor> named = sg.actorAt(e.getDependent());
            if ((rel.equals("appos") || rel.equals("compound") || rel.equals("flat") || rel.equals("dep"))
                    && named.isPresent() && named.get().kind == ActorKind.PERSON) {
                return List.of(named.get());
            }
        }
        List<Actor> leader = ledBy(w, depth);
        if (!leader.isEmpty()) {
            return leader;
        }
        Optional<Actor> holder = nameAfterOffice(w);
        if (holder.isPresent()) {
            return List.of(holder.get());
        }
        List<Actor> holders = holdersOfOneOffice(w);
        if (!holders.isEmpty()) {
            return holders;
        }
        Optional<Actor> role = roles.resolve(sg.g, w, sg.s);
        if (role.isPresent()) {
            return List.of(role.get());
        }
        if (roles.isSingularRole(sg.g, w, sg.s)) {
            // "the Russian foreign minister" that no named person fits: not the country
            return List.of();
        }
        if (!sg.lex.has("people.noun", SentenceGraph.lemma(w)) && !w.tag().startsWith("NNP")) {
            return List.of(); // "Russia's proposal" is no party to a meeting
        }
        List<Actor> out = new ArrayList<>();
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("nmod:of")
                    || rel.equals("nmod:from") || rel.startsWith("nmod:includ") || rel.equals("nmod:such_as") || rel.equals("appos")
                    || rel.startsWith("conj")) {
                for (Actor a : resolve(e.getDependent(), depth + 1)) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "After his talks with X, Y said", "Speaking after his meeting with X, Y said": a pronoun in an adjunct put
     * before its clause's subject points forward to that subject when it is a named person.
     */
    private List<Actor> subjectAheadOfAdjunct(IndexedWord pronoun) {
        IndexedWord w = pronoun;
        for (int steps = 0; steps < 6; steps++) {
            SemanticGraphEdge in = sg.firstIncoming(w);
            if (in == null) {
                return List.of();
            }
            String rel = in.getRelation().toString();
            IndexedWord gov = in.getGovernor();
            if (SentenceGraph.isVerb(gov) && (rel.startsWith("obl") || rel.startsWith("advcl"))) {
                return namedSubjectsAfter(gov, pronoun);
            }
            if (!(rel.startsWith("nmod") || rel.equals("case") || rel.startsWith("acl") || rel.startsWith("obl")
                    || rel.equals("advmod") && w.tag().startsWith("RB"))) {
                return List.of(); // ("ahead of his talks": the parser hangs the noun on the adverb)
            }
            w = gov;
        }
        return List.of();
    }

    /** The persons named as the subject of a clause (or of the clause it is an adjunct of), after a word. */
    private List<Actor> namedSubjectsAfter(IndexedWord clause, IndexedWord word) {
        for (IndexedWord v = clause; v != null; ) {
            List<IndexedWord> subjects = sg.childrenOf(v, "nsubj", "nsubj:pass");
            if (!subjects.isEmpty()) {
                List<Actor> out = new ArrayList<>();
                for (IndexedWord each : sg.conjunctsOf(subjects.get(0))) {
                    Optional<Actor> named = sg.actorAt(each);
                    if (each.index() < word.index() || named.isEmpty() || named.get().kind != ActorKind.PERSON) {
                        return List.of();
                    }
                    out.add(named.get());
                }
                return out;
            }
            SemanticGraphEdge up = sg.firstIncoming(v);
            String rel = up == null ? "" : up.getRelation().toString();
            v = rel.startsWith("advcl") || rel.equals("dep") ? up.getGovernor() : null;
        }
        return List.of();
    }

    /** "a delegation led by X", "a team headed by X": the group stands for the one who leads it. */
    private List<Actor> ledBy(IndexedWord group, int depth) {
        if (!sg.lex.has("people.noun", SentenceGraph.lemma(group))) {
            return List.of();
        }
        for (IndexedWord v : sg.childrenOf(group, "acl")) {
            if (SentenceGraph.lemma(v).equals("lead") || SentenceGraph.lemma(v).equals("head")) {
                for (IndexedWord by : sg.childrenOf(v, "obl:agent", "obl:by")) {
                    List<Actor> leaders = resolve(by, depth + 1).stream().filter(a -> a.kind == ActorKind.PERSON).toList();
                    if (!leaders.isEmpty()) {
                        return leaders;
                    }
                }
            }
        }
        return List.of();
    }

    /** "the top diplomats of South Korea and Japan": the persons holding that office for each country named. */
    private List<Actor> holdersOfOneOffice(IndexedWord w) {
        if (!w.tag().equals("NNS") || !sg.lex.has("people.noun", SentenceGraph.lemma(w))) {
            return List.of();
        }
        StringBuilder office = new StringBuilder();
        List<Actor> countries = new ArrayList<>();
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            Optional<Actor> a = sg.actorAt(e.getDependent());
            if (a.isPresent() && a.get().kind == ActorKind.COUNTRY && (rel.equals("nmod:of") || rel.equals("amod"))) {
                if (!countries.contains(a.get())) {
                    countries.add(a.get());
                }
            } else if (a.isEmpty() && (rel.equals("amod") || rel.equals("compound"))) {
                office.append(e.getDependent().word()).append(' ');
            }
        }
        office.append(SentenceGraph.lemma(w));
        return roles.holdersFor(office.toString(), countries);
    }

    /**
     * "the president of Cuba, Miguel Díaz-Canel", "the director general of the FAO, Qu Dongyu": the parser hangs
     * the office holder's name on the country or body the office belongs to.
     */
    private Optional<Actor> nameAfterOffice(IndexedWord office) {
        if (!office.tag().startsWith("NN") || !sg.lex.has("people.noun", SentenceGraph.lemma(office))) {
            return Optional.empty();
        }
        for (IndexedWord of : sg.childrenOf(office, "nmod:of")) {
            Optional<Actor> body = sg.actorAt(of);
            if (body.isEmpty() || body.get().kind == ActorKind.PERSON) {
                continue;
            }
            for (IndexedWord c : sg.childrenOf(of, "appos")) {
                Optional<Actor> named = sg.actorAt(c);
                if (named.isPresent() && named.get().kind == ActorKind.PERSON) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The subjects of the clause a pronoun is the object of: "X, who called on him" cannot mean X by "him".
     */
    /**
     * "X is to meet Y, and he will also sit down with Z": the subject pronoun of a clause joined to another keeps that
     * clause's subject when it is one named person, not the person named last.
     */
    private Optional<Actor> subjectOfFirstConjunct(IndexedWord pronoun) {
        SemanticGraphEdge in = sg.firstIncoming(pronoun);
        if (in == null || !in.getRelation().toString().equals("nsubj")) {
            return Optional.empty();
        }
        SemanticGraphEdge joined = sg.firstIncoming(in.getGovernor());
        if (joined == null || !joined.getRelation().toString().startsWith("conj")) {
            return Optional.empty();
        }
        List<IndexedWord> subjects = sg.childrenOf(joined.getGovernor(), "nsubj", "nsubj:pass");
        if (subjects.size() != 1 || subjects.get(0).tag().startsWith("PRP")) {
            return Optional.empty();
        }
        Optional<Actor> named = sg.actorAt(subjects.get(0));
        return named.filter(a -> a.kind == ActorKind.PERSON);
    }

    private Set<Actor> clauseSubjects(IndexedWord pronoun) {
        SemanticGraphEdge in = sg.firstIncoming(pronoun);
        if (in == null) {
            return Set.of();
        }
        String rel = in.getRelation().toString();
        if (!(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl"))) {
            return Set.of();
        }
        Set<Actor> out = new HashSet<>();
        for (IndexedWord c : sg.childrenOf(in.getGovernor(), "nsubj", "nsubj:pass")) {
            if (!c.equals(pronoun) && !c.tag().startsWith("PRP")) {
                out.addAll(resolve(c));
            }
        }
        if (out.isEmpty() && sg.childrenOf(in.getGovernor(), "nsubj", "nsubj:pass").isEmpty()) {
            out.addAll(subjectsOf(in.getGovernor())); // "invited Y to come and meet him": him is not Y
        }
        return out;
    }

    /**
     * "On Sunday Minh also held talks with …": without a comma the parser reads the name as part of the date's phrase
     * and leaves the verb without a subject; a person so fused with a date ahead of its verb is that subject.
     */
    private Optional<Actor> dateFusedSubject(IndexedWord v) {
        for (IndexedWord c : sg.childrenOf(v, "obl:on", "obl:in", "obl:tmod", "obl:npmod")) {
            Optional<Actor> named = sg.actorAt(c);
            if (c.index() < v.index() && named.isPresent() && named.get().kind == ActorKind.PERSON
                    && sg.g.outgoingEdgeList(c).stream().anyMatch(e -> e.getRelation().toString().equals("compound")
                    && "DATE".equals(e.getDependent().ner()))) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** "the two leaders", "both sides", "the pair". */
    private boolean isPairNoun(IndexedWord w) {
        String word = SentenceGraph.word(w);
        if (!sg.lex.has("pair.noun", word)) {
            return false;
        }
        if (word.equals("pair")) {
            return true;
        }
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String d = SentenceGraph.word(e.getDependent());
            if (d.equals("two") || d.equals("both")) {
                return true;
            }
        }
        return false;
    }

    /** The person the article is about so far (see {@link ArticleContext#protagonist}). */
    Optional<Actor> protagonist() {
        return context.protagonist(sg.s);
    }

    /** Subjects of a predicate; without one, those of the clause it completes ("agreed to meet", "an invitation to meet"). */
    List<Actor> subjectsOf(IndexedWord v) {
        return subjectsOf(v, 0);
    }

    private List<Actor> subjectsOf(IndexedWord v, int depth) {
        List<Actor> out = new ArrayList<>();
        for (IndexedWord c : sg.childrenOf(v, "nsubj", "nsubj:xsubj", "nsubj:pass")) {
            if (SentenceGraph.lemma(c).equals("invitation")) {
                // "his invitations for Bush and Schroder to visit Brazil": the invited travel, not the host
                sg.childrenOf(c, "nmod:for", "nmod:to").forEach(d -> out.addAll(resolve(d)));
                if (!sg.lex.has("travel.verb", SentenceGraph.lemma(v))) {
                    out.addAll(resolve(c));
                }
            } else {
                out.addAll(resolve(c));
            }
        }
        boolean ownSubject = !sg.childrenOf(v, "nsubj", "nsubj:pass").isEmpty();
        if (!ownSubject) {
            dateFusedSubject(v).ifPresent(out::add);
        }
        if (!out.isEmpty() || ownSubject || depth >= 3) {
            // a clause with a subject we cannot name ("before the Brazilian leader leaves") is not its governor's
            return out;
        }
        SemanticGraphEdge in = sg.firstIncoming(v);
        if (in == null) {
            return out;
        }
        String rel = in.getRelation().toString();
        if (rel.equals("xcomp") || rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.startsWith("advcl")
                || rel.equals("obj") || rel.startsWith("conj")) {
            return subjectsOf(in.getGovernor(), depth + 1);
        }
        return out;
    }

    /**
     * When the parser lost a clause's subject (it attaches the verb with a bare "dep"): the people named between
     * the previous verb and the trigger, as in "… that X and his counterpart Y would meet".
     */
    List<Actor> namesJustBefore(IndexedWord t) {
        List<Actor> out = new ArrayList<>();
        for (int i = t.index() - 2; i >= 0; i--) {
            CoreLabel tok = sg.toks.get(i);
            if (tok.tag().startsWith("VB") || tok.word().equals(";") || tok.word().equals(":")) {
                break;
            }
            Optional<Actor> a = sg.actors.actorAt(sg.s, i);
            if (a.isPresent() && a.get().kind == ActorKind.PERSON && !out.contains(a.get())) {
                out.add(0, a.get());
            }
        }
        return out;
    }
}
