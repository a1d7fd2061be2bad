package org.parley.ingest.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.extraction.NlpPipelines;

import java.time.LocalDate;

/**
 * Developer tool: the parse of each sentence holding a quotation mark, then the quotes extraction finds, for a text
 * given as the first argument (and the article date as the second). Usage: {@code java -cp ... QuoteDump TEXT DATE}.
 */
public final class QuoteDump {

    private QuoteDump() {
    }

    public static void main(String[] args) {
        String text = args[0];
        LocalDate date = LocalDate.parse(args[1]);
        StanfordCoreNLP nlp = new StanfordCoreNLP(NlpPipelines.extraction());
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        nlp.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            String st = s.get(CoreAnnotations.TextAnnotation.class);
            if (st.contains("\"") || st.contains("'")) {
                System.out.println("## " + st);
                System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)
                        .toList());
            }
        }
        Extraction x = ArticleExtractor.loadedNow().extract(text, date);
        x.actors().forEach(a -> System.out.println("  " + a));
        x.quotes().forEach(q -> System.out.println("  " + q));
    }
}
