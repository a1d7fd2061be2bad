package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed and fixture, once normalised, is hard-wrapped again at several widths the way plain-text feeds and
 * e-mails wrap: unwrapping must give back the same words, the same title, and with blank-line paragraphs the same
 * paragraphs.
 */
class HardWrapRoundTripTest {

    private static final int[] WIDTHS = {60, 72, 100};

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    static Stream<Arguments> articles() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        files.addAll(SeedFiles.all());
        Path fixtureDir = Path.of(HardWrapRoundTripTest.class.getResource("/normalise").toURI());
        try (Stream<Path> fixtures = Files.list(fixtureDir)) {
            fixtures.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        List<Arguments> cases = new ArrayList<>();
        for (Path file : files) {
            for (int width : WIDTHS) {
                cases.add(Arguments.of(file.getFileName().toString(), Files.readString(file), width));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} columns")
    @MethodSource("articles")
    void wrappedWithBlankLinesBetweenParagraphsComesBackTheSame(String name, String raw, int width) {
        NormalisedArticle clean = normaliser.normalise(raw, null);
        NormalisedArticle again = normaliser.normalise(rewrap(clean, width, "\n\n"), null);
        assertEquals(clean.title(), again.title());
        assertEquals(clean.text(), again.text());
    }

    @ParameterizedTest(name = "{0} at {2} columns")
    @MethodSource("articles")
    void wrappedWithoutBlankLinesKeepsEveryWordInOrder(String name, String raw, int width) {
        NormalisedArticle clean = normaliser.normalise(raw, null);
        NormalisedArticle again = normaliser.normalise(rewrap(clean, width, "\n"), null);
        assertEquals(clean.title(), again.title());
        assertEquals(clean.text().replace("\n\n", " "), again.text().replace("\n\n", " "));
    }

    private static String rewrap(NormalisedArticle article, int width, String paragraphBreak) {
        StringBuilder out = new StringBuilder();
        if (article.title() != null) {
            out.append(article.title()).append("\n\n");
        }
        for (String paragraph : article.text().split("\n\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            out.append(line).append(paragraphBreak);
        }
        return out.toString();
    }
}
