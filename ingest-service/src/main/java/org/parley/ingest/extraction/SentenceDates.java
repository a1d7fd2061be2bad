package org.parley.ingest.extraction;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.util.BitSet;
import java.util.List;

/**
 * SUTime's dates in one document, found per sentence on first use. SUTime is the costliest annotator on news
 * text, and only the sentences that may report an engagement, and the few a date is carried over from, need it.
 * Tokens are tagged as CoreNLP's NER annotator tags them with its numeric classifiers: the timex type (DATE, TIME,
 * DURATION, SET) as NER tag where the CRF found nothing, and SUTime's value as the normalised tag.
 */
final class SentenceDates {

    private final TimeExpressionExtractor sutime;
    private final Annotation document;
    private final List<CoreMap> sentences;
    private final BitSet tagged = new BitSet();

    SentenceDates(TimeExpressionExtractor sutime, Annotation document) {
        this.sutime = sutime;
        this.document = document;
        this.sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** The date expressions of sentence {@code index}, running SUTime on it first if not yet done. */
    List<DateReader.DateMention> mentions(int index) {
        tag(index);
        return DateReader.mentions(sentences.get(index).get(CoreAnnotations.TokensAnnotation.class));
    }

    void tag(int index) {
        if (tagged.get(index)) {
            return;
        }
        tagged.set(index);
        CoreMap sentence = sentences.get(index);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> expressions = sutime.extractTimeExpressionCoreMaps(
                NumberSequenceClassifier.alignSentence(sentence), document);
        if (expressions == null) {
            return;
        }
        int offset = sentence.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                ? sentence.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
        for (CoreMap expression : expressions) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            int end = expression.get(CoreAnnotations.TokenEndAnnotation.class) - offset;
            for (int i = expression.get(CoreAnnotations.TokenBeginAnnotation.class) - offset; i < end; i++) {
                CoreLabel token = tokens.get(i);
                if (token.ner() == null || "O".equals(token.ner())) {
                    token.setNER(timex.timexType());
                    token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, value);
                }
            }
        }
    }
}
