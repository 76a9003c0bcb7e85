#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::books {

// Brings a supplier's Peppol BIS 3.0 UBL invoice or credit note into the books as an issued
// purchase document: read and checked by exchange::ubl::UblReader, the supplier found among the
// contacts (by VAT number, then enterprise or KvK number) or added as a new supplier, the
// original XML kept as an attachment beside the files it carried, all in one unit of work.
//
// Refused, with nothing written: a file UblReader rejects (Validation), a document addressed to
// another company than this file's (Validation, field "buyer.vatNumber"), one already imported
// from the same supplier (Conflict, field "number").
class PurchaseImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseImporter)
public:
    explicit PurchaseImporter(storage::CompanyFile& file);

    struct Imported
    {
        domain::Document document; // as stored, with its id
        QStringList warnings; // UblReader's, translated
        bool supplierAdded = false; // a new contact was made for the supplier
    };

    // `sourceName` names the original file in the attachment ("supplier-invoice.xml").
    [[nodiscard]] Result<Imported> importUbl(const QByteArray& xml, const QString& sourceName);

private:
    storage::CompanyFile& m_file;
};

} // namespace kasboek::books
