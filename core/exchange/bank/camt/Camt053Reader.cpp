#include "Camt053Reader.h"

#include "CamtLimits.h"
#include "CamtStatementBuilder.h"
#include "CamtXmlScanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

// The oldest version read: camt.053.001.01 (2008) predates what banks deliver and differs in shape.
constexpr int kFirstVersion = 2;

template<typename... More>
std::unexpected<Error> refuseHere(const CamtXmlScanner& scanner, const QString& message, const More&... more)
{
    const QString line = QString::number(scanner.line());
    return CamtSubtree::failAt(scanner.line(), scanner.path(), message.arg(line, scanner.path(), more...));
}

// The root element must be a camt.053 Document of a version read here; anything else is named.
Result<void> checkDocument(const CamtXmlScanner& scanner)
{
    static const QRegularExpression iso20022(
        u"^urn:iso:std:iso:20022:tech:xsd:([a-z]{4})\\.([0-9]{3})\\.([0-9]{3})\\.([0-9]{2})\\z"_s);
    const QString uri = scanner.namespaceUri();
    const QRegularExpressionMatch match = iso20022.match(uri);
    if (!match.hasMatch())
        return refuseHere(scanner,
                          Camt053Reader::tr("The file is not an ISO 20022 bank statement (camt.053): its "
                                            "root element, on line %1 (%2), is not in a camt.053 "
                                            "namespace."));
    const QString area = match.captured(1);
    const QString message = match.captured(2);
    const QString name = area + u'.' + message + u'.' + match.captured(3) + u'.' + match.captured(4);
    if (area == u"camt" && message == u"052")
        return refuseHere(scanner,
                          Camt053Reader::tr("The file is an intraday account report (%3, line %1, %2), not "
                                            "an end-of-day bank statement (camt.053). Ask your bank for "
                                            "the statement in camt.053."),
                          name);
    if (area == u"camt" && message == u"054")
        return refuseHere(scanner,
                          Camt053Reader::tr("The file is a debit or credit notification (%3, line %1, "
                                            "%2), not a bank statement (camt.053). Ask your bank for the "
                                            "statement in camt.053."),
                          name);
    if (area != u"camt" || message != u"053")
        return refuseHere(scanner,
                          Camt053Reader::tr("The file is an ISO 20022 %3 message (line %1, %2), not a bank "
                                            "statement (camt.053)."),
                          name);
    if (match.captured(3) != u"001" || match.captured(4).toInt() < kFirstVersion)
        return refuseHere(scanner,
                          Camt053Reader::tr("The file is a bank statement of version %3 (line %1, %2); "
                                            "Kasboek reads camt.053.001.02 and later versions."),
                          name);
    if (scanner.name() != u"Document")
        return refuseHere(scanner, Camt053Reader::tr("The root element on line %1 (%2) should be Document."));
    return {};
}

Result<BankStatement> readStatement(CamtXmlScanner& scanner)
{
    CamtStatementBuilder builder(scanner.line(), scanner.path());
    for (;;) {
        const auto more = scanner.nextChild();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (!scanner.isDocumentNamespace() || !CamtStatementBuilder::reads(scanner.name())) {
            if (auto skipped = scanner.skipElement(); !skipped)
                return std::unexpected(skipped.error());
            continue;
        }
        const auto part = scanner.readElement();
        if (!part)
            return std::unexpected(part.error());
        if (auto added = builder.add(*part); !added)
            return std::unexpected(added.error());
    }
    return builder.finish();
}

// The children of a BkToCstmrStmt: its statements; the group header and supplementary data
// say nothing a bookkeeper needs.
Result<void> readMessage(CamtXmlScanner& scanner, QList<BankStatement>& statements)
{
    for (;;) {
        const auto more = scanner.nextChild();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return {};
        if (scanner.isDocumentNamespace() && scanner.name() == u"Stmt") {
            auto statement = readStatement(scanner);
            if (!statement)
                return std::unexpected(statement.error());
            statements.append(std::move(*statement));
        } else if (auto skipped = scanner.skipElement(); !skipped) {
            return skipped;
        }
    }
}

} // namespace

Result<QList<BankStatement>> Camt053Reader::read(const QByteArray& xml)
{
    if (xml.trimmed().isEmpty())
        return CamtSubtree::failAt(1, u"Document"_s, tr("The file is empty."));
    if (xml.size() > CamtLimits::maxInputBytes)
        return CamtSubtree::failAt(1, u"Document"_s,
                                   tr("The file is too large for a bank statement (%1 MB; at most %2 MB).")
                                       .arg((xml.size() + 1024 * 1024 - 1) / (1024 * 1024))
                                       .arg(CamtLimits::maxInputBytes / (1024 * 1024)));

    CamtXmlScanner scanner(xml);
    if (auto opened = scanner.openRoot(); !opened)
        return std::unexpected(opened.error());
    if (auto checked = checkDocument(scanner); !checked)
        return std::unexpected(checked.error());
    const qint64 rootLine = scanner.line();

    QList<BankStatement> statements;
    bool hasMessage = false;
    for (;;) {
        const auto more = scanner.nextChild();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (scanner.isDocumentNamespace() && scanner.name() == u"BkToCstmrStmt") {
            hasMessage = true;
            if (auto read = readMessage(scanner, statements); !read)
                return std::unexpected(read.error());
        } else if (auto skipped = scanner.skipElement(); !skipped) {
            return std::unexpected(skipped.error());
        }
    }
    if (auto finished = scanner.finish(); !finished)
        return std::unexpected(finished.error());
    if (!hasMessage)
        return CamtSubtree::failAt(
            rootLine, u"BkToCstmrStmt"_s,
            tr("The document that starts on line %1 holds no bank-to-customer statement "
               "(%2).")
                .arg(QString::number(rootLine), u"BkToCstmrStmt"_s));
    if (statements.isEmpty())
        return CamtSubtree::failAt(rootLine, u"Stmt"_s,
                                   tr("The document that starts on line %1 holds no statement (%2).")
                                       .arg(QString::number(rootLine), u"Stmt"_s));
    return statements;
}

} // namespace kasboek::exchange::bank
