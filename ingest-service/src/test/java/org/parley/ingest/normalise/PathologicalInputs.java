package org.parley.ingest.normalise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs shaped to find super-linear paths in normalising: each builds a text of about the given length from a
 * repeated unit, so the same shape can be timed at doubling sizes. Every text is invented here.
 */
final class PathologicalInputs {

    static final String STORY = "The foreign ministers of Chile and Norway met in Oslo on Tuesday to discuss "
            + "fishing quotas, officials said.";

    /** Name of the shape → text of about {@code size} characters (never more). */
    static final Map<String, IntFunction<String>> SHAPES = shapes();

    private PathologicalInputs() {
    }

    private static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("lines of punctuation only", size -> repeat(".\n", size));
        shapes.put("lines of mixed punctuation", size -> repeat("* * *\n-\n|\n...\n\"\n", size));
        shapes.put("one long word", size -> "a".repeat(size - 1) + ".");
        shapes.put("empty lines, then a story", size -> "\n".repeat(size - STORY.length()) + STORY);
        shapes.put("alternating furniture and story lines", size -> repeat(
                "Advertisement\n" + STORY + "\nShare this article\n\n", size));
        shapes.put("alternating link lists and story lines", size -> repeat(
                "Most viewed\nFlooding closes roads across the north\nCentral bank holds rates steady\n"
                        + STORY + "\n", size));
        shapes.put("capitals headings over headlines, story below", size -> repeat(
                "WORLD NEWS\nFlooding closes roads across the north\n", size - STORY.length() - 1) + "\n" + STORY);
        shapes.put("one huge hard-wrapped paragraph", size -> repeat(
                "The envoys met in Oslo on Tuesday and agreed,\nafter long talks, to meet again in the\n", size));
        shapes.put("hyphenated halves on every line",
                size -> STORY + "\n" + repeat("ab-\n", size - STORY.length() - 1));
        shapes.put("quotes and brackets", size -> STORY + " " + repeat("\"([\"')]", size - STORY.length() - 3) + " a");
        shapes.put("a word of quotes between letters", size -> STORY + " a" + "\"".repeat(size - STORY.length() - 5)
                + "a b");
        shapes.put("a run of capitals", size -> STORY + "\n" + "A".repeat(size - STORY.length() - 3) + "a!");
        shapes.put("a run of initials", size -> STORY + " " + repeat("A.", size - STORY.length() - 2) + "x");
        shapes.put("unclosed HTML tags", size -> "<br> " + repeat("<p <script <!-- ", size - STORY.length() - 5)
                + STORY);
        shapes.put("unknown capitalised words, each a split candidate", size -> STORY + "\n"
                + repeat("Qwertzuiopasdfghjklyxcvbnmqwer Murilloandmeet ", size - STORY.length() - 1));
        shapes.put("combining marks", size -> STORY + " a" + repeat("\u0316\u0301", size - STORY.length() - 2));
        return shapes;
    }

    /** {@code unit} repeated to at most {@code size} characters. */
    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
