-- The admin's comment when an interview is returned for correction (status needs_correction): the device shows
-- it beside the interview (GET /api/device/state `returned`). Review screens set it; NULL when there is none.
ALTER TABLE interviews ADD COLUMN review_comment TEXT;
