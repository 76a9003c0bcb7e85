#pragma once

#include "VatKind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::ledger {

// Where an entry comes from: typed by the user, the opening or closing of a year, the
// posting of a document or payment, or an import.
enum class EntryKind { Manual, Opening, Closing, Document, Payment, Import };

// Which part of a VAT situation a line carries: the taxable amount, the VAT (charged on a
// sale, deductible on a purchase), the self-assessed VAT due on a reverse-charged purchase,
// or the share of input VAT that may not be deducted.
enum class VatPart { Base, Vat, VatDue, VatNonDeductible };

struct VatTag
{
    VatKind kind = VatKind::SaleDomestic;
    int rateBasisPoints = 0;
    VatPart part = VatPart::Base;
    friend bool operator==(const VatTag&, const VatTag&) = default;
};

// One line: an amount on the debit or the credit side of an account, in the company
// currency's minor units.
struct EntryLine
{
    qint64 accountId = 0;
    qint64 debit = 0;
    qint64 credit = 0;
    QString description;
    std::optional<VatTag> vat;
    friend bool operator==(const EntryLine&, const EntryLine&) = default;
};

// A journal entry: balanced lines on one date in one journal. Once posted it never changes;
// a mistake is undone by a reversing entry.
struct JournalEntry
{
    qint64 id = 0; // 0 until posted
    QUuid uid; // assigned when posted
    qint64 journalId = 0;
    QDate date;
    EntryKind kind = EntryKind::Manual;
    QString reference;
    QString description;
    QString counterparty;
    std::optional<qint64> contactId;
    std::optional<qint64> documentId;
    std::optional<qint64> paymentId;
    std::optional<qint64> reversesEntryId;
    QList<EntryLine> lines;
    QDateTime createdAt;
    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

// Stored codes: "manual", "opening", "closing", "document", "payment", "import".
[[nodiscard]] QString entryKindCode(EntryKind kind);
[[nodiscard]] std::optional<EntryKind> entryKindFromCode(QStringView code);
// Stored codes: "base", "vat", "vat_due", "vat_non_deductible".
[[nodiscard]] QString vatPartCode(VatPart part);
[[nodiscard]] std::optional<VatPart> vatPartFromCode(QStringView code);

} // namespace kasboek::ledger
