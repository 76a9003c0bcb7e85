#include "DocumentChildren.h"

#include "DocumentRow.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentAttachment;
using kasboek::domain::DocumentCharge;
using kasboek::domain::DocumentLine;
using kasboek::domain::DocumentVatExemption;

namespace kasboek::storage {

namespace {

constexpr const char* kLines = "document_lines";
constexpr const char* kCharges = "document_charges";
constexpr const char* kExemptions = "document_exemptions";
constexpr const char* kAttachments = "document_attachments";

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

RowImage lineRow(qint64 documentId, qsizetype position, const DocumentLine& line)
{
    RowImage row;
    row.integer("document_id", documentId).integer("position", position);
    DocumentRow::optionalInteger(row, "product_id", line.productId);
    row.text("name", line.name)
        .text("description", line.description)
        .integer("quantity", line.quantity.scaled())
        .text("unit_code", line.unitCode)
        .integer("unit_price", line.unitPrice.scaled());
    DocumentRow::optionalInteger(row, "discount_percent",
                                 line.discountPercent ? std::optional<qint64>(line.discountPercent->scaled())
                                                      : std::nullopt);
    row.text("vat_category", domain::VatCategories::code(line.vatCategory))
        .integer("vat_rate", line.vatRate.basisPoints())
        .text("buyer_accounting_reference", line.buyerAccountingReference)
        .text("seller_item_id", line.sellerItemId);
    return row;
}

RowImage chargeRow(qint64 documentId, qsizetype position, const DocumentCharge& charge)
{
    RowImage row;
    row.integer("document_id", documentId)
        .integer("position", position)
        .integer("amount", charge.amount.minorUnits())
        .text("vat_category", domain::VatCategories::code(charge.vatCategory))
        .integer("vat_rate", charge.vatRate.basisPoints())
        .text("reason", charge.reason)
        .text("reason_code", charge.reasonCode);
    return row;
}

RowImage exemptionRow(qint64 documentId, qsizetype position, const DocumentVatExemption& exemption)
{
    RowImage row;
    row.integer("document_id", documentId)
        .integer("position", position)
        .text("vat_category", domain::VatCategories::code(exemption.vatCategory))
        .text("reason_code", exemption.reasonCode)
        .text("reason_text", exemption.reasonText);
    return row;
}

// The bytes go into the change record as a QByteArray: the row as it was written.
RowImage attachmentRow(qint64 documentId, qsizetype position, const DocumentAttachment& attachment,
                       const QString& createdAt)
{
    RowImage row;
    row.integer("document_id", documentId)
        .integer("position", position)
        .text("file_name", attachment.fileName)
        .text("mime_type", attachment.mimeType)
        .text("description", attachment.description)
        .text("content", QString())
        .text("sha256", sha256Hex(attachment.content))
        .text("created_at", createdAt);
    row.set("content", QVariant(attachment.content));
    return row;
}

template<typename T> QList<T> withoutIds(QList<T> list)
{
    for (T& item : list)
        item.id = 0;
    return list;
}

// Steps through every row of a child query, handing each to `read`.
template<typename Read>
Result<void> forEachRow(Database& database, const char* sql, qint64 documentId, Read read)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, documentId);
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        if (auto ok = read(*statement); !ok)
            return ok;
    }
}

Result<QList<std::pair<qint64, QString>>> childIds(Database& database, const char* table, qint64 documentId)
{
    const QByteArray sql = "SELECT id, " + QByteArray(qstrcmp(table, kAttachments) == 0 ? "created_at" : "''")
        + " FROM " + table + " WHERE document_id = ?1 ORDER BY position";
    QList<std::pair<qint64, QString>> ids;
    auto read
        = forEachRow(database, sql.constData(), documentId, [&ids](const Statement& row) -> Result<void> {
              ids.append({ row.columnInt(0), row.columnText(1) });
              return {};
          });
    if (!read)
        return std::unexpected(read.error());
    return ids;
}

// Deletes the rows of one child table of a document; `image(i, createdAt)` is the i-th row as stored.
template<typename Image>
Result<void> removeRows(UnitOfWork& work, const char* table, qint64 documentId, qsizetype expected,
                        Image image)
{
    auto ids = childIds(work.database(), table, documentId);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->size() != expected)
        return std::unexpected(StoredValue::unreadable(table, "position", documentId));
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const auto& [id, createdAt] = ids->at(i);
        if (auto removed = TableWriter(work, table).remove(id, QString(), image(i, createdAt)); !removed)
            return removed;
    }
    return {};
}

Result<qint64> insertAttachmentRow(UnitOfWork& work, const RowImage& row)
{
    auto statement = work.database().prepare("INSERT INTO document_attachments (document_id, position, "
                                             "file_name, mime_type, description, content, "
                                             "sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!statement)
        return std::unexpected(statement.error());
    int index = 0;
    for (const QByteArray& column : row.columns()) {
        const QVariant value = row.value(column);
        if (column == "content")
            statement->bindBlob(++index, value.toByteArray());
        else
            RowImage::bind(*statement, ++index, value);
    }
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    const qint64 id = work.database().lastInsertRowId();
    if (auto recorded = work.record(
            { QString::fromLatin1(kAttachments), QString(), id, ChangeKind::Insert, {}, row.toMap() });
        !recorded)
        return std::unexpected(recorded.error());
    return id;
}

Result<void> loadLines(Database& database, Document& d)
{
    d.lines.clear();
    return forEachRow(
        database,
        "SELECT id, product_id, name, description, quantity, unit_code, unit_price, discount_percent, "
        "vat_category, vat_rate, buyer_accounting_reference, seller_item_id FROM document_lines "
        "WHERE document_id = ?1 ORDER BY position",
        d.id, [&d](const Statement& row) -> Result<void> {
            DocumentLine line;
            line.id = row.columnInt(0);
            line.productId = row.columnOptionalInt(1);
            line.name = row.columnText(2);
            line.description = row.columnText(3);
            line.quantity = domain::Decimal::fromScaled(row.columnInt(4));
            line.unitCode = row.columnText(5);
            line.unitPrice = domain::Decimal::fromScaled(row.columnInt(6));
            if (auto percent = row.columnOptionalInt(7))
                line.discountPercent = domain::Decimal::fromScaled(*percent);
            auto category = domain::VatCategories::fromCode(row.columnText(8));
            auto rate = domain::VatRate::checkedFromBasisPoints(row.columnInt(9));
            if (!category || !rate)
                return std::unexpected(StoredValue::unreadable(kLines, "vat_category", line.id));
            line.vatCategory = *category;
            line.vatRate = *rate;
            line.buyerAccountingReference = row.columnText(10);
            line.sellerItemId = row.columnText(11);
            d.lines.append(line);
            return {};
        });
}

Result<void> loadChargesAndExemptions(Database& database, Document& d)
{
    d.charges.clear();
    d.exemptions.clear();
    auto charges = forEachRow(
        database,
        "SELECT amount, vat_category, vat_rate, reason, reason_code, id FROM document_charges "
        "WHERE document_id = ?1 ORDER BY position",
        d.id, [&d](const Statement& row) -> Result<void> {
            DocumentCharge charge;
            charge.amount = domain::Money::fromMinorUnits(row.columnInt(0), d.currency);
            auto category = domain::VatCategories::fromCode(row.columnText(1));
            auto rate = domain::VatRate::checkedFromBasisPoints(row.columnInt(2));
            if (!category || !rate)
                return std::unexpected(StoredValue::unreadable(kCharges, "vat_category", row.columnInt(5)));
            charge.vatCategory = *category;
            charge.vatRate = *rate;
            charge.reason = row.columnText(3);
            charge.reasonCode = row.columnText(4);
            d.charges.append(charge);
            return {};
        });
    if (!charges)
        return charges;
    return forEachRow(database,
                      "SELECT vat_category, reason_code, reason_text, id FROM document_exemptions "
                      "WHERE document_id = ?1 ORDER BY position",
                      d.id, [&d](const Statement& row) -> Result<void> {
                          DocumentVatExemption exemption;
                          auto category = domain::VatCategories::fromCode(row.columnText(0));
                          if (!category)
                              return std::unexpected(
                                  StoredValue::unreadable(kExemptions, "vat_category", row.columnInt(3)));
                          exemption.vatCategory = *category;
                          exemption.reasonCode = row.columnText(1);
                          exemption.reasonText = row.columnText(2);
                          d.exemptions.append(exemption);
                          return {};
                      });
}

Result<void> loadAttachments(Database& database, Document& d)
{
    d.attachments.clear();
    return forEachRow(
        database,
        "SELECT id, file_name, mime_type, description, content, sha256 FROM document_attachments "
        "WHERE document_id = ?1 ORDER BY position",
        d.id, [&d](const Statement& row) -> Result<void> {
            DocumentAttachment attachment;
            attachment.id = row.columnInt(0);
            attachment.fileName = row.columnText(1);
            attachment.mimeType = row.columnText(2);
            attachment.description = row.columnText(3);
            attachment.content = row.columnBlob(4);
            if (sha256Hex(attachment.content) != row.columnText(5))
                return std::unexpected(StoredValue::unreadable(kAttachments, "content", attachment.id));
            d.attachments.append(attachment);
            return {};
        });
}

} // namespace

Result<void> DocumentChildren::load(Database& database, Document& document)
{
    if (auto lines = loadLines(database, document); !lines)
        return lines;
    if (auto rest = loadChargesAndExemptions(database, document); !rest)
        return rest;
    return loadAttachments(database, document);
}

Result<bool> DocumentChildren::replace(UnitOfWork& work, const Document& stored, const Document& next)
{
    const qint64 id = stored.id;
    bool changed = false;
    if (withoutIds(stored.lines) != withoutIds(next.lines)) {
        changed = true;
        auto removed
            = removeRows(work, kLines, id, stored.lines.size(), [&stored, id](qsizetype i, const QString&) {
                  return lineRow(id, i + 1, stored.lines[i]);
              });
        if (!removed)
            return std::unexpected(removed.error());
        for (qsizetype i = 0; i < next.lines.size(); ++i) {
            if (auto inserted
                = TableWriter(work, kLines).insert(QString(), lineRow(id, i + 1, next.lines[i]));
                !inserted)
                return std::unexpected(inserted.error());
        }
    }
    if (stored.charges != next.charges) {
        changed = true;
        auto removed = removeRows(
            work, kCharges, id, stored.charges.size(),
            [&stored, id](qsizetype i, const QString&) { return chargeRow(id, i + 1, stored.charges[i]); });
        if (!removed)
            return std::unexpected(removed.error());
        for (qsizetype i = 0; i < next.charges.size(); ++i) {
            if (auto inserted
                = TableWriter(work, kCharges).insert(QString(), chargeRow(id, i + 1, next.charges[i]));
                !inserted)
                return std::unexpected(inserted.error());
        }
    }
    if (stored.exemptions != next.exemptions) {
        changed = true;
        auto removed = removeRows(work, kExemptions, id, stored.exemptions.size(),
                                  [&stored, id](qsizetype i, const QString&) {
                                      return exemptionRow(id, i + 1, stored.exemptions[i]);
                                  });
        if (!removed)
            return std::unexpected(removed.error());
        for (qsizetype i = 0; i < next.exemptions.size(); ++i) {
            if (auto inserted = TableWriter(work, kExemptions)
                                    .insert(QString(), exemptionRow(id, i + 1, next.exemptions[i]));
                !inserted)
                return std::unexpected(inserted.error());
        }
    }
    if (withoutIds(stored.attachments) != withoutIds(next.attachments)) {
        changed = true;
        auto removed = removeRows(work, kAttachments, id, stored.attachments.size(),
                                  [&stored, id](qsizetype i, const QString& createdAt) {
                                      return attachmentRow(id, i + 1, stored.attachments[i], createdAt);
                                  });
        if (!removed)
            return std::unexpected(removed.error());
        for (qsizetype i = 0; i < next.attachments.size(); ++i) {
            auto inserted
                = insertAttachmentRow(work, attachmentRow(id, i + 1, next.attachments[i], work.timestamp()));
            if (!inserted)
                return std::unexpected(inserted.error());
        }
    }
    return changed;
}

Result<void> DocumentChildren::removeAll(UnitOfWork& work, const Document& stored)
{
    Document empty = stored;
    empty.lines.clear();
    empty.charges.clear();
    empty.exemptions.clear();
    empty.attachments.clear();
    auto replaced = replace(work, stored, empty);
    if (!replaced)
        return std::unexpected(replaced.error());
    return {};
}

Result<DocumentAttachment> DocumentChildren::appendAttachment(UnitOfWork& work, qint64 documentId,
                                                              const DocumentAttachment& attachment)
{
    auto statement = work.database().prepare(
        "SELECT coalesce(max(position), 0) FROM document_attachments WHERE document_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 position = (*row ? statement->columnInt(0) : 0) + 1;
    auto id = insertAttachmentRow(work, attachmentRow(documentId, position, attachment, work.timestamp()));
    if (!id)
        return std::unexpected(id.error());
    DocumentAttachment stored = attachment;
    stored.id = *id;
    return stored;
}

} // namespace kasboek::storage
