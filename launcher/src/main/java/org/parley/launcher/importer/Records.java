package org.parley.launcher.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of one or more inputs, read one at a time as they are asked for: only the record being built is held,
 * so a file of any size can be imported in a small heap. A read error part-way through a file ends that file with one
 * unreadable record saying where. Close it to close the file being read.
 */
public abstract class Records implements Iterator<ImportRecord>, AutoCloseable {

    private final Closeable source;
    private ImportRecord next;
    private boolean ended;

    /** Records with nothing to close. */
    protected Records() {
        this(null);
    }

    /** Records read from {@code source}, which {@link #close} closes. */
    protected Records(Closeable source) {
        this.source = source;
    }

    /** The next record, or null at the end. */
    protected abstract ImportRecord readNext() throws IOException;

    /** The record standing for a read error at the current position; no record is read after it. */
    protected abstract ImportRecord failure(IOException e);

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = readNext();
            } catch (IOException e) {
                next = failure(e);
                ended = true;
            }
            if (next == null) {
                ended = true;
            }
        }
        return next != null;
    }

    @Override
    public final ImportRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRecord record = next;
        next = null;
        return record;
    }

    /** Closes the input; an error closing a file only being read is of no consequence and is ignored. */
    @Override
    public void close() {
        if (source == null) {
            return;
        }
        try {
            source.close();
        } catch (IOException e) {
            // only read from
        }
    }

    /** The reason for an unreadable input, e.g. {@code not UTF-8 text}. */
    static String problem(IOException e) {
        return e instanceof CharacterCodingException ? "not UTF-8 text" : "cannot read: " + e.getMessage();
    }

    /** Records already read (a whole .txt or .html file is one record). */
    static Records of(List<ImportRecord> records) {
        Iterator<ImportRecord> iterator = records.iterator();
        return new Records() {
            @Override
            protected ImportRecord readNext() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            protected ImportRecord failure(IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
