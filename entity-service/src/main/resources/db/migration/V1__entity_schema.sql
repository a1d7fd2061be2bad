-- entity-service schema: canonical actors with aliases and offices, deduplicated engagements with evidence,
-- and the audit trail (merge log, engagement history) that explains every merge and every change.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per delivered article: makes PUT /extractions/{articleId} idempotent (inserted in the same transaction).
CREATE TABLE processed_article (
    article_id   uuid PRIMARY KEY,
    published_on date,
    processed_at timestamp with time zone NOT NULL DEFAULT now()
);

CREATE TABLE actor (
    id             bigserial PRIMARY KEY,
    kind           varchar(16) NOT NULL CHECK (kind IN ('PERSON', 'COUNTRY', 'ORGANIZATION')),
    name           varchar     NOT NULL,
    -- normalised identity: folded, transliteration-collapsed name (persons) or gazetteer key (countries, organisations)
    match_key      varchar     NOT NULL,
    -- transliteration key of a person's surname: candidates for cross-article surname matching
    surname_key    varchar,
    title          varchar,
    affiliation_id bigint REFERENCES actor (id),
    office_as_of   date,
    created_at     timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT actor_kind_match_key_uq UNIQUE (kind, match_key)
);
CREATE INDEX actor_surname_idx ON actor (kind, surname_key);
CREATE INDEX actor_affiliation_idx ON actor (affiliation_id);

CREATE TABLE actor_alias (
    id        bigserial PRIMARY KEY,
    actor_id  bigint  NOT NULL REFERENCES actor (id),
    alias     varchar NOT NULL,
    folded    varchar NOT NULL, -- lower case, diacritics removed
    alias_key varchar NOT NULL, -- transliteration key
    CONSTRAINT actor_alias_uq UNIQUE (actor_id, alias)
);
CREATE INDEX actor_alias_key_idx ON actor_alias (alias_key);
CREATE INDEX actor_alias_folded_trgm_idx ON actor_alias USING gin (folded gin_trgm_ops);
CREATE INDEX actor_alias_key_trgm_idx ON actor_alias USING gin (alias_key gin_trgm_ops);

-- A person's office as one article reports it, dated by the article: offices over time.
CREATE TABLE actor_office (
    id             bigserial PRIMARY KEY,
    actor_id       bigint NOT NULL REFERENCES actor (id),
    article_id     uuid   NOT NULL,
    as_of          date,
    title          varchar,
    affiliation_id bigint REFERENCES actor (id),
    CONSTRAINT actor_office_uq UNIQUE (actor_id, article_id)
);

CREATE TABLE article_actor (
    article_id uuid   NOT NULL,
    actor_id   bigint NOT NULL REFERENCES actor (id),
    PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX article_actor_actor_idx ON article_actor (actor_id);

-- Why a surface form was attached to an existing actor, or a report to an existing engagement.
CREATE TABLE merge_log (
    id         bigserial PRIMARY KEY,
    subject    varchar(16) NOT NULL CHECK (subject IN ('ACTOR', 'ENGAGEMENT')),
    subject_id bigint      NOT NULL,
    article_id uuid        NOT NULL,
    surface    varchar,
    rule       varchar(48) NOT NULL,
    evidence   varchar     NOT NULL,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX merge_log_subject_idx ON merge_log (subject, subject_id);

CREATE TABLE engagement (
    id               bigserial PRIMARY KEY,
    type             varchar(16) NOT NULL CHECK (type IN ('MEETING', 'CALL', 'VISIT', 'CONFERENCE')),
    status           varchar(16) NOT NULL CHECK (status IN ('OCCURRED', 'PLANNED', 'PROPOSED', 'CANCELLED')),
    date_start       date,
    date_end         date,
    date_precision   varchar(16) NOT NULL CHECK (date_precision IN ('DAY', 'WEEK', 'MONTH', 'SPAN', 'UNKNOWN')),
    date_text        varchar,
    location         varchar,
    -- newest-first order: the engagement's start date, else the date it was first reported
    sort_date        date        NOT NULL,
    first_reported_on date,
    last_reported_on  date,
    created_at       timestamp with time zone NOT NULL DEFAULT now(),
    updated_at       timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX engagement_sort_idx ON engagement (sort_date DESC, id DESC);

CREATE TABLE engagement_participant (
    engagement_id bigint NOT NULL REFERENCES engagement (id),
    actor_id      bigint NOT NULL REFERENCES actor (id),
    role          varchar,
    PRIMARY KEY (engagement_id, actor_id)
);
CREATE INDEX engagement_participant_actor_idx ON engagement_participant (actor_id);

CREATE TABLE evidence (
    id            bigserial PRIMARY KEY,
    engagement_id bigint  NOT NULL REFERENCES engagement (id),
    article_id    uuid    NOT NULL,
    published_on  date,
    sentence      varchar NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    CONSTRAINT evidence_uq UNIQUE (engagement_id, article_id, start_offset)
);
CREATE INDEX evidence_article_idx ON evidence (article_id);

-- Which article changed which field of an engagement (status, date, location, participants).
CREATE TABLE engagement_history (
    id            bigserial PRIMARY KEY,
    engagement_id bigint      NOT NULL REFERENCES engagement (id),
    article_id    uuid        NOT NULL,
    field         varchar(32) NOT NULL,
    old_value     varchar,
    new_value     varchar,
    changed_at    timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX engagement_history_engagement_idx ON engagement_history (engagement_id);
