package org.parley.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A wire dateline opening a paragraph is ended by a blank line at the same text length; other dashes stay. */
class DatelinesTest {

    @Test
    void aDatelineOpeningAParagraphEndsInABlankLineAndTheTextKeepsItsLength() {
        String text = "NAIROBI, March 3 (Reuters) - Kenya's minister met his Ugandan counterpart.\n\n"
                + "Hanoi, Vietnam (VNA) -- The two prime ministers held talks.\n\nKARACHI: The envoy called on the governor.";
        String apart = Datelines.setApart(text);
        assertEquals(text.length(), apart.length());
        assertEquals("NAIROBI, March 3 (Reuters)-\n\nKenya's minister met his Ugandan counterpart.\n\n"
                + "Hanoi, Vietnam (VNA)--\n\nThe two prime ministers held talks.\n\nKARACHI\n\nThe envoy called on the governor.",
                apart);
    }

    @Test
    void aDashAfterANameInsideASentenceOrLaterInAParagraphIsNoDateline() {
        for (String text : new String[] {"Ruto - who seldom travels in March - met Museveni in Kampala.",
                "The US - China talks resumed in Geneva on Monday.",
                "Talks went on.\nROME - This line is not a paragraph's first."}) {
            assertEquals(text, Datelines.setApart(text));
        }
    }
}
