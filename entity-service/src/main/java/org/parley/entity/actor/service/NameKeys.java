package org.parley.entity.actor.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalised keys for names: Unicode folding (Çavuşoğlu = Cavusoglu) and a transliteration key that collapses the
 * spelling differences romanisations of one name produce (Sergei/Sergey, Zelensky/Zelenskyy/Zelenskiy,
 * Lukashenko/Lukashenka, Antony/Anthony, Wolodymyr/Volodymyr).
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "lord",
            "lady", "prof", "hon", "jr", "sr");
    private static final Set<String> NASAB = Set.of("bin", "ibn", "bint");

    private NameKeys() {
    }

    /** Lower case, diacritics removed, dots and apostrophes dropped, anything else not a letter or digit a space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = Character.toLowerCase(stripped.charAt(i));
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                case '.', '\'', '’', 'ʼ', '`' -> { }
                default -> out.append(c);
            }
        }
        return NON_ALNUM.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of a name, honorifics and single-letter initials left out. */
    public static List<String> words(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (word.length() > 1 && !HONORIFICS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The transliteration key of one folded word: letters that romanisations render differently are collapsed
     * (y/i, w/v, kh/h, ph/f, th/t, x/ks, ou/u), doubled letters are single, a long word's final a/o (Belarusian
     * versus Russian endings) is dropped, and the Arabic article is one word (al-Sisi = El-Sisi).
     */
    public static String wordKey(String word) {
        if (word.equals("el")) {
            return "al";
        }
        String w = word;
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        w = w.replace("kh", "h").replace("ph", "f").replace("th", "t").replace("x", "ks")
                .replace("ck", "k").replace("ou", "u").replace('w', 'v').replace('y', 'i');
        StringBuilder collapsed = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        if (collapsed.length() >= 7) {
            char last = collapsed.charAt(collapsed.length() - 1);
            if (last == 'a' || last == 'o') {
                collapsed.setLength(collapsed.length() - 1);
            }
        }
        return collapsed.toString();
    }

    /** The transliteration keys of a name's words, in order. */
    public static List<String> wordKeys(String name) {
        return words(name).stream().map(NameKeys::wordKey).toList();
    }

    /**
     * The key of the name a person is filed under, from their name's word keys: the last word, but in an Arabic name
     * with a nasab the name after the first bin/ibn, which its short and full forms share (Mohammed bin Salman,
     * Mohammed bin Salman bin Abdulaziz Al Saud).
     */
    public static String surnameKey(List<String> wordKeys) {
        for (int i = 1; i + 1 < wordKeys.size(); i++) {
            if (NASAB.contains(wordKeys.get(i))) {
                return wordKeys.get(i + 1);
            }
        }
        return wordKeys.get(wordKeys.size() - 1);
    }

    /** The transliteration key of a whole name: its word keys joined by single spaces. */
    public static String nameKey(String name) {
        return String.join(" ", wordKeys(name));
    }

    /** Whether two first names plausibly name the same person: same key, or one a short form of the other (Joe/Joseph). */
    public static boolean givenNamesCompatible(String givenKeyA, String givenKeyB) {
        if (givenKeyA.equals(givenKeyB)) {
            return true;
        }
        String shorter = givenKeyA.length() <= givenKeyB.length() ? givenKeyA : givenKeyB;
        String longer = shorter == givenKeyA ? givenKeyB : givenKeyA;
        if (shorter.length() < 2) {
            return false;
        }
        return longer.startsWith(shorter) || (shorter.length() <= 4 && longer.startsWith(shorter.substring(0, 2)));
    }

    /** A title reduced to its folded words, for comparing offices ("Foreign Minister" = "foreign minister"). */
    public static String titleKey(String title) {
        return String.join(" ", Arrays.stream(fold(title).split(" ")).filter(w -> !w.isBlank()).toList());
    }
}
