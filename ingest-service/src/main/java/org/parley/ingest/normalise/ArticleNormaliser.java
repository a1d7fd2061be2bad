package org.parley.ingest.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a scraped article into story text, a title and a publication date, or rejects it naming the rule that
 * fired: EMPTY, TOO_LARGE, BINARY or NOT_PROSE. Words a scraper ran together are split on the way
 * ({@link RunTogetherWords}). The output is a pure function of the input, so offsets into
 * {@link NormalisedArticle#text()} stay valid for the same raw text.
 */
@ApplicationScoped
@Startup
public class ArticleNormaliser {

    /** Largest raw text accepted, in characters. */
    public static final int MAX_CHARACTERS = 200_000;

    public ArticleNormaliser() {
        Vocabulary.get(); // read once, at start-up, so that no request waits for it
    }

    public NormalisedArticle normalise(String rawText, LocalDate clientPublishedOn) {
        InputGuard.check(rawText, MAX_CHARACTERS);
        String clean = CharacterNormaliser.normalise(rawText);

        PublishedDate dates = new PublishedDate();
        List<String> lines = stripDatePrefix(tidyLines(clean), dates);
        List<String> storyLines = PageFurniture.strip(lines, dates);
        storyLines.stream().filter(line -> !line.isEmpty()).limit(3)
                .map(DatePatterns::dateline).flatMap(Optional::stream).findFirst()
                .ifPresent(dates::addDateline);

        ArticleHeader.Split split = ArticleHeader.split(ParagraphAssembler.assemble(storyLines));
        String text = String.join("\n\n", split.paragraphs());
        if (!Prose.hasEnglishSentence(text)) {
            throw new ArticleRejectedException("NOT_PROSE",
                    "no sentence of English prose is left once page furniture is removed");
        }
        PublishedDate.Choice date = dates.choose(clientPublishedOn);
        return new NormalisedArticle(text, split.title(), date.date(), date.source());
    }

    private static List<String> tidyLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(RunTogetherWords.split(CharacterNormaliser.tidyLine(line)));
        }
        return lines;
    }

    /** A labelled date opening the first line (" date 2022-02-18 Russian officials …") is metadata, not story. */
    private static List<String> stripDatePrefix(List<String> lines, PublishedDate dates) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            Optional<DatePatterns.DatePrefix> prefix = DatePatterns.datePrefix(lines.get(i));
            if (prefix.isPresent() && DatePatterns.dateLine(lines.get(i)).isEmpty()) {
                dates.add(prefix.get().found());
                lines.set(i, prefix.get().rest());
            }
            break;
        }
        return lines;
    }
}
