package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.parley.ingest.extraction.ExtractedEngagement.Type;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trigger constructions: Semgrex patterns over the enhanced++ dependency graph, loaded from
 * {@code extraction/constructions.txt}. Each names a node {@code trigger} that reports an engagement of its type;
 * the trigger's arguments are then attached like any other trigger's. Every construction carries at least two
 * example sentences modelled on different published sources; {@code ConstructionExamplesTest} runs them.
 */
final class Constructions {

    /** An example of a construction: a sentence, its article date, the engagement it must give. */
    record Example(String published, String sentence, Type type, String status, List<String> participants,
                   String source) {
    }

    /**
     * @param type    the engagement type; null for a consultation (CAMEO 040: "discussed", "exchanged views", "conferred"),
     *                which is a CALL when said to be by phone, else a MEETING, and which adds nothing where the same
     *                parties' engagement is reported by another trigger
     */
    record Construction(String name, Type type, Set<String> anchors, SemgrexPattern pattern, List<Example> examples) {
    }

    /**
     * A trigger a construction found, with the nodes it names as counterparts ({@code with}) and as initiators or
     * hosts ({@code by}).
     */
    record Match(Type type, List<IndexedWord> with, List<IndexedWord> by) {

        boolean consultation() {
            return type == null;
        }
    }

    private static final Constructions SHARED = load("extraction/constructions.txt");

    private final List<Construction> all;
    private final Set<String> anchors = new HashSet<>();

    private Constructions(List<Construction> all) {
        this.all = List.copyOf(all);
        all.forEach(c -> anchors.addAll(c.anchors()));
    }

    static Constructions shared() {
        return SHARED;
    }

    List<Construction> all() {
        return all;
    }

    /** Whether a lemma can anchor a construction (the cheap test before a sentence is parsed). */
    boolean isAnchor(String lemma) {
        return anchors.contains(lemma);
    }

    /** The trigger words the constructions find in a graph (the first construction to find a word wins). */
    Map<IndexedWord, Match> triggers(SemanticGraph g) {
        Map<IndexedWord, Match> out = new HashMap<>();
        for (Construction c : all) {
            if (g.vertexSet().stream().noneMatch(w -> c.anchors().contains(SentenceGraph.lemma(w)))) {
                continue;
            }
            SemgrexMatcher m = c.pattern().matcher(g);
            while (m.find()) {
                IndexedWord trigger = m.getNode("trigger");
                Match match = out.get(trigger);
                if (match == null) {
                    match = new Match(c.type(), new ArrayList<>(), new ArrayList<>());
                    out.put(trigger, match);
                } else if (match.type() != c.type()) {
                    continue;
                }
                addNode(match.with(), m.getNode("with"));
                addNode(match.by(), m.getNode("by"));
            }
        }
        return out;
    }

    private static void addNode(List<IndexedWord> nodes, IndexedWord node) {
        if (node != null && !nodes.contains(node)) {
            nodes.add(node);
        }
    }

    /**
     * Reads the file: blocks of {@code key: value} lines separated by blank lines; keys {@code construction} (the
     * name), {@code type}, {@code anchors} (lemmas, space-separated), {@code pattern}, and repeated
     * {@code example: DATE | SENTENCE | TYPE STATUS | PARTICIPANT; PARTICIPANT} each followed by {@code source: URL}.
     * The type CONSULT reads as null: a consultation (see {@link Construction}).
     */
    static Constructions load(String resource) {
        List<Construction> out = new ArrayList<>();
        try (InputStream in = Constructions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> block = new HashMap<>();
            List<String[]> examples = new ArrayList<>();
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.isBlank()) {
                    if (!block.isEmpty()) {
                        out.add(construction(resource, block, examples));
                        block = new HashMap<>();
                        examples = new ArrayList<>();
                    }
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(resource + ": not a key: value line: " + line);
                }
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (key.equals("example")) {
                    examples.add(new String[]{value, null});
                } else if (key.equals("source") && !examples.isEmpty()) {
                    examples.get(examples.size() - 1)[1] = value;
                } else if (block.put(key, value) != null) {
                    throw new IllegalStateException(resource + ": repeated key " + key + " in " + block);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Constructions(out);
    }

    private static Construction construction(String resource, Map<String, String> block, List<String[]> raw) {
        String name = block.get("construction");
        if (name == null || !block.containsKey("type") || !block.containsKey("pattern") || !block.containsKey("anchors")) {
            throw new IllegalStateException(resource + ": a construction needs construction, type, anchors, pattern: " + block);
        }
        Type type = block.get("type").equals("CONSULT") ? null : Type.valueOf(block.get("type"));
        List<Example> examples = new ArrayList<>();
        for (String[] e : raw) {
            String[] f = e[0].split("\\|");
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": " + name + ": example needs DATE | SENTENCE | TYPE STATUS | PARTIES: " + e[0]);
            }
            String[] ts = f[2].trim().split(" +");
            List<String> parties = new ArrayList<>();
            for (String p : f[3].split(";")) {
                parties.add(p.trim());
            }
            examples.add(new Example(f[0].trim(), f[1].trim(), Type.valueOf(ts[0]), ts.length > 1 ? ts[1] : null,
                    parties, e[1]));
        }
        Set<String> anchors = new HashSet<>(List.of(block.get("anchors").toLowerCase(Locale.ROOT).split(" +")));
        return new Construction(name, type, anchors, SemgrexPattern.compile(block.get("pattern")), examples);
    }
}
