package org.parley.ingest.quotes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.ArticleExtractor;
import org.parley.ingest.extraction.ExtractedActor;
import org.parley.ingest.extraction.Extraction;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Speakers of quotes on sentences written for the rules, through the real CoreNLP pipeline and extraction. */
class QuoteAttributionTest {

    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8); // a Friday
    static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.loadedNow();
    }

    @Test
    void attributionVerbAfterTheQuote() {
        String text = "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva.\n\n"
                + "\"We had a frank exchange,\" Lavrov told reporters after the meeting.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals(1, x.quotes().size());
        ExtractedQuote q = x.quotes().get(0);
        assertEquals("We had a frank exchange,", q.text());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertEquals("Sergei Lavrov", speaker(x, q));
        assertEquals(PUBLISHED, q.saidOn());
    }

    @Test
    void invertedAttributionWithADate() {
        String text = "\"This is a turning point for the region,\" said Olaf Scholz on Wednesday.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals("Olaf Scholz", speaker(x, x.quotes().get(0)));
        assertEquals(LocalDate.of(2024, 3, 6), x.quotes().get(0).saidOn());
    }

    @Test
    void splitQuoteIsOneQuoteWithTheSpeakerBetweenItsParts() {
        String text = "Emmanuel Macron arrived in Berlin on Monday.\n\n"
                + "\"It seems,\" Macron said, \"that Europe must now stand on its own feet.\"";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals(1, x.quotes().size());
        assertEquals("It seems, that Europe must now stand on its own feet.", x.quotes().get(0).text());
        assertEquals("Emmanuel Macron", speaker(x, x.quotes().get(0)));
    }

    @Test
    void multiParagraphQuoteTakesTheSpeakerOfItsLastParagraph() {
        String text = "Chinese President Xi Jinping spoke at the opening of the forum.\n\n"
                + "\"The world is at a crossroads. We must choose cooperation over confrontation.\n\n"
                + "\"No country can meet these challenges alone,\" Xi said.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals(1, x.quotes().size());
        ExtractedQuote q = x.quotes().get(0);
        assertEquals(text.indexOf("The world"), q.start());
        assertEquals(text.indexOf("\" Xi said"), q.end());
        assertEquals("Xi Jinping", speaker(x, q));
    }

    @Test
    void accordingTo() {
        String text = "Japanese Foreign Minister Yoko Kamikawa will visit Seoul next week.\n\n"
                + "The visit is \"a chance to build trust\", according to Kamikawa.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals("Yoko Kamikawa", speaker(x, x.quotes().get(0)));
    }

    @Test
    void pronounRefersBackToThePersonNamedBefore() {
        String text = "Turkish President Recep Tayyip Erdogan hosted Volodymyr Zelenskiy in Istanbul on Friday.\n\n"
                + "\"Turkey is ready to host a peace summit,\" he said.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals("Recep Tayyip Erdogan", speaker(x, x.quotes().get(0)));
    }

    @Test
    void goingOnAndAParticipleSayingAttributeToTheirSubject() {
        Extraction x = extractor.extract("Kenyan President William Ruto received Ghana's foreign minister on Monday.\n\n"
                + "\"We thank Ghana for its support, and we welcome its investors,\" he went on.", PUBLISHED);
        assertEquals("William Ruto", speaker(x, x.quotes().get(0)));
        Extraction y = extractor.extract("Brazilian President Luiz Inacio Lula da Silva embraced Colombian President "
                + "Gustavo Petro at the airport, saying \"we are doing this for the Amazon\" before the talks.", PUBLISHED);
        assertEquals("Luiz Inacio Lula da Silva", speaker(y, y.quotes().get(0)));
    }

    @Test
    void anotherWordForTheSameOfficeRefersBackToItsHolder() {
        Extraction x = extractor.extract("Ambassador Olufemi Abikoye presented his letters to President John Mahama in "
                + "Accra on Monday.\n\nThe High Commissioner pledged \"to work on the small irritants between our two "
                + "countries.\"", PUBLISHED);
        assertEquals("Olufemi Abikoye", speaker(x, x.quotes().get(0)));
        Extraction y = extractor.extract("Prime Minister Li Qiang arrived in Canberra on Saturday.\n\n\"China and "
                + "Australia are partners, not rivals,\" the premier told his hosts.", PUBLISHED);
        assertEquals("Li Qiang", speaker(y, y.quotes().get(0)));
    }

    @Test
    void anOfficeRefersBackToItsHolder() {
        String text = "Indian Prime Minister Narendra Modi met Emmanuel Macron in Paris.\n\n"
                + "\"Our partnership has never been stronger,\" the prime minister said.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals("Narendra Modi", speaker(x, x.quotes().get(0)));
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        String text = "\"This is a reconciliation that has been a long time coming,\" said Anwar Ibrahim, the "
                + "Malaysian prime minister. \"Both sides want to be seen as indispensable.\"\n\n"
                + "\"We will keep talking.\"";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals(3, x.quotes().size());
        for (ExtractedQuote q : x.quotes()) {
            assertEquals("Anwar Ibrahim", speaker(x, q), q.text());
        }
    }

    @Test
    void aPartialQuoteInReportedSpeechBelongsToTheReportingVerb() {
        String text = "Jordan's King Abdullah warned that an offensive on Rafah would trigger "
                + "\"another humanitarian catastrophe\".";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals("another humanitarian catastrophe", x.quotes().get(0).text());
        assertEquals("Abdullah", speaker(x, x.quotes().get(0)).replace("King ", ""));
    }

    @Test
    void anUnnamedSourceIsNoSpeakerAndReportedSpeechIsNoQuote() {
        String text = "Kishida said the talks had been useful.\n\n"
                + "\"The door remains open,\" a senior official said.";
        Extraction x = extractor.extract(text, PUBLISHED);
        assertEquals(1, x.quotes().size());
        assertNull(x.quotes().get(0).speakerRef());
    }

    static String speaker(Extraction x, ExtractedQuote q) {
        if (q.speakerRef() == null) {
            return null;
        }
        List<ExtractedActor> actors = x.actors();
        return actors.stream().filter(a -> a.ref().equals(q.speakerRef())).findFirst().orElseThrow().name();
    }
}
