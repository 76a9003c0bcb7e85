-- Kasboek schema version 7: the document lists sorted by any column without sorting, and the
-- open documents of a date found from indexes alone.
-- SQLite 3.15 (SQLCipher 3.4.1).
--
-- A list shows one type of document (invoices, credit notes, ...) sorted by the column the
-- user chose, then by id. With an index on (type, column) the first page of 50 reads 50 index
-- entries; without one SQLite sorts every document of the type first (a quarter to half a
-- second with 100,000 invoices: docs/benchmarks.md). The id, the rowid, ends every index, so
-- the ties come out in id order as the lists ask.
CREATE INDEX IF NOT EXISTS documents_by_type_number ON documents (type, number);
CREATE INDEX IF NOT EXISTS documents_by_type_due_date ON documents (type, due_date);
CREATE INDEX IF NOT EXISTS documents_by_type_total ON documents (type, total_inclusive);
-- The counterparty as storage::DocumentSummaries sorts on it: SQLite uses an index on an
-- expression only for the same expression, so the two must stay alike to the letter. lower()
-- rather than COLLATE NOCASE (the same order: both fold ASCII letters only) because SQLite
-- 3.15 does not match an ORDER BY to an indexed expression that carries a collation.
CREATE INDEX IF NOT EXISTS documents_by_type_counterparty ON documents (
    type,
    lower(CASE WHEN type IN ('purchase_invoice', 'purchase_credit_note') THEN seller_name ELSE buyer_name END));

-- The aged balances find the documents still open on a date among ten years of them by
-- comparing each issued one's total with its payments and credit notes up to that date
-- (reports::AgedBalances). These two indexes hold every column that comparison reads, so it
-- never reads a document's or a payment's row - each one page of the encrypted file to
-- decrypt - but the index entries alone.
CREATE INDEX IF NOT EXISTS documents_open_by_type ON documents (type, status, issue_date, total_inclusive, due_date);
DROP INDEX IF EXISTS payments_by_document;
CREATE INDEX IF NOT EXISTS payments_by_document_date ON payments (document_id, payment_date, amount);
