-- The shared gazetteer (module gazetteer/) names two organisations as the extractor always has: OSCE and IAEA.
-- Records stored under entity-service's former long names take the shared names, so that new deliveries, which
-- resolve to the shared name's key, find them instead of creating a second record.
UPDATE actor SET name = 'OSCE', match_key = 'osce'
WHERE kind = 'ORGANIZATION' AND match_key = 'organization for security and co operation in europe'
  AND NOT EXISTS (SELECT 1 FROM actor WHERE kind = 'ORGANIZATION' AND match_key = 'osce');
UPDATE actor SET name = 'IAEA', match_key = 'iaea'
WHERE kind = 'ORGANIZATION' AND match_key = 'international atomic energy agency'
  AND NOT EXISTS (SELECT 1 FROM actor WHERE kind = 'ORGANIZATION' AND match_key = 'iaea');
