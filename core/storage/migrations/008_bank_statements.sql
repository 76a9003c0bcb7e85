-- Kasboek schema version 8: bank statements as the bank sent them, and their lines until they
-- are reconciled with the books.
-- SQLite 3.15 (SQLCipher 3.4.1).
--
-- A statement belongs to the bank journal of its account (journals.iban). Its lines are not
-- ledger entries: an entry is posted when a line is reconciled (a payment of an invoice, a
-- booking on an account), and bank_lines.entry_id then names it. So the ledger's bank account
-- holds what is reconciled, and the statement's balance minus the unreconciled lines is what a
-- bank reconciliation checks it against.

CREATE TABLE bank_statements (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    journal_id INTEGER NOT NULL REFERENCES journals (id),
    format TEXT NOT NULL CHECK (format = 'camt053' OR format = 'coda' OR format = 'mt940' OR format = 'csv'),
    -- The bank's identification of the statement (camt Stmt/Id, CODA sequence, MT940 :28C:).
    reference TEXT CHECK (reference IS NULL OR length(reference) <= 100),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    opening_date TEXT NOT NULL CHECK (opening_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    opening_balance INTEGER NOT NULL, -- minor units, signed as on the statement
    closing_date TEXT NOT NULL CHECK (closing_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    closing_balance INTEGER NOT NULL,
    -- The closing balance of the statement before this one when it was imported (NULL for the
    -- first of the account). When it differs from opening_balance a statement is missing or
    -- wrong, and the import said so.
    previous_closing_balance INTEGER,
    line_count INTEGER NOT NULL CHECK (line_count >= 0), -- lines on the statement, imported before or not
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (closing_date >= opening_date)
);
CREATE INDEX bank_statements_by_journal ON bank_statements (journal_id, closing_date, id);

CREATE TABLE bank_lines (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    statement_id INTEGER NOT NULL REFERENCES bank_statements (id),
    journal_id INTEGER NOT NULL REFERENCES journals (id),
    booking_date TEXT NOT NULL CHECK (booking_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    value_date TEXT CHECK (value_date IS NULL OR value_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount INTEGER NOT NULL CHECK (amount <> 0), -- minor units of the statement's currency; positive is money in
    -- The other party: personal data when it is a person.
    counterparty_name TEXT CHECK (counterparty_name IS NULL OR length(counterparty_name) <= 140),
    counterparty_account TEXT CHECK (counterparty_account IS NULL OR length(counterparty_account) <= 34),
    counterparty_bic TEXT CHECK (counterparty_bic IS NULL OR length(counterparty_bic) <= 11),
    structured_reference TEXT CHECK (structured_reference IS NULL OR length(structured_reference) <= 35),
    remittance TEXT CHECK (remittance IS NULL OR length(remittance) <= 500),
    bank_reference TEXT CHECK (bank_reference IS NULL OR length(bank_reference) <= 100),
    end_to_end_id TEXT CHECK (end_to_end_id IS NULL OR length(end_to_end_id) <= 100),
    transaction_code TEXT CHECK (transaction_code IS NULL OR length(transaction_code) <= 100),
    -- What recognises the line when a later statement repeats it (banking::BankLineFingerprint):
    -- the same movement is stored once per account.
    fingerprint TEXT NOT NULL,
    -- The entry that reconciled the line; NULL while it waits.
    entry_id INTEGER REFERENCES journal_entries (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (journal_id, fingerprint)
);
CREATE INDEX bank_lines_by_statement ON bank_lines (statement_id, id);
CREATE INDEX bank_lines_waiting ON bank_lines (journal_id, booking_date, id) WHERE entry_id IS NULL;
CREATE UNIQUE INDEX bank_lines_one_per_entry ON bank_lines (entry_id) WHERE entry_id IS NOT NULL;

-- What the bank said stays as it said it: only the reconciliation of a line changes.
CREATE TRIGGER bank_statements_no_update BEFORE UPDATE ON bank_statements
BEGIN
    SELECT RAISE(FAIL, 'an imported bank statement cannot be changed');
END;
CREATE TRIGGER bank_lines_keep_what_the_bank_said
BEFORE UPDATE OF statement_id, journal_id, booking_date, value_date, amount, counterparty_account, counterparty_bic,
                 structured_reference, bank_reference, end_to_end_id, transaction_code, fingerprint
ON bank_lines
BEGIN
    SELECT RAISE(FAIL, 'an imported bank line cannot be changed');
END;
-- A reconciled line has an entry that says where its money went; it stays while that does.
CREATE TRIGGER bank_lines_reconciled_no_delete BEFORE DELETE ON bank_lines
WHEN OLD.entry_id IS NOT NULL
BEGIN
    SELECT RAISE(FAIL, 'a reconciled bank line cannot be deleted');
END;
