package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Precision;
import org.parley.ingest.extraction.ExtractedEngagement.Status;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the engagements one sentence reports: a trigger word (verb or noun) per engagement, its participants from
 * the enhanced dependency graph, its status from modality and negation, its date and place.
 */
final class EngagementReader {

    /** An engagement found in a sentence, before refs are assigned. */
    record Found(Type type, Status status, DateSpan date, String location, List<Actor> participants,
                 Map<Actor, String> roles, int sentence, int trigger) {
    }

    /** What the previous sentences offer for pronouns and dates. */
    interface Context {
        /** Persons a singular pronoun at this token may mean, nearest first. */
        Optional<Actor> personBefore(int sentence, int token);

        /** The group "they", "both", "the two leaders" at this token refers to. */
        List<Actor> groupBefore(int sentence, int token);

        /** For participants named only by a pronoun here: the date of the sentence that named them. */
        Optional<DateSpan> inheritedDate(Set<Actor> participants, int sentence);

        /** The date of the latest engagement of this type (with one of these participants) before this sentence. */
        Optional<DateSpan> earlierDate(Type type, Set<Actor> participants, int sentence);
    }

    private static final Set<String> MEET_VERBS = Set.of("meet", "fulfill", "fulfil", "debrief", "host", "receive");
    private static final Set<String> TALK_VERBS = Set.of("speak", "talk");
    private static final Set<String> PHONE_VERBS = Set.of("phone", "telephone", "ring", "call");
    private static final Set<String> TRAVEL_VERBS = Set.of("fly", "travel", "go", "head", "arrive", "journey", "visit", "tour");
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "talks", "assembly", "debriefing", "sit-down",
            "encounter", "tete-a-tete", "tête-à-tête", "meetings", "consultations", "negotiations");
    private static final Set<String> CALL_NOUNS = Set.of("call", "calls", "phone-call", "phonecall", "videoconference",
            "video-conference");
    private static final Set<String> CONVERSATION_NOUNS = Set.of("conversation", "dialog", "dialogue", "chat",
            "conversations", "conference", "exchange");
    private static final Set<String> PHONE_WORDS = Set.of("phone", "telephone", "cellphone", "video", "mobile", "phone-call",
            "telephonic", "virtual", "videolink", "video-link", "teleconference", "videoconference", "video-conference",
            "phones", "telephones");
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "journey", "visits", "trips");
    private static final Set<String> CONFERENCE_NOUNS = Set.of("summit", "conference", "gathering", "forum", "summits");
    /** Verbs whose object noun trigger is an engagement their subject takes part in. */
    private static final Set<String> LIGHT_VERBS = Set.of("have", "hold", "get", "receive", "host", "attend", "conduct",
            "begin", "start", "join", "chair", "convene", "arrange", "resume", "continue", "end", "finish", "cancel",
            "postpone", "accept", "seek", "propose", "offer", "request", "make", "take", "wrap", "skip", "plan",
            "schedule", "call", "enter", "pay", "undertake", "book", "boycott");
    private static final Set<String> PROPOSE_WORDS = Set.of("offer", "propose", "suggest", "invite", "ready", "prepared",
            "willing", "open", "want", "hope", "seek", "push", "urge", "ask", "request", "invitation", "proposal",
            "wish", "eager", "keen", "prepare", "press", "call");
    private static final Set<String> PLAN_WORDS = Set.of("accept", "agree", "plan", "schedule", "expect", "due", "set",
            "arrange", "confirm", "announce", "decide", "slate", "intend");
    /** Words that put the circumstance they govern in the future ("is due in Washington for talks"). */
    private static final Set<String> SCHEDULE_WORDS = Set.of("due", "expect", "schedule", "slate", "set");
    private static final Set<String> UPCOMING_WORDS = Set.of("upcoming", "forthcoming", "planned", "scheduled",
            "expected", "coming");
    private static final Set<String> CANCEL_WORDS = Set.of("cancel", "postpone", "scrap", "abandon", "suspend",
            "shelve", "scrub", "axe", "delay");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would", "wo", "going", "could",
            "may", "might", "can", "'d", "ought", "should", "must");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    /** Refusing is not meeting: "declined to meet", "refused talks", "ruled out a visit". */
    private static final Set<String> REFUSE_WORDS = Set.of("decline", "refuse", "reject", "rebuff", "snub", "spurn");
    private static final Set<String> INVITE_VERBS = Set.of("invite", "ask");
    /** Nouns for people acting for a country or body: "the leaders of Russia and Ukraine", "other Nato members". */
    private static final Set<String> PEOPLE_NOUNS = Set.of("leader", "leadership", "official", "minister", "counterpart",
            "delegation", "member", "representative", "envoy", "diplomat", "president", "premier", "chancellor",
            "government", "side", "party", "ally", "partner", "negotiator", "secretary", "head", "chief", "king",
            "queen", "ambassador", "spokesperson", "spokesman", "spokeswoman", "administration", "team", "counterparts",
            "nation", "country", "state", "authority", "foreign", "people");
    private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "state", "announce", "confirm", "add",
            "report", "insist", "warn", "note", "write", "claim", "deny", "reveal", "disclose", "explain", "stress");
    private static final Set<String> HOST_VERBS = Set.of("host", "receive", "welcome");

    private final int s;
    private final List<CoreLabel> toks;
    private final SemanticGraph g;
    private final ActorTable actors;
    private final RoleResolver roles;
    private final Context context;
    private final LocalDate published;
    private final List<DateReader.DateMention> dates;

    EngagementReader(int sentence, List<CoreLabel> toks, SemanticGraph g, List<DateReader.DateMention> dates,
                     ActorTable actors, RoleResolver roles, Context context, LocalDate published) {
        this.s = sentence;
        this.toks = toks;
        this.g = g;
        this.actors = actors;
        this.roles = roles;
        this.context = context;
        this.published = published;
        this.dates = dates;
    }

    /**
     * Whether a sentence has a word that can trigger an engagement; only such sentences are worth the dependency
     * parse and SUTime, which together cost more than all other annotators.
     */
    static boolean mayReport(List<CoreLabel> toks) {
        for (CoreLabel t : toks) {
            String w = t.word().toLowerCase(Locale.ROOT);
            String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (MEET_VERBS.contains(l) || TALK_VERBS.contains(l) || PHONE_VERBS.contains(l) || TRAVEL_VERBS.contains(l)
                    || l.equals("sit") || l.equals("welcome") || l.equals("gather") || l.equals("convene") || MEETING_NOUNS.contains(w)
                    || CALL_NOUNS.contains(w) || CONVERSATION_NOUNS.contains(w) || VISIT_NOUNS.contains(w)
                    || CONFERENCE_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    List<Found> read() {
        List<Found> found = new ArrayList<>();
        List<IndexedWord> words = new ArrayList<>(g.vertexSet());
        words.sort((a, b) -> a.index() - b.index());
        for (IndexedWord w : words) {
            Optional<Type> type = triggerType(w);
            if (type.isPresent()) {
                found.addAll(engagementsAt(w, type.get()));
            }
        }
        return mergeWithinSentence(found);
    }

    // ---------------------------------------------------------------- triggers

    private Optional<Type> triggerType(IndexedWord w) {
        String lemma = lemma(w);
        String word = w.word().toLowerCase(Locale.ROOT);
        String tag = w.tag();
        if (tag.startsWith("VB")) {
            if (MEET_VERBS.contains(lemma)) {
                return Optional.of(Type.MEETING);
            }
            if (lemma.equals("welcome") && childrenOf(w, "obj", "nsubj:pass").stream()
                    .anyMatch(c -> triggerType(c).isEmpty() && resolve(c).stream().anyMatch(a -> a.kind == ActorKind.PERSON))) {
                return Optional.of(Type.MEETING); // "welcomed Prime Minister X to Nairobi", not "welcomed the deal"
            }
            if (lemma.equals("sit") && hasChild(w, "compound:prt", "down")) {
                return Optional.of(Type.MEETING);
            }
            if (TALK_VERBS.contains(lemma)) {
                if (hasPhoneModifier(w)) {
                    return Optional.of(Type.CALL);
                }
                if (childrenOf(w, "obl:with", "obl:to", "obl:including").stream().anyMatch(c -> !resolve(c).isEmpty())
                        && !childrenOf(w, "obl:with", "obl:to").isEmpty()) {
                    return Optional.of(inPerson(w) ? Type.MEETING : Type.CALL);
                }
                return Optional.empty();
            }
            if (PHONE_VERBS.contains(lemma)) {
                if (lemma.equals("call") && (hasChild(w, "compound:prt", null) || !childrenOf(w, "xcomp", "obl:for")
                        .isEmpty() || childrenOf(w, "obl:on").stream().anyMatch(c -> !isDate(c)))) {
                    return Optional.empty();
                }
                return Optional.of(Type.CALL);
            }
            if (TRAVEL_VERBS.contains(lemma)) {
                return Optional.of(Type.VISIT);
            }
            if (lemma.equals("gather") || lemma.equals("convene")) {
                return Optional.of(Type.CONFERENCE);
            }
            return Optional.empty();
        }
        if (!tag.startsWith("NN")) {
            return Optional.empty();
        }
        if (MEETING_NOUNS.contains(word) || (word.equals("talk") && false)) {
            return Optional.of(Type.MEETING);
        }
        if (CALL_NOUNS.contains(word)) {
            return Optional.of(Type.CALL);
        }
        if (CONVERSATION_NOUNS.contains(word) && hasPhoneModifier(w)) {
            return Optional.of(Type.CALL);
        }
        if (VISIT_NOUNS.contains(word)) {
            return Optional.of(Type.VISIT);
        }
        if (CONFERENCE_NOUNS.contains(word)) {
            return Optional.of(Type.CONFERENCE);
        }
        return Optional.empty();
    }

    /** "by phone", "telephone conversation", "by video link", "over a secure line via videoconference". */
    private boolean hasPhoneModifier(IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String dep = d.word().toLowerCase(Locale.ROOT);
            if (!(rel.equals("compound") || rel.equals("amod") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                continue;
            }
            if (PHONE_WORDS.contains(dep) || CALL_NOUNS.contains(dep)) {
                return true;
            }
            if (rel.startsWith("obl") || rel.startsWith("nmod")) {
                for (SemanticGraphEdge e2 : g.outgoingEdgeList(d)) {
                    String r2 = e2.getRelation().toString();
                    if ((r2.equals("compound") || r2.equals("amod"))
                            && PHONE_WORDS.contains(e2.getDependent().word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean inPerson(IndexedWord w) {
        for (IndexedWord c : childrenOf(w, "obl:in", "obl:at")) {
            if (c.word().equalsIgnoreCase("person") || isPlace(c)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- one trigger

    private List<Found> engagementsAt(IndexedWord t, Type type) {
        boolean verb = t.tag().startsWith("VB");
        String lemma = lemma(t);
        Set<Actor> agents = new LinkedHashSet<>();
        List<List<Actor>> counterparts = new ArrayList<>();
        List<IndexedWord> destinations = new ArrayList<>();
        Map<Actor, String> roleOf = new LinkedHashMap<>();
        boolean separately = false;
        boolean circumstantial = false;
        IndexedWord predicate = t;

        if (verb) {
            agents.addAll(subjectsOf(t, 0));
            for (IndexedWord c : childrenOf(t, "obl:agent")) {
                agents.addAll(resolve(c));
            }
            if (agents.isEmpty() && firstIncoming(t) != null && firstIncoming(t).getRelation().toString().equals("dep")) {
                agents.addAll(namesJustBefore(t));
            }
            List<String> objectRels = new ArrayList<>(List.of("obl:with", "iobj", "obl:including"));
            if (type != Type.VISIT || lemma.equals("visit") || lemma.equals("tour")) {
                objectRels.add("obj");
            }
            if (TALK_VERBS.contains(lemma)) {
                objectRels.add("obl:to");
            }
            if (lemma.equals("debrief")) {
                objectRels.add("obl:from");
            }
            for (IndexedWord c : childrenOf(t, objectRels.toArray(String[]::new))) {
                if (type == Type.VISIT && isPlace(c)) {
                    destinations.add(c);
                    continue;
                }
                List<Actor> r = resolve(c);
                if (!r.isEmpty()) {
                    counterparts.add(r);
                    separately |= hasChild(c, "cc:preconj", "both");
                }
            }
            separately |= hasChild(t, "advmod", "separately"); // "met separately with X and Y": two meetings
            if (type == Type.VISIT) {
                for (IndexedWord c : childrenOf(t, "obl:to", "obl:in", "obl:into")) {
                    if (isPlace(c)) {
                        destinations.add(c);
                    }
                }
                if (destinations.isEmpty()) {
                    // "visited Putin": a visit to a person is a meeting
                    if (lemma.equals("visit") && !counterparts.isEmpty()) {
                        type = Type.MEETING;
                    } else {
                        return List.of();
                    }
                }
            }
            if (HOST_VERBS.contains(lemma)) {
                boolean passive = !childrenOf(t, "nsubj:pass").isEmpty(); // "X was welcomed by Y": Y hosts
                for (Actor a : agents) {
                    boolean host = childrenOf(t, "obl:agent").stream().anyMatch(c -> resolve(c).contains(a));
                    roleOf.put(a, passive && !host ? "GUEST" : "HOST");
                }
                counterparts.forEach(l -> l.forEach(a -> roleOf.put(a, "GUEST")));
            }
            // "invited Lavrov to meet": the one who invites takes part too
            IndexedWord gov = governor(t, "xcomp");
            if (gov != null && INVITE_VERBS.contains(lemma(gov))) {
                agents.addAll(subjectsOf(gov, 0));
                for (IndexedWord c : childrenOf(gov, "obj")) {
                    agents.addAll(resolve(c));
                }
            }
        } else {
            // "talks between X and Y", "the Biden-Putin summit": all named parties meet each other
            Set<Actor> symmetric = new LinkedHashSet<>();
            for (IndexedWord c : childrenOf(t, "nmod:between", "compound", "amod")) {
                if (c.tag().startsWith("JJ") && actors.actorAt(s, c.index() - 1).isEmpty()) {
                    continue;
                }
                if (type == Type.VISIT && isPlace(c)) {
                    destinations.add(c);
                    continue;
                }
                symmetric.addAll(resolve(c));
            }
            for (IndexedWord c : childrenOf(t, "nmod:poss", "nmod:by")) {
                agents.addAll(resolve(c));
            }
            if (type == Type.VISIT) {
                for (IndexedWord c : childrenOf(t, "nmod:of")) { // "the visit of the Foreign Secretary to India"
                    if (!isPlace(c)) {
                        agents.addAll(resolve(c));
                    }
                }
            }
            for (IndexedWord c : childrenOf(t, "nmod:with", "nmod:from", "nmod:of", "nmod:including")) {
                List<Actor> r = resolve(c);
                if (!r.isEmpty()) {
                    counterparts.add(r);
                    separately |= hasChild(c, "cc:preconj", "both");
                }
            }
            if (type == Type.VISIT) {
                List<IndexedWord> places = new ArrayList<>(childrenOf(t, "nmod:to", "nmod:in"));
                SemanticGraphEdge up = firstIncoming(t);
                if (up != null && up.getRelation().toString().equals("obj") && LIGHT_VERBS.contains(lemma(up.getGovernor()))) {
                    // "paid a surprise visit to Kyiv": the parser hangs the destination on the verb
                    childrenOf(up.getGovernor(), "obl:to").stream().filter(this::isPlace).forEach(places::add);
                }
                if (up != null && (up.getRelation().toString().equals("obl:for") || up.getRelation().toString().equals("nmod:for"))) {
                    // "will stay on in New Delhi for a state visit", "arrived in Cairo for a visit"
                    childrenOf(up.getGovernor(), "obl:in", "obl:to").stream().filter(this::isPlace).forEach(places::add);
                }
                for (IndexedWord c : places) {
                    if (isPlace(c)) {
                        destinations.add(c);
                    } else if (!resolve(c).isEmpty()) {
                        counterparts.add(resolve(c));
                        type = Type.MEETING;
                    }
                }
                if (destinations.isEmpty() && type == Type.VISIT) {
                    return List.of();
                }
            }
            // the subject of "held talks", "got a debriefing", "is in Moscow for talks", "in a call, they agreed"
            SemanticGraphEdge in = firstIncoming(t);
            if (in != null) {
                String rel = in.getRelation().toString();
                IndexedWord gov = in.getGovernor();
                if ((rel.equals("obj") || rel.equals("nsubj:pass")) && LIGHT_VERBS.contains(lemma(gov))) {
                    agents.addAll(subjectsOf(gov, 0));
                    // "held talks in Beijing on Friday with her counterpart", "received a call last night from X":
                    // the parser hangs "with" or "from" on the verb
                    for (IndexedWord c : childrenOf(gov, "obl:with", "obl:from")) {
                        List<Actor> r = resolve(c);
                        if (!r.isEmpty()) {
                            counterparts.add(r);
                        }
                    }
                    if (rel.equals("nsubj:pass")) {
                        // "talks were held between X and Y", "a meeting was hosted by X"
                        for (IndexedWord c : childrenOf(gov, "obl:between")) {
                            symmetric.addAll(resolve(c));
                        }
                        for (IndexedWord c : childrenOf(gov, "obl:agent")) {
                            agents.addAll(resolve(c));
                        }
                    }
                    predicate = gov;
                    if (HOST_VERBS.contains(lemma(gov))) {
                        agents.forEach(a -> roleOf.put(a, "HOST"));
                    }
                } else if (rel.equals("obl:for") || rel.equals("obl:in") || rel.equals("obl:during")
                        || rel.equals("nmod:for") || rel.equals("obl:after") || rel.equals("obl:before")) {
                    agents.addAll(subjectsOf(gov, 0));
                    if ((rel.equals("obl:in") || rel.equals("obl:during")) && type == Type.CALL) {
                        // "X told Y in a phone call": the person addressed is on the line
                        for (IndexedWord c : childrenOf(gov, "obj", "iobj")) {
                            List<Actor> r = resolve(c).stream().filter(a -> a.kind == ActorKind.PERSON).toList();
                            if (!r.isEmpty()) {
                                counterparts.add(r);
                            }
                        }
                    }
                    predicate = gov;
                    circumstantial = true;
                } else if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                    predicate = gov; // "talks ought to resume", "the meeting was cancelled": status and date only
                    circumstantial = true;
                }
            }
            boolean enough = !agents.isEmpty() || symmetric.size() >= 2 || !symmetric.isEmpty() && !counterparts.isEmpty();
            Set<Actor> named = new LinkedHashSet<>(symmetric);
            counterparts.forEach(named::addAll);
            if (!enough && !isGatheringOfOneBody(t, type, named)) {
                return List.of(); // "meetings with the leaders of Russia and Ukraine": they do not meet each other
            }
            agents.addAll(symmetric);
        }

        Set<Actor> all = new LinkedHashSet<>(agents);
        counterparts.forEach(all::addAll);
        List<Actor> places = new ArrayList<>();
        for (IndexedWord d : destinations) {
            actors.countryOfPlace(s, d.index() - 1).ifPresent(places::add);
        }

        Optional<Status> status = status(t, predicate, circumstantial);
        if (status.isEmpty()) {
            return List.of();
        }
        boolean past = status.get() == Status.OCCURRED;
        DateSpan date = dateFor(t, predicate, past, type, all);
        if (date.start() == null) {
            date = dateOfEnclosingEngagement(predicate, past, type, all).orElse(date);
        }
        if (date.start() == null) {
            date = dateOfGoverningClause(predicate, past).orElse(date);
        }
        if (date.start() == null && past) {
            date = context.inheritedDate(agents, s).orElse(date);
        }
        if (date.start() == null && past && type != Type.VISIT) {
            // "X arrived in Athens on Thursday. X was welcomed by Y …": a traveller's undated meeting is on the day of
            // the visit reported before
            date = context.earlierDate(Type.VISIT, all, s).filter(d -> d.precision() == Precision.DAY).orElse(date);
        }
        Status st = status.get();
        if (st == Status.OCCURRED && date.start() != null && published != null && date.start().isAfter(published)) {
            st = Status.PLANNED;
        }
        if (st == Status.OCCURRED && date.end() != null && published != null && date.end().isAfter(published)
                && !date.start().isAfter(published)) {
            date = new DateSpan(date.start(), published, date.precision(), date.text());
        }
        String location = locationOf(t, predicate, destinations);

        List<Found> out = new ArrayList<>();
        if (type == Type.VISIT) {
            // one visit per country visited, by whoever travels
            for (Actor place : new LinkedHashSet<>(places)) {
                Set<Actor> travellers = new LinkedHashSet<>(all);
                travellers.removeAll(places);
                travellers.removeIf(p -> p.affiliation == place); // going home is no visit
                if (travellers.isEmpty()) {
                    continue;
                }
                List<Actor> ps = new ArrayList<>(travellers);
                ps.add(place);
                out.add(new Found(type, st, date, location, ps, roleOf, s, t.index()));
            }
            return out;
        }
        if (separately && !agents.isEmpty() && counterparts.size() > 1) {
            for (List<Actor> cp : counterparts) {
                Set<Actor> ps = new LinkedHashSet<>(agents);
                ps.addAll(cp);
                if (ps.size() >= 2) {
                    out.add(new Found(type, st, date, location, new ArrayList<>(ps), roleOf, s, t.index()));
                }
            }
            return out;
        }
        if (type == Type.CONFERENCE && t.word().equalsIgnoreCase("summit") && all.size() == 2
                && all.stream().noneMatch(a -> a.kind == ActorKind.ORGANIZATION)) {
            type = Type.MEETING; // "X and Y will hold a summit": a summit of two is a meeting; a conference is multilateral
        }
        if (all.size() >= 2) {
            out.add(new Found(type, st, date, location, new ArrayList<>(all), roleOf, s, t.index()));
        } else if (isGatheringOfOneBody(t, type, all) && (!verb || counterparts.isEmpty())) {
            out.add(new Found(Type.CONFERENCE, st, date, location, new ArrayList<>(all), roleOf, s, t.index()));
        }
        return out;
    }

    /**
     * "EU leaders will meet in Brussels", "ASEAN foreign ministers met", "the G7 summit", "a summit of Quad leaders":
     * the members of one international body gathering are a conference of that body, the one party named. Not a
     * trigger word inside the body's own name ("Munich Security Conference", "General Assembly").
     */
    private boolean isGatheringOfOneBody(IndexedWord t, Type type, Set<Actor> named) {
        if (named.size() != 1 || named.iterator().next().kind != ActorKind.ORGANIZATION
                || actors.actorAt(s, t.index() - 1).isPresent()) {
            return false;
        }
        if (t.tag().startsWith("VB")) {
            return (lemma(t).equals("meet") || type == Type.CONFERENCE) && childrenOf(t, "nsubj", "nsubj:pass").stream()
                    .anyMatch(c -> c.tag().equals("NNS") && PEOPLE_NOUNS.contains(lemma(c)));
        }
        return type == Type.CONFERENCE;
    }

    // ---------------------------------------------------------------- participants

    /**
     * When the parser lost a clause's subject (it attaches the verb with a bare "dep"): the people named between
     * the previous verb and the trigger, as in "… that X and his counterpart Y would meet".
     */
    private List<Actor> namesJustBefore(IndexedWord t) {
        List<Actor> out = new ArrayList<>();
        for (int i = t.index() - 2; i >= 0; i--) {
            CoreLabel tok = toks.get(i);
            if (tok.tag().startsWith("VB") || tok.word().equals(";") || tok.word().equals(":")) {
                break;
            }
            Optional<Actor> a = actors.actorAt(s, i);
            if (a.isPresent() && a.get().kind == ActorKind.PERSON && !out.contains(a.get())) {
                out.add(0, a.get());
            }
        }
        return out;
    }

    /** Subjects of a predicate; without one, those of the clause it completes ("agreed to meet", "an invitation to meet"). */
    private List<Actor> subjectsOf(IndexedWord v, int depth) {
        List<Actor> out = new ArrayList<>();
        for (IndexedWord c : childrenOf(v, "nsubj", "nsubj:xsubj", "nsubj:pass")) {
            out.addAll(resolve(c));
        }
        if (!out.isEmpty() || depth >= 3) {
            return out;
        }
        SemanticGraphEdge in = firstIncoming(v);
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

    /** The actors a word stands for: a name, a pronoun, "the two leaders", or a generic noun with named parts. */
    List<Actor> resolve(IndexedWord w) {
        return resolve(w, 0);
    }

    private List<Actor> resolve(IndexedWord w, int depth) {
        Optional<Actor> direct = actors.actorAt(s, w.index() - 1);
        if (direct.isPresent() && direct.get().kind == ActorKind.COUNTRY) {
            // a wire dateline parsed as the subject: "ROME, April 12 (Reuters) - Italian Foreign Minister X met …"
            for (IndexedWord c : childrenOf(w, "appos")) {
                Optional<Actor> named = actors.actorAt(s, c.index() - 1);
                if (named.isPresent() && named.get().kind == ActorKind.PERSON) {
                    return List.of(named.get());
                }
            }
        }
        if (direct.isPresent()) {
            return List.of(direct.get());
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        if (w.tag().startsWith("PRP") || word.equals("who") || word.equals("whom")) {
            if (Set.of("he", "him", "his", "she", "her").contains(word)) {
                return context.personBefore(s, w.index() - 1).map(List::of).orElse(List.of());
            }
            if (Set.of("they", "them", "their").contains(word)) {
                return context.groupBefore(s, w.index() - 1);
            }
            return List.of();
        }
        if ((word.equals("both") && w.tag().startsWith("DT")) || isPairNoun(w)) {
            return context.groupBefore(s, w.index() - 1);
        }
        if (depth > 2) {
            return List.of();
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            Optional<Actor> named = actors.actorAt(s, e.getDependent().index() - 1);
            if ((rel.equals("appos") || rel.equals("compound") || rel.equals("flat") || rel.equals("dep"))
                    && named.isPresent()
                    && named.get().kind == ActorKind.PERSON) {
                return List.of(named.get());
            }
        }
        Optional<Actor> role = roles.resolve(g, w, s);
        if (role.isPresent()) {
            return List.of(role.get());
        }
        if (roles.isSingularRole(g, w, s)) {
            // "the Russian foreign minister" that no named person fits: not the country
            return List.of();
        }
        if (!PEOPLE_NOUNS.contains(lemma(w)) && !w.tag().startsWith("NNP")) {
            return List.of(); // "Russia's proposal" is no party to a meeting
        }
        List<Actor> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("nmod:of")
                    || rel.startsWith("nmod:includ") || rel.equals("nmod:such_as") || rel.equals("appos")
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

    /** "the two leaders", "both sides", "the pair". */
    private boolean isPairNoun(IndexedWord w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        if (!Set.of("leaders", "sides", "men", "women", "presidents", "ministers", "pair", "counterparts", "officials",
                "diplomats").contains(word)) {
            return false;
        }
        if (word.equals("pair")) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String d = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (d.equals("two") || d.equals("both")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlace(IndexedWord w) {
        int i = w.index() - 1;
        if (actors.countryOfPlace(s, i).isPresent()) {
            Optional<Actor> a = actors.actorAt(s, i);
            return a.isEmpty() || a.get().kind == ActorKind.COUNTRY;
        }
        return "LOCATION".equals(toks.get(i).ner()) || "CITY".equals(toks.get(i).ner())
                || "COUNTRY".equals(toks.get(i).ner());
    }

    // ---------------------------------------------------------------- status

    /** OCCURRED, PLANNED, PROPOSED or CANCELLED from the words governing the trigger; empty when negated. */
    private Optional<Status> status(IndexedWord t, IndexedWord predicate, boolean circumstantial) {
        List<IndexedWord> chain = new ArrayList<>();
        chain.add(t);
        if (predicate != t) {
            chain.add(predicate);
        }
        IndexedWord cur = predicate;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = firstIncoming(cur);
            if (in == null) {
                break;
            }
            String rel = in.getRelation().toString();
            if (!(rel.equals("xcomp") || rel.startsWith("acl") && !rel.equals("acl:relcl") || rel.equals("obj")
                    || rel.equals("ccomp") && i == 0 && isModalGovernor(in.getGovernor()) || rel.equals("nsubj:pass"))) {
                break;
            }
            cur = in.getGovernor();
            chain.add(cur);
            // "received an invitation to visit": the parser hangs the infinitive on the verb, not on the noun
            for (IndexedWord o : childrenOf(cur, "obj")) {
                if (o.tag().startsWith("NN") && PROPOSE_WORDS.contains(lemma(o)) && !chain.contains(o)) {
                    chain.add(o);
                }
            }
        }
        boolean negated = false;
        boolean future = false;
        boolean proposed = false;
        boolean planned = false;
        boolean cancelled = false;
        boolean past = false;
        for (IndexedWord c : chain) {
            String lemma = circumstantial && c == predicate && predicate != t && !CANCEL_WORDS.contains(lemma(c))
                    && !SCHEDULE_WORDS.contains(lemma(c)) ? "" : lemma(c);
            if (REFUSE_WORDS.contains(lemma) || lemma.equals("rule") && hasChild(c, "compound:prt", "out")) {
                negated = true;
            } else if (CANCEL_WORDS.contains(lemma) || lemma.equals("call") && hasChild(c, "compound:prt", "off")) {
                cancelled = true;
            } else if (PLAN_WORDS.contains(lemma)) {
                planned = true;
            } else if (PROPOSE_WORDS.contains(lemma) && c != t) {
                proposed = true;
            }
            if (c.tag().equals("VBD") || c.tag().equals("VBN") && hasAux(c, "have")) {
                past = true;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(c)) {
                String rel = e.getRelation().toString();
                String d = e.getDependent().word().toLowerCase(Locale.ROOT);
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATION.contains(d)
                        && (!rel.equals("det") || c.tag().startsWith("NN"))) {
                    negated = true;
                }
                if (rel.startsWith("aux") && FUTURE_AUX.contains(d)) {
                    future = true;
                }
                if (rel.startsWith("aux") && (d.equals("is") || d.equals("are") || d.equals("was") || d.equals("were"))
                        && hasChild(c, "mark", "to")) {
                    planned = true;
                }
                if (rel.equals("advmod") && (d.equals("soon") || d.equals("later")) && !c.tag().equals("VBD")) {
                    future = true;
                }
                if (rel.equals("amod") && c == t && UPCOMING_WORDS.contains(d)) {
                    planned = true; // "the upcoming visit", "a planned summit"
                }
                if (rel.equals("amod") && c == t && (d.equals("proposed") || d.equals("possible"))) {
                    proposed = true;
                }
            }
            if (lemma.equals("be") && c != t && chain.indexOf(c) > 0) {
                planned = true;
            }
        }
        // a headline infinitive: "Minister to meet counterpart next week"
        if (firstIncoming(t) == null && hasChild(t, "mark", "to")) {
            planned = true;
        }
        if (cancelled) {
            return Optional.of(Status.CANCELLED);
        }
        if (negated) {
            return Optional.empty();
        }
        if (planned) {
            return Optional.of(Status.PLANNED);
        }
        if (proposed) {
            return Optional.of(Status.PROPOSED);
        }
        if (future) {
            return Optional.of(Status.PLANNED);
        }
        return Optional.of(Status.OCCURRED);
    }

    private boolean isModalGovernor(IndexedWord gov) {
        String l = lemma(gov);
        return PLAN_WORDS.contains(l) || PROPOSE_WORDS.contains(l) || CANCEL_WORDS.contains(l);
    }

    // ---------------------------------------------------------------- date and place

    private DateSpan dateFor(IndexedWord t, IndexedWord predicate, boolean past, Type type, Set<Actor> participants) {
        // "Modi begins a visit to Egypt on Saturday": the news present of a scheduled event looks forward
        boolean pastDays = past && !isPresentSimple(predicate);
        List<DateReader.DateMention> mine = new ArrayList<>();
        List<DateReader.DateMention> nested = new ArrayList<>();
        List<DateReader.DateMention> loose = new ArrayList<>();
        for (DateReader.DateMention m : dates) {
            IndexedWord head = headOf(m);
            if (head == null) {
                continue;
            }
            IndexedWord owner = ownerOf(head);
            if (owner == null) {
                loose.add(m);
            } else if (owner.equals(t) || owner.equals(predicate)) {
                mine.add(m);
            } else if (triggerType(owner).isPresent() && isCircumstanceOf(owner, t)) {
                nested.add(m);
            }
        }
        List<DateReader.DateMention> candidates = !mine.isEmpty() ? mine : !nested.isEmpty() ? nested : loose;
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Optional<DateSpan> r = DateReader.range(toks, candidates.get(i), candidates.get(i + 1), published, pastDays);
            if (r.isPresent()) {
                return r.get();
            }
        }
        // several dates for one engagement ("a weekend assembly … on Sunday"): the narrowest says most
        DateSpan best = null;
        for (DateReader.DateMention m : candidates) {
            Optional<DateSpan> d = DateReader.resolve(m, published, pastDays);
            if (d.isPresent() && (best == null || days(d.get()) < days(best))) {
                best = d.get();
            }
        }
        if (best != null) {
            return best;
        }
        // "during the two-day visit": the date of that visit
        for (IndexedWord c : childrenOf(t, "obl:during", "nmod:during")) {
            Optional<Type> referred = triggerType(c);
            if (referred.isPresent()) {
                Optional<DateSpan> d = context.earlierDate(referred.get(), participants, s);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        for (IndexedWord c : childrenOf(predicate, "obl:during", "nmod:during")) {
            Optional<Type> referred = triggerType(c);
            if (referred.isPresent()) {
                Optional<DateSpan> d = context.earlierDate(referred.get(), participants, s);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        // present tense ("is in Moscow for talks", "has got a debriefing") reports the article's day
        if (published != null && past && isPresent(predicate)) {
            return new DateSpan(published, published, Precision.DAY, null);
        }
        return DateSpan.unknown();
    }

    private boolean isSubjectOf(IndexedWord w, IndexedWord clause) {
        SemanticGraphEdge in = firstIncoming(w);
        return in != null && in.getGovernor().equals(clause) && in.getRelation().toString().startsWith("nsubj");
    }

    /** The date stands before the reporting verb and before its subject ("…on Friday, officials said"). */
    private boolean before(IndexedWord date, IndexedWord reporting) {
        if (date.index() > reporting.index()) {
            return false;
        }
        for (IndexedWord subj : childrenOf(reporting, "nsubj", "nsubj:pass")) {
            if (subj.index() < date.index()) {
                return false;
            }
        }
        return true;
    }

    private boolean triggerBefore(IndexedWord w) {
        for (IndexedWord v : g.vertexSet()) {
            if (v.index() < w.index() && triggerType(v).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerBetween(IndexedWord from, IndexedWord to) {
        for (IndexedWord v : g.vertexSet()) {
            if (v.index() > from.index() && v.index() < to.index() && triggerType(v).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean isDate(IndexedWord w) {
        String ner = toks.get(w.index() - 1).ner();
        return "DATE".equals(ner) || "TIME".equals(ner);
    }

    /** "paid a visit to Kyiv on Tuesday, where he met X": a relative clause on a trigger's phrase shares its date. */
    private Optional<DateSpan> dateOfEnclosingEngagement(IndexedWord predicate, boolean past, Type type, Set<Actor> all) {
        SemanticGraphEdge in = firstIncoming(predicate);
        if (in == null || !in.getRelation().toString().equals("acl:relcl")) {
            return Optional.empty();
        }
        IndexedWord cur = in.getGovernor();
        for (int i = 0; i < 4 && cur != null; i++) {
            if (triggerType(cur).isPresent() || cur.tag().startsWith("VB") && governsTrigger(cur)) {
                DateSpan d = dateFor(cur, cur, past, type, all);
                return d.start() == null ? Optional.empty() : Optional.of(d);
            }
            SemanticGraphEdge up = firstIncoming(cur);
            String rel = up == null ? "" : up.getRelation().toString();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj"))) {
                return Optional.empty();
            }
            cur = up.getGovernor();
        }
        return Optional.empty();
    }

    /** Clause marks that make an adverbial clause simultaneous with the sentence's main clause. */
    private static final Set<String> SIMULTANEOUS_MARKS = Set.of("as", "when", "while");

    /**
     * An undated trigger shares the date of the clause it is joined to: "held talks on Sunday and later met X",
     * "who was in Washington on Tuesday to meet X", "arrived on Friday and held talks that evening"; a clause opened
     * by "as", "when" or "while" happens when the main clause does ("told X on Friday …, as the two leaders met").
     * A reporting verb's date is the day of saying, so it is only shared by such a simultaneous clause.
     */
    private Optional<DateSpan> dateOfGoverningClause(IndexedWord predicate, boolean past) {
        IndexedWord cur = predicate;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = firstIncoming(cur);
            if (in == null) {
                return Optional.empty();
            }
            String rel = in.getRelation().toString();
            IndexedWord gov = in.getGovernor();
            boolean simultaneous = rel.startsWith("advcl") && childrenOf(cur, "mark").stream()
                    .anyMatch(m -> SIMULTANEOUS_MARKS.contains(m.word().toLowerCase(Locale.ROOT)));
            if (simultaneous) {
                gov = mainClauseOf(gov);
            } else if (!(rel.startsWith("conj") || rel.equals("xcomp") || rel.startsWith("advcl"))
                    || REPORTING_VERBS.contains(lemma(gov))) {
                return Optional.empty();
            }
            DateSpan best = null;
            for (DateReader.DateMention m : dates) {
                IndexedWord head = headOf(m);
                IndexedWord owner = head == null ? null : ownerOf(head);
                if (owner == null || !(owner.equals(gov) || isObjectTriggerOf(owner, gov))) {
                    continue;
                }
                Optional<DateSpan> d = DateReader.resolve(m, published, past);
                if (d.isPresent() && (best == null || days(d.get()) < days(best))) {
                    best = d.get();
                }
            }
            if (best != null || simultaneous) {
                return Optional.ofNullable(best);
            }
            cur = gov;
        }
        return Optional.empty();
    }

    /** The top of the clause chain a word is in: up through xcomp, ccomp and conj ("told X that Y was ready to host"). */
    private IndexedWord mainClauseOf(IndexedWord w) {
        IndexedWord cur = w;
        for (int i = 0; i < 6; i++) {
            SemanticGraphEdge in = firstIncoming(cur);
            String rel = in == null ? "" : in.getRelation().toString();
            if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("conj"))) {
                return cur;
            }
            cur = in.getGovernor();
        }
        return cur;
    }

    /** "held talks on Sunday": the noun trigger a light verb takes as its object. */
    private boolean isObjectTriggerOf(IndexedWord noun, IndexedWord verb) {
        SemanticGraphEdge in = firstIncoming(noun);
        return in != null && in.getGovernor().equals(verb) && in.getRelation().toString().equals("obj")
                && triggerType(noun).isPresent();
    }

    private static long days(DateSpan d) {
        return java.time.temporal.ChronoUnit.DAYS.between(d.start(), d.end());
    }

    private boolean isPresentSimple(IndexedWord v) {
        return (v.tag().equals("VBZ") || v.tag().equals("VBP")) && !Set.of("be", "have").contains(lemma(v))
                && childrenOf(v, "aux", "aux:pass").isEmpty();
    }

    private boolean isPresent(IndexedWord v) {
        String tag = v.tag();
        if (tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        if (tag.equals("VBG") || tag.equals("VBN") || tag.startsWith("NN") || tag.startsWith("JJ")) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                String d = e.getDependent().word().toLowerCase(Locale.ROOT);
                if ((rel.startsWith("aux") || rel.equals("cop")) && Set.of("is", "are", "has", "have", "'s", "'re", "am")
                        .contains(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private IndexedWord headOf(DateReader.DateMention m) {
        for (int i = m.from(); i < m.to(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) {
                continue;
            }
            SemanticGraphEdge in = firstIncoming(w);
            if (in == null || in.getGovernor().index() - 1 < m.from() || in.getGovernor().index() - 1 >= m.to()) {
                return w;
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_RELS = Set.of("acl:relcl", "acl", "advcl", "ccomp", "parataxis", "csubj");

    /**
     * Whose date this is: the first trigger (or trigger's predicate) on the path to the root; a clause that is not
     * about an engagement ("Scholz, who was at the White House on Monday, is to visit …") keeps its dates; null
     * when the date hangs off the sentence as a whole.
     */
    private IndexedWord ownerOf(IndexedWord w) {
        IndexedWord cur = w;
        Set<IndexedWord> seen = new HashSet<>();
        while (cur != null && seen.add(cur)) {
            SemanticGraphEdge in = firstIncoming(cur);
            if (in == null) {
                return null;
            }
            IndexedWord gov = in.getGovernor();
            String rel = in.getRelation().toString();
            if (cur != w && CLAUSE_RELS.contains(rel.contains(":") && !rel.equals("acl:relcl") ? rel.substring(0, rel.indexOf(':')) : rel)
                    && !(isSubjectOf(w, cur) && hasChild(cur, "mark", "to"))) {
                // ("met X on Wednesday to discuss": the parser makes the date the subject of the purpose clause)
                return cur;
            }
            if (triggerType(gov).isPresent() || governsTrigger(gov)) {
                return gov;
            }
            if (REPORTING_VERBS.contains(lemma(gov))) {
                if (before(w, gov) && triggerBefore(w) || triggerBetween(gov, w)) {
                    // "X hosted Y on Friday, state media reported", "X said they would meet …, this weekend": the
                    // parser's attachment, not the saying
                    return null;
                }
                return gov; // "said on Friday that …": the day of saying
            }
            cur = gov;
        }
        return null;
    }

    /**
     * "meet … for talks next week", "met on the sidelines of the meeting in New Delhi on Thursday": a noun below the
     * trigger, in its clause and not its topic ("a debriefing about meetings this week" is another event).
     */
    private boolean isCircumstanceOf(IndexedWord noun, IndexedWord t) {
        IndexedWord cur = noun;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = firstIncoming(cur);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.contains("about") || rel.contains("over") || rel.contains("regarding") || rel.startsWith("acl")
                    || rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.startsWith("parataxis")
                    || rel.startsWith("conj") || rel.startsWith("nsubj") || rel.equals("obj") && i == 0) {
                return false;
            }
            cur = in.getGovernor();
            if (cur.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean governsTrigger(IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.startsWith("obl:for") || rel.startsWith("obl:in") || rel.equals("xcomp"))
                    && triggerType(e.getDependent()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private String locationOf(IndexedWord t, IndexedWord predicate, List<IndexedWord> destinations) {
        if (!destinations.isEmpty()) {
            return phraseOf(destinations.get(0));
        }
        List<IndexedWord> holders = new ArrayList<>(predicate == t ? List.of(t) : List.of(t, predicate));
        for (IndexedWord w : g.vertexListSorted()) {
            if (!holders.contains(w) && triggerType(w).isPresent() && isCircumstanceOf(w, t)) {
                holders.add(w);
            }
        }
        for (IndexedWord v : holders) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:in") || rel.equals("obl:at") || rel.equals("nmod:in") || rel.equals("nmod:at")) {
                    IndexedWord c = e.getDependent();
                    Optional<Actor> org = actors.actorAt(s, c.index() - 1);
                    if (isPlace(c) || org.isPresent() && org.get().kind == ActorKind.ORGANIZATION
                            && org.get().name.matches("(?i).*(conference|summit|forum|house|palace|headquarters).*")) {
                        return phraseOf(c);
                    }
                }
            }
        }
        return null;
    }

    /** The name a token belongs to: consecutive tokens with its NER tag. */
    private String phraseOf(IndexedWord w) {
        int i = w.index() - 1;
        String ner = toks.get(i).ner();
        if (ner == null || ner.equals("O")) {
            return w.word();
        }
        int from = i;
        int to = i + 1;
        while (from > 0 && ner.equals(toks.get(from - 1).ner())) {
            from--;
        }
        while (to < toks.size() && ner.equals(toks.get(to).ner())) {
            to++;
        }
        return ActorTable.join(toks, from, to);
    }

    // ---------------------------------------------------------------- merging

    /** Several triggers for one engagement in one sentence ("met for talks") become one record. */
    private static List<Found> mergeWithinSentence(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (found.stream().anyMatch(o -> o != f && o.type() == f.type() && covers(o, f))) {
                continue; // "X visited Damascus, the first visit by an Egyptian official to Syria": the same visit
            }
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                Found o = out.get(i);
                Set<Actor> a = new HashSet<>(o.participants());
                Set<Actor> b = new HashSet<>(f.participants());
                boolean sameType = o.type() == f.type()
                        || (o.type() != Type.VISIT && f.type() != Type.VISIT && (o.type() == Type.CONFERENCE
                        || f.type() == Type.CONFERENCE));
                if (sameType && (a.containsAll(b) || b.containsAll(a))) {
                    Found big = a.size() >= b.size() ? o : f;
                    Found small = big == o ? f : o;
                    Type type = o.type() == Type.CONFERENCE ? f.type() : o.type();
                    DateSpan date = big.date().start() != null ? big.date() : small.date();
                    String loc = big.location() != null ? big.location() : small.location();
                    Status st = stronger(o.status(), f.status());
                    Map<Actor, String> roles = new LinkedHashMap<>(small.roles());
                    roles.putAll(big.roles());
                    out.set(i, new Found(type, st, date, loc, big.participants(), roles, o.sentence(), o.trigger()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(f);
            }
        }
        return out;
    }

    /** The more definite of two statuses for one engagement. */
    /**
     * Whether {@code small} says no more than {@code big}: each of its parties is one of big's, or a country one of
     * big's persons belongs to, and at least one is such a country.
     */
    private static boolean covers(Found big, Found small) {
        boolean countryForPerson = false;
        for (Actor a : small.participants()) {
            if (big.participants().contains(a)) {
                continue;
            }
            if (a.kind == ActorKind.COUNTRY && big.participants().stream().anyMatch(p -> p.kind == ActorKind.PERSON
                    && p.affiliation == a && !small.participants().contains(p))) {
                countryForPerson = true;
                continue;
            }
            return false;
        }
        return countryForPerson;
    }

    static Status stronger(Status a, Status b) {
        List<Status> order = List.of(Status.CANCELLED, Status.OCCURRED, Status.PLANNED, Status.PROPOSED);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    // ---------------------------------------------------------------- graph helpers

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }

    private List<IndexedWord> childrenOf(IndexedWord w, String... rels) {
        List<IndexedWord> out = new ArrayList<>();
        Set<String> wanted = Set.of(rels);
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (wanted.contains(e.getRelation().toString()) && !out.contains(e.getDependent())) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    private boolean hasChild(IndexedWord w, String rel, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(rel)
                    && (word == null || e.getDependent().word().equalsIgnoreCase(word))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAux(IndexedWord w, String lemma) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("aux") && lemma(e.getDependent()).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    private IndexedWord governor(IndexedWord w, String rel) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().equals(rel)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** The tree edge into a word (enhanced graphs add extra edges; the first non-extra one is the tree's). */
    private SemanticGraphEdge firstIncoming(IndexedWord w) {
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                return e;
            }
            if (best == null) {
                best = e;
            }
        }
        return best;
    }
}
