-- Kasboek schema version 1: the company, settings, contacts and products.
-- SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions, STRICT.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC with 'Z'.

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The freelancer's own business: exactly one row.
CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    legal_form TEXT,
    country TEXT NOT NULL CHECK (length(country) = 2),
    street TEXT,
    postal_code TEXT,
    city TEXT,
    vat_number TEXT,
    enterprise_number TEXT, -- Belgian KBO/BCE number
    kvk_number TEXT, -- Dutch Chamber of Commerce number
    iban TEXT,
    bic TEXT,
    email TEXT,
    phone TEXT,
    website TEXT,
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Customers and suppliers. Personal data of natural persons (and of a company's
-- contact person) lives only in the identifiable columns marked below, so that the
-- privacy tools can find, report and erase it.
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE, -- stable id for the CLI, exports and sync
    kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    is_customer INTEGER NOT NULL DEFAULT 1 CHECK (is_customer IN (0, 1)),
    is_supplier INTEGER NOT NULL DEFAULT 0 CHECK (is_supplier IN (0, 1)),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0), -- company name, or the person's full name (personal)
    given_name TEXT, -- personal
    family_name TEXT, -- personal
    contact_person TEXT, -- personal: attention of, for companies
    email TEXT, -- personal
    phone TEXT, -- personal
    street TEXT, -- personal for persons
    postal_code TEXT,
    city TEXT,
    country TEXT NOT NULL CHECK (length(country) = 2),
    vat_number TEXT,
    enterprise_number TEXT,
    kvk_number TEXT,
    peppol_id TEXT,
    iban TEXT, -- personal for persons
    bic TEXT,
    language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'fr', 'en', 'de')),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    notes TEXT, -- may hold personal data
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_by_vat_number ON contacts (vat_number) WHERE vat_number IS NOT NULL;

-- Products and services that invoice lines pick from.
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    code TEXT UNIQUE, -- the user's own article code, optional
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    unit_code TEXT NOT NULL DEFAULT 'C62', -- UN/ECE Recommendation 20 (HUR hour, DAY day, C62 piece)
    unit_price INTEGER NOT NULL, -- net, fixed point with 4 decimals (12.5 EUR = 125000)
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    vat_category TEXT NOT NULL DEFAULT 'S' CHECK (vat_category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M')),
    vat_rate INTEGER NOT NULL DEFAULT 2100 CHECK (vat_rate BETWEEN 0 AND 10000), -- hundredths of a percent
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX products_by_name ON products (name COLLATE NOCASE);
