package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ArgumentAttacher.Arguments;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3, coordination: how many engagements one trigger's arguments make. A visit is one per country visited;
 * counterparts met one at a time ("met separately with X and Y") are one meeting each; otherwise all parties take
 * part in one engagement, or a body's own gathering is a conference of that body alone.
 */
final class CoordinationExpander {

    /** One engagement's type and participants. */
    record Parties(Type type, List<Actor> participants) {
    }

    private final SentenceGraph sg;

    CoordinationExpander(SentenceGraph sg) {
        this.sg = sg;
    }

    /** "X and Y were to attend the summit": two who attend a summit do not hold it between them. */
    private boolean attended(IndexedWord t) {
        return sg.relationIn(t).equals("obj") && sg.lex.has("attend.verb", SentenceGraph.lemma(sg.firstIncoming(t).getGovernor()));
    }

    List<Parties> expand(Arguments a) {
        IndexedWord t = a.trigger();
        Type type = a.type();
        Set<Actor> all = a.all();
        List<Parties> out = new ArrayList<>();
        if (type == Type.VISIT) {
            Set<Actor> places = new LinkedHashSet<>();
            for (IndexedWord d : a.destinations()) {
                sg.actors.countryOfPlace(sg.s, sg.stateNamed(d).index() - 1).ifPresent(places::add);
            }
            for (Actor place : places) {
                Set<Actor> travellers = new LinkedHashSet<>(all);
                travellers.removeAll(places);
                travellers.removeIf(p -> p.affiliation == place); // going home is no visit
                if (!travellers.isEmpty()) {
                    List<Actor> ps = new ArrayList<>(travellers);
                    ps.add(place);
                    out.add(new Parties(type, ps));
                }
            }
            return out;
        }
        if (a.separately() && type != Type.CONFERENCE && !a.agents().isEmpty() && a.counterparts().size() > 1) {
            for (List<Actor> counterpart : a.counterparts()) {
                Set<Actor> ps = new LinkedHashSet<>(a.agents());
                ps.addAll(counterpart);
                if (ps.size() >= 2) {
                    out.add(new Parties(type, new ArrayList<>(ps)));
                }
            }
            return out;
        }
        if (type == Type.MEETING && sg.actorAt(t).filter(b -> b.kind == ActorKind.ORGANIZATION).isPresent()) {
            type = Type.CONFERENCE; // "attend the UN General Assembly": a meeting word that names a body is its gathering
        }
        if (type == Type.CONFERENCE && t.word().equalsIgnoreCase("summit") && all.size() == 2
                && all.stream().noneMatch(p -> p.kind == ActorKind.ORGANIZATION) && !attended(t)) {
            type = Type.MEETING; // "X and Y will hold a summit": a summit of two is a meeting; a conference is multilateral
        }
        if (type != Type.CONFERENCE) {
            // "X and Burundian Minister … Y discussed": a country whose own person takes part is that person's
            Set<Actor> parties = all;
            all = new LinkedHashSet<>(all);
            all.removeIf(c -> c.kind == ActorKind.COUNTRY && parties.stream().anyMatch(p -> p.affiliation == c));
        }
        if (all.size() >= 2) {
            out.add(new Parties(type, new ArrayList<>(all)));
        } else if (sg.isGatheringOfOneBody(t, type, all) && (!SentenceGraph.isVerb(t) || a.counterparts().isEmpty())) {
            out.add(new Parties(Type.CONFERENCE, new ArrayList<>(all)));
        }
        return out;
    }
}
