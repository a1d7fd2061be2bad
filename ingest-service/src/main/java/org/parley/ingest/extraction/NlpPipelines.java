package org.parley.ingest.extraction;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;

import java.util.Properties;

/** The CoreNLP configurations: the one extraction uses, and CoreNLP's default NER pipeline for comparison. */
public final class NlpPipelines {

    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private NlpPipelines() {
    }

    /**
     * Extraction's annotators run on every sentence: the CRF's persons, places and organisations, without SUTime.
     * {@link #dates()} and {@link #parser()} then run only on the sentences that may report an engagement (and
     * SUTime on the ones a date is carried over from), which is where they are needed.
     */
    public static Properties extractionBeforeParse() {
        Properties p = extraction();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        return p;
    }

    /** SUTime as the NER annotator runs it (same rules, same options), for use on chosen sentences. */
    static TimeExpressionExtractor dates() {
        return TimeExpressionExtractorFactory.createExtractor("sutime", new Properties());
    }

    /** The dependency parser (UD English); extraction keeps only the enhanced++ graph of its output. */
    static DependencyParser parser() {
        return DependencyParser.loadFromModelFile(PARSER_MODEL);
    }

    /**
     * Extraction's pipeline as one CoreNLP configuration (all sentences parsed): coarse NER (the 3-class CRF; countries, demonyms, capitals and titles come from our own
     * gazetteer, which is far cheaper than CoreNLP's fine-grained matcher), SUTime dates, enhanced dependencies.
     */
    public static Properties extraction() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("depparse.model", PARSER_MODEL);
        return p;
    }

    /** CoreNLP's default NER pipeline (three CRF models, fine-grained types, entity mentions). */
    public static Properties defaultNer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return p;
    }

    static StanfordCoreNLP build(Properties p) {
        return new StanfordCoreNLP(p);
    }
}
