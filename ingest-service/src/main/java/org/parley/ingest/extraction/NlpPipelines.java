package org.parley.ingest.extraction;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/** The CoreNLP configurations: the one extraction uses, and CoreNLP's default NER pipeline for comparison. */
public final class NlpPipelines {

    private NlpPipelines() {
    }

    /** Extraction's annotators before parsing; {@link #parser()} then parses only sentences that may report an engagement. */
    public static Properties extractionBeforeParse() {
        Properties p = extraction();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return p;
    }

    /** The dependency parser (UD English, enhanced++ graphs), run per sentence. */
    static DependencyParseAnnotator parser() {
        Properties p = new Properties();
        p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return new DependencyParseAnnotator(p);
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
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
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
