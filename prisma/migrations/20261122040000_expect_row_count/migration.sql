-- For a statement that writes rows it chose from an earlier read: called with
-- how many rows it meant to change and how many it did, it aborts the whole
-- statement when they differ (another transaction changed some in between)
-- with SQLSTATE 40001 (serialization_failure), which the caller retries.
-- Used by the group sale of seats (lib/services/booking/buy-seats-together.ts).
CREATE FUNCTION expect_row_count(expected bigint, actual bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
  IF actual IS DISTINCT FROM expected THEN
    RAISE EXCEPTION 'expected % rows to change, % did', expected, actual USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN actual;
END
$$;
