package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEachLineAndReportsABadOneByNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"text": "First story.", "title": "One", "publishedOn": "2023-01-02", "url": null}

                {"text": "Second story., "title": "broken"}
                [1, 2]
                {"text": "Third story.", "source": "Wire"}
                """);

        List<ImportRecord> records = new JsonLinesReader().read(file);

        assertEquals(4, records.size());
        assertEquals(new ArticleFields("First story.", "One", null, null, "2023-01-02"), records.get(0).article());
        assertFalse(records.get(1).readable());
        assertEquals("line 3", records.get(1).where());
        assertEquals("not valid JSON", records.get(1).problem());
        assertEquals("line 4", records.get(2).where());
        assertEquals("not a JSON object", records.get(2).problem());
        assertTrue(records.get(3).readable());
        assertEquals("line 5", records.get(3).where());
        assertEquals("Wire", records.get(3).article().source());
        assertNull(records.get(3).article().title());
    }

    @Test
    void bytesThatAreNotUtf8EndTheFileWithOneRecordSayingWhere() throws IOException {
        byte[] good = "{\"text\": \"First story.\"}\n{\"text\": \"Second story.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', ' ', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}', '\n'};
        Path file = dir.resolve("b.jsonl");
        Files.write(file, good);
        Files.write(file, bad, StandardOpenOption.APPEND);
        Files.write(file, good, StandardOpenOption.APPEND);

        List<ImportRecord> records = new JsonLinesReader().read(file);

        assertEquals(3, records.size());
        assertEquals("Second story.", records.get(1).article().text());
        assertEquals("line 3", records.get(2).where());
        assertEquals("not UTF-8 text; the rest of the file was not read", records.get(2).problem());
        assertEquals(3, new JsonLinesReader().count(file));
    }
}
