package org.parley.ingest.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article as extraction read it, seen from quote attribution: its tokens, its actors and where they are named,
 * dependency parses on demand and stated dates. Implemented by the extraction package, which owns those readings.
 */
public interface QuoteContext {

    /** The article's date, or null. */
    LocalDate published();

    /** Tokens of each sentence; character offsets refer to the text the quotes were found in. */
    List<List<CoreLabel>> sentences();

    /** The enhanced++ dependency graph of sentence {@code s}, parsed now if extraction did not parse it. */
    SemanticGraph graph(int s);

    /** The actor a token names (0-based token position). */
    Optional<Speaker> actorAt(int s, int token);

    /** Every naming of a person, in text order. */
    List<Mention> personMentions();

    /** The person an office noun without a name stands for ("the Russian foreign minister"), if unique. */
    Optional<Speaker> office(SemanticGraph graph, IndexedWord noun, int s);

    /** The single day a date expression at this token gives, read as past ("on Friday" → the latest Friday). */
    Optional<LocalDate> statedDay(int s, int token);

    /** An extracted actor: its delivery ref, name and office. */
    record Speaker(String ref, String name, String title, boolean person) {
    }

    /** A person named at tokens {@code [from, to)} of sentence {@code sentence}. */
    record Mention(int sentence, int from, int to, Speaker person) {
    }
}
