-- Indexes for a record of a million engagements and 100k actors (issue 14; plans in docs/benchmarks.md).

-- An actor's engagements newest first, read in order from one index: each participation carries its engagement's
-- sort_date, kept equal to engagement.sort_date by the two triggers below (no application code writes it).
ALTER TABLE engagement_participant ADD COLUMN sort_date date;
UPDATE engagement_participant p SET sort_date = e.sort_date FROM engagement e WHERE e.id = p.engagement_id;
ALTER TABLE engagement_participant ALTER COLUMN sort_date SET NOT NULL;

CREATE FUNCTION engagement_participant_sort_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sort_date := (SELECT e.sort_date FROM engagement e WHERE e.id = NEW.engagement_id);
    RETURN NEW;
END $$;
CREATE TRIGGER engagement_participant_sort_date BEFORE INSERT OR UPDATE OF engagement_id ON engagement_participant
    FOR EACH ROW EXECUTE FUNCTION engagement_participant_sort_date();

CREATE FUNCTION engagement_sort_date_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE engagement_participant SET sort_date = NEW.sort_date WHERE engagement_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER engagement_sort_date_to_participants AFTER UPDATE OF sort_date ON engagement
    FOR EACH ROW WHEN (OLD.sort_date IS DISTINCT FROM NEW.sort_date)
    EXECUTE FUNCTION engagement_sort_date_to_participants();

-- Replaces engagement_participant_actor_idx (actor_id), of which it is a prefix.
CREATE INDEX engagement_participant_actor_sort_idx
    ON engagement_participant (actor_id, sort_date DESC, engagement_id DESC);
DROP INDEX engagement_participant_actor_idx;

-- The longest date span, read from the end of this index, bounds a date filter on sort_date from both sides:
-- an engagement whose span overlaps [from, to] starts between from - longest span and to.
CREATE INDEX engagement_span_idx ON engagement ((date_end - date_start));
