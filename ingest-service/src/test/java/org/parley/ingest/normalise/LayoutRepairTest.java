package org.parley.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Layout repair: unwrapping, hyphenation, paragraphs, and one form per character. */
class LayoutRepairTest {

    private final ArticleNormaliser normaliser = new ArticleNormaliser();

    private String text(String raw) {
        return normaliser.normalise(raw, null).text();
    }

    @Test
    void hardWrapsInsideASentenceAreUnwrapped() {
        assertEquals("The minister told reporters that the talks in Geneva would resume on Monday.",
                text("The minister told reporters that\nthe talks in Geneva would resume\non Monday."));
    }

    @Test
    void aWrapBeforeACapitalisedNameIsUnwrapped() {
        assertEquals("US officials confirmed that Secretary of State Antony Blinken will meet with Russian Foreign "
                        + "Minister Sergei Lavrov next week.",
                text("US officials confirmed that Secretary of State Antony Blinken will meet with\n"
                        + "Russian Foreign Minister Sergei Lavrov next week."));
    }

    @Test
    void aWrapAfterACommaIsUnwrapped() {
        assertEquals("Elsewhere, the two delegations met in Vienna for talks on the nuclear deal.",
                text("Elsewhere,\nthe two delegations met in Vienna for talks on the nuclear deal."));
    }

    @Test
    void aLineEndingWithATitleAbbreviationRunsOnToTheName() {
        assertEquals("Officials said they had spoken with Mr. Lavrov on Tuesday about the talks.",
                text("Officials said they had spoken with Mr.\nLavrov on Tuesday about the talks."));
    }

    @Test
    void wordsHyphenatedAcrossALineBreakAreJoined() {
        assertEquals("The international community responded with sanctions against the government.",
                text("The inter-\nnational community responded with sanc-\ntions against the government."));
    }

    @Test
    void realCompoundsKeepTheirHyphenAcrossALineBreak() {
        assertEquals("The well-known envoy met pro-Russian separatists and a self-described mediator in the "
                        + "well-known city.",
                text("The well-\nknown envoy met pro-\nRussian separatists and a self-\ndescribed mediator in the "
                        + "well-known city."));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertEquals("The talks began on Monday in Geneva with both delegations.\n\n"
                        + "They ended on Tuesday without an agreement on the border.",
                text("The talks began on Monday in Geneva with both delegations.\n\n\n\n"
                        + "They ended on Tuesday without an agreement on the border.\n\n"));
    }

    @Test
    void aLineEndingASentenceEndsTheParagraph() {
        assertEquals("The talks began on Monday in Geneva with both delegations.\n\n"
                        + "They ended on Tuesday without an agreement on the border.",
                text("The talks began on Monday in Geneva with both delegations.\n"
                        + "They ended on Tuesday without an agreement on the border."));
    }

    @Test
    void aShortHeadingStaysItsOwnParagraph() {
        assertEquals("The talks began on Monday in Geneva with both delegations.\n\n"
                        + "Truss travels to Moscow\n\n"
                        + "The Foreign Secretary flew to Moscow on Wednesday for talks with Lavrov.",
                text("The talks began on Monday in Geneva with both delegations.\n"
                        + "Truss travels to Moscow\n"
                        + "The Foreign Secretary flew to Moscow on Wednesday for talks with Lavrov."));
    }

    @Test
    void windowsAndOldMacLineEndingsAreLineBreaks() {
        assertEquals("The talks began on Monday in Geneva with both delegations.\n\n"
                        + "They ended on Tuesday without an agreement on the border.",
                text("The talks began on Monday in Geneva\r\nwith both delegations.\r\n\r\n"
                        + "They ended on Tuesday\rwithout an agreement on the border."));
    }

    @Test
    void quotesDashesEllipsesAndSpacesHaveOneForm() {
        assertEquals("\"It's time,\" he said - and the envoy's aide agreed - that the 2014-2015 talks... failed.",
                text("\u201CIt\u2019s time,\u201D he said\u2014and the envoy\u2019s aide agreed \u2013 that the "
                        + "2014\u20132015\u00A0talks\u2026  failed."));
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertEquals("The envoy C\u00E9sar L\u00F3pez met officials in Kyiv on Monday for talks.",
                text("The envoy Ce\u0301sar Lo\u0301pez met officials in Kyiv on Monday for talks."));
    }

    @Test
    void htmlEntitiesAndWindows1252PunctuationAreDecoded() {
        assertEquals("\"Russia & Ukraine\" - it's a start, the minister said on Friday in Vienna.",
                text("&ldquo;Russia &amp; Ukraine&rdquo; &#8212; it\u0092s a start, the minister said on Friday "
                        + "in&nbsp;Vienna."));
    }

    @Test
    void zeroWidthAndSoftHyphenCharactersAreRemoved() {
        assertEquals("The negotiations continued in Istanbul on Tuesday afternoon.",
                text("The nego\u00ADtiations\u200B continued in Istanbul on \uFEFFTuesday afternoon."));
    }

    @Test
    void theSameInputAlwaysGivesTheSameText() {
        String raw = "WORLD\nThe talks began on Monday\nin Geneva.\n\nAdvertisement\nThey ended on Tuesday.";
        assertEquals(text(raw), text(raw));
    }

    @Test
    void leftoverHtmlBecomesParagraphsWithoutScriptsStylesOrCaptions() {
        NormalisedArticle article = normaliser.normalise("""
                <html><head><title>Blinken and Lavrov to meet in Geneva</title><style>p{color:red}</style>
                <script>var a = "<p>x</p>";</script></head><body><h1>Blinken and Lavrov to meet in Geneva</h1>
                <figure><img src="x.jpg"><figcaption>Blinken in Brussels. AP</figcaption></figure>
                <p>The US Secretary of State will meet his Russian counterpart in Geneva on <em>Friday</em>,
                officials said.</p><!-- ad --><p>The talks follow weeks of tension &amp; warnings.</p></body></html>
                """, null);
        assertEquals("Blinken and Lavrov to meet in Geneva", article.title());
        assertEquals("The US Secretary of State will meet his Russian counterpart in Geneva on Friday, officials "
                + "said.\n\nThe talks follow weeks of tension & warnings.", article.text());
    }

    @Test
    void angleBracketsInPlainTextAreNotMarkup() {
        assertEquals("If a < b and c > d, the ministers said, the talks would go ahead in Vienna.",
                text("If a < b and c > d, the ministers said, the talks would go ahead in Vienna."));
    }
}
