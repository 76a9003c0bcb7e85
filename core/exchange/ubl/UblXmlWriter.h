#pragma once

#include "domain/Decimal.h"
#include "domain/Money.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QXmlStreamWriter>

namespace kasboek::exchange::ubl {

// The UBL vocabulary on top of QXmlStreamWriter: aggregates (cac:) and basic components (cbc:)
// in the UBL namespaces, amounts with their currencyID, dates and quantities in UBL's lexical
// forms. Used by the UBL writer classes while they build one document.
//
// Peppol refuses empty elements (PEPPOL-EN16931-R008), so a basic component whose text is empty
// is not written at all; text is stripped of the characters XML 1.0 cannot carry, since it comes
// from user input.
class UblXmlWriter final
{
public:
    explicit UblXmlWriter(QByteArray* output);

    void startDocument(const QString& rootNamespace, const QString& rootName);
    void endDocument();

    void startAggregate(const QString& name);
    void endAggregate();

    void basic(const QString& name, const QString& text);
    void basic(const QString& name, const QString& text, const QString& attribute, const QString& value);
    void amount(const QString& name, const domain::Money& amount);
    void date(const QString& name, const QDate& date);
    void quantity(const QString& name, domain::Decimal quantity, const QString& unitCode);
    void decimal(const QString& name, domain::Decimal value);
    // Base64 content with its mimeCode and filename attributes.
    void binaryObject(const QString& name, const QByteArray& content, const QString& mimeCode,
                      const QString& fileName);

    // Removes what XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/U+FFFF).
    [[nodiscard]] static QString xmlSafe(const QString& text);

private:
    QXmlStreamWriter m_xml;
};

} // namespace kasboek::exchange::ubl
