package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.Type;
import org.parley.ingest.extraction.TriggerFinder.Candidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 2, arguments: who takes part in a candidate engagement and where a visit goes, from the trigger's
 * dependents (subjects, agents, with/to/from objects) or, for a noun trigger, from the verb or clause it serves
 * ("held talks", "is in Moscow for talks").
 */
final class ArgumentAttacher {

    /**
     * The arguments of one trigger.
     *
     * @param predicate     the word whose modality and date are the engagement's: the trigger, or the light verb or
     *                      clause a noun trigger serves
     * @param circumstantial the trigger is a circumstance of its predicate ("is in Moscow for talks")
     * @param agents        who initiates or travels (subjects, passive agents, possessors)
     * @param counterparts  groups named as the other side, one group per dependent
     * @param separately    the counterparts are met one at a time ("met separately with X and Y")
     */
    record Arguments(Candidate candidate, Type type, IndexedWord predicate, boolean circumstantial,
                     Set<Actor> agents, List<List<Actor>> counterparts, List<IndexedWord> destinations,
                     Map<Actor, String> roles, boolean separately) {

        IndexedWord trigger() {
            return candidate.trigger();
        }

        Set<Actor> all() {
            Set<Actor> all = new LinkedHashSet<>(agents);
            counterparts.forEach(all::addAll);
            return all;
        }
    }

    /**
     * How an engagement noun hangs on the clause of the one who took part in it: "is in Moscow for talks", "in a
     * call, they agreed", "after / following / ahead of / during his talks with X, Y said", "at a meeting with X, Y
     * stressed", "upon his visit".
     */
    private static final Set<String> CIRCUMSTANCE_RELATIONS = Set.of("obl:for", "nmod:for", "obl:in", "obl:during",
            "obl:after", "obl:following", "obl:before", "obl:ahead_of", "obl:prior_to", "obl:upon");

    private final SentenceGraph sg;
    private final Participants participants;

    ArgumentAttacher(SentenceGraph sg, Participants participants) {
        this.sg = sg;
        this.participants = participants;
    }

    /**
     * Whether several counterparts are met one at a time: "met separately with X and Y", "held bilateral meetings
     * with A, B and C", "met X and Y respectively", "separate calls with".
     */
    private boolean oneAtATime(Candidate c, List<List<Actor>> counterparts) {
        if (counterparts.size() < 2) {
            return false;
        }
        IndexedWord t = c.trigger();
        if (c.consultation() && counterparts.stream()
                .filter(g -> g.size() == 1 && g.get(0).kind == ExtractedActor.ActorKind.PERSON).count() >= 2) {
            // ministry readouts list the people a minister "exchanged views" or "conferred" with one by one; "sat down
            // with A, B and C" is one meeting
            return true;
        }
        if (sg.lex.has("plural.trigger", SentenceGraph.word(t))) {
            return true;
        }
        if (hostsOfOneCountry(counterparts) || eachNamedAfterTheirBody(counterparts)) {
            return true;
        }
        for (IndexedWord m : sg.childrenOf(t, "advmod", "amod", "compound")) {
            if (sg.lex.has("separate.word", SentenceGraph.word(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "had separate meetings with the foreign ministers of Belarus - A, Iran B, Russia C": a list of counterparts met
     * one at a time that the parser breaks apart. When the trigger says its counterparts are met one by one and at
     * least as many people are named after it as were found among its counterparts, those people become the
     * counterparts, one each (the countries of their offices drop out); returns whether it replaced them.
     */
    private boolean peopleListedAfter(IndexedWord t, Set<Actor> agents, List<List<Actor>> counterparts) {
        boolean oneByOne = t.tag().equals("NNS") && sg.lex.has("plural.trigger", SentenceGraph.word(t))
                || sg.childrenOf(t, "advmod", "amod", "compound").stream()
                .anyMatch(m -> sg.lex.has("separate.word", SentenceGraph.word(m)));
        if (!oneByOne || agents.isEmpty()) {
            return false;
        }
        Set<Actor> named = new LinkedHashSet<>();
        for (ActorTable.PersonMention m : sg.actors.personMentions()) {
            if (m.sentence() == sg.s && m.from() >= t.index() && !agents.contains(m.actor())) {
                named.add(m.actor());
            }
        }
        long found = counterparts.stream().flatMap(List::stream).filter(a -> a.kind == ActorKind.PERSON).count();
        if (named.size() < 2 || named.size() < found) {
            return false;
        }
        counterparts.clear();
        named.forEach(p -> counterparts.add(List.of(p)));
        return true;
    }

    /**
     * A visitor who meets several office holders of one country ("was to meet Prime Minister A, President B and
     * army chief C") meets them one by one; people of different countries named together negotiate together.
     */
    private static boolean hostsOfOneCountry(List<List<Actor>> counterparts) {
        Actor country = null;
        for (List<Actor> g : counterparts) {
            if (g.size() != 1 || g.get(0).kind != ActorKind.PERSON || g.get(0).title == null) {
                return false;
            }
            Actor a = g.get(0).affiliation;
            if (a != null && country != null && a != country) {
                return false;
            }
            country = a != null ? a : country;
        }
        return true;
    }

    /**
     * "met with the foreign ministers of Japan, A, and of Canada, B", "the President of Colombia, C, the President of
     * Chile, D": office holders each introduced by their own country or body are a round of meetings, one each.
     */
    private boolean eachNamedAfterTheirBody(List<List<Actor>> counterparts) {
        return counterparts.stream().allMatch(g -> g.size() == 1
                && g.get(0).kind == ActorKind.PERSON && sg.actors.namedAfterTheirBody(sg.s, g.get(0)));
    }

    /**
     * "conferred with the President of Colombia, A, the President of Chile, B, and the Prime Minister of Spain, C": the
     * parser often loses the end of a long list of holders each named after their body; the holders so named that
     * continue the list after its last counterpart belong to it.
     */
    private void addHoldersListedAfter(IndexedWord t, Set<Actor> agents, List<List<Actor>> counterparts) {
        int listEnd = -1;
        for (ActorTable.PersonMention m : sg.actors.personMentions()) {
            if (m.sentence() != sg.s || m.from() < t.index()) {
                continue;
            }
            List<Actor> g = List.of(m.actor());
            if (counterparts.contains(g)) {
                listEnd = m.to();
            } else if (listEnd >= 0 && !agents.contains(m.actor()) && sg.actors.namedAfterTheirBody(sg.s, m.actor())
                    && sg.actors.onlyListWordsBetween(sg.s, listEnd, m.from())) {
                counterparts.add(g);
                listEnd = m.to();
            }
        }
    }

    /**
     * Whether a noun trigger is its clause's subject or object (or the clause itself), not a topic inside another
     * phrase ("a debriefing about meetings with X" reports someone else's meetings).
     */
    private static boolean isClauseArgument(SemanticGraphEdge in) {
        if (in == null) {
            return true;
        }
        String rel = in.getRelation().toString();
        return rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("conj");
    }

    /**
     * The verb of the clause a gathering is "at" ("will join fellow leaders at the summit", "spoke at the forum"; the
     * parser may hang the at-phrase on a noun of the clause), unless the gathering is a news or video conference.
     */
    private Optional<IndexedWord> verbAtGathering(IndexedWord t) {
        for (IndexedWord m : sg.childrenOf(t, "compound", "amod")) {
            if (sg.lex.has("not.gathering.word", SentenceGraph.word(m))) {
                return Optional.empty();
            }
        }
        SemanticGraphEdge in = sg.firstIncoming(t);
        if (in == null || !(in.getRelation().toString().equals("obl:at") || in.getRelation().toString().equals("nmod:at"))) {
            return Optional.empty();
        }
        IndexedWord cur = in.getGovernor();
        for (int i = 0; i < 4 && cur != null; i++) {
            if (SentenceGraph.isVerb(cur)) {
                return Optional.of(cur);
            }
            SemanticGraphEdge up = sg.firstIncoming(cur);
            if (up == null) {
                return Optional.empty();
            }
            String rel = up.getRelation().toString();
            if (!(rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("dep") || rel.equals("appos")
                    || rel.equals("obj") || rel.equals("iobj"))) {
                return Optional.empty();
            }
            cur = up.getGovernor();
        }
        return Optional.empty();
    }

    /** The verb whose clause a noun belongs to, a few steps up, above any infinitive it governs. */
    private Optional<IndexedWord> clauseVerbAbove(IndexedWord noun) {
        IndexedWord cur = noun;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge up = sg.firstIncoming(cur);
            if (up == null) {
                return Optional.empty();
            }
            cur = up.getGovernor();
            if (SentenceGraph.isVerb(cur)) {
                // "agreed to deepen ties during talks": the talks are the agreeing's circumstance, not what was agreed
                SemanticGraphEdge xcomp = sg.firstIncoming(cur);
                while (xcomp != null && xcomp.getRelation().toString().equals("xcomp")) {
                    cur = xcomp.getGovernor();
                    xcomp = sg.firstIncoming(cur);
                }
                return Optional.of(cur);
            }
        }
        return Optional.empty();
    }

    /** "the mini-summit: A, B and C": the persons listed right after a colon or dash that follows the gathering. */
    private List<Actor> listAfterColon(IndexedWord t) {
        List<Actor> out = new ArrayList<>();
        if (t.index() >= sg.toks.size() || !sg.toks.get(t.index()).word().matches(":|-|--|—")) {
            return out;
        }
        for (IndexedWord d : sg.childrenOf(t, "dep", "appos")) {
            if (d.index() > t.index()) {
                sg.actorAt(d).filter(a -> a.kind == ActorKind.PERSON).ifPresent(out::add);
                personsListedWith(d, out, 0);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The actors a word names with the persons listed beside it ("fellow leaders — A, B and C"). */
    private List<Actor> listed(IndexedWord w) {
        List<Actor> out = new ArrayList<>(participants.resolve(w));
        personsListedWith(w, out, 0);
        return out;
    }

    private void personsListedWith(IndexedWord w, List<Actor> out, int depth) {
        for (SemanticGraphEdge e : sg.g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.startsWith("conj") || rel.equals("dep")) {
                Optional<Actor> a = sg.actorAt(e.getDependent());
                if (a.isPresent() && a.get().kind == ActorKind.PERSON && !out.contains(a.get())) {
                    out.add(a.get());
                }
                if (depth < 2) {
                    personsListedWith(e.getDependent(), out, depth + 1);
                }
            }
        }
    }

    /**
     * "conferred with his counterparts from Nigeria and Angola", "met several leaders, including A and B": one
     * counterpart of each country, or each example of the group, met one at a time.
     */
    private boolean listedOneByOne(IndexedWord o, List<List<Actor>> groups) {
        return groups.size() >= 2 && (SentenceGraph.word(o).equals("counterparts") || !participants.examplesOf(o).isEmpty());
    }

    private void addNamedByConstruction(Candidate c, Set<Actor> agents, List<List<Actor>> counterparts) {
        for (IndexedWord w : c.by()) {
            agents.addAll(participants.resolve(w));
        }
        for (IndexedWord w : c.with()) {
            for (List<Actor> r : participants.groups(w)) {
                if (!counterparts.contains(r)) {
                    counterparts.add(r);
                }
            }
        }
    }

    Optional<Arguments> attach(Candidate c) {
        return SentenceGraph.isVerb(c.trigger()) ? ofVerb(c) : ofNoun(c);
    }

    private Optional<Arguments> ofVerb(Candidate c) {
        IndexedWord t = c.trigger();
        Type type = c.type();
        String lemma = SentenceGraph.lemma(t);
        Set<Actor> agents = new LinkedHashSet<>(participants.subjectsOf(t));
        List<List<Actor>> counterparts = new ArrayList<>();
        List<IndexedWord> destinations = new ArrayList<>();
        Map<Actor, String> roleOf = new LinkedHashMap<>();
        boolean separately = false;

        for (IndexedWord a : sg.childrenOf(t, "obl:agent")) {
            agents.addAll(participants.resolve(a));
        }
        SemanticGraphEdge up = sg.firstIncoming(t);
        if (agents.isEmpty() && up != null && up.getRelation().toString().equals("dep")) {
            agents.addAll(participants.namesJustBefore(t));
        }
        List<String> objectRels = new ArrayList<>(List.of("obl:with", "iobj", "obl:including"));
        if ((type != Type.VISIT || sg.lex.has("reach.verb", lemma)) && !c.consultation()) {
            objectRels.add("obj"); // (what was discussed is a topic: "discussed Venezuela" names no party)
        }
        if (sg.lex.has("talk.verb", lemma)) {
            objectRels.add("obl:to");
        }
        if (lemma.equals("debrief")) {
            objectRels.add("obl:from");
        }
        for (IndexedWord o : sg.childrenOf(t, objectRels.toArray(String[]::new))) {
            if (type == Type.VISIT && sg.isPlace(o)) {
                destinations.add(o);
                continue;
            }
            List<List<Actor>> groups = participants.groups(o);
            groups.stream().filter(g -> !counterparts.contains(g)).forEach(counterparts::add);
            separately |= !groups.isEmpty() && sg.hasChild(o, "cc:preconj", "both") || listedOneByOne(o, groups);
        }
        for (IndexedWord o : sg.childrenOf(t, "obj")) {
            // "exchanged views with X", "had discussions with X": the counterpart hangs on the object noun
            for (IndexedWord w : sg.childrenOf(o, "nmod:with")) {
                List<List<Actor>> groups = participants.groups(w);
                counterparts.addAll(groups);
                separately |= listedOneByOne(w, groups);
            }
        }
        addNamedByConstruction(c, agents, counterparts);
        if (!counterparts.isEmpty() && eachNamedAfterTheirBody(counterparts)) {
            addHoldersListedAfter(t, agents, counterparts);
        }
        separately |= peopleListedAfter(t, agents, counterparts) || oneAtATime(c, counterparts);
        if (agents.isEmpty() && (separately || !sg.childrenOf(t, "nsubj", "nsubj:xsubj").isEmpty())) {
            // "was to meet A, B and C", "the delegation had intended to meet A and B": someone we cannot name met
            // them; A, B and C did not meet each other
            return Optional.empty();
        }
        if (type == Type.VISIT) {
            List<String> destinationRels = new ArrayList<>(List.of("obl:to", "obl:in", "obl:into"));
            if (sg.lex.has("leave.verb", lemma)) {
                destinationRels.add("obl:for");
            }
            for (IndexedWord o : sg.childrenOf(t, destinationRels.toArray(String[]::new))) {
                if (sg.isPlace(o)) {
                    destinations.add(o);
                }
            }
            if (destinations.isEmpty()) {
                if (lemma.equals("visit") && !counterparts.isEmpty()) {
                    type = Type.MEETING; // "visited Putin": a visit to a person is a meeting
                } else {
                    return Optional.empty();
                }
            }
        }
        if (sg.lex.has("host.verb", lemma)) {
            boolean passive = !sg.childrenOf(t, "nsubj:pass").isEmpty(); // "X was welcomed by Y": Y hosts
            for (Actor a : agents) {
                boolean host = sg.childrenOf(t, "obl:agent").stream().anyMatch(o -> participants.resolve(o).contains(a));
                roleOf.put(a, passive && !host ? "GUEST" : "HOST");
            }
            counterparts.forEach(l -> l.forEach(a -> roleOf.put(a, "GUEST")));
        }
        // "invited Lavrov to meet": the one who invites takes part too
        IndexedWord gov = sg.governor(t, "xcomp");
        if (gov != null && sg.lex.has("invite.verb", SentenceGraph.lemma(gov))) {
            agents.addAll(participants.subjectsOf(gov));
            for (IndexedWord o : sg.childrenOf(gov, "obj")) {
                agents.addAll(participants.resolve(o));
            }
        }
        return Optional.of(new Arguments(c, type, t, false, agents, counterparts, destinations, roleOf, separately));
    }

    private Optional<Arguments> ofNoun(Candidate c) {
        IndexedWord t = c.trigger();
        Type type = c.type();
        Set<Actor> agents = new LinkedHashSet<>();
        List<List<Actor>> counterparts = new ArrayList<>();
        List<IndexedWord> destinations = new ArrayList<>();
        Map<Actor, String> roleOf = new LinkedHashMap<>();
        boolean separately = false;
        boolean circumstantial = false;
        IndexedWord predicate = t;

        // "talks between X and Y", "the Biden-Putin summit": all named parties meet each other
        Set<Actor> symmetric = new LinkedHashSet<>();
        for (IndexedWord d : sg.childrenOf(t, "nmod:between", "compound", "amod")) {
            if (d.tag().startsWith("JJ") && sg.actorAt(d).isEmpty()) {
                continue;
            }
            if (type == Type.VISIT && sg.isPlace(d)) {
                destinations.add(d);
                continue;
            }
            symmetric.addAll(participants.resolve(d));
        }
        for (IndexedWord d : sg.childrenOf(t, "nmod:poss", "nmod:by")) {
            agents.addAll(participants.resolve(d));
        }
        if (type == Type.VISIT) {
            for (IndexedWord d : sg.childrenOf(t, "nmod:of")) { // "the visit of the Foreign Secretary to India"
                if (!sg.isPlace(d)) {
                    agents.addAll(participants.resolve(d));
                }
            }
        }
        // counterparts named with "with": the story's subject may be the one who met them (below)
        List<List<Actor>> metWith = new ArrayList<>();
        List<IndexedWord> withWords = sg.childrenOf(t, "nmod:with");
        for (IndexedWord d : sg.childrenOf(t, "nmod:with", "nmod:from", "nmod:of", "nmod:including")) {
            List<List<Actor>> groups = participants.groups(d);
            counterparts.addAll(groups);
            if (withWords.contains(d)) {
                metWith.addAll(groups);
            }
            separately |= !groups.isEmpty() && sg.hasChild(d, "cc:preconj", "both") || listedOneByOne(d, groups);
        }
        if (type == Type.VISIT) {
            List<IndexedWord> places = new ArrayList<>(sg.childrenOf(t, "nmod:to", "nmod:in"));
            // "a tour of Uganda, Rwanda and Malawi", "his visit of France" (translated copy): places only
            sg.childrenOf(t, "nmod:of").stream().filter(sg::isPlace).forEach(places::add);
            // "paid a surprise visit to Kyiv": the parser hangs the destination on the verb
            sg.lightVerbOf(t).ifPresent(verb -> sg.childrenOf(verb, "obl:to").stream().filter(sg::isPlace)
                    .forEach(places::add));
            // "the trips that X had planned to Russia and Azerbaijan", "the visit he paid to Cairo": the traveller and
            // the destinations are in the clause that describes the trip
            for (IndexedWord v : sg.childrenOf(t, "acl:relcl", "ccomp", "acl")) {
                List<IndexedWord> to = sg.childrenOf(v, "obl:to").stream().filter(sg::isPlace).toList();
                if (!to.isEmpty()) {
                    places.addAll(to);
                    if (agents.isEmpty()) {
                        agents.addAll(participants.subjectsOf(v));
                    }
                }
            }
            SemanticGraphEdge up = sg.firstIncoming(t);
            if (up != null && (up.getRelation().toString().equals("obl:for") || up.getRelation().toString().equals("nmod:for"))) {
                // "will stay on in New Delhi for a state visit", "arrived in Cairo for a visit"
                sg.childrenOf(up.getGovernor(), "obl:in", "obl:to").stream().filter(sg::isPlace).forEach(places::add);
            }
            for (IndexedWord p : places) {
                if (sg.isPlace(p)) {
                    destinations.add(p);
                } else if (!participants.resolve(p).isEmpty()) {
                    counterparts.add(participants.resolve(p));
                    type = Type.MEETING;
                }
            }
            if (destinations.isEmpty() && type == Type.VISIT) {
                return Optional.empty();
            }
        }
        // "the productive meeting the two had at the summit", "the talks they held in May": those who held it
        if (agents.isEmpty()) {
            sg.clausesHolding(t).forEach(v -> agents.addAll(participants.subjectsOf(v)));
        }
        // "a dinner hosted by X", "talks chaired by X": the host takes part
        for (IndexedWord v : sg.childrenOf(t, "acl")) {
            if (sg.lex.has("host.verb", SentenceGraph.lemma(v)) || sg.lex.has("chair.verb", SentenceGraph.lemma(v))) {
                for (IndexedWord h : sg.childrenOf(v, "obl:agent", "obl:by")) {
                    for (Actor a : participants.resolve(h)) {
                        agents.add(a);
                        roleOf.put(a, "HOST");
                    }
                }
            }
        }
        addNamedByConstruction(c, agents, counterparts);
        // the subject of "held talks", "got a debriefing", "is in Moscow for talks", "in a call, they agreed"
        SemanticGraphEdge in = sg.firstIncoming(t);
        if (in != null) {
            SentenceGraph.Attachment at = sg.attachmentOf(t).orElseThrow();
            String rel = at.relation();
            IndexedWord gov = at.governor();
            if ((rel.equals("obj") || rel.equals("nsubj:pass")) && sg.lex.has("light.verb", SentenceGraph.lemma(gov))) {
                agents.addAll(participants.subjectsOf(gov));
                // "held talks in Beijing on Friday with her counterpart", "received a call last night from X":
                // the parser hangs "with" or "from" on the verb
                for (IndexedWord d : sg.childrenOf(gov, "obl:with", "obl:from")) {
                    List<Actor> r = participants.resolve(d);
                    if (!r.isEmpty()) {
                        counterparts.add(r);
                    }
                }
                if (rel.equals("nsubj:pass")) {
                    // "talks were held between X and Y", "a meeting was hosted by X"
                    for (IndexedWord d : sg.childrenOf(gov, "obl:between")) {
                        symmetric.addAll(participants.resolve(d));
                    }
                    for (IndexedWord d : sg.childrenOf(gov, "obl:agent")) {
                        agents.addAll(participants.resolve(d));
                    }
                }
                predicate = gov;
                if (sg.lex.has("host.verb", SentenceGraph.lemma(gov))) {
                    agents.forEach(a -> roleOf.put(a, "HOST"));
                }
            } else if (CIRCUMSTANCE_RELATIONS.contains(rel) || rel.equals("obl:at") && type != Type.CONFERENCE) {
                agents.addAll(participants.subjectsOf(gov));
                // "In a separate meeting, X came together with Y": the one met hangs on the clause
                for (IndexedWord d : sg.childrenOf(gov, "obl:with")) {
                    List<Actor> r = participants.resolve(d).stream().filter(a -> a.kind == ActorKind.PERSON).toList();
                    if (!r.isEmpty()) {
                        counterparts.add(r);
                    }
                }
                if ((rel.equals("obl:in") || rel.equals("obl:during")) && type == Type.CALL) {
                    // "X told Y in a phone call": the person addressed is on the line
                    for (IndexedWord d : sg.childrenOf(gov, "obj", "iobj")) {
                        List<Actor> r = participants.resolve(d).stream().filter(a -> a.kind == ActorKind.PERSON).toList();
                        if (!r.isEmpty()) {
                            counterparts.add(r);
                        }
                    }
                }
                predicate = gov;
                circumstantial = true;
            } else if ((rel.equals("nmod:in") || rel.equals("nmod:during")) && sg.actorAt(gov)
                    .filter(a -> a.kind == ActorKind.PERSON).isPresent() && clauseVerbAbove(gov).isPresent()) {
                // "Zarif in a meeting with X in Ankara discussed …": the parser hangs the meeting on its subject
                agents.add(sg.actorAt(gov).get());
                predicate = clauseVerbAbove(gov).get();
                circumstantial = true;
            } else if (rel.equals("nmod:during") && gov.tag().startsWith("NN") && clauseVerbAbove(gov).isPresent()) {
                // "agreed to deepen ties during talks in Manila": the parser hangs the talks on a noun of the clause
                predicate = clauseVerbAbove(gov).get();
                agents.addAll(participants.subjectsOf(predicate));
                circumstantial = true;
            } else if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                predicate = gov; // "talks ought to resume", "the meeting was cancelled": status and date only
                circumstantial = true;
            }
        }
        if (type == Type.CONFERENCE) {
            // "were to attend the mini-summit: A, B and C": the list after the colon names who attends
            symmetric.addAll(listAfterColon(t));
            Optional<IndexedWord> at = agents.isEmpty() && sg.actorAt(t).isEmpty() ? verbAtGathering(t) : Optional.empty();
            if (at.isPresent()) {
                // "X will join fellow leaders … at the summit", "X spoke at the forum": the clause's subject is there,
                // and whom a verb of joining takes along
                IndexedWord v = at.get();
                sg.childrenOf(v, "nsubj").forEach(subj -> agents.addAll(participants.resolve(subj)));
                if (!agents.isEmpty()) {
                    if (sg.lex.has("join.verb", SentenceGraph.lemma(v))) {
                        for (IndexedWord o : sg.childrenOf(v, "obj", "iobj")) {
                            List<Actor> l = listed(o);
                            if (!l.isEmpty()) {
                                counterparts.add(l);
                            }
                        }
                    }
                    predicate = v;
                    circumstantial = true;
                }
            }
        }
        if (in != null && in.getRelation().toString().startsWith("nsubj") && sg.hasChild(in.getGovernor(), "case", "with")) {
            metWith.addAll(participants.groups(in.getGovernor())); // "the first bilateral of the day was with X"
        }
        for (IndexedWord v : sg.childrenOf(t, "acl", "acl:relcl")) {
            if (sg.lex.has("light.verb", SentenceGraph.lemma(v))) {
                // "the talks held with X focused on …", "another discussion X had was with Y"
                agents.addAll(participants.subjectsOf(v));
                for (IndexedWord d : sg.childrenOf(v, "obl:with")) {
                    metWith.addAll(participants.groups(d));
                }
            }
        }
        if (in != null && in.getRelation().toString().equals("nsubj:pass")) {
            for (IndexedWord d : sg.childrenOf(in.getGovernor(), "obl:with")) {
                metWith.addAll(participants.groups(d)); // "one more bilateral was held with X"
            }
        }
        metWith.stream().filter(g -> !counterparts.contains(g)).forEach(counterparts::add);
        List<List<Actor>> met = new ArrayList<>(metWith);
        c.with().forEach(w -> met.addAll(participants.groups(w)));
        boolean namedPersonsMet = !met.isEmpty()
                && met.stream().allMatch(g -> g.stream().anyMatch(a -> a.kind == ActorKind.PERSON));
        if (agents.isEmpty() && symmetric.isEmpty() && namedPersonsMet && !sg.hasChild(t, "nmod:poss", null)
                && (isClauseArgument(in) || !c.with().isEmpty()) && type != Type.CONFERENCE && type != Type.VISIT) {
            // a readout names its subject once and leaves it out of later sentences
            participants.protagonist().filter(p -> counterparts.stream().noneMatch(g -> g.contains(p)))
                    .ifPresent(agents::add);
        }
        boolean enough = !agents.isEmpty() || symmetric.size() >= 2 || !symmetric.isEmpty() && !counterparts.isEmpty();
        Set<Actor> named = new LinkedHashSet<>(symmetric);
        counterparts.forEach(named::addAll);
        if (!enough && !sg.isGatheringOfOneBody(t, type, named)) {
            return Optional.empty(); // "meetings with the leaders of Russia and Ukraine": they do not meet each other
        }
        agents.addAll(symmetric);
        if (!counterparts.isEmpty() && eachNamedAfterTheirBody(counterparts)) {
            addHoldersListedAfter(t, agents, counterparts);
        }
        if (peopleListedAfter(t, agents, counterparts)) {
            separately = true;
        }
        separately |= oneAtATime(c, counterparts) || !predicate.equals(t) && sg.hasChild(predicate, "advmod", "separately");
        return Optional.of(new Arguments(c, type, predicate, circumstantial, agents, counterparts, destinations, roleOf,
                separately));
    }
}
