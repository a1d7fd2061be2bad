package org.parley.ingest.normalise;

/** Rejects raw input that cannot be a news story before any cleaning is attempted. */
final class InputGuard {

    /** More than this share of replacement characters means bytes that were not UTF-8 text. */
    private static final double MAX_REPLACEMENT_SHARE = 0.01;
    /** More than this share of control characters (other than NUL, always fatal) means binary data. */
    private static final double MAX_CONTROL_SHARE = 0.001;

    private InputGuard() {
    }

    static void check(String rawText, int maxCharacters) {
        if (rawText != null && rawText.length() > maxCharacters) {
            throw new ArticleRejectedException("TOO_LARGE",
                    "text has " + rawText.length() + " characters; the limit is " + maxCharacters);
        }
        if (rawText == null || rawText.codePoints().allMatch(InputGuard::isBlankCharacter)) {
            throw new ArticleRejectedException("EMPTY", "text is empty or whitespace only");
        }
        int controls = 0;
        int replacements = 0;
        int visible = 0;
        for (int i = 0; i < rawText.length(); i++) {
            char c = rawText.charAt(i);
            if (c == '\0') {
                throw new ArticleRejectedException("BINARY", "text contains a NUL character at offset " + i);
            }
            if (isStrayControl(c)) {
                controls++;
            } else if (c == '\uFFFD') {
                replacements++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        if (controls > 0 && controls > MAX_CONTROL_SHARE * rawText.length()) {
            throw new ArticleRejectedException("BINARY",
                    "text contains " + controls + " control characters; it looks like binary data");
        }
        if (replacements >= 3 && replacements > MAX_REPLACEMENT_SHARE * visible) {
            throw new ArticleRejectedException("BINARY",
                    "text contains " + replacements + " U+FFFD replacement characters; it was not valid UTF-8");
        }
    }

    /** Whitespace in any of Unicode's forms, including no-break and zero-width spaces. */
    private static boolean isBlankCharacter(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060'
                || c == '\uFEFF';
    }

    /** A C0 control, DEL, or a C1 control that no common Windows code page maps to a printable character. */
    static boolean isStrayControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
            return false;
        }
        return c < 0x20 || c == 0x7F || c == '\u0081' || c == '\u008D' || c == '\u008F'
                || c == '\u0090' || c == '\u009D';
    }
}
