package org.parley.launcher.eval;

import java.text.Normalizer;
import java.util.Locale;

/** Name folding of the scoring rules: no diacritics, lower case, collapsed spaces. */
final class Names {

    private Names() {
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
