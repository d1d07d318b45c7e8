-- Two indexes of `interviews` narrowed to what their queries seek (decision 0006, "Where the time really
-- went"). Each stored interview wrote an entry to both; their entries were spread by unit and by account, so a
-- batch of 50 wrote up to one page per unit (≈ 20 of the ≈ 108 pages a batch wrote to the WAL).
--
-- interviews_by_unit (survey_id, unit_id, status): the per-unit counts now come from the quota counters (the
-- device state reads them like the dashboards), and exports seek the interviews of one survey. One survey's
-- entries in arrival order: a batch appends to one or two pages.
DROP INDEX interviews_by_unit;
CREATE INDEX interviews_by_survey ON interviews (survey_id);

-- interviews_by_account (account_id): sought only for the interviews returned to an enumerator for correction
-- (the device state). Only those are indexed: a stored interview enters the index when an admin returns it.
DROP INDEX interviews_by_account;
CREATE INDEX interviews_returned ON interviews (account_id) WHERE status = 'needs_correction';
