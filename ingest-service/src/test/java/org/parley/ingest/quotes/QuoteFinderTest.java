package org.parley.ingest.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotation marks alone: straight and curly, split, multi-paragraph, single, and what is not a quote. */
class QuoteFinderTest {

    @Test
    void straightAndCurlyQuotesGiveTheWordsAndTheirOffsets() {
        String text = "\"We are ready,\" Lavrov said. Blinken said: \u201cNo deal yet.\u201d";
        List<QuoteSpan> quotes = QuoteFinder.find(text);
        assertEquals(2, quotes.size());
        assertEquals("We are ready,", quotes.get(0).text());
        assertEquals("No deal yet.", quotes.get(1).text());
        for (QuoteSpan q : quotes) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
    }

    @Test
    void aQuoteSplitByItsAttributionIsOneQuote() {
        String text = "\"It seems,\" he said, \"that the talks will go on.\"";
        List<QuoteSpan> quotes = QuoteFinder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("It seems, that the talks will go on.", quotes.get(0).text());
        assertEquals(1, quotes.get(0).start());
        assertEquals(text.length() - 1, quotes.get(0).end());
        assertEquals(2, quotes.get(0).segments().size());
    }

    @Test
    void twoSentencesQuotedApartAreTwoQuotes() {
        List<QuoteSpan> quotes = QuoteFinder.find("\"We met,\" he said. \"We will meet again.\"");
        assertEquals(2, quotes.size());
    }

    @Test
    void aQuoteRunningOverParagraphsContinuesAfterTheOpeningMarkOfEachParagraph() {
        String text = "The minister said:\n\n\"The first point is trade.\n\n\"The second is security,\" she added.";
        List<QuoteSpan> quotes = QuoteFinder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("The first point is trade.\n\nThe second is security,", quotes.get(0).text());
        assertEquals(text.indexOf("The first"), quotes.get(0).start());
        assertEquals(text.indexOf("\" she"), quotes.get(0).end());
    }

    @Test
    void singleQuotesCountButApostrophesDoNot() {
        List<QuoteSpan> quotes = QuoteFinder.find("Xi's absence 'disappointing', says Biden; the leaders' talks went on.");
        assertEquals(1, quotes.size());
        assertEquals("disappointing", quotes.get(0).text());
    }

    @Test
    void aStrayMarkAndReportedSpeechAreNoQuotes() {
        assertTrue(QuoteFinder.find("He said the talks were \"useful.\n\nThen he left.").isEmpty());
        assertTrue(QuoteFinder.find("Lavrov said the talks had been useful.").isEmpty());
    }
}
