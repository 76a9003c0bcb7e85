#include "UblXmlWriter.h"

#include "UblFormat.h"
#include "UblNamespaces.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

UblXmlWriter::UblXmlWriter(QByteArray* output)
    : m_xml(output)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
}

void UblXmlWriter::startDocument(const QString& rootNamespace, const QString& rootName)
{
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(rootNamespace);
    m_xml.writeNamespace(UblNamespaces::cac(), u"cac"_s);
    m_xml.writeNamespace(UblNamespaces::cbc(), u"cbc"_s);
    m_xml.writeStartElement(rootNamespace, rootName);
}

void UblXmlWriter::endDocument()
{
    m_xml.writeEndDocument();
}

void UblXmlWriter::startAggregate(const QString& name)
{
    m_xml.writeStartElement(UblNamespaces::cac(), name);
}

void UblXmlWriter::endAggregate()
{
    m_xml.writeEndElement();
}

void UblXmlWriter::basic(const QString& name, const QString& text)
{
    const QString safe = xmlSafe(text);
    if (safe.trimmed().isEmpty())
        return;
    m_xml.writeTextElement(UblNamespaces::cbc(), name, safe);
}

void UblXmlWriter::basic(const QString& name, const QString& text, const QString& attribute,
                         const QString& value)
{
    const QString safe = xmlSafe(text);
    if (safe.trimmed().isEmpty())
        return;
    m_xml.writeStartElement(UblNamespaces::cbc(), name);
    const QString safeValue = xmlSafe(value);
    if (!safeValue.isEmpty())
        m_xml.writeAttribute(attribute, safeValue);
    m_xml.writeCharacters(safe);
    m_xml.writeEndElement();
}

void UblXmlWriter::amount(const QString& name, const domain::Money& amount)
{
    basic(name, amount.toDecimalString(), u"currencyID"_s, amount.currency().code());
}

void UblXmlWriter::date(const QString& name, const QDate& date)
{
    if (date.isValid())
        basic(name, UblFormat::date(date));
}

void UblXmlWriter::quantity(const QString& name, domain::Decimal quantity, const QString& unitCode)
{
    basic(name, UblFormat::decimal(quantity), u"unitCode"_s, unitCode);
}

void UblXmlWriter::decimal(const QString& name, domain::Decimal value)
{
    basic(name, UblFormat::decimal(value));
}

void UblXmlWriter::binaryObject(const QString& name, const QByteArray& content, const QString& mimeCode,
                                const QString& fileName)
{
    m_xml.writeStartElement(UblNamespaces::cbc(), name);
    m_xml.writeAttribute(u"mimeCode"_s, xmlSafe(mimeCode));
    m_xml.writeAttribute(u"filename"_s, xmlSafe(fileName));
    m_xml.writeCharacters(QString::fromLatin1(content.toBase64()));
    m_xml.writeEndElement();
}

QString UblXmlWriter::xmlSafe(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        result.append(c);
    }
    return result;
}

} // namespace kasboek::exchange::ubl
