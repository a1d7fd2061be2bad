package org.parley.ingest.normalise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the header above the story: the headline becomes the title, and what else sits there without being a
 * sentence (outlet names, categories, author names) goes; repeated headline and standfirst paragraphs go too.
 */
final class ArticleHeader {

    /** The headline (null when the text has none) and the story paragraphs without it. */
    record Split(String title, List<String> paragraphs) {
    }

    private static final int MAX_HEADER_FRAGMENT_WORDS = 4;

    private ArticleHeader() {
    }

    static Split split(List<String> paragraphs) {
        int bodyStart = 0;
        while (bodyStart < paragraphs.size() && !Prose.isBodyParagraph(paragraphs.get(bodyStart))) {
            bodyStart++;
        }
        String title = null;
        List<String> story = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            boolean inHeader = i < bodyStart;
            if (inHeader && title == null && Prose.isHeadline(paragraph)) {
                title = paragraph;
                seen.add(key(paragraph));
                continue;
            }
            if (inHeader && Prose.wordCount(paragraph) <= MAX_HEADER_FRAGMENT_WORDS && !Prose.endsSentence(paragraph)) {
                continue;
            }
            if (Prose.wordCount(paragraph) >= 3 && !seen.add(key(paragraph))) {
                continue;
            }
            story.add(paragraph);
        }
        return new Split(title, story);
    }

    private static String key(String paragraph) {
        return paragraph.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
