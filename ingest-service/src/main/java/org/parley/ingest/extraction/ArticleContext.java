package org.parley.ingest.extraction;

import org.parley.ingest.extraction.ActorTable.Actor;
import org.parley.ingest.extraction.ExtractedEngagement.DateSpan;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the rest of the article offers a sentence's stages: the people pronouns refer to, and earlier dates. */
interface ArticleContext {

    /** The person a singular pronoun at this token may mean, nearest first, other than the excluded ones. */
    Optional<Actor> personBefore(int sentence, int token, Set<Actor> excluded);

    /** The group "they", "both", "the two leaders" at this token refers to. */
    List<Actor> groupBefore(int sentence, int token);

    /**
     * The person the article is about so far: the first party of its latest engagement, else the one named most
     * often up to this sentence. Readouts leave this person out of later sentences ("the next bilateral was with X").
     */
    Optional<Actor> protagonist(int sentence);

    /** For participants named only by a pronoun here: the date of the sentence that named them. */
    Optional<DateSpan> inheritedDate(Set<Actor> participants, int sentence);

    /** The date of the latest engagement of this type (with one of these participants) before this sentence. */
    Optional<DateSpan> earlierDate(Type type, Set<Actor> participants, int sentence);
}
