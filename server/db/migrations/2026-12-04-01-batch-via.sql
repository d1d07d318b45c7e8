-- How each batch reached the server (issue 20, item 2): 'sync', the device's own upload, or 'file', a hand-over file
-- an admin imported (decision 0016), which goes through the same ingest. The ingest names it from now on; the
-- default only fills the rows stored before, which are then told apart by what each path left behind.
ALTER TABLE sync_batches ADD COLUMN via TEXT NOT NULL DEFAULT 'sync' CHECK (via IN ('sync', 'file'));

-- A sync always stores, as its clock offset, its arrival less the device's `sentAt`, to the millisecond; a file keeps
-- the offset its device's last sync measured (its `sentAt` is when the phone wrote it, days before). A batch whose
-- offset is not that difference cannot be a sync.
UPDATE sync_batches SET via = 'file'
WHERE clock_offset_ms <> CAST(round((julianday(received_at) - julianday(sent_at)) * 86400000) AS INTEGER);

-- An import's audit row (action 'handover.import', after the ingest committed, same clock) names the device and the
-- file's count of interviews: the device's last batch stored at or before that row, with that count, is the file's.
-- This finds the files the first rule misses, whose kept offset happens to equal that difference (a file written and
-- imported with no time between, as under a test's stopped clock).
UPDATE sync_batches SET via = 'file'
WHERE EXISTS (
  SELECT 1 FROM audit_log l
  WHERE l.action = 'handover.import' AND l.target = 'device:' || sync_batches.device_id
    AND json_valid(l.after) AND json_extract(l.after, '$.interviews') = json_array_length(sync_batches.receipts)
    AND l.at >= sync_batches.received_at
    AND NOT EXISTS (
      SELECT 1 FROM sync_batches later
      WHERE later.device_id = sync_batches.device_id AND later.received_at <= l.at
        AND (later.received_at, later.id) > (sync_batches.received_at, sync_batches.id)
    )
);
