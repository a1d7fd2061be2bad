package org.parley.entity.support.synthetic;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.parley.entity.actor.service.NameKeys;
import org.parley.gazetteer.Gazetteer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A synthetic record of the size of years of world news, written into entity-service's (empty, migrated) database
 * with {@code COPY}: every UN country and the gazetteer's organisations, more organisations and persons (with a
 * title, a country, one to three offices and their aliases) up to {@link Size#actors}; engagements spread evenly
 * over ten years (2016–2025) of the four types and statuses and five date precisions, between actors drawn from a
 * zipf distribution (exponent 0.8: at 1M engagements the busiest actor takes part in some 50 000, the median one in
 * a handful); one to five evidence sentences each from articles of about its date, and quotes.
 * Everything is a function of the seed and the size, so a size is the same record on every run.
 */
public final class SyntheticRecord {

    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3653;

    private static final String[] GIVEN = {"Amara", "Boris", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana",
        "Ivan", "Jamila", "Kenji", "Leila", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Sergei", "Tomas",
        "Ulla", "Vikram", "Wen", "Ximena", "Yusuf", "Zanele", "Anders", "Beatriz", "Carlos", "Dmitri", "Elena",
        "Fatima", "Gustavo", "Helga", "Ibrahim", "Joao", "Kwame", "Lucia", "Mehmet", "Nkosi", "Olga", "Pedro",
        "Rashid", "Sofia", "Tariq", "Ursula", "Viktor", "Wanjiru", "Yara", "Zoltan", "Aiko", "Bilal", "Camille",
        "Dawit", "Esra", "Felipe", "Giorgi", "Hamid", "Ingrid", "Jorge", "Kofi", "Lars", "Marta", "Nasser", "Oksana",
        "Pablo", "Rustam", "Sanjay", "Teodora", "Umar", "Valentina", "Wojciech", "Yves", "Zainab", "Arash", "Bogdan"};
    private static final String[] SYLLABLES = {"ka", "ro", "le", "mi", "to", "sa", "ve", "na", "di", "lu", "po",
        "ra", "ne", "shi", "va", "bo", "ze", "gu", "ta", "mo", "ri", "de", "ko", "li"};
    private static final String[] TITLES = {"Foreign Minister", "Foreign Minister", "Foreign Minister", "President",
        "Prime Minister", "Defence Minister", "Ambassador", "Ambassador", "Trade Minister", "Deputy Foreign Minister",
        "Special Envoy", "Secretary-General", "Finance Minister", "National Security Adviser"};
    private static final String[] ORGANISATION_NOUNS = {"Council", "Development Bank", "Commission", "Forum",
        "Union", "Treaty Organization", "Cooperation Council", "Agency", "Community", "Initiative"};
    private static final String[] TYPES = {"MEETING", "CALL", "VISIT", "CONFERENCE"};
    private static final String[] VERBS = {"met", "spoke by telephone with", "visited", "attended a summit with"};
    private static final String[] TOPICS = {"trade", "security", "the climate", "energy", "migration",
        "the ceasefire", "investment", "the border"};

    /** How much to write; {@link #of} scales actors and articles with the engagements. */
    public record Size(int engagements, int actors, int articles) {

        /** About one actor per ten engagements (at least 1 000) and three articles per ten engagements. */
        public static Size of(int engagements) {
            return new Size(engagements, Math.max(1_000, engagements / 10), Math.max(100, engagements * 3 / 10));
        }
    }

    /** Rows written per table. */
    public record Written(long actors, long aliases, long offices, long articles, long engagements,
                          long participants, long evidence, long quotes, double seconds) {
    }

    private record ActorSpec(String kind, String name, String matchKey, String surnameKey, String title,
                             Integer affiliation, List<String> aliases, String place) {
    }

    private final Size size;
    private final long seed;
    private final List<ActorSpec> actors = new ArrayList<>();
    private int[] byRank;
    private Zipf zipf;

    private SyntheticRecord(Size size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Fills the service's own database (the configured {@code quarkus.datasource.*}); see below. */
    public static Written fill(Size size, long seed) {
        Config config = ConfigProvider.getConfig();
        return fill(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), size, seed);
    }

    /**
     * Fills the database at {@code jdbcUrl}, whose entity-service tables must be empty, then vacuums and analyses
     * it. Foreign keys and triggers are not checked while copying (the record is consistent by construction).
     */
    public static Written fill(String jdbcUrl, String user, String password, Size size, long seed) {
        long start = System.nanoTime();
        SyntheticRecord record = new SyntheticRecord(size, seed);
        record.planActors();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("SET statement_timeout = 0");
            sql.execute("SET session_replication_role = replica");
            connection.setAutoCommit(false);
            long[] actorRows = record.writeActors(connection);
            long articles = record.writeArticles(connection);
            long[] engagementRows = record.writeEngagements(connection);
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("SET session_replication_role = DEFAULT");
            for (String table : List.of("actor", "actor_alias", "actor_office", "engagement", "evidence", "quote")) {
                sql.execute("SELECT setval('" + table + "_id_seq', (SELECT max(id) FROM " + table + "))");
            }
            sql.execute("SELECT actor_pair_rebuild()"); // its triggers were off while copying
            sql.execute("VACUUM ANALYZE");
            return new Written(actorRows[0], actorRows[1], actorRows[2], articles, engagementRows[0],
                    engagementRows[1], engagementRows[2], engagementRows[3], (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the synthetic record", e);
        }
    }

    private void planActors() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> countries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Gazetteer.Place place : Gazetteer.places()) {
            String kind = place.kind() == Gazetteer.Kind.COUNTRY ? "COUNTRY" : "ORGANIZATION";
            List<String> aliases = new ArrayList<>(List.of(place.name()));
            place.aliases().stream().filter(a -> !a.equals(place.name())).forEach(aliases::add);
            String where = !place.capitals().isEmpty() ? place.capitals().get(0)
                    : !place.seats().isEmpty() ? place.seats().get(0) : null;
            if (keys.add(kind + NameKeys.fold(place.name()))) {
                if (kind.equals("COUNTRY")) {
                    countries.add(actors.size());
                }
                actors.add(new ActorSpec(kind, place.name(), NameKeys.fold(place.name()), null, null, null,
                        aliases, where));
            }
        }
        Zipf countryZipf = new Zipf(countries.size(), 1.0);
        int organisations = Math.max(0, size.actors() / 100 - actors.size() + countries.size());
        for (int i = 0; actors.size() < size.actors() && organisations > 0; i++) {
            String name = capitalised(syllables(i, 2)) + " " + ORGANISATION_NOUNS[i % ORGANISATION_NOUNS.length];
            if (keys.add("ORGANIZATION" + NameKeys.fold(name))) {
                actors.add(new ActorSpec("ORGANIZATION", name, NameKeys.fold(name), null, null, null,
                        List.of(name), null));
                organisations--;
            }
        }
        for (int i = 0; actors.size() < size.actors(); i++) {
            String surname = capitalised(syllables(i / GIVEN.length, 3));
            String name = GIVEN[i % GIVEN.length] + " " + surname;
            List<String> wordKeys = NameKeys.wordKeys(name);
            String matchKey = String.join(" ", wordKeys);
            if (!keys.add("PERSON" + matchKey)) {
                continue;
            }
            int country = countries.get(countryZipf.next(random));
            List<String> aliases = new ArrayList<>(List.of(name, surname));
            if (random.nextInt(10) < 3) {
                aliases.add(name.replace('i', 'y').replace('k', 'c'));
            }
            actors.add(new ActorSpec("PERSON", name, matchKey, NameKeys.surnameKey(wordKeys),
                    TITLES[random.nextInt(TITLES.length)], country + 1, aliases.stream().distinct().toList(),
                    actors.get(country).place()));
        }
        // Who is busy is independent of kind: a shuffled rank per actor.
        byRank = new int[actors.size()];
        for (int i = 0; i < byRank.length; i++) {
            byRank[i] = i;
        }
        for (int i = byRank.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = swap;
        }
        zipf = new Zipf(actors.size(), 0.8);
    }

    /** Actors (ids 1..n in plan order), their aliases and persons' offices. */
    private long[] writeActors(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed + 1);
        try (CopyRows rows = new CopyRows(connection, "actor",
                "id, kind, name, match_key, surname_key, title, affiliation_id, office_as_of")) {
            for (int i = 0; i < actors.size(); i++) {
                ActorSpec a = actors.get(i);
                rows.row(i + 1, a.kind(), a.name(), a.matchKey(), a.surnameKey(), a.title(), a.affiliation(),
                        a.title() == null ? null : day(random.nextInt(DAYS)));
            }
        }
        long aliases = 0;
        try (CopyRows rows = new CopyRows(connection, "actor_alias", "id, actor_id, alias, folded, alias_key")) {
            for (int i = 0; i < actors.size(); i++) {
                for (String alias : actors.get(i).aliases()) {
                    rows.row(++aliases, i + 1, alias, NameKeys.fold(alias), NameKeys.nameKey(alias));
                }
            }
        }
        long offices = 0;
        try (CopyRows rows = new CopyRows(connection, "actor_office",
                "id, actor_id, article_id, as_of, title, affiliation_id")) {
            for (int i = 0; i < actors.size(); i++) {
                ActorSpec a = actors.get(i);
                if (a.title() == null) {
                    continue;
                }
                int first = random.nextInt(size.articles());
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    int article = (first + k * 997) % size.articles();
                    rows.row(++offices, i + 1, articleId(article), articleDay(article),
                            k == 0 ? a.title() : TITLES[random.nextInt(TITLES.length)], a.affiliation());
                }
            }
        }
        return new long[] {actors.size(), aliases, offices};
    }

    private long writeArticles(Connection connection) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "processed_article", "article_id, published_on, title")) {
            for (int article = 0; article < size.articles(); article++) {
                rows.row(articleId(article), articleDay(article), "Diplomatic news of " + articleDay(article)
                        + ", no. " + article);
            }
            return rows.rows();
        }
    }

    /** One engagement, the same on every call: the tables are written one after the other from it. */
    private record Draft(long id, String type, String status, LocalDate start, LocalDate end, String precision,
                         LocalDate sortDate, LocalDate firstReported, LocalDate lastReported, String location,
                         int[] participants, int[] articles) {
    }

    private Draft draft(long id) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
        int t = random.nextInt(100);
        String type = TYPES[t < 45 ? 0 : t < 70 ? 1 : t < 90 ? 2 : 3];
        int s = random.nextInt(100);
        String status = s < 75 ? "OCCURRED" : s < 87 ? "PLANNED" : s < 95 ? "PROPOSED" : "CANCELLED";
        int dayIndex = random.nextInt(DAYS);
        LocalDate start = day(dayIndex);
        int p = random.nextInt(100);
        String precision = p < 85 ? "DAY" : p < 89 ? "WEEK" : p < 93 ? "MONTH" : p < 97 ? "SPAN" : "UNKNOWN";
        LocalDate end = switch (precision) {
            case "WEEK" -> start.plusDays(6);
            case "MONTH" -> {
                start = start.withDayOfMonth(1);
                yield start.plusMonths(1).minusDays(1);
            }
            case "SPAN" -> start.plusDays(1 + random.nextInt(4));
            case "UNKNOWN" -> null;
            default -> start;
        };
        LocalDate firstReported = status.equals("OCCURRED") ? start.plusDays(random.nextInt(3))
                : start.minusDays(1 + random.nextInt(30));
        if (precision.equals("UNKNOWN")) {
            start = null;
        }
        LocalDate lastReported = firstReported.plusDays(random.nextInt(6));
        int parties = type.equals("CONFERENCE") ? 3 + random.nextInt(6) : random.nextInt(10) == 0 ? 3 : 2;
        int[] participants = new int[parties];
        for (int i = 0; i < parties; i++) {
            int actor;
            do {
                actor = byRank[zipf.next(random)];
            } while (contains(participants, i, actor));
            participants[i] = actor;
        }
        String location = type.equals("CALL") ? null : actors.get(participants[random.nextInt(parties)]).place();
        int e = random.nextInt(100);
        int[] articles = new int[e < 60 ? 1 : e < 85 ? 2 : 3 + random.nextInt(3)];
        int reportIndex = (int) Math.max(0, Math.min(DAYS - 1, firstReported.toEpochDay() - FIRST_DAY.toEpochDay()));
        for (int i = 0; i < articles.length; i++) {
            int article = (int) ((long) reportIndex * size.articles() / DAYS) + random.nextInt(40) - 20;
            articles[i] = Math.floorMod(article, size.articles());
        }
        return new Draft(id, type, status, start, end, precision, start != null ? start : firstReported,
                firstReported, lastReported, location, participants, articles);
    }

    /** Engagements, participants, evidence and quotes: one pass over the drafts per table. */
    private long[] writeEngagements(Connection connection) throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "engagement", "id, type, status, date_start, date_end, "
                + "date_precision, location, sort_date, first_reported_on, last_reported_on")) {
            for (long id = 1; id <= size.engagements(); id++) {
                Draft d = draft(id);
                rows.row(id, d.type(), d.status(), d.start(), d.end(), d.precision(), d.location(), d.sortDate(),
                        d.firstReported(), d.lastReported());
            }
        }
        long participants;
        try (CopyRows rows = new CopyRows(connection, "engagement_participant",
                "engagement_id, actor_id, role, sort_date")) {
            for (long id = 1; id <= size.engagements(); id++) {
                Draft d = draft(id);
                for (int i = 0; i < d.participants().length; i++) {
                    String role = d.type().equals("VISIT") && i < 2 ? (i == 0 ? "GUEST" : "HOST") : null;
                    rows.row(id, d.participants()[i] + 1, role, d.sortDate());
                }
            }
            participants = rows.rows();
        }
        long evidence = 0;
        try (CopyRows rows = new CopyRows(connection, "evidence",
                "id, engagement_id, article_id, published_on, sentence, start_offset, end_offset")) {
            for (long id = 1; id <= size.engagements(); id++) {
                Draft d = draft(id);
                String sentence = sentence(d);
                for (int i = 0; i < d.articles().length; i++) {
                    int offset = 40 + i * 400;
                    rows.row(++evidence, id, articleId(d.articles()[i]), articleDay(d.articles()[i]), sentence,
                            offset, offset + sentence.length());
                }
            }
        }
        long quotes = 0;
        try (CopyRows rows = new CopyRows(connection, "quote",
                "id, article_id, speaker_id, text, start_offset, end_offset, said_on, sort_date")) {
            for (long id = 1; id <= size.engagements(); id += 5) {
                Draft d = draft(id);
                String text = "We had a frank and useful discussion about " + TOPICS[(int) (id % TOPICS.length)];
                int offset = 10_000 + (int) (id / 5); // unique per quote, past the evidence
                LocalDate said = articleDay(d.articles()[0]);
                rows.row(++quotes, articleId(d.articles()[0]), d.participants()[0] + 1, text, offset,
                        offset + text.length(), said, said);
            }
        }
        return new long[] {size.engagements(), participants, evidence, quotes};
    }

    private String sentence(Draft d) {
        String first = actors.get(d.participants()[0]).name();
        String second = actors.get(d.participants()[1]).name();
        int verb = switch (d.type()) {
            case "MEETING" -> 0;
            case "CALL" -> 1;
            case "VISIT" -> 2;
            default -> 3;
        };
        return first + " " + VERBS[verb] + " " + second + (d.location() == null ? "" : " in " + d.location()) + ".";
    }

    private UUID articleId(int article) {
        return new UUID(0x5ca1eL << 32 | (seed & 0xffffffffL), article);
    }

    private LocalDate articleDay(int article) {
        return day((int) ((long) article * DAYS / size.articles()));
    }

    private static LocalDate day(int index) {
        return FIRST_DAY.plusDays(index);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** {@code count} syllables spelling {@code index} in base {@link #SYLLABLES}: distinct indexes, distinct words. */
    private static String syllables(int index, int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(SYLLABLES[index % SYLLABLES.length]);
            index /= SYLLABLES.length;
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
