package org.parley.launcher.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader, one at a time, none held longer than {@code maxChars}: a longer line (a file that is not JSON
 * Lines at all, or one record too long for any article) is skipped to its end and reported by {@link #tooLong()},
 * instead of being read whole into memory as {@link java.io.BufferedReader#readLine()} would.
 */
final class BoundedLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int length;
    private int number;
    private boolean tooLong;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its LF or CRLF, null at the end; "" with {@link #tooLong()} for an over-long line. */
    String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == length) {
                length = Math.max(in.read(buffer), 0);
                position = 0;
                if (length == 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < length && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < length) {
                position++;
                break;
            }
        }
        number++;
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    int number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }
}
