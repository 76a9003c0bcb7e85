-- kasboek-syncd schema, version 1. One script for both engines: @BYTES@, @BIGINT@
-- and @SERIAL@ become each engine's types. Times are Unix milliseconds (UTC).
-- Statements are separated by a semicolon at the end of a line.

-- Keys the server itself needs, made once per database (shared by all instances).
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value @BYTES@ NOT NULL
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    created_at @BIGINT@ NOT NULL,
    -- the server's slow hash of the client's authentication key
    auth_salt @BYTES@ NOT NULL,
    auth_hash @BYTES@ NOT NULL,
    auth_iterations INTEGER NOT NULL,
    auth_memory_kib INTEGER NOT NULL,
    auth_lanes INTEGER NOT NULL,
    -- the client's key derivation parameters (the salt the server hands out)
    kdf_salt @BYTES@ NOT NULL,
    kdf_iterations INTEGER NOT NULL,
    kdf_memory_kib INTEGER NOT NULL,
    kdf_lanes INTEGER NOT NULL,
    -- X25519 public key (book keys are wrapped to it) and the client's own wrapped keys
    public_key @BYTES@ NOT NULL,
    wrapped_keys @BYTES@ NOT NULL,
    totp_secret @BYTES@,
    totp_pending_secret @BYTES@,
    totp_last_step @BIGINT@ NOT NULL DEFAULT 0,
    totp_enabled_at @BIGINT@
);

CREATE TABLE recovery_codes (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash @BYTES@ NOT NULL,
    used_at @BIGINT@,
    PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    signing_key @BYTES@ NOT NULL,
    created_at @BIGINT@ NOT NULL,
    last_seen_at @BIGINT@ NOT NULL,
    revoked_at @BIGINT@
);
CREATE INDEX devices_account ON devices (account_id);

CREATE TABLE sessions (
    token_hash @BYTES@ PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    created_at @BIGINT@ NOT NULL,
    expires_at @BIGINT@ NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_device ON sessions (device_id);

CREATE TABLE books (
    id TEXT PRIMARY KEY,
    created_at @BIGINT@ NOT NULL,
    head_seq @BIGINT@ NOT NULL DEFAULT 0,
    encrypted_meta @BYTES@
);

CREATE TABLE book_members (
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    wrapped_key @BYTES@ NOT NULL,
    added_at @BIGINT@ NOT NULL,
    PRIMARY KEY (book_id, account_id)
);
CREATE INDEX book_members_account ON book_members (account_id);

CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    inviter_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    invitee_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    wrapped_key @BYTES@ NOT NULL,
    created_at @BIGINT@ NOT NULL,
    UNIQUE (book_id, invitee_id)
);
CREATE INDEX invitations_invitee ON invitations (invitee_id);
CREATE INDEX invitations_inviter ON invitations (inviter_id);

-- The append-only change log. device_id is not a foreign key: batches a departed
-- member pushed stay part of the book's history.
CREATE TABLE changes (
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    seq @BIGINT@ NOT NULL,
    batch_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    ciphertext @BYTES@ NOT NULL,
    signature @BYTES@ NOT NULL,
    created_at @BIGINT@ NOT NULL,
    PRIMARY KEY (book_id, seq),
    UNIQUE (book_id, batch_id)
);

CREATE TABLE snapshots (
    book_id TEXT PRIMARY KEY REFERENCES books(id) ON DELETE CASCADE,
    seq @BIGINT@ NOT NULL,
    device_id TEXT NOT NULL,
    ciphertext @BYTES@ NOT NULL,
    signature @BYTES@ NOT NULL,
    created_at @BIGINT@ NOT NULL
);

CREATE TABLE blobs (
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    size @BIGINT@ NOT NULL,
    content @BYTES@ NOT NULL,
    device_id TEXT NOT NULL,
    created_at @BIGINT@ NOT NULL,
    PRIMARY KEY (book_id, hash)
);

CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    created_at @BIGINT@ NOT NULL,
    severity TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT
);

CREATE TABLE notice_reads (
    notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    seen_at @BIGINT@ NOT NULL,
    PRIMARY KEY (notice_id, account_id)
);
CREATE INDEX notice_reads_account ON notice_reads (account_id);

-- Kept for [retention] security_event_days. account_id is not a foreign key: the
-- event of an account's deletion outlives it, without the id.
CREATE TABLE security_events (
    id @SERIAL@,
    account_id TEXT,
    at @BIGINT@ NOT NULL,
    type TEXT NOT NULL,
    address TEXT,
    detail TEXT
);
CREATE INDEX security_events_account ON security_events (account_id, at);
CREATE INDEX security_events_at ON security_events (at);

-- Failed logins and TOTP attempts, per account ("account") and per address
-- ("address"), kept for the rate limit's window.
CREATE TABLE auth_failures (
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    at @BIGINT@ NOT NULL
);
CREATE INDEX auth_failures_subject ON auth_failures (scope, subject, at);
