package org.parley.ingest.quotes;

import java.util.List;

/** The quotes of one article with their speakers: {@link QuoteFinder} then {@link QuoteAttributor}. */
public final class QuoteReader {

    private QuoteReader() {
    }

    /** Quotes in {@code text} (the text the context's tokens were made from), in text order. */
    public static List<ExtractedQuote> read(String text, QuoteContext context) {
        List<QuoteSpan> spans = QuoteFinder.find(text);
        if (spans.isEmpty()) {
            return List.of();
        }
        return new QuoteAttributor(text, spans, context).attribute();
    }
}
