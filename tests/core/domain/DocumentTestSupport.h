#pragma once

#include "domain/documents/Document.h"

namespace kasboek::test {

// A complete Belgian invoice (seller in Ghent, customer in Antwerp, 21 %), ready to issue:
// the base the document tests vary one field at a time.
inline domain::Document belgianInvoice()
{
    using namespace domain;
    Document document;
    document.type = DocumentType::Invoice;
    document.language = QStringLiteral("nl");
    document.issueDate = QDate(2026, 3, 2);
    document.dueDate = QDate(2026, 4, 1);
    document.seller.name = QStringLiteral("Studio Verhaegen");
    document.seller.street = QStringLiteral("Veldstraat 12");
    document.seller.postalCode = QStringLiteral("9000");
    document.seller.city = QStringLiteral("Gent");
    document.seller.country = QStringLiteral("BE");
    document.seller.vatNumber = QStringLiteral("BE0403170701");
    document.seller.enterpriseNumber = QStringLiteral("0403170701");
    document.seller.iban = QStringLiteral("BE68539007547034");
    document.buyer.name = QStringLiteral("Brouwerij De Kroon NV");
    document.buyer.street = QStringLiteral("Meir 1");
    document.buyer.postalCode = QStringLiteral("2000");
    document.buyer.city = QStringLiteral("Antwerpen");
    document.buyer.country = QStringLiteral("BE");
    document.buyer.vatNumber = QStringLiteral("BE0566988259");
    DocumentLine line;
    line.name = QStringLiteral("Webdesign");
    line.quantity = Decimal::fromScaled(125000); // 12.5 hours
    line.unitCode = QStringLiteral("HUR");
    line.unitPrice = Decimal::fromScaled(850000); // 85.00
    document.lines.append(line);
    return document;
}

} // namespace kasboek::test
