-- Kasboek schema version 6: how a payment settled its document, and a contact's entries in
-- date order. SQLite 3.15 (SQLCipher 3.4.1).
--
-- payments.amount keeps its meaning: the part of the document the payment settles (never
-- more than was still due when it was recorded). Three columns, in the same minor units of
-- the payment's currency, say how the money that moved differs from it:
--   excess        received (or paid) on top of what was due: the document is settled, the
--                 rest stays on the contact's account as a credit, to be refunded or set off;
--   write_off     the part of `amount` that was not received (or not paid) and was written
--                 off as a payment difference, settling the document: a few cents at most;
--   bank_charges  the bank's fee: withheld from money coming in, or charged on top of money
--                 going out. It settles the document like money received.
-- So the payer sent amount - write_off + excess; the bank moved that less the charges
-- (money in) or plus them (money out). A payment written off has no excess, and its bank
-- charges are less than what it paid of the document.
ALTER TABLE payments ADD COLUMN bank_charges INTEGER NOT NULL DEFAULT 0 CHECK (bank_charges >= 0);
ALTER TABLE payments ADD COLUMN excess INTEGER NOT NULL DEFAULT 0 CHECK (excess >= 0);
ALTER TABLE payments ADD COLUMN write_off INTEGER NOT NULL DEFAULT 0
    CHECK (write_off >= 0 AND write_off < amount AND (write_off = 0 OR excess = 0)
           AND bank_charges < amount - write_off);

-- A customer's or supplier's statement reads their entries by date: one range of this index
-- instead of every line of the receivables or payables account. Partial, so that entries
-- without a contact (most imported ones) cost nothing to post.
CREATE INDEX IF NOT EXISTS journal_entries_by_contact ON journal_entries (contact_id, entry_date, id)
    WHERE contact_id IS NOT NULL;
