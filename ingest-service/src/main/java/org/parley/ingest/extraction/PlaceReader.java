package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ArgumentAttacher.Arguments;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage 6, place: where an engagement happens — a visit's destination, else an in/at place of the trigger, its
 * predicate or a trigger it is the circumstance of, or a venue organisation ("at the Munich Security Conference").
 */
final class PlaceReader {

    private static final Pattern VENUE = Pattern.compile("(?i).*(conference|summit|forum|house|palace|headquarters).*");

    private final SentenceGraph sg;
    private final TriggerFinder triggers;

    PlaceReader(SentenceGraph sg, TriggerFinder triggers) {
        this.sg = sg;
        this.triggers = triggers;
    }

    String placeOf(Arguments a) {
        if (!a.destinations().isEmpty()) {
            return sg.phraseOf(a.destinations().get(0));
        }
        IndexedWord t = a.trigger();
        List<IndexedWord> holders = new ArrayList<>(a.predicate() == t ? List.of(t) : List.of(t, a.predicate()));
        for (IndexedWord w : sg.wordsInOrder()) {
            if (!holders.contains(w) && triggers.isTrigger(w) && sg.isCircumstanceOf(w, t)) {
                holders.add(w);
            }
        }
        for (IndexedWord v : holders) {
            for (SemanticGraphEdge e : sg.g.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:in") || rel.equals("obl:at") || rel.equals("nmod:in") || rel.equals("nmod:at")) {
                    IndexedWord c = e.getDependent();
                    Optional<Actor> org = sg.actorAt(c);
                    if (sg.isPlace(c) || org.isPresent() && org.get().kind == ActorKind.ORGANIZATION
                            && VENUE.matcher(org.get().name).matches()) {
                        return sg.phraseOf(c);
                    }
                }
            }
        }
        return null;
    }
}
