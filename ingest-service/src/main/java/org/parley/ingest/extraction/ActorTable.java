package org.parley.ingest.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.parley.ingest.extraction.ExtractedActor.ActorKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actors of one article and which tokens name them: people from CoreNLP's PERSON tags (later mentions and
 * near-miss spellings folded into the full name), countries and organisations from the gazetteer and ORGANIZATION
 * tags, with each person's title and affiliation read from the words around the name.
 */
final class ActorTable {

    /** An actor being assembled. */
    static final class Actor {
        final ActorKind kind;
        String name;
        String title;
        Actor affiliation;
        String ref;
        final Set<String> mentions = new LinkedHashSet<>();
        /** Folded tokens of the fullest name, for matching later mentions. */
        List<String> nameTokens = List.of();
        /** Folded tokens of every full form and nickname the article gives ("Yacinda Ardern" beside "Jacinda Ardern"). */
        final List<List<String>> forms = new ArrayList<>();

        Actor(ActorKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        String surname() {
            return nameTokens.isEmpty() ? Gazetteer.fold(name) : nameTokens.get(nameTokens.size() - 1);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A person's name as it occurs: sentence, token span [from, to) with 0-based token positions. */
    record PersonMention(int sentence, int from, int to, Actor actor) {
    }

    /** Words of a state's formal style before its name ("the Islamic Republic of", "the Kingdom of"). */
    /** The words an office's name ends with, right before its holder's name ("President", "Foreign Minister"). */
    private static final Set<String> OFFICE_HEADS = Set.of("president", "minister", "premier", "chancellor", "king",
            "queen", "emir", "sultan", "leader", "secretary", "ambassador", "envoy", "governor", "mayor", "speaker",
            "chairman", "chairperson", "prince", "sheikh", "counterpart", "vice-president", "secretary-general", "general");

    private static final Set<String> STATE_STYLE_WORDS = Set.of("Republic", "Kingdom", "State", "Sultanate",
            "Federation", "Federal", "Islamic", "Democratic", "People's", "People", "'s", "Arab", "Socialist",
            "Hashemite", "Principality", "Grand", "Duchy", "Commonwealth", "Plurinational", "Bolivarian", "United",
            "Union", "Emirate", "Independent", "Co-operative", "Cooperative");

    /** Words that open the capitalised name of a document the tagger may take for an organisation. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("letter", "letters", "memorandum", "declaration",
            "communique", "communiqué", "treaty", "accord", "credentials", "statement");

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    static boolean isStateStyleWord(String word) {
        return STATE_STYLE_WORDS.contains(word);
    }

    /**
     * Forms of address, honorifics of other languages and abbreviated ranks the tagger puts at the start of a name
     * ("Gen. Min Aung Hlaing", "Prince Faisal", "Dato Erywan Yusof", "Shri Narendra Modi", "Presidente Lula"), and a
     * numeral of the office before it ("Foreign Minister II Dato Erywan").
     */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "prince", "princess", "gen.", "lt.", "col.", "maj.", "adm.", "sen.", "rep.", "gov.", "dato", "dato'",
            "datuk", "datin", "seri", "pehin", "tun", "excellency", "shri", "presidente", "président", "ii", "iii", "iv", "prez", "majesty",
            "highness");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
    private static final Set<String> COUNTERPART_WORDS = Set.of("counterpart", "counterparts");
    /** How far back a list of bodies and their holders' names may reach for the office they share. */
    private static final int MAX_LISTED_OFFICE_WORDS = 30;
    private static final Set<String> BYLINE_CUES = Set.of("by", "reporter", "correspondent", "editor", "writer",
            "reporting", "writing", "editing", "photo", "photos", "credit", "translation", "translated", "video");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "into", "inside",
            "across", "around", "within", "toward", "towards", "via");
    private static final Set<String> NAME_PARTICLES = Set.of("le", "la", "de", "da", "van", "von", "bin", "al", "del",
            "der", "di", "du", "el", "-", "den", "ter", "dos", "das", "ibn", "bint", "abu", "ould");
    private static final Pattern FOREIGN_AFFAIRS_TITLE = Pattern.compile(
            "(?i)secretary of state|foreign secretary|external affairs|foreign affairs|foreign minister$");
    private static final Pattern MEDIA_HEAD = Pattern.compile("(?i)agency|news|press|television|tv|radio|broadcaster|broadcasting");
    private static final Set<String> PLACE_HEADS = Set.of("province", "region", "district", "county", "city", "town",
            "village", "island", "governorate", "prefecture", "municipality");
    private static final Set<String> PLACE_OR_BODY_HEADS = Set.of("province", "region", "district", "county", "city",
            "town", "village", "temple", "mosque", "church", "shrine", "cathedral", "palace", "airport", "university",
            "hospital", "channel", "network", "newspaper", "daily", "militants", "insurgents", "jihadists");
    private static final Set<String> BUILDING_WORDS = Set.of("casa", "palacio", "palácio", "palais", "palazzo", "maison");
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint");
    private static final Pattern BRACKET = Pattern.compile("[()]|-LRB-|-RRB-");
    /** "(C)", "(L)", "(L-R)": a person's place in a photograph, which only a caption gives. */
    private static final Pattern PICTURE_POSITION = Pattern.compile("(?i)c|l|r|l-r|r-l|centre|center");
    private static final Pattern DESCRIPTIVE_COMPOUND = Pattern.compile(
            "\\p{L}+-\\p{Ll}{3,}-\\p{L}+|\\p{L}+-(based|born|backed|led)");
    /**
     * The last word of a body's name, which the tagger may join to the name after it ("Chief of Intelligence and
     * Security Service Mohamed Atta"): never the first word of a person's name.
     */
    private static final Set<String> BODY_HEADS = Set.of("service", "services", "agency", "ministry", "council",
            "committee", "commission", "department", "bureau", "directorate", "authority", "forces", "police",
            "intelligence", "parliament", "assembly", "tribunal", "organisation", "organization", "institute",
            "foundation", "association", "federation", "secretariat", "cabinet", "government", "administration");
    /** A follower's word before a name ("Peronist Fernandez", "Kirchnerist …", "Chavista …", "Labourite …"). */
    private static final Pattern POLITICAL_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ist|ista|istas|ite)");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*");
    private static final int MAX_PORTFOLIO_WORDS = 8;
    /** Last words of a body's name ("Iran Foreign Ministry"), which a portfolio never ends with. */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "Ministry|Department|Office|Agency|Council|Commission|Committee|Bureau|Secretariat|Service");
    private static final Pattern GATHERING_HEAD = Pattern.compile("Summit|Conference|Forum");
    /** Words inside a longer name ("Boao Forum for Asia Annual Conference"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile("for|of|on|and|de|del|-");

    private final Gazetteer gazetteer;
    private final List<List<CoreLabel>> sentences;
    private final Map<String, Actor> byCanonical = new LinkedHashMap<>();
    private final List<Actor> persons = new ArrayList<>();
    private final List<PersonMention> personMentions = new ArrayList<>();
    /** Actor per token, key = sentence * 10000 + token position. */
    private final Map<Integer, Actor> tokenActor = new HashMap<>();
    /** Country a place-name token lies in (capitals used as places), same key. */
    private final Map<Integer, Actor> tokenPlaceCountry = new HashMap<>();

    ActorTable(List<List<CoreLabel>> sentences, Gazetteer gazetteer) {
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        retagPersonNamesEndingOrganisationRuns();
        retagPlaceNamesHoldingAnOffice();
        untagPortfoliosBetweenOfficeAndName();
        findCountriesAndOrganisations();
        findPeople();
        nameGatheringBodies();
        linkRepeatedOrganisationNames();
        readTitles();
    }

    /**
     * "Minister of External Relations and International Cooperation Alain Nyamitwe": the tagger may run the end of a
     * title and the name after it into one organisation. Where the run ends with two or more words the article tags
     * as a person's name elsewhere, those words are that name and the words before them no organisation.
     */
    private void retagPersonNamesEndingOrganisationRuns() {
        Set<List<String>> names = new HashSet<>();
        for (List<CoreLabel> toks : sentences) {
            for (int i = 0; i < toks.size(); ) {
                int j = i;
                while (j < toks.size() && "PERSON".equals(toks.get(j).ner())) {
                    j++;
                }
                if (j - i >= 2) {
                    names.add(toks.subList(i, j).stream().map(CoreLabel::word).toList());
                }
                i = Math.max(j, i + 1);
            }
        }
        for (List<CoreLabel> toks : sentences) {
            for (int i = 0; i < toks.size(); ) {
                int j = i;
                while (j < toks.size() && "ORGANIZATION".equals(toks.get(j).ner())) {
                    j++;
                }
                for (int from = i; from < j - 1; from++) {
                    if (names.contains(toks.subList(from, j).stream().map(CoreLabel::word).toList())) {
                        toks.subList(i, from).forEach(t -> t.setNER("O"));
                        toks.subList(from, j).forEach(t -> t.setNER("PERSON"));
                        break;
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * "Kenyan President Uhuru Kenyatta", "UN Secretary-General Ban Ki-moon": the tagger calls some names places (Uhuru
     * Park, Kenyatta Avenue) or nothing. Capitalised words it tags as a place or as nothing right after the head word
     * of an office, that the gazetteer knows as no place, name the office holder.
     */
    private void retagPlaceNamesHoldingAnOffice() {
        for (List<CoreLabel> toks : sentences) {
            for (int i = 1; i < toks.size(); ) {
                int j = i;
                while (j < toks.size() && isUntaggedNamePart(toks, j, i)) {
                    j++;
                }
                List<String> run = toks.subList(i, j).stream().map(CoreLabel::word).toList();
                boolean nameGoesOn = j < toks.size() && ("PERSON".equals(toks.get(j).ner()) || toks.get(j).word().startsWith("-"));
                if (j > i && !nameGoesOn && OFFICE_HEADS.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && gazetteer.lookup(run).isEmpty() && run.stream().allMatch(w -> gazetteer.lookup(List.of(w)).isEmpty())) {
                    toks.subList(i, j).forEach(t -> t.setNER("PERSON"));
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * A word of a name the tagger left untagged or called a place: a capitalised proper noun that is no office or body
     * word, or, inside the name, a hyphen and the word it joins ("Ban Ki-moon").
     */
    private boolean isUntaggedNamePart(List<CoreLabel> toks, int k, int start) {
        CoreLabel t = toks.get(k);
        if (!("LOCATION".equals(t.ner()) || "O".equals(t.ner()))) {
            return false;
        }
        boolean joined = k > start && k + 1 < toks.size() && t.word().equals("-");
        boolean afterHyphen = k > start + 1 && toks.get(k - 1).word().equals("-") && t.tag().startsWith("NN");
        return joined || afterHyphen || t.tag().equals("NNP") && NAME_WORD.matcher(t.word()).matches()
                && !gazetteer.isTitleWord(t.word()) && !BODY_HEAD.matcher(t.word()).matches()
                && !GATHERING_HEAD.matcher(t.word()).matches();
    }

    /**
     * "Minister of Foreign Affairs and International Cooperation Vincent Biruta": an organisation run between an
     * office and "of" and a person's name is the office's portfolio, not a body the person belongs to, unless the
     * gazetteer knows it ("Secretary General of NATO Jens Stoltenberg").
     */
    private void untagPortfoliosBetweenOfficeAndName() {
        for (List<CoreLabel> toks : sentences) {
            for (int i = 2; i < toks.size(); ) {
                int j = i;
                while (j < toks.size() && "ORGANIZATION".equals(toks.get(j).ner())) {
                    j++;
                }
                boolean afterOffice = j > i && toks.get(i - 1).word().equals("of")
                        && gazetteer.isTitleWord(toks.get(i - 2).word());
                boolean beforeName = j < toks.size() && "PERSON".equals(toks.get(j).ner());
                if (afterOffice && beforeName && j - i <= MAX_PORTFOLIO_WORDS
                        && !BODY_HEAD.matcher(toks.get(j - 1).word()).matches()
                        && gazetteer.lookup(toks.subList(i, j).stream().map(CoreLabel::word).toList()).isEmpty()) {
                    toks.subList(i, j).forEach(t -> t.setNER("O"));
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * "the Asia Zero Emission Community Summit": the capitalised words before a capitalised Summit, Conference or
     * Forum name the body that gathers, when the tagger gave them to no actor (it often calls them a place).
     */
    private void nameGatheringBodies() {
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            for (int i = 2; i < toks.size(); i++) {
                if (!GATHERING_HEAD.matcher(toks.get(i).word()).matches()) {
                    continue;
                }
                int from = i;
                while (from > 0 && isFreeProperNoun(toks.get(from - 1), s, from - 1)) {
                    from--;
                }
                boolean partOfLongerName = from > 0 && NAME_PARTICLE.matcher(toks.get(from - 1).word()).matches();
                if (i - from >= 2 && !partOfLongerName) {
                    Actor a = countryOrOrg(join(toks, from, i), ActorKind.ORGANIZATION);
                    a.mentions.add(a.name);
                    for (int k = from; k < i; k++) {
                        tokenActor.put(key(s, k), a);
                    }
                }
            }
        }
    }

    /**
     * The tagger may miss an organisation's name in one sentence ("The Summit of Mercosur …") that it tags in
     * another: every other untagged occurrence of a name the article gives an organisation is that organisation.
     */
    private void linkRepeatedOrganisationNames() {
        List<Actor> organisations = byCanonical.values().stream()
                .filter(a -> a.kind == ActorKind.ORGANIZATION).toList();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            for (int i = 0; i < toks.size(); i++) {
                if (tokenActor.containsKey(key(s, i)) || !NAME_WORD.matcher(toks.get(i).word()).matches()) {
                    continue;
                }
                for (Actor org : organisations) {
                    int length = matchedMention(org, toks, s, i);
                    if (length > 0) {
                        for (int k = i; k < i + length; k++) {
                            tokenActor.put(key(s, k), org);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** A capitalised proper noun no actor, date or title holds. */
    private boolean isFreeProperNoun(CoreLabel tok, int s, int k) {
        return tok.tag().startsWith("NNP") && NAME_WORD.matcher(tok.word()).matches() && !tokenActor.containsKey(key(s, k))
                && !"DATE".equals(tok.ner()) && !gazetteer.isTitleWord(tok.word());
    }

    /** How many tokens from {@code from} spell one of the organisation's names, none taken by another actor. */
    private int matchedMention(Actor org, List<CoreLabel> toks, int s, int from) {
        for (String mention : org.mentions) {
            String[] words = mention.split(" ");
            if (from + words.length > toks.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = toks.get(from + k).word().equals(words[k]) && !tokenActor.containsKey(key(s, from + k));
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    static int key(int sentence, int token) {
        return sentence * 10000 + token;
    }

    Optional<Actor> actorAt(int sentence, int token) {
        return Optional.ofNullable(tokenActor.get(key(sentence, token)));
    }

    /** The country a place token (country, capital) stands for, whether used as a place or as a government. */
    Optional<Actor> countryOfPlace(int sentence, int token) {
        Actor a = tokenActor.get(key(sentence, token));
        if (a != null && a.kind == ActorKind.COUNTRY) {
            return Optional.of(a);
        }
        return Optional.ofNullable(tokenPlaceCountry.get(key(sentence, token)));
    }

    /**
     * "the foreign ministers of Japan, Yoko Kamikawa, and …": the holder named right after the body at {@code token},
     * set off by a comma, who holds an office of that body; a name that a finite verb follows starts a new clause
     * ("talks with Japan, Kamikawa said") and is no holder.
     */
    Optional<Actor> holderSetOffAfter(int sentence, int token) {
        Actor body = tokenActor.get(key(sentence, token));
        if (body == null || body.kind == ActorKind.PERSON) {
            return Optional.empty();
        }
        List<CoreLabel> toks = sentences.get(sentence);
        int k = token;
        while (k < toks.size() && tokenActor.get(key(sentence, k)) == body) {
            k++;
        }
        if (k >= toks.size() || !toks.get(k).word().equals(",")) {
            return Optional.empty();
        }
        for (PersonMention m : personMentions) {
            if (m.sentence() == sentence && m.from() == k + 1) {
                boolean startsClause = m.to() < toks.size() && toks.get(m.to()).tag().matches("VBD|VBZ|VBP|MD");
                return m.actor().affiliation == body && !startsClause ? Optional.of(m.actor()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence names the person right after their body, set off by a comma ("of Japan, Yoko Kamikawa"). */
    boolean namedAfterTheirBody(int sentence, Actor person) {
        return personMentions.stream().anyMatch(m -> m.sentence() == sentence && m.actor() == person && m.from() >= 2
                && sentences.get(sentence).get(m.from() - 1).word().equals(",")
                && person.affiliation != null && tokenActor.get(key(sentence, m.from() - 2)) == person.affiliation);
    }

    /**
     * Whether the tokens from {@code from} (inclusive) to {@code to} (exclusive) only continue a list of office holders:
     * commas, "and", "the", office words, "of" and the bodies they serve.
     */
    boolean onlyListWordsBetween(int sentence, int from, int to) {
        List<CoreLabel> toks = sentences.get(sentence);
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            Actor a = tokenActor.get(key(sentence, k));
            boolean listWord = w.equals(",") || w.equals("and") || w.equalsIgnoreCase("the") || w.equals("of") || DASHES.contains(w)
                    || gazetteer.isTitleWord(w) || a != null && a.kind != ActorKind.PERSON;
            if (!listWord) {
                return false;
            }
        }
        return true;
    }

    List<PersonMention> personMentions() {
        return personMentions;
    }

    List<Actor> persons() {
        return persons;
    }

    Optional<Actor> country(String canonical) {
        return Optional.ofNullable(byCanonical.get(canonical));
    }

    /** Final actors in order of first appearance (people first), with refs assigned. */
    List<Actor> all() {
        List<Actor> out = new ArrayList<>(persons);
        out.addAll(byCanonical.values());
        return out;
    }

    private Actor countryOrOrg(String canonical, ActorKind kind) {
        return byCanonical.computeIfAbsent(canonical, c -> new Actor(kind, c));
    }

    private void findCountriesAndOrganisations() {
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            int dateline = DateReader.datelineEnd(toks);
            int i = 0;
            while (i < toks.size()) {
                if (i > 0 && i < dateline) {
                    i++; // the agency and date of a dateline ("(Reuters) -") are no actors
                    continue;
                }
                int orgRun = 0;
                while (i + orgRun < toks.size() && "ORGANIZATION".equals(toks.get(i + orgRun).ner())) {
                    orgRun++;
                }
                Optional<Gazetteer.Entry> place = longestEntry(toks, i);
                if (orgRun > 1 && place.isPresent() && orgRun > place.get().tokens()
                        && MEDIA_HEAD.matcher(toks.get(i + orgRun - 1).word()).matches()) {
                    addNerOrganisation(s, toks, i, i + orgRun); // "Saudi Press Agency", "Vietnam News Agency"
                    i += orgRun;
                    continue;
                }
                if (orgRun > 0 && place.isPresent() && orgRun > place.get().tokens()
                        && (place.get().form() == Gazetteer.Form.CITY || place.get().form() == Gazetteer.Form.CAPITAL)) {
                    addNerOrganisation(s, toks, i, i + orgRun); // "Munich Security Conference", not Munich
                    i += orgRun;
                    continue;
                }
                int matched = matchGazetteer(s, toks, i);
                if (matched > 0) {
                    i += matched;
                    continue;
                }
                if ("ORGANIZATION".equals(toks.get(i).ner())) {
                    int j = i;
                    while (j < toks.size() && "ORGANIZATION".equals(toks.get(j).ner())) {
                        j++;
                    }
                    addNerOrganisation(s, toks, i, j);
                    i = j;
                    continue;
                }
                i++;
            }
        }
    }

    private Optional<Gazetteer.Entry> longestEntry(List<CoreLabel> toks, int i) {
        for (int n = Math.min(gazetteer.longestPhrase(), toks.size() - i); n >= 1; n--) {
            List<String> words = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) {
                words.add(toks.get(k).word());
            }
            Optional<Gazetteer.Entry> e = gazetteer.lookup(words);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private int matchGazetteer(int s, List<CoreLabel> toks, int i) {
        for (int n = Math.min(gazetteer.longestPhrase(), toks.size() - i); n >= 1; n--) {
            List<String> words = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) {
                words.add(toks.get(k).word());
            }
            Optional<Gazetteer.Entry> e = gazetteer.lookup(words);
            if (e.isEmpty()) {
                continue;
            }
            Gazetteer.Entry entry = e.get();
            boolean inLongerName = (i > 0 && "PERSON".equals(toks.get(i - 1).ner()))
                    || (i + n < toks.size() && "PERSON".equals(toks.get(i + n).ner()));
            if ("PERSON".equals(toks.get(i).ner()) && inLongerName && !beforeFullName(toks, i, n, entry)) {
                return 0; // "Paris Hilton"
            }
            Actor a = countryOrOrg(entry.canonical(), entry.kind());
            String surface = join(toks, i, i + n);
            boolean usedAsPlace = entry.form() == Gazetteer.Form.CITY || entry.form() == Gazetteer.Form.CAPITAL && i > 0
                    && LOCATIVE.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                    || isDateline(toks, i, n);
            for (int k = i; k < i + n; k++) {
                if (usedAsPlace) {
                    tokenPlaceCountry.put(key(s, k), a);
                } else {
                    tokenActor.put(key(s, k), a);
                }
            }
            if (!usedAsPlace) {
                a.mentions.add(surface);
            }
            return n;
        }
        return 0;
    }

    /** "Foreign Minister of Lesotho A B C": a country's name tagged as the first word of a full name. */
    private static boolean beforeFullName(List<CoreLabel> toks, int i, int n, Gazetteer.Entry entry) {
        int k = i + n;
        while (k < toks.size() && "PERSON".equals(toks.get(k).ner())) {
            k++;
        }
        return entry.kind() == ActorKind.COUNTRY && entry.form() == Gazetteer.Form.NAME && k - (i + n) >= 2;
    }

    /** "ROME, April 12 (Reuters) -", "WASHINGTON (AP) —": a capitalised place opening a sentence names where it was filed. */
    private static boolean isDateline(List<CoreLabel> toks, int i, int n) {
        if (i != 0 || n >= toks.size() || !toks.get(n).word().matches("[,(\\-—–]|--")) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String w = toks.get(k).word();
            if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private void addNerOrganisation(int s, List<CoreLabel> toks, int from, int to) {
        String name = join(toks, from, to);
        boolean allTitleWords = true;
        for (int k = from; k < to; k++) {
            allTitleWords &= gazetteer.isTitleWord(toks.get(k).word());
        }
        if (allTitleWords) {
            return; // "Secretary of State": an office, not an organisation
        }
        if (!NAME_WORD.matcher(toks.get(from).word()).matches()
                || DOCUMENT_WORDS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))) {
            return; // "Letter of Credence", "Declaration of Principles": a document, not an organisation
        }
        Actor a = countryOrOrg(name, ActorKind.ORGANIZATION);
        a.mentions.add(name);
        for (int k = from; k < to; k++) {
            tokenActor.put(key(s, k), a);
        }
        // "Munich Security Conference (MSC)": the bracketed acronym names the same organisation
        if (to + 2 < toks.size() && toks.get(to).word().matches("\\(|-LRB-")
                && toks.get(to + 2).word().matches("\\)|-RRB-")) {
            String acronym = toks.get(to + 1).word();
            if (acronym.matches("\\p{Lu}{2,6}")) {
                a.mentions.add(acronym);
                tokenActor.put(key(s, to + 1), a);
            }
        }
    }

    private void findPeople() {
        List<int[]> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            int i = 0;
            int bylineBefore = -1;
            while (i < toks.size()) {
                int apposed = apposedNameEnd(s, toks, i);
                if (apposed > i) {
                    spans.add(new int[]{s, i, apposed});
                    i = apposed;
                    continue;
                }
                if (!"PERSON".equals(toks.get(i).ner()) || tokenActor.containsKey(key(s, i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < toks.size() && "PERSON".equals(toks.get(j).ner()) && !tokenActor.containsKey(key(s, j))) {
                    j++;
                }
                // "the president (Dina) Boluarte": a bracketed given name before the untagged surname
                if (i > 0 && BRACKET.matcher(toks.get(i - 1).word()).matches() && j + 1 < toks.size()
                        && BRACKET.matcher(toks.get(j).word()).matches() && toks.get(j + 1).tag().startsWith("NNP")
                        && NAME_WORD.matcher(toks.get(j + 1).word()).matches() && !tokenActor.containsKey(key(s, j + 1))) {
                    j += 2;
                }
                int from = i;
                while (from < j && (HONORIFICS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))
                        || from < j - 1 && notNamePart(toks.get(from)))) {
                    from++;
                }
                from = afterDescriptiveCompound(toks, from, j);
                from = withUntaggedGivenNames(s, toks, from);
                boolean byline = isByline(toks, from) || bylineBefore >= 0 && bylineBefore == from - 1
                        && toks.get(from - 1).word().matches("and|,|&");
                if (byline) {
                    bylineBefore = j;
                }
                if (from < j && isName(toks, from, j) && !byline && !isCredit(s, toks, from, j)) {
                    spans.add(new int[]{s, from, j});
                }
                i = j;
            }
        }
        Set<String> notPersons = new HashSet<>();
        for (int[] sp : spans) {
            String name = join(sentences.get(sp[0]), sp[1], sp[2]);
            if (gazetteer.isNamedBody(name) || namedAsPlaceOrBody(sentences.get(sp[0]), sp[1], sp[2])
                    || isDateline(sentences.get(sp[0]), sp[1], sp[2])) { // "BUENOS AIRES (Sputnik) -": where filed
                notPersons.add(Gazetteer.fold(name));
            }
        }
        spans.removeIf(sp -> notPersons.contains(Gazetteer.fold(join(sentences.get(sp[0]), sp[1], sp[2]))));
        // full names first, so that later short forms find them, then names with an initial ("M. Albright"), then
        // nicknames quoted after a full name
        for (boolean initials : new boolean[]{false, true}) {
            for (int[] sp : spans) {
                boolean initial = Gazetteer.fold(sentences.get(sp[0]).get(sp[1]).word()).replace(".", "").length() == 1;
                if (sp[2] - sp[1] >= 2 && initial == initials) {
                    attachPerson(sp, false);
                }
            }
        }
        for (PersonMention m : List.copyOf(personMentions)) {
            findNickname(m);
        }
        for (int[] sp : spans) {
            if (sp[2] - sp[1] < 2 && !tokenActor.containsKey(key(sp[0], sp[1]))) {
                attachPerson(sp, true);
            }
        }
        // a known surname that the tagger missed in another sentence ("UK's Truss travels to Moscow")
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s);
            for (int k = 0; k < toks.size(); k++) {
                if (tokenActor.containsKey(key(s, k)) || !toks.get(k).tag().startsWith("NNP")) {
                    continue;
                }
                String f = Gazetteer.fold(toks.get(k).word());
                Actor found = null;
                for (Actor p : persons) {
                    if (p.nameTokens.size() >= 2 && p.surname().equals(f) && ownNamePart(p.nameTokens, f)) {
                        found = p;
                        break;
                    }
                }
                if (found == null && f.length() >= 2 && !NAME_PARTICLES.contains(f)) {
                    // a family name written first ("Xi" of "Xi Jinping"): only when one person has that name part
                    List<Actor> owners = persons.stream().filter(p -> p.nameTokens.size() >= 2 && p.nameTokens.contains(f)).toList();
                    found = owners.size() == 1 ? owners.get(0) : null;
                }
                if (found != null) {
                    tokenActor.put(key(s, k), found);
                    personMentions.add(new PersonMention(s, k, k + 1, found));
                    found.mentions.add(toks.get(k).word());
                }
            }
        }
        dropPeopleNamedOnlyInHeadlines();
        personMentions.sort((a, b) -> a.sentence() != b.sentence() ? a.sentence() - b.sentence() : a.from() - b.from());
    }

    /**
     * A person named only in headline-shaped lines (the title, "Related" lists, teasers ending in "...") is not a
     * person of the story, however often the page links to them; nor is one named only in photo captions. A line
     * cut off without its full stop still reads as story when it has the "is"/"has" that headlines leave out.
     */
    private void dropPeopleNamedOnlyInHeadlines() {
        Set<Actor> inStory = new HashSet<>();
        for (PersonMention m : personMentions) {
            if (endsLikeASentence(sentences.get(m.sentence())) && !isCaption(sentences.get(m.sentence()))) {
                inStory.add(m.actor());
            }
        }
        persons.removeIf(p -> !inStory.contains(p));
        personMentions.removeIf(m -> !inStory.contains(m.actor()));
        tokenActor.values().removeIf(a -> a.kind == ActorKind.PERSON && !inStory.contains(a));
    }

    /** A photo caption: it places someone in the picture ("Jane Doe (C) greets ..."). */
    private static boolean isCaption(List<CoreLabel> toks) {
        for (int k = 1; k + 1 < toks.size(); k++) {
            if (toks.get(k - 1).word().matches("\\(|-LRB-") && toks.get(k + 1).word().matches("\\)|-RRB-")
                    && PICTURE_POSITION.matcher(toks.get(k).word()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeASentence(List<CoreLabel> toks) {
        int k = toks.size() - 1;
        while (k > 0 && toks.get(k).word().matches("''|'|\"|”|’|\\)|]|-RRB-|-RSB-")) {
            k--;
        }
        String w = toks.get(k).word();
        if (w.equals("...") || w.equals("…")) {
            return false;
        }
        return w.matches("[.!?:;]+") || w.length() > 1 && w.endsWith(".") || toks.stream()
                .anyMatch(t -> t.tag().startsWith("VB") && ("be".equals(t.lemma()) || "have".equals(t.lemma())));
    }

    /**
     * The tagger sometimes leaves a first given name out ("President Recep/O Tayyip Erdogan"): capitalised proper
     * nouns between an office word and the name belong to it.
     */
    private int withUntaggedGivenNames(int s, List<CoreLabel> toks, int from) {
        int k = from;
        while (k > 0) {
            CoreLabel t = toks.get(k - 1);
            if (!"O".equals(t.ner()) || !t.tag().equals("NNP") || !NAME_WORD.matcher(t.word()).matches()
                    || gazetteer.isTitleWord(t.word()) || tokenActor.containsKey(key(s, k - 1))
                    || HONORIFICS.contains(t.word().toLowerCase(Locale.ROOT))
                    || BODY_HEADS.contains(t.word().toLowerCase(Locale.ROOT))) {
                break;
            }
            k--;
        }
        if (k < from && k > 0 && gazetteer.isTitleWord(toks.get(k - 1).word())
                && Character.isUpperCase(toks.get(k - 1).word().codePointAt(0))) {
            return k;
        }
        return from;
    }

    /**
     * A name used as a place or body, which the article's other uses of it share: with a head noun after it ("the
     * Krishna temple", "the X TV channel", "X news agency"), after a place noun and "of" ("the province of X"), or
     * opening with or after a word for a building ("Palacio Quemado", "Casa X").
     */
    private static boolean namedAsPlaceOrBody(List<CoreLabel> toks, int from, int to) {
        if (BUILDING_WORDS.contains(toks.get(from).word().toLowerCase(Locale.ROOT))
                || from > 0 && BUILDING_WORDS.contains(toks.get(from - 1).word()
                .toLowerCase(Locale.ROOT)) && NAME_WORD.matcher(toks.get(from - 1).word()).matches()) {
            return true;
        }
        if (to < toks.size()) {
            CoreLabel next = toks.get(to);
            String w = next.word().toLowerCase(Locale.ROOT);
            String after = to + 1 < toks.size() ? toks.get(to + 1).word().toLowerCase(Locale.ROOT) : "";
            // "X news channel", "X TV", but not "an X news conference"
            boolean medium = w.matches("tv|television|radio|broadcaster") || w.equals("news")
                    && after.matches("channel|agency|network|outlet|service|website|portal");
            if (medium || next.tag().startsWith("NN") && !next.tag().startsWith("NNP") && PLACE_OR_BODY_HEADS.contains(w)) {
                return true;
            }
        }
        return from >= 2 && toks.get(from - 1).word().equals("of")
                && PLACE_HEADS.contains(toks.get(from - 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * A word the tagger glued to the front of a name that is none of it: an interjection ("Viva X"), a descriptive
     * compound ("Actor-turned-governor X", "London-based X"), an abbreviated office ("VP X") or a dash.
     */
    private boolean notNamePart(CoreLabel t) {
        String w = t.word();
        return t.tag().equals("FW") || DESCRIPTIVE_COMPOUND.matcher(w).matches() || !Character.isLetter(w.codePointAt(0))
                || w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && gazetteer.isTitleWord(w)
                || BODY_HEADS.contains(w.toLowerCase(Locale.ROOT)) || POLITICAL_ADJECTIVE.matcher(w).matches();
    }

    /**
     * "Obasanjo's spokeswoman, Jane Doe, said": capitalised words set off by commas after an office word name a
     * person even when the tagger took them for a place; the end of the name, or {@code i} if there is none.
     */
    private int apposedNameEnd(int s, List<CoreLabel> toks, int i) {
        if (i < 2 || !toks.get(i - 1).word().equals(",") || !gazetteer.isTitleWord(toks.get(i - 2).word())
                || !Character.isLowerCase(toks.get(i - 2).word().codePointAt(0)) || toks.get(i - 2).word().equals("of")) {
            return i;
        }
        int j = i;
        while (j < toks.size() && toks.get(j).tag().startsWith("NNP") && NAME_WORD.matcher(toks.get(j).word()).matches()
                && !"ORGANIZATION".equals(toks.get(j).ner()) && !gazetteer.isTitleWord(toks.get(j).word())
                && !tokenActor.containsKey(key(s, j))) {
            j++;
        }
        return j - i >= 2 && j < toks.size() && toks.get(j).word().equals(",") ? j : i;
    }

    /** "Actor-turned-governor X", tokenised in pieces: the position after the compound, if one opens the span. */
    private static int afterDescriptiveCompound(List<CoreLabel> toks, int from, int to) {
        int k = from;
        boolean lowerPiece = false;
        while (k + 2 < to && toks.get(k + 1).word().equals("-") && toks.get(k + 1).before().isEmpty()) {
            lowerPiece |= toks.get(k + 2).word().matches("\\p{Ll}{3,}");
            k += 2;
        }
        return lowerPiece && k + 1 < to ? k + 1 : from;
    }

    /**
     * A picture or agency credit rather than a person of the story: "(Photo: Jane Doe/AFP)", "REUTERS/Jane Doe", a
     * bracketed name ending its line ("[Jane Doe]"), a name after a dash ending its line ("... visit. — Kyodo"), or a
     * name glued to the end of a caption ("... May 7, 2024.Jane Doe").
     */
    private boolean isCredit(int s, List<CoreLabel> toks, int from, int to) {
        boolean endsLine = to == toks.size() || toks.get(to - 1).after().contains("\n")
                || to + 1 == toks.size() && toks.get(to).word().matches("\\p{Punct}|-RRB-|-RSB-");
        String before = from > 0 ? toks.get(from - 1).word() : "";
        String after = to < toks.size() ? toks.get(to).word() : "";
        if (before.equals("/") || before.endsWith("/") && before.length() > 1 || after.equals("/")) {
            return true;
        }
        if (before.matches("\\(|\\[|-LRB-|-LSB-") && after.matches("\\)|]|-RRB-|-RSB-") && endsLine) {
            return true;
        }
        boolean dashAfterSentence = before.matches("[-—–]|--") && (from == 1 || toks.get(from - 2).word().matches("[.!?]"));
        if (dashAfterSentence && (endsLine || after.matches("(?i)pic|photo|file"))) {
            return true;
        }
        if (from == 0 && s > 0 && endsLine) {
            List<CoreLabel> prev = sentences.get(s - 1);
            CoreLabel last = prev.get(prev.size() - 1);
            return last.after().isEmpty() && last.word().endsWith(".") && !toks.get(0).before().contains("\n");
        }
        return false;
    }

    private boolean isName(List<CoreLabel> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            boolean afterHyphen = k > from && toks.get(k - 1).word().equals("-"); // "Chan-ocha"
            if (!NAME_WORD.matcher(w).matches() && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && !afterHyphen
                    && !(BRACKET.matcher(w).matches() && k > from && k + 1 < to)) {
                return false;
            }
        }
        return true;
    }

    private boolean isByline(List<CoreLabel> toks, int from) {
        if (from > 1 && toks.get(from - 1).word().equals(":")) {
            from--; // "Translation: Jane Doe"
        }
        return from > 0 && BYLINE_CUES.contains(toks.get(from - 1).word().toLowerCase(Locale.ROOT))
                && (from == 1 || toks.get(from - 2).word().matches("[\\p{Punct}]+|\\n"));
    }

    /**
     * "Jose Eduardo dos Santos 'Zedu'": one capitalised word in quotes right after a full name is that person's
     * nickname, and it names them wherever it recurs.
     */
    private void findNickname(PersonMention m) {
        List<CoreLabel> toks = sentences.get(m.sentence());
        int k = m.to() + 1;
        if (k >= toks.size() || !toks.get(k - 1).word().matches("'|`|``|‘|“|\"") || !toks.get(k).tag().startsWith("NNP")
                || !NAME_WORD.matcher(toks.get(k).word()).matches() || tokenActor.containsKey(key(m.sentence(), k))) {
            return;
        }
        Actor p = m.actor();
        p.forms.add(List.of(Gazetteer.fold(toks.get(k).word())));
        p.mentions.add(toks.get(k).word());
        tokenActor.put(key(m.sentence(), k), p);
        personMentions.add(new PersonMention(m.sentence(), k, k + 1, p));
    }

    private void attachPerson(int[] sp, boolean single) {
        List<CoreLabel> toks = sentences.get(sp[0]);
        List<String> folded = new ArrayList<>();
        for (int k = sp[1]; k < sp[2]; k++) {
            if (!BRACKET.matcher(toks.get(k).word()).matches()) {
                folded.add(Gazetteer.fold(toks.get(k).word()));
            }
        }
        String surface = join(toks, sp[1], sp[2]).replaceAll("[()]", "").replaceAll("\\s+", " ");
        String last = folded.get(folded.size() - 1);
        Actor match = null;
        boolean exact = false;
        for (Actor p : persons) {
            if (p.forms.stream().anyMatch(f -> sameName(f, folded, single))) {
                match = p;
                exact = true;
                break;
            }
        }
        if (match == null) {
            for (Actor p : persons) {
                if (p.forms.stream().anyMatch(f -> nearMiss(f, folded, single))) {
                    match = p;
                    break;
                }
            }
        }
        if (match == null) {
            match = byNickname(folded).orElse(null);
            exact = match != null;
        }
        if (match == null && single && last.length() >= 5) {
            // "Prince Mohammed" beside "Mohammad bin Zayed": a spelling of one name part of exactly one person
            List<Actor> owners = persons.stream().filter(p -> p.forms.stream().anyMatch(f -> f.size() >= 2
                    && f.stream().anyMatch(w -> w.length() >= 5 && sameFirstName(w, last) && ownNamePart(f, w)))).toList();
            match = owners.size() == 1 ? owners.get(0) : null;
        }
        if (match == null) {
            match = new Actor(ActorKind.PERSON, surface);
            match.nameTokens = folded;
            persons.add(match);
            exact = true;
        } else if (!single && folded.size() > match.nameTokens.size()) {
            match.name = surface;
            match.nameTokens = folded;
        }
        if (!single && !match.forms.contains(folded)) {
            match.forms.add(folded);
        } else if (single && match.forms.isEmpty()) {
            match.forms.add(folded);
        }
        // a near-miss spelling ("Blinked" beside "Blinken") still points at the person but is no name of theirs
        if (exact || transliterationVariant(match.surname(), last)) {
            match.mentions.add(surface);
        }
        for (int k = sp[1]; k < sp[2]; k++) {
            tokenActor.put(key(sp[0], k), match);
        }
        personMentions.add(new PersonMention(sp[0], sp[1], sp[2], match));
    }

    /**
     * "Jokowi" beside "Joko Widodo": the person whose full name a leader's nickname stands for, or the person named
     * so far by the nickname of this full name.
     */
    private Optional<Actor> byNickname(List<String> folded) {
        String name = String.join(" ", folded);
        Optional<String> full = gazetteer.fullNameOf(name);
        for (Actor p : persons) {
            for (List<String> f : p.forms) {
                String form = String.join(" ", f);
                if (full.filter(form::equals).isPresent() || gazetteer.fullNameOf(form).filter(name::equals).isPresent()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Exactly one person's name: the same surname and first name, a short form, or a run of words inside a longer form. */
    private static boolean sameName(List<String> form, List<String> folded, boolean single) {
        String surname = form.get(form.size() - 1);
        String last = folded.get(folded.size() - 1);
        boolean tail = folded.size() <= form.size()
                && form.subList(form.size() - folded.size(), form.size()).equals(folded);
        if (!single && !tail && surname.equals(last) && !sameFirstName(form.get(0), folded.get(0))) {
            return false; // Joe Biden and Hunter Biden are two people
        }
        return (single ? ownNamePart(form, last) : surname.equals(last)) || leadingPart(folded, form)
                || leadingPart(form, folded) || innerRun(folded, form);
    }

    /** A word of the name that is not a father's name after "bin" ("Hamad" of "Tamim bin Hamad Al Thani" is his father). */
    private static boolean ownNamePart(List<String> form, String word) {
        for (int k = 0; k < form.size(); k++) {
            if (form.get(k).equals(word) && (k == 0 || !PATRONYMIC.contains(form.get(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A misspelt form of the name: a near-miss surname ("Blinked"), or the same first name with one letter off the surname. */
    private static boolean nearMiss(List<String> form, List<String> folded, boolean single) {
        String surname = form.get(form.size() - 1);
        String last = folded.get(folded.size() - 1);
        if (similarSurname(surname, last) && (single ? ownNamePart(form, surname) : sameFirstName(form.get(0), folded.get(0)))) {
            return true;
        }
        return !single && form.size() >= 2 && form.get(0).length() >= 5 && form.get(0).equals(folded.get(0))
                && surname.length() >= 4 && editDistance(surname, last) <= 1;
    }

    /** "Rafizi Ramli" inside "Rafizi Ramli Hassan": two or more words found together in a longer name, not starting or ending with a particle. */
    private static boolean innerRun(List<String> shorter, List<String> longer) {
        if (shorter.size() < 2 || shorter.size() >= longer.size() || NAME_PARTICLES.contains(shorter.get(0))
                || NAME_PARTICLES.contains(shorter.get(shorter.size() - 1))) {
            return false;
        }
        return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
    }

    /** "Faisal bin Farhan" of "Faisal bin Farhan bin Abdullah": a name of two or more words opening a longer one. */
    private static boolean leadingPart(List<String> shorter, List<String> longer) {
        return shorter.size() >= 2 && shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter);
    }

    /** "Sergei"/"Sergey", "J."/"Joe", "Joe"/"Joe": forms of one first name. */
    private static boolean sameFirstName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        // a long name may be misspelt in its first letter too ("Yacinda")
        return (x.charAt(0) == y.charAt(0) || Math.min(x.length(), y.length()) >= 6) && editDistance(x, y) <= 1;
    }

    /** Same surname give or take a small spelling difference (Zelensky/Zelenskyy, Blinken/Blinked). */
    static boolean similarSurname(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return editDistance(a, b) <= (Math.min(a.length(), b.length()) >= 8 ? 2 : 1);
    }

    /** Transliteration variants that are still names: Zelensky, Zelenskyy, Zelenskiy differ only in the ending. */
    private static boolean transliterationVariant(String a, String b) {
        String sa = a.replaceAll("(iy|yy|y|i|ii)$", "");
        String sb = b.replaceAll("(iy|yy|y|i|ii)$", "");
        return sa.equals(sb);
    }

    static int editDistance(String a, String b) {
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prevPrev[j - 2] + 1); // two letters swapped ("Riasi")
                }
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Title and affiliation from the words before the name ("Russian Foreign Minister") or after it (", Russia's Deputy Foreign Minister"). */
    /**
     * "Minister of External Relations and International Cooperation": where the capitalised words ending at {@code k}
     * are a portfolio after "of" and an office word, the index of that office word; else -1.
     */
    private int officeBeforePortfolio(int sentence, List<CoreLabel> toks, int k) {
        for (int j = k; j > 0 && k - j < MAX_PORTFOLIO_WORDS; j--) {
            String w = toks.get(j).word();
            if (w.equals("of") && j < k && gazetteer.isTitleWord(toks.get(j - 1).word())) {
                return j - 1;
            }
            boolean portfolioWord = Character.isUpperCase(w.charAt(0)) && tokenActor.get(key(sentence, j)) == null
                    || w.equals("and") || w.equals("&");
            if (!portfolioWord) {
                return -1;
            }
        }
        return -1;
    }

    private void readTitles() {
        List<PersonMention> counterparts = new ArrayList<>();
        for (PersonMention m : personMentions) {
            List<CoreLabel> toks = sentences.get(m.sentence());
            List<String> title = new ArrayList<>();
            Actor affiliation = null;
            boolean counterpart = false;
            int k = m.from() - 1;
            // "Fiji's foreign minister, Sitiveni Rabuka": the office before the name, set off by a comma
            boolean officeSetOff = k > 0 && toks.get(k).word().equals(",") && isOfficeEnd(toks.get(k - 1).word());
            if (officeSetOff) {
                k--;
            }
            int[] officeOf = officeOfBodySetOff(m.sentence(), toks, k);
            if (officeOf == null) {
                officeOf = officeOfListedBody(m.sentence(), toks, k);
                if (officeOf != null && COUNTERPART_WORDS.contains(toks.get(officeOf[1] - 1).word().toLowerCase(Locale.ROOT))) {
                    // "her counterparts from Chile, A, and Peru, B": each holds her office in that country
                    affiliation = tokenActor.get(key(m.sentence(), officeOf[2]));
                    counterpart = true;
                    officeOf = null;
                    k = -1;
                }
            }
            if (officeOf != null) {
                // "the Minister of Foreign Affairs of the Republic of Tajikistan, Sirodjidin Aslov"
                affiliation = tokenActor.get(key(m.sentence(), officeOf[2]));
                for (CoreLabel t : toks.subList(officeOf[0], officeOf[1])) {
                    title.add(capitalisedOfficeWord(singularOffice(t.word())));
                }
                k = -1;
            }
            if (k > 0 && DASHES.contains(toks.get(k).word())
                    && tokenActor.get(key(m.sentence(), k - 1)) != null
                    && tokenActor.get(key(m.sentence(), k - 1)).kind == ActorKind.COUNTRY) {
                k--; // "the foreign ministers of Belarus - Sergey Aleinik, …"
            }
            while (k >= 0) {
                CoreLabel t = toks.get(k);
                Actor a = tokenActor.get(key(m.sentence(), k));
                String w = t.word();
                if (a != null && a.kind != ActorKind.PERSON) {
                    // "Russian Foreign Ministry spokeswoman": the country rather than its ministry
                    if (affiliation == null || affiliation.kind != ActorKind.COUNTRY && a.kind == ActorKind.COUNTRY) {
                        affiliation = a;
                    }
                    k--;
                    continue;
                }
                if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
                    k--;
                    continue;
                }
                if (gazetteer.isTitleWord(w) && !(w.equals("of") && title.isEmpty())) {
                    if (affiliation != null) {
                        break;
                    }
                    title.add(0, w);
                    k--;
                    continue;
                }
                if ((w.equalsIgnoreCase("of") || w.equals("-")) && !title.isEmpty() && k > 0
                        && gazetteer.isTitleWord(toks.get(k - 1).word())) {
                    title.add(0, w);
                    k--;
                    continue;
                }
                if (w.equalsIgnoreCase("counterpart") || w.equalsIgnoreCase("counterparts")) {
                    counterpart = title.isEmpty();
                    k--;
                    continue;
                }
                int office = officeBeforePortfolio(m.sentence(), toks, k);
                if (title.isEmpty() && office >= 0) {
                    title.addAll(0, toks.subList(office + 1, k + 1).stream().map(CoreLabel::word).toList());
                    k = office;
                    continue;
                }
                break;
            }
            boolean startsClause = m.to() < toks.size() && toks.get(m.to()).tag().matches("VBD|VBZ|VBP|MD");
            if (officeSetOff && (startsClause || affiliation == null
                    && title.stream().noneMatch(w -> Character.isUpperCase(w.codePointAt(0))))) {
                // "the foreign minister, Smith flew on": without a country the comma ends a clause as often as it sets
                // off a name; "Following a meeting with the Jordanian monarch, Netanyahu declared": a name that its
                // verb follows is the subject of a new clause, not the office's holder
                title.clear();
                affiliation = null;
                counterpart = false;
            } else if (officeSetOff) {
                title.replaceAll(ActorTable::capitalisedOfficeWord);
            }
            if (affiliation == null) {
                // appositive after the name: "Sergey Vershinin, Russia's Deputy Foreign Minister,", "X, the President
                // of the United Arab Emirates,"; a title before the name stays
                List<String> apposTitle = new ArrayList<>();
                int j = m.to();
                if (j + 1 < toks.size() && toks.get(j).word().equals("of")) {
                    // "President Cyril Ramaphosa of South Africa"
                    int c = toks.get(j + 1).word().equalsIgnoreCase("the") ? j + 2 : j + 1;
                    Actor a = c < toks.size() ? tokenActor.get(key(m.sentence(), c)) : null;
                    if (a != null && a.kind != ActorKind.PERSON) {
                        affiliation = a;
                    }
                }
                if (j < toks.size() && toks.get(j).word().equals(",")) {
                    j++;
                    while (j < toks.size()) {
                        Actor a = tokenActor.get(key(m.sentence(), j));
                        String w = toks.get(j).word();
                        boolean afterOf = !apposTitle.isEmpty() && apposTitle.get(apposTitle.size() - 1).equalsIgnoreCase("of");
                        if (a != null && a.kind != ActorKind.PERSON && (apposTitle.isEmpty() || afterOf)) {
                            affiliation = a;
                            if (afterOf) {
                                break;
                            }
                        } else if (w.equals("'s") || w.equals("’s") || w.equalsIgnoreCase("the")
                                || POSSESSIVES.contains(w.toLowerCase(Locale.ROOT)) && apposTitle.isEmpty()) {
                            // skip
                        } else if ((w.equalsIgnoreCase("counterpart") || w.equalsIgnoreCase("counterparts"))
                                && apposTitle.isEmpty() && title.isEmpty()) {
                            counterpart = true; // "Hossein Amir-Abdollahian, his Iranian counterpart,"
                            break;
                        } else if (gazetteer.isTitleWord(w) && !w.equalsIgnoreCase("of")
                                || w.equalsIgnoreCase("of") && !apposTitle.isEmpty()) {
                            apposTitle.add(w);
                        } else {
                            break;
                        }
                        j++;
                    }
                    while (!apposTitle.isEmpty() && apposTitle.get(apposTitle.size() - 1).equalsIgnoreCase("of")) {
                        apposTitle.remove(apposTitle.size() - 1);
                    }
                }
                if (title.isEmpty()) {
                    title = apposTitle;
                }
            }
            // "Prime Minister Sheikh Hasina", "President Sheikh Mohamed": a style of address, not part of the office
            if (title.size() >= 2 && title.get(title.size() - 1).matches("(?i)sheikh|prince|princess")
                    && !title.get(title.size() - 2).equalsIgnoreCase("crown")) {
                title.remove(title.size() - 1);
            }
            // lower-case words only ("senior", "top") are descriptions, not offices
            boolean office = title.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                    || title.stream().anyMatch(w -> w.matches("(?i)spokes(person|man|woman)"));
            Actor p = m.actor();
            if (office && p.title == null) {
                p.title = String.join(" ", title).replace(" - ", "-");
            }
            if (affiliation != null && p.affiliation == null) {
                p.affiliation = affiliation;
            }
            if (counterpart && !office && p.title == null) {
                counterparts.add(m);
            }
        }
        // "X met his Greek counterpart Y": Y holds X's office in the other country (once every office is read: X may
        // be named after Y)
        for (PersonMention m : counterparts) {
            if (m.actor().title == null) {
                counterpartTitle(m, m.actor().affiliation).ifPresent(t -> m.actor().title = t);
            }
        }
    }

    /**
     * "the Minister of Foreign Affairs of the Republic of Tajikistan, X": where the comma at {@code comma} follows a
     * country or organisation that follows "of" and an office, the office's first word, that "of" and a token of the
     * country; else null.
     */
    private int[] officeOfBodySetOff(int sentence, List<CoreLabel> toks, int comma) {
        if (comma < 3 || !toks.get(comma).word().equals(",")) {
            return null;
        }
        int j = comma - 1;
        while (j > 0 && tokenActor.get(key(sentence, j)) == null && STATE_STYLE_WORDS.contains(toks.get(j).word())) {
            j--; // "the Kyrgyz Republic", "the Russian Federation"
        }
        int bodyAt = j;
        Actor body = tokenActor.get(key(sentence, bodyAt));
        if (body == null || body.kind == ActorKind.PERSON) {
            return null;
        }
        while (j > 0 && tokenActor.get(key(sentence, j)) == body) {
            j--;
        }
        while (true) {
            if (toks.get(j).word().equalsIgnoreCase("the")) {
                j--;
            }
            if (j < 1 || !toks.get(j).word().equals("of")) {
                return null;
            }
            if (!STATE_STYLE_WORDS.contains(toks.get(j - 1).word())) {
                break;
            }
            // "of the Republic of Tajikistan", "of the Islamic Republic of Iran": the style before the country's name
            j--;
            while (j > 0 && STATE_STYLE_WORDS.contains(toks.get(j).word())) {
                j--;
            }
        }
        int office = officeBeforePortfolio(sentence, toks, j - 1);
        if (office < 0 && gazetteer.isTitleWord(toks.get(j - 1).word()) && isOfficeEnd(toks.get(j - 1).word())) {
            office = j - 1;
        }
        if (office < 0) {
            return null;
        }
        return new int[] {officeStart(toks, office), j, bodyAt};
    }

    /**
     * "the foreign ministers of Japan, Yoko Kamikawa, and of Canada, Melanie Joly", "her counterparts from Chile,
     * Alberto van Klaveren, and Peru, Javier González-Olaechea": one office (or "counterparts") shared by a list of
     * bodies, each followed by its holder's name set off by commas. Where the comma at {@code comma} ends such a body,
     * returns {office start, office end, body} as {@link #officeOfBodySetOff} does; else null.
     */
    private int[] officeOfListedBody(int sentence, List<CoreLabel> toks, int comma) {
        if (comma < 3 || !toks.get(comma).word().equals(",")) {
            return null;
        }
        int bodyAt = comma - 1;
        Actor body = tokenActor.get(key(sentence, bodyAt));
        if (body == null || body.kind == ActorKind.PERSON) {
            return null;
        }
        int j = bodyAt;
        while (j > 0 && tokenActor.get(key(sentence, j)) == body) {
            j--;
        }
        // back over the list before this body ("of Japan, Yoko Kamikawa, and of") to the office it shares
        for (int steps = 0; j > 0 && steps < MAX_LISTED_OFFICE_WORDS; steps++, j--) {
            String w = toks.get(j).word();
            boolean link = w.equals("of") || w.equals("from");
            if (link && isListedOffice(toks.get(j - 1).word())) {
                return new int[] {officeStart(toks, j - 1), j, bodyAt};
            }
            Actor a = tokenActor.get(key(sentence, j));
            boolean listMaterial = link || a != null || w.equals(",") || w.equals("and") || w.equalsIgnoreCase("the")
                    || STATE_STYLE_WORDS.contains(w);
            if (!listMaterial) {
                return null;
            }
        }
        return null;
    }

    /** "minister", "ministers", "President": a word naming an office. */
    boolean isOfficeWord(String word) {
        return !word.equalsIgnoreCase("of") && gazetteer.isTitleWord(singularOffice(word.toLowerCase(Locale.ROOT)));
    }

    /** The first word of the office whose last word is at {@code office}: "Deputy Minister", "Secretary-General". */
    private int officeStart(List<CoreLabel> toks, int office) {
        int start = office;
        while (start > 0) {
            String before = toks.get(start - 1).word();
            if (gazetteer.isTitleWord(before) && !before.equals("of")) {
                start--;
            } else if (DASHES.contains(before) && start > 1 && gazetteer.isTitleWord(toks.get(start - 2).word())) {
                start -= 2;
            } else {
                return start;
            }
        }
        return start;
    }

    /** An office word a list of holders can share: "ministers", "President", "counterparts". */
    private boolean isListedOffice(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COUNTERPART_WORDS.contains(w) || !w.equals("of") && gazetteer.isTitleWord(singularOffice(w));
    }

    /** "ministers" → "minister": the office one holder of a plural office holds. */
    private String singularOffice(String word) {
        if (word.length() > 3 && word.endsWith("s") && !gazetteer.isTitleWord(word)
                && gazetteer.isTitleWord(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private boolean isOfficeEnd(String word) {
        return !word.equalsIgnoreCase("of") && gazetteer.isTitleWord(word)
                || word.equalsIgnoreCase("counterpart");
    }

    private static String capitalisedOfficeWord(String w) {
        return w.equals("of") || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * The office of the person whose counterpart this is: the nearest titled person before the mention in its sentence,
     * else the first after it ("Speaking with his US counterpart John Kerry, Shoukri said"), else the last in the
     * sentence before. In the United States a foreign minister's counterpart is the Secretary of State, and the reverse.
     */
    private Optional<String> counterpartTitle(PersonMention m, Actor country) {
        String before = null;
        String after = null;
        String previous = null;
        for (PersonMention o : personMentions) {
            if (o.actor() == m.actor() || o.actor().title == null) {
                continue;
            }
            if (o.sentence() == m.sentence() && o.to() <= m.from()) {
                before = o.actor().title;
            } else if (o.sentence() == m.sentence() && after == null) {
                after = o.actor().title;
            } else if (o.sentence() == m.sentence() - 1) {
                previous = o.actor().title;
            }
        }
        String found = before != null ? before : after != null ? after : previous;
        if (found == null || !FOREIGN_AFFAIRS_TITLE.matcher(found).find()) {
            return Optional.ofNullable(found);
        }
        boolean american = country != null && country.name.equals("United States");
        return Optional.of(american ? "Secretary of State" : "Foreign Minister");
    }

    static String join(List<CoreLabel> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            CoreLabel t = toks.get(k);
            if (k > from && !t.before().isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.originalText() != null ? t.originalText() : t.word());
        }
        return sb.toString();
    }
}
