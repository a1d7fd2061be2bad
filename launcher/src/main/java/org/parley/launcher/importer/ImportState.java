package org.parley.launcher.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;

/**
 * The texts a target has already accepted, as lines {@code <target URL> TAB <SHA-256 of the text>} appended to a
 * file, so a rerun (after a crash or with more files) sends only what is new. Keyed by target so that importing the
 * same files into another system sends them all.
 */
public final class ImportState implements AutoCloseable {

    private final String target;
    private final Set<String> known = new HashSet<>();
    private final BufferedWriter out;

    public ImportState(Path file, String target) {
        this.target = target;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && line.substring(0, tab).equals(target)) {
                        known.add(line.substring(tab + 1).strip());
                    }
                }
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the import state file " + file, e);
        }
    }

    public synchronized boolean contains(String text) {
        return known.contains(hash(text));
    }

    /** Records that the target has {@code text}; written through at once, so a killed import loses nothing. */
    public synchronized void add(String text) {
        String hash = hash(text);
        if (known.add(hash)) {
            try {
                out.write(target + "\t" + hash + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
