-- Two indexes every sync insert paid for and no query needs (decision 0006, "What ingest costs"): each one is a
-- B-tree written at every stored interview, about 24 of the ~168 pages a batch of 50 wrote to the WAL.
--
-- interviews_counted served only the over-quota count of each arriving interview, which now reads the exact
-- quota counters once per unit and batch (server/sync/quota-tally.ts). The per-unit direct count seeks
-- interviews_by_unit (survey_id, unit_id, status) instead.
DROP INDEX interviews_counted;

-- interviews_by_day was never sought by day: the export's optional date filter cannot use it, and every
-- per-day figure comes from quota_daily_counts. Exports of a survey seek interviews_by_unit by survey_id.
DROP INDEX interviews_by_day;
