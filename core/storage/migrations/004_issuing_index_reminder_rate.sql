-- Kasboek schema version 4: an index for issuing, and the interest rate on reminders.
-- SQLite 3.15 (SQLCipher 3.4.1), conventions as in 002.

-- Issuing checks that a number never carries an earlier date than the one before it in its
-- series (DocumentIssuer: max(issue_date) of the series' issued documents). Without this index
-- that check read every document of the series, so each issue cost more as the books grew;
-- with it SQLite answers max() from the last entry of the series.
CREATE INDEX documents_issued_by_series_date ON documents (series_id, issue_date) WHERE status = 'issued';

-- The annual late-payment interest rate (basis points) a reminder's interest was computed at,
-- so that its letter, printed again later, states the rate it claimed even after the settings
-- changed. NULL for reminders stored before this version: their letters state the current
-- setting, as they did.
ALTER TABLE reminders ADD COLUMN annual_interest_bp INTEGER
    CHECK (annual_interest_bp IS NULL OR annual_interest_bp BETWEEN 0 AND 10000);
