-- Quotations with their speakers (issue 15). One row per quote per article; offsets are into the article's
-- normalised text (ingest-service's Article.text). Numbered 4 to leave 3 to the event-coding change.
CREATE TABLE quote (
    id           bigserial PRIMARY KEY,
    article_id   uuid    NOT NULL,
    speaker_id   bigint  REFERENCES actor (id),
    text         text    NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    said_on      date,
    -- newest-first order: the day it was said, else the article's date, else the day it was delivered
    sort_date    date    NOT NULL,
    CONSTRAINT quote_uq UNIQUE (article_id, start_offset),
    CONSTRAINT quote_offsets_ck CHECK (0 <= start_offset AND start_offset <= end_offset)
);
CREATE INDEX quote_sort_idx ON quote (sort_date DESC, id DESC);
CREATE INDEX quote_speaker_idx ON quote (speaker_id, sort_date DESC, id DESC);
CREATE INDEX quote_text_trgm_idx ON quote USING gin (text gin_trgm_ops);
