package org.parley.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cap on tokens read per article: whole sentences, a prefix of the text, ordinary stories untouched. */
class TokenCapTest {

    private static final String SENTENCE = "The two ministers met in Geneva on Friday to discuss trade. "; // 12 tokens

    private final TokenCap cap = new TokenCap(100);

    @Test
    void aStoryWithinTheCapIsReadWhole() {
        String story = SENTENCE.repeat(8); // 96 tokens, 480 characters
        assertSame(story, cap.apply(story));
    }

    @Test
    void aLongerStoryIsCutAtTheLastWholeSentenceWithinTheCap() {
        String story = SENTENCE.repeat(50);
        String read = cap.apply(story);
        assertEquals(SENTENCE.repeat(8).strip(), read, "8 sentences of 12 tokens fit in 100");
        assertTrue(story.startsWith(read), "a prefix, so evidence offsets stay valid");
    }

    @Test
    void aFirstSentenceLongerThanTheCapIsCutAfterTheCapsLastToken() {
        String story = "word ".repeat(500) + "end.";
        String read = cap.apply(story);
        assertEquals("word ".repeat(100).strip(), read);
    }
}
