package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void parsesQuotesEscapedQuotesAndLineBreaksInsideFields() {
        List<CsvParser.Row> rows = CsvParser.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\"\r\n,,\n"
                + "plain,5\"2,end");

        assertEquals(4, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\"", "line 1\r\nline 2"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("", "", ""), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("plain", "5\"2", "end"), rows.get(3).fields());
        assertEquals(5, rows.get(3).line());
    }

    @Test
    void readsColumnsByHeaderNameAndReportsARowOfTheWrongWidth() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), """
                \uFEFFtitle,publishedOn,TEXT,url
                "Talks, at last",2023-05-06,"The ministers met.

                A second paragraph, with ""quotes"".",https://example.org/1
                short,row
                Two,,Another story.,
                """);

        List<ImportRecord> records = new CsvReader().read(file);

        assertEquals(3, records.size());
        assertEquals(new ArticleFields("The ministers met.\n\nA second paragraph, with \"quotes\".", "Talks, at last",
                "https://example.org/1", null, "2023-05-06"), records.get(0).article());
        assertEquals("line 2", records.get(0).where());
        assertEquals("line 5", records.get(1).where());
        assertEquals("2 fields, the header has 4", records.get(1).problem());
        assertEquals(new ArticleFields("Another story.", "Two", null, null, null), records.get(2).article());
    }

    @Test
    void aHeaderWithoutTextIsOneProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("b.csv"), "title,url\nx,y\n");

        List<ImportRecord> records = new CsvReader().read(file);

        assertEquals(1, records.size());
        assertEquals("the header has no text column", records.get(0).problem());
    }
}
