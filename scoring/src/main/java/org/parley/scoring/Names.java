package org.parley.scoring;

import java.text.Normalizer;
import java.util.Locale;

/** Name folding of the scoring rules: no diacritics, lower case, one kind of apostrophe, collapsed spaces. */
public final class Names {

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
