package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Developer tool: prints tokens (POS, NER, SUTime value) and enhanced dependencies of the sentences of a file that
 * contain a given phrase, then the extraction. Usage: {@code java -cp ... ParseDump FILE DATE PHRASE}.
 */
public final class ParseDump {

    private ParseDump() {
    }

    public static void main(String[] args) throws Exception {
        String text = GoldScorer.storyText(Files.readString(Path.of(args[0])), LocalDate.parse(args[1]));
        StanfordCoreNLP nlp = NlpPipelines.build(NlpPipelines.extraction());
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, args[1]);
        nlp.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            String st = s.get(CoreAnnotations.TextAnnotation.class);
            if (args.length > 2 && !st.contains(args[2])) {
                continue;
            }
            System.out.println("## " + st);
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                System.out.print(t.index() + ":" + t.word() + "/" + t.tag() + "/" + t.ner()
                        + (t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) != null
                        ? "=" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) : "") + " ");
            }
            System.out.println();
            System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
        }
        Extraction x = ArticleExtractor.loadedNow().extract(text, LocalDate.parse(args[1]));
        x.engagements().forEach(e -> System.out.println(e.type() + " " + e.status() + " " + e.participants() + " "
                + e.date() + " @" + e.location() + " | " + e.evidence().sentence()));
    }
}
