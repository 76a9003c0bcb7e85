-- Kasboek schema version 2: quotes, invoices, credit notes and purchase documents, their
-- numbering series, what happens to them once issued (events, payments).
-- SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions, STRICT.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC with 'Z'.
-- Amounts are integers in the document currency's minor units; quantities, unit prices and
-- percentages fixed point with 4 decimals (1.5 = 15000); VAT rates in hundredths of a percent;
-- exchange rates fixed point with 10 decimals.
--
-- An issued document is the law's record of what was invoiced: the database itself refuses
-- any change to it or to its lines, charges and exemptions (triggers below). Corrections are
-- made with a credit note. What happens to a document afterwards is appended beside it
-- (document_events, payments), never written into it.

-- How sales documents are numbered. A pattern holds literal text and the tokens {year}, {yy},
-- {month}, {seq} and {seq:N} (N digits, zero-padded); see NumberPattern.
CREATE TABLE number_series (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    document_type TEXT NOT NULL CHECK (document_type IN ('quote', 'invoice', 'credit_note')),
    name TEXT, -- the user's label; empty for the series the file starts with
    pattern TEXT NOT NULL CHECK (length(pattern) BETWEEN 1 AND 40 AND instr(pattern, '{seq') > 0),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (is_default = 0 OR archived = 0)
);
-- One default series per document type: the one issue() uses when a draft names none.
CREATE UNIQUE INDEX number_series_one_default ON number_series (document_type) WHERE is_default = 1;

-- The last sequence number a series gave out in a period: 'all' for a pattern that never
-- restarts, 'YYYY' for one with {year} or {yy}, 'YYYY-MM' for one with {month}. Written in the
-- same transaction as the document that gets the number, so a rolled-back issue gives the
-- number back: numbering stays gapless.
CREATE TABLE number_counters (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES number_series (id) ON DELETE CASCADE,
    period TEXT NOT NULL CHECK (period = 'all' OR period GLOB '[0-9][0-9][0-9][0-9]'
                                OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),
    UNIQUE (series_id, period)
);
-- A counter only moves forward: going back would hand out a number a second time.
CREATE TRIGGER number_counters_forward_only BEFORE UPDATE ON number_counters
WHEN NEW.last_sequence <= OLD.last_sequence OR NEW.series_id <> OLD.series_id OR NEW.period <> OLD.period
BEGIN
    SELECT RAISE(ABORT, 'a number counter only moves forward');
END;

-- The series the file starts with, one default per sales document type.
INSERT INTO number_series (uid, document_type, name, pattern, is_default, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
             || hex(randomblob(6))),
       type, NULL, pattern, 1, now, now
FROM (SELECT 'invoice' AS type, '{year}-{seq:4}' AS pattern, 1 AS position
      UNION ALL SELECT 'credit_note', 'CN{year}-{seq:4}', 2
      UNION ALL SELECT 'quote', 'Q{year}-{seq:4}', 3)
     JOIN (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now)
ORDER BY position;

-- Quotes, invoices and credit notes (sales) and suppliers' invoices and credit notes
-- (purchase). The seller_* and buyer_* columns are the parties as the document shows them,
-- copied from the company and the contact (refreshed on every save of a draft, frozen at
-- issue). Personal data: for a natural person the buyer_* (sales) or seller_* (purchase)
-- name, contact person, street, e-mail, phone and IBAN are personal data, and so may be
-- notes. Issued documents are kept as the law requires (BE 10 years, NL 7) and are not erased.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('quote', 'invoice', 'credit_note', 'purchase_invoice',
                                       'purchase_credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
    number TEXT CHECK (number IS NULL OR length(number) BETWEEN 1 AND 100), -- BT-1
    series_id INTEGER REFERENCES number_series (id),
    issue_date TEXT CHECK (issue_date IS NULL OR issue_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    delivery_date TEXT CHECK (delivery_date IS NULL
                              OR delivery_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    valid_until TEXT CHECK (valid_until IS NULL OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    contact_id INTEGER NOT NULL REFERENCES contacts (id), -- customer (sales) or supplier (purchase)

    seller_name TEXT, -- personal for a supplier who is a person
    seller_legal_form TEXT,
    seller_contact_person TEXT, -- personal
    seller_street TEXT, -- personal for a person
    seller_postal_code TEXT,
    seller_city TEXT,
    seller_country TEXT CHECK (seller_country IS NULL OR length(seller_country) = 2),
    seller_vat_number TEXT,
    seller_enterprise_number TEXT,
    seller_kvk_number TEXT,
    seller_peppol_id TEXT,
    seller_email TEXT, -- personal
    seller_phone TEXT, -- personal
    seller_iban TEXT, -- personal for a person
    seller_bic TEXT,

    buyer_name TEXT, -- personal for a customer who is a person
    buyer_legal_form TEXT,
    buyer_contact_person TEXT, -- personal
    buyer_street TEXT, -- personal for a person
    buyer_postal_code TEXT,
    buyer_city TEXT,
    buyer_country TEXT CHECK (buyer_country IS NULL OR length(buyer_country) = 2),
    buyer_vat_number TEXT,
    buyer_enterprise_number TEXT,
    buyer_kvk_number TEXT,
    buyer_peppol_id TEXT,
    buyer_email TEXT, -- personal
    buyer_phone TEXT, -- personal
    buyer_iban TEXT, -- personal for a person
    buyer_bic TEXT,

    language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'fr', 'en', 'de')),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    exchange_rate INTEGER CHECK (exchange_rate IS NULL OR exchange_rate > 0), -- 10 decimals, EUR per unit
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    payment_reference_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (payment_reference_kind IN ('none', 'structured', 'creditor', 'plain')),
    payment_reference TEXT, -- BT-83: OGM digits, RF reference or text
    buyer_reference TEXT, -- BT-10
    order_reference TEXT, -- BT-13
    notes TEXT, -- BT-22; may hold personal data
    payment_terms TEXT, -- BT-20
    discount_percent INTEGER CHECK (discount_percent IS NULL OR discount_percent BETWEEN 1 AND 1000000),

    corrected_document_id INTEGER REFERENCES documents (id), -- credit notes: the invoice (BG-3)
    corrected_document_number TEXT, -- BT-25
    corrected_document_date TEXT CHECK (corrected_document_date IS NULL
                                        OR corrected_document_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    source_quote_id INTEGER REFERENCES documents (id), -- an invoice made from a quote
    recurring_template_id INTEGER, -- the template that made it; its table comes later

    total_exclusive INTEGER NOT NULL DEFAULT 0, -- BT-109
    total_vat INTEGER NOT NULL DEFAULT 0, -- BT-110
    total_inclusive INTEGER NOT NULL DEFAULT 0, -- BT-112

    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    issued_at TEXT,

    CHECK (total_inclusive = total_exclusive + total_vat),
    CHECK (currency <> 'EUR' OR exchange_rate IS NULL),
    CHECK ((payment_reference_kind = 'none') = (payment_reference IS NULL)),
    CHECK (due_date IS NULL OR issue_date IS NULL OR due_date >= issue_date),
    -- An issued document has its number, dates and parties; a sales draft has no number yet.
    CHECK (status = 'draft' OR (number IS NOT NULL AND issue_date IS NOT NULL AND issued_at IS NOT NULL
                                AND seller_name IS NOT NULL AND buyer_name IS NOT NULL)),
    CHECK (status = 'draft' OR type = 'quote' OR due_date IS NOT NULL),
    CHECK (type NOT IN ('quote', 'invoice', 'credit_note') OR status = 'issued' OR number IS NULL),
    -- Sales documents are numbered by a series of the freelancer's; purchase documents carry the
    -- supplier's number.
    CHECK (type NOT IN ('quote', 'invoice', 'credit_note') OR status = 'draft' OR series_id IS NOT NULL),
    CHECK (type IN ('quote', 'invoice', 'credit_note') OR series_id IS NULL),
    CHECK (valid_until IS NULL OR type = 'quote'),
    CHECK (type IN ('credit_note', 'purchase_credit_note')
           OR (corrected_document_id IS NULL AND corrected_document_number IS NULL
               AND corrected_document_date IS NULL)),
    CHECK (source_quote_id IS NULL OR type = 'invoice')
);
-- The lists: by date (of one type or all), per contact, by number; and numbers that must
-- never repeat.
CREATE INDEX documents_by_type_date ON documents (type, issue_date, id);
CREATE INDEX documents_by_date ON documents (issue_date);
CREATE INDEX documents_by_contact ON documents (contact_id, issue_date);
CREATE INDEX documents_by_number ON documents (number);
CREATE UNIQUE INDEX documents_number_in_series ON documents (series_id, number) WHERE series_id IS NOT NULL;
CREATE UNIQUE INDEX documents_sales_number ON documents (type, number)
    WHERE number IS NOT NULL AND type IN ('quote', 'invoice', 'credit_note');
-- A supplier's document is stored once: importing the same file twice is refused.
CREATE UNIQUE INDEX documents_purchase_number ON documents (contact_id, type, number)
    WHERE number IS NOT NULL AND type IN ('purchase_invoice', 'purchase_credit_note');
CREATE INDEX documents_by_corrected ON documents (corrected_document_id) WHERE corrected_document_id IS NOT NULL;
CREATE INDEX documents_by_source_quote ON documents (source_quote_id) WHERE source_quote_id IS NOT NULL;

-- Issued documents never change. Issuing itself is the one update these allow: the row is
-- still a draft (OLD.status) when it becomes issued.
CREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;
CREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be deleted');
END;
-- Every issued document was a draft first, so its lines were written while they still could be.
CREATE TRIGGER documents_born_draft BEFORE INSERT ON documents
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a document is stored as a draft and then issued');
END;

-- The lines (BG-25), in position order (1, 2, ...).
CREATE TABLE document_lines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    product_id INTEGER REFERENCES products (id), -- a used product cannot be deleted, only archived
    name TEXT, -- BT-153; a draft's line may still be empty
    description TEXT, -- BT-154
    quantity INTEGER NOT NULL, -- BT-129, 4 decimals
    unit_code TEXT NOT NULL CHECK (length(unit_code) BETWEEN 1 AND 3), -- BT-130
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0), -- BT-146, 4 decimals, net (BR-27)
    discount_percent INTEGER CHECK (discount_percent IS NULL OR discount_percent BETWEEN 1 AND 1000000),
    vat_category TEXT NOT NULL CHECK (vat_category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M')),
    vat_rate INTEGER NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
    buyer_accounting_reference TEXT, -- BT-133
    seller_item_id TEXT, -- BT-155
    UNIQUE (document_id, position)
);
CREATE INDEX document_lines_by_product ON document_lines (product_id) WHERE product_id IS NOT NULL;

-- Document-level charges (BG-21).
CREATE TABLE document_charges (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    amount INTEGER NOT NULL CHECK (amount > 0), -- BT-99, document currency
    vat_category TEXT NOT NULL CHECK (vat_category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M')),
    vat_rate INTEGER NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
    reason TEXT, -- BT-104
    reason_code TEXT, -- BT-105
    UNIQUE (document_id, position)
);

-- Why a VAT category present on the document charges no VAT (BT-120, BT-121): once per category.
CREATE TABLE document_exemptions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    vat_category TEXT NOT NULL CHECK (vat_category IN ('E', 'AE', 'K', 'G', 'O')),
    reason_code TEXT,
    reason_text TEXT,
    CHECK (reason_code IS NOT NULL OR reason_text IS NOT NULL),
    UNIQUE (document_id, position),
    UNIQUE (document_id, vat_category)
);

-- Files that travel with a document (BG-24): the PDF a supplier's UBL carried, a signed quote.
-- Issued documents may gain attachments; none is ever changed or removed.
CREATE TABLE document_attachments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type TEXT NOT NULL CHECK (instr(mime_type, '/') > 1),
    description TEXT,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL,
    CHECK (length(content) > 0),
    UNIQUE (document_id, position)
);

-- The children of an issued document are as frozen as the document.
CREATE TRIGGER document_lines_issued_no_insert BEFORE INSERT ON document_lines
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the lines of an issued document cannot be changed');
END;
CREATE TRIGGER document_lines_issued_no_update BEFORE UPDATE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
     OR (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the lines of an issued document cannot be changed');
END;
CREATE TRIGGER document_lines_issued_no_delete BEFORE DELETE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the lines of an issued document cannot be changed');
END;
CREATE TRIGGER document_charges_issued_no_insert BEFORE INSERT ON document_charges
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the charges of an issued document cannot be changed');
END;
CREATE TRIGGER document_charges_issued_no_update BEFORE UPDATE ON document_charges
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
     OR (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the charges of an issued document cannot be changed');
END;
CREATE TRIGGER document_charges_issued_no_delete BEFORE DELETE ON document_charges
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the charges of an issued document cannot be changed');
END;
CREATE TRIGGER document_exemptions_issued_no_insert BEFORE INSERT ON document_exemptions
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the VAT exemptions of an issued document cannot be changed');
END;
CREATE TRIGGER document_exemptions_issued_no_update BEFORE UPDATE ON document_exemptions
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
     OR (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the VAT exemptions of an issued document cannot be changed');
END;
CREATE TRIGGER document_exemptions_issued_no_delete BEFORE DELETE ON document_exemptions
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the VAT exemptions of an issued document cannot be changed');
END;
CREATE TRIGGER document_attachments_issued_no_update BEFORE UPDATE ON document_attachments
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
     OR (SELECT status FROM documents WHERE id = NEW.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the attachments of an issued document cannot be changed');
END;
CREATE TRIGGER document_attachments_issued_no_delete BEFORE DELETE ON document_attachments
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'the attachments of an issued document cannot be changed');
END;

-- What happened to an issued document, as facts with their date: sent (any sales document);
-- accepted, declined, converted (into an invoice) and cancelled (withdrawn) for quotes.
-- Append-only: a fact is never changed or taken back, only followed by another.
CREATE TABLE document_events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    kind TEXT NOT NULL CHECK (kind IN ('sent', 'accepted', 'declined', 'converted', 'cancelled')),
    event_date TEXT NOT NULL CHECK (event_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note TEXT, -- may hold personal data
    created_at TEXT NOT NULL
);
CREATE INDEX document_events_by_document ON document_events (document_id, event_date);
CREATE TRIGGER document_events_only_issued BEFORE INSERT ON document_events
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) IS NOT 'issued'
BEGIN
    SELECT RAISE(ABORT, 'only an issued document has events');
END;
CREATE TRIGGER document_events_no_update BEFORE UPDATE ON document_events
BEGIN
    SELECT RAISE(ABORT, 'document events cannot be changed');
END;
CREATE TRIGGER document_events_no_delete BEFORE DELETE ON document_events
BEGIN
    SELECT RAISE(ABORT, 'document events cannot be deleted');
END;

-- Money received for a sales invoice, refunded for a credit note, or paid to a supplier.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    payment_date TEXT NOT NULL CHECK (payment_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount INTEGER NOT NULL CHECK (amount > 0), -- minor units of `currency`
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'cash', 'card', 'direct_debit', 'other')),
    reference TEXT, -- the bank's reference or the remittance text
    created_at TEXT NOT NULL
);
CREATE INDEX payments_by_document ON payments (document_id, payment_date);
CREATE TRIGGER payments_only_issued BEFORE INSERT ON payments
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) IS NOT 'issued'
     OR (SELECT type FROM documents WHERE id = NEW.document_id) = 'quote'
BEGIN
    SELECT RAISE(ABORT, 'only an issued invoice or credit note is paid');
END;
