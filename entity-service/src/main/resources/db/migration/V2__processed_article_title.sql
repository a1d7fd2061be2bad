-- The article's title as ingest-service delivered it, so Evidence.article can answer `title` itself
-- (federation @provides) and a page of engagements with evidence titles needs no call to ingest-service.
-- Articles delivered before this migration keep a null title here until they are delivered again.
ALTER TABLE processed_article ADD COLUMN title text;
