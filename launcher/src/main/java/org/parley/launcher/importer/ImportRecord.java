package org.parley.launcher.importer;

/**
 * One article read from an input, or the {@code problem} that kept it from being read; {@code where} is the line or
 * record within {@code file} ("" for a whole file).
 */
public record ImportRecord(String file, String where, ArticleFields article, String problem) {

    public static ImportRecord of(String file, String where, ArticleFields article) {
        return new ImportRecord(file, where, article, null);
    }

    public static ImportRecord unreadable(String file, String where, String problem) {
        return new ImportRecord(file, where, null, problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
