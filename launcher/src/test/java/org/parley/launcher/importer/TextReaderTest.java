package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextReaderTest {

    @TempDir
    Path dir;

    @Test
    void titleIsTheFirstLineWithoutMetadata() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "\nTalks in Geneva\n\nThe ministers met on Friday.\n");

        ArticleFields article = only(file);

        assertEquals("Talks in Geneva", article.title());
        assertEquals("\nTalks in Geneva\n\nThe ministers met on Friday.\n", article.text());
        assertNull(article.publishedOn());
    }

    @Test
    void sidecarGivesTheMetadata() throws IOException {
        Path file = Files.writeString(dir.resolve("b.txt"), "Headline line\nThe ministers met on Friday.");
        Files.writeString(dir.resolve("b.json"), """
                {"title": "Sidecar title", "url": "https://example.org/b", "source": "Example Wire",
                 "publishedOn": "2023-03-01", "ignored": 3}""");

        ArticleFields article = only(file);

        assertEquals(new ArticleFields("Headline line\nThe ministers met on Friday.", "Sidecar title",
                "https://example.org/b", "Example Wire", "2023-03-01"), article);
    }

    @Test
    void frontMatterGivesTheMetadataAndIsNotText() throws IOException {
        Path file = Files.writeString(dir.resolve("c.txt"), """
                ---
                title: "Front matter title"
                publishedOn: 2022-11-05
                source: Daily Example
                ---
                The ministers met on Friday.
                """);

        ArticleFields article = only(file);

        assertEquals("Front matter title", article.title());
        assertEquals("2022-11-05", article.publishedOn());
        assertEquals("Daily Example", article.source());
        assertEquals("The ministers met on Friday.", article.text());
    }

    @Test
    void sidecarWinsOverFrontMatter() throws IOException {
        Path file = Files.writeString(dir.resolve("d.txt"), "---\ntitle: Front\nsource: Front source\n---\nBody.");
        Files.writeString(dir.resolve("d.json"), "{\"title\": \"Sidecar\"}");

        ArticleFields article = only(file);

        assertEquals("Sidecar", article.title());
        assertEquals("Front source", article.source());
    }

    @Test
    void foldersAreReadRecursivelyAndSidecarsAreNotInputs() throws IOException {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/y/e.txt"), "E\nBody.");
        Files.writeString(dir.resolve("x/y/e.json"), "{\"title\": \"E\"}");
        Files.writeString(dir.resolve("x/notes.md"), "not an input");

        List<ImportRecord> records = Inputs.read(List.of(dir));

        assertEquals(1, records.size());
        assertEquals("E", records.get(0).article().title());
    }

    @Test
    void textThatIsNotUtf8IsOneUnreadableRecord() throws IOException {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});

        List<ImportRecord> records = Inputs.read(List.of(dir.resolve("latin1.txt")));

        assertEquals(1, records.size());
        assertEquals("not UTF-8 text", records.get(0).problem());
    }

    @Test
    void aTextFileLargerThanAnyArticleIsNotReadIntoMemory() throws IOException {
        Path file = Files.write(dir.resolve("huge.txt"), new byte[(int) Inputs.MAX_TEXT_FILE_BYTES + 1]);

        List<ImportRecord> records = Inputs.read(List.of(file));

        assertEquals(1, records.size());
        assertTrue(records.get(0).problem().startsWith("a file of 4,194,305 bytes"), records.get(0).problem());
    }

    private static ArticleFields only(Path file) throws IOException {
        List<ImportRecord> records = new TextReader().read(file);
        assertEquals(1, records.size());
        return records.get(0).article();
    }
}
