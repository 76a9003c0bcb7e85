-- Kasboek schema version 3: recurring invoices and payment reminders.
-- SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions, STRICT; the JSON1
-- functions are not relied on. Conventions as in 002 (ISO dates, minor units).

-- A recurring invoice: what to invoice (the template), to whom, and when. The template's
-- content - lines, charges, exemptions, references, notes, discount, currency, terms - is
-- kept here as a JSON object (RecurringTemplateContent), not as a row of `documents`:
-- a template is not a document. Stored among the documents it would need a flag that every
-- query on documents, present and future (lists, issuing, VAT reports, exports, numbering,
-- sync), would have to remember to exclude; kept apart, it can never be listed among the
-- drafts, issued, numbered or exported. Each occurrence becomes an ordinary draft (and,
-- when the user chose so, an issued invoice) that names its template through
-- documents.recurring_template_id. The JSON is read as untrusted input and every draft made
-- from it passes the document validation like any other.
CREATE TABLE recurring_templates (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    label TEXT CHECK (label IS NULL OR length(label) <= 100), -- e.g. "Hosting": with the period, the invoice's note
    content TEXT NOT NULL CHECK (length(content) BETWEEN 2 AND 1000000),
    frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'yearly')),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    issue_automatically INTEGER NOT NULL DEFAULT 0 CHECK (issue_automatically IN (0, 1)),
    -- The last occurrence turned into an invoice; advanced in the same transaction as that
    -- invoice, so an occurrence is made once even when Kasboek stops half-way.
    last_made_on TEXT CHECK (last_made_on IS NULL OR last_made_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (last_made_on IS NULL OR last_made_on >= start_date)
);
CREATE INDEX recurring_templates_by_contact ON recurring_templates (contact_id);

-- 002 left documents.recurring_template_id without a table to point at. ALTER TABLE cannot
-- add a foreign key to an existing column, so triggers keep the reference sound, and a
-- template that made invoices is paused, never deleted.
CREATE INDEX documents_by_recurring_template ON documents (recurring_template_id)
    WHERE recurring_template_id IS NOT NULL;
CREATE TRIGGER documents_recurring_template_exists_insert BEFORE INSERT ON documents
WHEN NEW.recurring_template_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM recurring_templates WHERE id = NEW.recurring_template_id)
BEGIN
    SELECT RAISE(ABORT, 'the recurring template does not exist');
END;
CREATE TRIGGER documents_recurring_template_exists_update BEFORE UPDATE OF recurring_template_id ON documents
WHEN NEW.recurring_template_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM recurring_templates WHERE id = NEW.recurring_template_id)
BEGIN
    SELECT RAISE(ABORT, 'the recurring template does not exist');
END;
CREATE TRIGGER recurring_templates_used_no_delete BEFORE DELETE ON recurring_templates
WHEN EXISTS (SELECT 1 FROM documents WHERE recurring_template_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a recurring template that made invoices cannot be deleted');
END;

-- The reminders sent for an overdue sales invoice: first, second, formal notice (1, 2, 3),
-- one of each at most, in that order. Each is the record of a letter that was produced:
-- what it claimed on its date (outstanding, late-payment interest, fixed compensation, all
-- in `currency`'s minor units) stays as it was - append-only, like document_events.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    reminder_date TEXT NOT NULL CHECK (reminder_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    outstanding INTEGER NOT NULL CHECK (outstanding > 0),
    interest INTEGER NOT NULL DEFAULT 0 CHECK (interest >= 0),
    compensation INTEGER NOT NULL DEFAULT 0 CHECK (compensation >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    days_late INTEGER NOT NULL CHECK (days_late >= 0),
    created_at TEXT NOT NULL,
    UNIQUE (document_id, level)
);
CREATE INDEX reminders_by_date ON reminders (reminder_date);
CREATE TRIGGER reminders_only_issued_invoices BEFORE INSERT ON reminders
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) IS NOT 'issued'
     OR (SELECT type FROM documents WHERE id = NEW.document_id) IS NOT 'invoice'
BEGIN
    SELECT RAISE(ABORT, 'only an issued sales invoice gets a reminder');
END;
CREATE TRIGGER reminders_one_level_at_a_time BEFORE INSERT ON reminders
WHEN NEW.level > 1
     AND NOT EXISTS (SELECT 1 FROM reminders WHERE document_id = NEW.document_id AND level = NEW.level - 1)
BEGIN
    SELECT RAISE(ABORT, 'a reminder follows the one before it');
END;
CREATE TRIGGER reminders_no_update BEFORE UPDATE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders cannot be changed');
END;
CREATE TRIGGER reminders_no_delete BEFORE DELETE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders cannot be deleted');
END;
