-- Articles as received and as normalised; status tells clients how far processing got.
CREATE TABLE article (
    id                  uuid PRIMARY KEY,
    raw_text            text        NOT NULL,
    text                text        NOT NULL,
    content_hash        char(64)    NOT NULL,
    title               text,
    source              text,
    url                 text,
    published_on        date,
    published_on_source varchar(8)  NOT NULL,
    status              varchar(16) NOT NULL,
    failure_reason      text,
    received_at         timestamptz NOT NULL,
    processed_at        timestamptz,
    CONSTRAINT article_content_hash_unique UNIQUE (content_hash),
    CONSTRAINT article_status_check CHECK (status IN ('RECEIVED', 'PROCESSED', 'FAILED')),
    CONSTRAINT article_date_source_check CHECK (published_on_source IN ('CLIENT', 'TEXT', 'NONE'))
);

CREATE INDEX article_received_at_idx ON article (received_at DESC, id DESC);

-- Store-then-deliver: one row per article until entity-service has acknowledged its extraction.
-- A worker leases due rows with FOR UPDATE SKIP LOCKED, so several replicas never process one article twice at once.
CREATE TABLE delivery (
    article_id      uuid PRIMARY KEY REFERENCES article (id),
    extraction      jsonb,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    leased_until    timestamptz,
    last_error      text,
    delivered_at    timestamptz
);

CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE delivered_at IS NULL;
