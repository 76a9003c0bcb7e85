-- Kasboek schema version 5: the double-entry ledger. Chart of accounts, journals, posted
-- entries and their lines, totals per account and month, fiscal years and the period lock.
-- SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions, STRICT.
-- Amounts are integers in the company currency's minor units (the ledger is kept in one
-- currency: a document in another currency is posted at its exchange rate).
--
-- What the database itself guarantees, whatever program writes to it:
-- - every entry balances: total debit = total credit, at least two lines, all on its date;
-- - a posted entry and its lines never change and are never deleted (corrections are new
--   entries);
-- - nothing is written on or before the lock date (closed periods and fiscal years), and
--   the lock date only moves forward;
-- - an account that has lines keeps its code and type and cannot be deleted.
--
-- Speed (a book may hold millions of lines): with SQLCipher every statement that needs a
-- statement journal encrypts each page it touches once more. SQLite opens one for a
-- statement that fires triggers and may abort half-way, which ABORT-style constraints and
-- immediate foreign keys make possible. So the ledger's writers insert with INSERT OR FAIL,
-- its triggers raise FAIL, and the foreign keys of the posting tables are deferred (checked at
-- commit): a failed statement has then changed nothing of its own, and the unit of work it
-- belongs to is rolled back as a whole anyway. This makes posting several times faster.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
    role TEXT UNIQUE CHECK (role IN ('receivables', 'payables', 'vat_payable', 'vat_deductible',
                                     'vat_settlement', 'bank', 'cash', 'sales', 'expenses', 'bank_charges',
                                     'rounding', 'exchange_differences', 'retained_earnings',
                                     'opening_balances', 'owner_drawings')),
    rgs_code TEXT CHECK (rgs_code IS NULL OR length(rgs_code) BETWEEN 1 AND 40), -- Dutch RGS reference code
    vat_kind TEXT, -- the VAT situation postings on this account usually have (ledger::VatKind)
    vat_rate INTEGER CHECK (vat_rate IS NULL OR vat_rate BETWEEN 0 AND 10000),
    deductible_percent INTEGER CHECK (deductible_percent IS NULL OR deductible_percent BETWEEN 0 AND 100),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Books of original entry. Bank and cash journals name the account their money is on.
CREATE TABLE journals (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    kind TEXT NOT NULL CHECK (kind IN ('sales', 'purchases', 'bank', 'cash', 'general')),
    account_id INTEGER REFERENCES accounts (id),
    iban TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((kind IN ('bank', 'cash')) = (account_id IS NOT NULL))
);

-- The journals every file starts with; their bank/cash accounts come with the chart.
INSERT INTO journals (uid, code, name, kind, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
             || hex(randomblob(6))),
       code, name, kind, now, now
FROM (SELECT 'SAL' AS code, 'Sales' AS name, 'sales' AS kind, 1 AS position
      UNION ALL SELECT 'PUR', 'Purchases', 'purchases', 2
      UNION ALL SELECT 'GEN', 'General', 'general', 3)
     JOIN (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now)
ORDER BY position;

-- Everything dated on or before locked_through is closed: a filed VAT period, a closed
-- fiscal year (closing a year also moves the lock to its end). One row; the date only moves
-- forward.
CREATE TABLE ledger_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    locked_through TEXT CHECK (locked_through IS NULL
                               OR locked_through GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    updated_at TEXT
);
INSERT INTO ledger_lock (id, locked_through, updated_at) VALUES (1, NULL, NULL);
CREATE TRIGGER ledger_lock_forward_only BEFORE UPDATE ON ledger_lock
WHEN NEW.id <> OLD.id OR NEW.locked_through IS NULL
     OR (OLD.locked_through IS NOT NULL AND NEW.locked_through < OLD.locked_through)
BEGIN
    SELECT RAISE(FAIL, 'a closed period cannot be reopened');
END;
CREATE TRIGGER ledger_lock_no_delete BEFORE DELETE ON ledger_lock
BEGIN
    SELECT RAISE(FAIL, 'a closed period cannot be reopened');
END;

-- A posted entry. Its lines are written first and the entry last (foreign keys of
-- journal_lines are deferred): the insert that makes an entry exist is the one the
-- balance check runs on, and from then on nothing can be added to it.
CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    journal_id INTEGER NOT NULL REFERENCES journals (id) DEFERRABLE INITIALLY DEFERRED,
    entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    -- Spelled out rather than IN (...): SQLite 3.15 builds a temporary table for an IN list on
    -- every insert.
    kind TEXT NOT NULL CHECK (kind = 'manual' OR kind = 'opening' OR kind = 'closing' OR kind = 'document'
                              OR kind = 'payment' OR kind = 'import'),
    reference TEXT CHECK (reference IS NULL OR length(reference) <= 100), -- a document number, a bank reference, an imported id
    description TEXT CHECK (description IS NULL OR length(description) <= 500), -- may hold personal data
    counterparty TEXT CHECK (counterparty IS NULL OR length(counterparty) <= 200), -- personal for a person
    contact_id INTEGER REFERENCES contacts (id) DEFERRABLE INITIALLY DEFERRED,
    document_id INTEGER REFERENCES documents (id) DEFERRABLE INITIALLY DEFERRED,
    payment_id INTEGER REFERENCES payments (id) DEFERRABLE INITIALLY DEFERRED,
    reverses_entry_id INTEGER REFERENCES journal_entries (id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL
);
CREATE INDEX journal_entries_by_date ON journal_entries (entry_date, id);
CREATE INDEX journal_entries_by_journal ON journal_entries (journal_id, entry_date, id);
-- A document, a payment and a closing are posted once.
CREATE UNIQUE INDEX journal_entries_one_per_document ON journal_entries (document_id)
    WHERE document_id IS NOT NULL AND kind = 'document';
CREATE UNIQUE INDEX journal_entries_one_per_payment ON journal_entries (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX journal_entries_closing ON journal_entries (entry_date) WHERE kind = 'closing';
CREATE UNIQUE INDEX journal_entries_reversed_once ON journal_entries (reverses_entry_id)
    WHERE reverses_entry_id IS NOT NULL;

-- The lines of an entry, clustered by entry (an entry reads as one range) and indexed by
-- account and date (an account's register reads as one range).
CREATE TABLE journal_lines (
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL CHECK (position >= 1),
    account_id INTEGER NOT NULL REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED,
    entry_date TEXT NOT NULL, -- the entry's, so that the register index holds it
    debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    description TEXT CHECK (description IS NULL OR length(description) <= 500), -- may hold personal data
    -- The VAT situation of the line (ledger::VatKind), its rate and which part of it the
    -- line is: the taxable amount, the VAT, the self-assessed VAT due, or the share of input
    -- VAT that may not be deducted. VAT returns are sums of these.
    vat_kind TEXT,
    vat_rate INTEGER CHECK (vat_rate IS NULL OR vat_rate BETWEEN 0 AND 10000),
    vat_part TEXT CHECK (vat_part IS NULL OR vat_part = 'base' OR vat_part = 'vat' OR vat_part = 'vat_due'
                         OR vat_part = 'vat_non_deductible'),
    CHECK (debit = 0 OR credit = 0),
    CHECK ((vat_kind IS NULL) = (vat_part IS NULL)),
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
CREATE INDEX journal_lines_by_account ON journal_lines (account_id, entry_date, entry_id);
CREATE INDEX journal_lines_with_vat ON journal_lines (entry_date) WHERE vat_kind IS NOT NULL;

CREATE TRIGGER journal_lines_only_before_posting BEFORE INSERT ON journal_lines
WHEN EXISTS (SELECT 1 FROM journal_entries WHERE id = NEW.entry_id)
BEGIN
    SELECT RAISE(FAIL, 'a posted entry cannot be changed');
END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN
    SELECT RAISE(FAIL, 'a posted entry cannot be changed');
END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN
    SELECT RAISE(FAIL, 'a posted entry cannot be deleted');
END;

-- One pass over the entry's lines gives everything the checks need: how many there are, their
-- debit and credit, and how many are on the entry's date. The checks are one aggregate query
-- whose CASE raises at the first that fails. (Integer sums and counts only: min() and max() of
-- the dates, or a subquery in FROM, would cost an allocation or a temporary table per entry.)
CREATE TRIGGER journal_entries_balanced BEFORE INSERT ON journal_entries
BEGIN
    SELECT CASE
        -- A locked period (a filed VAT return) still takes the entry that closes its fiscal
        -- year; a closed fiscal year takes nothing.
        WHEN NEW.kind <> 'closing' AND NEW.entry_date <= (SELECT locked_through FROM ledger_lock WHERE id = 1)
            THEN RAISE(FAIL, 'the period is closed')
        WHEN NEW.entry_date <= (SELECT max(end_date) FROM fiscal_years)
            THEN RAISE(FAIL, 'the fiscal year is closed')
        WHEN count(*) < 2
            THEN RAISE(FAIL, 'an entry needs at least two lines')
        WHEN sum(debit) <> sum(credit)
            THEN RAISE(FAIL, 'the entry does not balance')
        WHEN sum(entry_date = NEW.entry_date) <> count(*)
            THEN RAISE(FAIL, 'every line of an entry has its date')
    END
    FROM journal_lines WHERE entry_id = NEW.id;
END;
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN
    SELECT RAISE(FAIL, 'a posted entry cannot be changed');
END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN
    SELECT RAISE(FAIL, 'a posted entry cannot be deleted');
END;

CREATE TRIGGER accounts_used_keep_code_and_type BEFORE UPDATE OF code, type ON accounts
WHEN (NEW.code <> OLD.code OR NEW.type <> OLD.type)
     AND EXISTS (SELECT 1 FROM journal_lines WHERE account_id = OLD.id)
BEGIN
    SELECT RAISE(FAIL, 'an account with postings keeps its code and type');
END;
CREATE TRIGGER accounts_used_no_delete BEFORE DELETE ON accounts
WHEN EXISTS (SELECT 1 FROM journal_lines WHERE account_id = OLD.id)
     OR EXISTS (SELECT 1 FROM journals WHERE account_id = OLD.id)
BEGIN
    SELECT RAISE(FAIL, 'an account in use cannot be deleted');
END;

-- Debit and credit per account and month ('YYYY-MM') of every posted line, so that a trial
-- balance over ten years reads a few thousand rows instead of millions. Written by the
-- ledger in the same transaction as the entries; `kasboek-cli check` recomputes it from the
-- lines and reports any difference.
CREATE TABLE account_month_totals (
    account_id INTEGER NOT NULL REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    debit INTEGER NOT NULL CHECK (debit >= 0),
    credit INTEGER NOT NULL CHECK (credit >= 0),
    PRIMARY KEY (account_id, month)
) WITHOUT ROWID;
CREATE INDEX account_month_totals_by_month ON account_month_totals (month, account_id);

-- Fiscal years that were closed: the entry that carried their result to equity.
CREATE TABLE fiscal_years (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    closing_entry_id INTEGER REFERENCES journal_entries (id),
    closed_at TEXT NOT NULL,
    CHECK (end_date > start_date),
    UNIQUE (start_date),
    UNIQUE (end_date)
);
CREATE TRIGGER fiscal_years_no_overlap BEFORE INSERT ON fiscal_years
WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE start_date <= NEW.end_date AND end_date >= NEW.start_date)
BEGIN
    SELECT RAISE(FAIL, 'fiscal years cannot overlap');
END;
CREATE TRIGGER fiscal_years_no_update BEFORE UPDATE ON fiscal_years
BEGIN
    SELECT RAISE(FAIL, 'a closed fiscal year cannot be changed');
END;
CREATE TRIGGER fiscal_years_no_delete BEFORE DELETE ON fiscal_years
BEGIN
    SELECT RAISE(FAIL, 'a closed fiscal year cannot be reopened');
END;
