-- Attempts are visible on the article (Article.attempts) and survive the delivery row, which leaves the queue when
-- the article is PROCESSED or FAILED. delivery.attempts counts the current round only (it restarts on retryArticle)
-- and drives the backoff; delivery.rejections counts the 4xx answers of that round, which are bounded.
ALTER TABLE article ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE delivery ADD COLUMN rejections integer NOT NULL DEFAULT 0;
