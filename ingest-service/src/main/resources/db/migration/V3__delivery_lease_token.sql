-- Each claim of a delivery gets a fresh token. The replica holding it renews the lease while it works (heartbeat)
-- and every state change it makes checks the token, so a replica whose lease ran out and was taken over by another
-- can no longer write the article's state.
ALTER TABLE delivery ADD COLUMN lease_token uuid;
