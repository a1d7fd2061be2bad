package org.parley.launcher.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JSON Lines and CSV inputs of any size are read a record at a time, never whole: a gigabyte generated as it is
 * read (never stored) gives its first records after reading only those; an over-long record is skipped, not held;
 * and files on disk larger than the heap are read in a JVM of 32 MB.
 */
class LargeInputTest {

    private static final long GIGABYTE = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void aGigabyteOfJsonLinesGivesItsFirstRecordsAfterReadingOnlyThose() {
        GeneratedReader source = new GeneratedReader(GIGABYTE, LargeInputTest::jsonLine);

        try (Records records = JsonLinesReader.open("huge.jsonl", source)) {
            ImportRecord record = null;
            for (int i = 0; i < 1000; i++) {
                record = records.next();
            }
            assertEquals("line 1000", record.where());
            assertEquals(text(999), record.article().text());
            assertTrue(source.served() < 1000L * jsonLine(999).length() + 2 * 8192,
                    "read " + source.served() + " characters of " + GIGABYTE + " for 1000 records");
        }
    }

    @Test
    void aGigabyteOfCsvGivesItsFirstRecordsAfterReadingOnlyThose() {
        GeneratedReader source = new GeneratedReader(GIGABYTE, i -> i == 0 ? "title,text\r\n" : csvRow(i - 1));

        try (Records records = CsvReader.open("huge.csv", source)) {
            ImportRecord record = null;
            for (int i = 0; i < 1000; i++) {
                record = records.next();
            }
            assertEquals("line 1001", record.where());
            assertEquals(text(999), record.article().text());
            assertTrue(source.served() < 1000L * (csvRow(999).length() + 1) + 2 * 8192,
                    "read " + source.served() + " characters of " + GIGABYTE + " for 1000 records");
        }
    }

    @Test
    void aLineLongerThanAnyArticleIsSkippedToItsEndAndReported() {
        // 64 MB without a line break between two good lines: the reader keeps at most the limit of it
        String huge = "{\"text\": \"" + "x".repeat(64 << 20) + "\"}\n";
        GeneratedReader source = new GeneratedReader(GIGABYTE, i -> i == 1 ? huge : i < 3 ? jsonLine(i) : null);

        List<ImportRecord> records = new ArrayList<>();
        try (Records all = JsonLinesReader.open("long.jsonl", source)) {
            all.forEachRemaining(records::add);
        }

        assertEquals(3, records.size());
        assertEquals(text(0), records.get(0).article().text());
        assertEquals("line 2", records.get(1).where());
        assertEquals(Inputs.TOO_LONG, records.get(1).problem());
        assertEquals(text(2), records.get(2).article().text());
    }

    @Test
    void anUnclosedCsvQuoteIsOneOverlongRowNotTheRestOfTheFileInMemory() {
        String open = "\"" + "y".repeat(8 << 20);
        GeneratedReader source = new GeneratedReader(GIGABYTE, i -> switch (i) {
            case 0 -> "title,text\n";
            case 1 -> csvRow(0);
            case 2 -> "T," + open;
            default -> null;
        });

        List<ImportRecord> records = new ArrayList<>();
        try (Records all = CsvReader.open("open-quote.csv", source)) {
            all.forEachRemaining(records::add);
        }

        assertEquals(2, records.size());
        assertEquals(text(0), records.get(1 - 1).article().text());
        assertEquals("line 3", records.get(1).where());
        assertEquals(Inputs.TOO_LONG, records.get(1).problem());
    }

    @Test
    void filesLargerThanTheHeapAreCountedAndReadInA32MegabyteJvm() throws Exception {
        Path jsonl = dir.resolve("big.jsonl");
        Path csv = dir.resolve("big.csv");
        int lines = write(jsonl, 96L << 20, "", LargeInputTest::jsonLine);
        int rows = write(csv, 96L << 20, "title,text\r\n", LargeInputTest::csvRow);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), ReadAll.class.getName(), jsonl.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "still reading");

        assertEquals(0, child.exitValue(), output);
        assertEquals("counted %d, read %d, readable %d".formatted(lines + rows, lines + rows, lines + rows),
                output.strip());
    }

    /** Counts and reads the files named by the arguments as an import does, holding nothing. */
    public static final class ReadAll {

        public static void main(String[] args) {
            List<Path> paths = java.util.Arrays.stream(args).map(Path::of).toList();
            long counted = Inputs.count(paths);
            long read = 0;
            long readable = 0;
            try (Records records = Inputs.open(paths)) {
                while (records.hasNext()) {
                    ImportRecord record = records.next();
                    read++;
                    if (record.readable() && !record.article().text().isEmpty()) {
                        readable++;
                    }
                }
            }
            System.out.printf("counted %d, read %d, readable %d%n", counted, read, readable);
        }
    }

    private static int write(Path file, long bytes, String header, IntFunction<String> record) throws IOException {
        int count = 0;
        long written = header.length();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            while (written < bytes) {
                String line = record.apply(count++);
                out.write(line);
                written += line.length();
            }
        }
        assertTrue(Files.size(file) >= bytes);
        return count;
    }

    private static String text(int i) {
        return "Story " + i + ": the foreign ministers met in Geneva on Friday and agreed to talk again, \"soon\".";
    }

    private static String jsonLine(int i) {
        return "{\"title\": \"Story " + i + "\", \"text\": \"" + text(i).replace("\"", "\\\"") + "\"}\n";
    }

    private static String csvRow(int i) {
        return "Story " + i + ",\"" + text(i).replace("\"", "\"\"") + "\"\r\n";
    }

    /** {@code limit} characters of records made as they are read; counts how many were handed out. */
    private static final class GeneratedReader extends Reader {

        private final long limit;
        private final IntFunction<String> records;
        private String current = "";
        private int offset;
        private int next;
        private long served;

        GeneratedReader(long limit, IntFunction<String> records) {
            this.limit = limit;
            this.records = records;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (offset == current.length()) {
                String record = served >= limit ? null : records.apply(next++);
                if (record == null) {
                    return -1;
                }
                current = record;
                offset = 0;
            }
            int n = (int) Math.min(Math.min(len, current.length() - offset), limit - served);
            current.getChars(offset, offset + n, buffer, off);
            offset += n;
            served += n;
            return n;
        }

        long served() {
            return served;
        }

        @Override
        public void close() {
        }
    }
}
