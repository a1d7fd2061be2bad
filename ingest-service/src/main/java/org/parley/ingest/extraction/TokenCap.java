package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * The most of an article extraction reads: its first {@value #MAX_TOKENS} tokens, cut at the end of the last whole
 * sentence within them. News reports what happened in the first paragraphs; the cap bounds the time and memory one
 * article can take (a 200,000-character page is about 40,000 tokens) while leaving every ordinary story whole (a
 * long feature is 2,000–5,000 tokens). The cut text is a prefix of the article, so evidence offsets stay valid.
 */
final class TokenCap {

    /** Tokens read per article at most. */
    static final int MAX_TOKENS = 10_000;

    private final StanfordCoreNLP splitter;
    private final int maxTokens;

    TokenCap(int maxTokens) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak",
                NlpPipelines.extraction().getProperty("ssplit.newlineIsSentenceBreak"));
        this.splitter = new StanfordCoreNLP(p);
        this.maxTokens = maxTokens;
    }

    /** {@code text} itself when within the cap, else its longest prefix of whole sentences within it. */
    String apply(String text) {
        if (text.length() <= maxTokens) {
            return text; // a token is at least one character
        }
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() <= maxTokens) {
            return text;
        }
        int lastToken = tokens.get(maxTokens - 1).endPosition();
        int end = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (sentenceEnd > lastToken) {
                break;
            }
            end = sentenceEnd;
        }
        // a first sentence longer than the cap is cut after its last token within it
        return text.substring(0, end > 0 ? end : lastToken);
    }
}
