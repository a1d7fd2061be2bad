package org.parley.entity.actor.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    /** Generational suffixes, dropped at the end of a name (Lloyd J. Austin III = Lloyd Austin). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /**
     * Titles used as honorifics, in any language, dropped only from the start of a name and never down to nothing:
     * some are names elsewhere (Tun, Premier), so "Kyaw Tun" keeps its Tun. Multi-word titles are listed whole.
     */
    private static final List<List<String>> LEADING_TITLES = Stream.of(
                    "datuk seri", "dato seri", "tan sri", "toh puan", "prime minister", "primeiro ministro",
                    "primer ministro", "premier ministre", "president", "presidente", "presidenta", "premier",
                    "chancellor", "kanzler", "kanzlerin", "sheikh", "sheik", "shaikh", "sheikha", "shri", "shrimati",
                    "smt", "datuk", "dato", "datin", "tun", "senor", "senora", "sra", "monsieur",
                    "madame", "mme", "herr", "frau", "doctor", "doctora", "dr", "professor", "prof", "general", "gen")
            .map(title -> List.of(title.split(" ")))
            .toList();
    /** Particles of Iberian, Lusophone, Italian, Dutch and German names: not name parts of their own. */
    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "del", "della", "di", "du",
            "la", "le", "y", "e", "van", "von", "der", "den", "ter");

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

    /**
     * The folded words of a name: leading titles, honorifics, generational suffixes and single-letter initials left
     * out.
     */
    public static List<String> words(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(Arrays.asList(folded.split(" ")));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> title : LEADING_TITLES) {
                if (all.size() > title.size() && all.subList(0, title.size()).equals(title)) {
                    all.subList(0, title.size()).clear();
                    stripped = true;
                    break;
                }
            }
        }
        while (all.size() > 1 && SUFFIXES.contains(all.get(all.size() - 1))) {
            all.remove(all.size() - 1);
        }
        List<String> words = new ArrayList<>();
        for (String word : all) {
            if (word.length() > 1 && !HONORIFICS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The generational suffix a name ends in (jr, sr, ii, iii, iv), or null. */
    public static String suffix(String name) {
        String[] folded = fold(name).split(" ");
        String last = folded[folded.length - 1];
        return folded.length > 1 && SUFFIXES.contains(last) ? last : null;
    }

    /** Whether both names carry a generational suffix and they differ: a father and a son (Jr. and Sr.). */
    public static boolean suffixesConflict(String nameA, String nameB) {
        String a = suffix(nameA);
        String b = suffix(nameB);
        return a != null && b != null && !a.equals(b);
    }

    /** The transliteration keys of every folded word of a name, nothing left out: tells a respelling from a stripping. */
    public static String rawKey(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? "" : String.join(" ", Arrays.stream(folded.split(" ")).map(NameKeys::wordKey).toList());
    }

    /** The word keys of a name without particles (da, de, dos, y, van…): the parts multi-part names are compared by. */
    public static List<String> partKeys(String name) {
        return partWords(name).stream().map(NameKeys::wordKey).toList();
    }

    /** The folded words of a name without particles, not reduced to keys: what a typo is measured on. */
    public static List<String> partWords(String name) {
        return words(name).stream().filter(word -> !PARTICLES.contains(word)).toList();
    }

    /**
     * Whether the shorter part list is the longer one with parts left out, order kept, and the shorter's last part
     * is one of the longer's last two parts, never its first (Lula da Silva and Luiz Inácio Lula in Luiz Inácio Lula
     * da Silva; not Luiz Inácio, which is given names only).
     */
    public static boolean orderedSubset(List<String> partsA, List<String> partsB) {
        List<String> shorter = partsA.size() <= partsB.size() ? partsA : partsB;
        List<String> longer = shorter == partsA ? partsB : partsA;
        if (shorter.isEmpty() || !isSurnamePart(shorter.get(shorter.size() - 1), longer)) {
            return false;
        }
        int next = 0;
        for (String part : shorter) {
            while (next < longer.size() && !longer.get(next).equals(part)) {
                next++;
            }
            if (next == longer.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    /** Whether this part key is one of the name's last two parts and not its first: its surname, or one of two. */
    public static boolean isSurnamePart(String partKey, List<String> parts) {
        int index = parts.lastIndexOf(partKey);
        return index > 0 && index >= parts.size() - 2;
    }

    /**
     * Whether two surnames are one letter apart (one substitution, insertion or deletion), both of at least six
     * letters and with the same first letter: a typo, not another name (Vieira/Viera; not Castro/Castor).
     */
    public static boolean oneTypoApart(String a, String b) {
        if (a.length() < 6 || b.length() < 6 || a.charAt(0) != b.charAt(0) || a.equals(b)
                || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String restA = a.substring(Math.min(i + (a.length() >= b.length() ? 1 : 0), a.length()));
        String restB = b.substring(Math.min(i + (b.length() >= a.length() ? 1 : 0), b.length()));
        return restA.equals(restB);
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
