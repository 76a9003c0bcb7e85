#include "Mt940Information.h"

#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/StructuredCommunication.h"
#include "exchange/bank/text/BankAccountText.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

namespace {

using Details = Mt940Information::Details;

// The subfield codes of ING, ABN AMRO and Rabobank. Codes inside a value (ABN AMRO's
// CDTRREFTP//CD/SCOR/ISSR/CUR/CDTRREF/… in REMI) are left out on purpose.
constexpr std::array kCodes { u"ADDR", u"BENM", u"BIC",  u"CNTP", u"CSID", u"EREF", u"IBAN", u"ID",
                              u"IREF", u"ISDT", u"KREF", u"MARF", u"NAME", u"ORDP", u"PREF", u"PURP",
                              u"REMI", u"RTRN", u"SVCL", u"TRTP", u"ULTB", u"ULTC", u"ULTD" };

// A line of 65 characters (the width of a :86: line) was cut where it was full, often inside a
// word; a shorter one ended where its writer chose to.
constexpr qsizetype kLineWidth = 65;

// The code whose "/CODE/" starts at `at`, or an empty view.
QStringView codeAt(QStringView text, qsizetype at)
{
    if (text[at] != u'/')
        return {};
    for (const char16_t* code : kCodes) {
        const QStringView candidate(code);
        const qsizetype end = at + 1 + candidate.size();
        if (end < text.size() && text[end] == u'/' && text.sliced(at + 1, candidate.size()) == candidate)
            return candidate;
    }
    return {};
}

QString withoutTrailingSlashes(QStringView value)
{
    while (value.endsWith(u'/'))
        value.chop(1);
    return value.toString().simplified();
}

// A structured reference goes where Kasboek matches on it when it is a Belgian structured
// communication or an RF reference; any other (a Dutch betalingskenmerk) stays readable as text.
void takeReference(const QString& reference, Details& details)
{
    const QString trimmed = reference.simplified();
    if (domain::StructuredCommunication::isValid(trimmed)) {
        if (const auto parsed = domain::StructuredCommunication::parse(trimmed)) {
            details.structuredReference = parsed->digits();
            return;
        }
    }
    if (domain::CreditorReference::isValid(trimmed)) {
        if (const auto parsed = domain::CreditorReference::parse(trimmed)) {
            details.structuredReference = parsed->toString();
            return;
        }
    }
    details.remittanceText = trimmed;
}

void readRemittance(QStringView value, Details& details)
{
    QStringView remittance = value;
    while (remittance.endsWith(u'/'))
        remittance.chop(1);
    if (remittance.startsWith(u"USTD/")) {
        remittance = remittance.sliced(5);
        if (remittance.startsWith(u'/'))
            remittance = remittance.sliced(1);
        details.remittanceText = remittance.toString().simplified();
    } else if (remittance.startsWith(u"STRD/")) {
        // STRD/issuer/reference: CUR (Currence), ISO (ISO 11649) or BBA (Belgian).
        const QStringView rest = remittance.sliced(5);
        const qsizetype slash = rest.indexOf(u'/');
        takeReference((slash < 0 ? rest : rest.sliced(slash + 1)).toString(), details);
    } else if (const qsizetype at = remittance.indexOf(u"CDTRREF/"); at >= 0) {
        takeReference(remittance.sliced(at + 8).toString().section(u'/', 0, 0), details);
    } else {
        details.remittanceText = remittance.toString().simplified();
    }
}

void setOnce(QString& target, const QString& value)
{
    if (target.isEmpty())
        target = value;
}

Details readCoded(QStringView text)
{
    struct Subfield
    {
        QStringView code;
        qsizetype at; // of its leading slash
    };
    QList<Subfield> subfields;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QStringView code = codeAt(text, at);
        if (code.isEmpty())
            continue;
        subfields.append({ code, at });
        // The slash after a code may also open the next one ("/BENM//NAME/" has two, "/BENM/NAME/"
        // one), so the search goes on from it.
        at += code.size();
    }
    Details details;
    for (qsizetype i = 0; i < subfields.size(); ++i) {
        const qsizetype from = subfields[i].at + subfields[i].code.size() + 2;
        const qsizetype to = i + 1 < subfields.size() ? subfields[i + 1].at : text.size();
        const QStringView value = from <= to ? text.sliced(from, to - from) : QStringView();
        const QStringView code = subfields[i].code;
        if (code == u"EREF") {
            const QString id = withoutTrailingSlashes(value);
            if (id.compare(u"NOTPROVIDED"_s, Qt::CaseInsensitive) != 0)
                setOnce(details.endToEndId, id);
        } else if (code == u"CNTP") {
            // account/BIC/name/city
            const QList<QStringView> parts = value.split(u'/');
            setOnce(details.counterpartyAccount, BankAccountText::counterparty(parts.value(0)));
            setOnce(details.counterpartyBic, parts.value(1).trimmed().toString());
            setOnce(details.counterpartyName, parts.value(2).toString().simplified());
        } else if (code == u"IBAN") {
            setOnce(details.counterpartyAccount,
                    BankAccountText::counterparty(withoutTrailingSlashes(value)));
        } else if (code == u"BIC") {
            setOnce(details.counterpartyBic, withoutTrailingSlashes(value));
        } else if (code == u"NAME") {
            setOnce(details.counterpartyName, withoutTrailingSlashes(value));
        } else if (code == u"REMI" && details.remittanceText.isEmpty()
                   && details.structuredReference.isEmpty()) {
            readRemittance(value, details);
        }
    }
    return details;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "000>20text>21more>310390123456>32NAME": a three-digit code, then numbered subfields.
bool isNumbered(QStringView text)
{
    return text.size() >= 6 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2])
        && (text[3] == u'>' || text[3] == u'?') && isDigit(text[4]) && isDigit(text[5]);
}

Details readNumbered(QStringView text)
{
    const QChar separator = text[3];
    QString remittance;
    QString name;
    QString account;
    QString iban;
    QString bic;
    QString* previous = nullptr;
    for (const QStringView part : text.sliced(4).split(separator)) {
        if (part.size() < 2 || !isDigit(part[0]) || !isDigit(part[1])) {
            // A separator inside the text: it belongs to the subfield before.
            if (previous)
                previous->append(separator + part.toString());
            continue;
        }
        const int number = part.first(2).toInt();
        const QString value = part.sliced(2).toString();
        previous = nullptr;
        if ((number >= 20 && number <= 29) || (number >= 60 && number <= 63))
            previous = &remittance;
        else if (number == 32 || number == 33)
            previous = &name;
        else if (number == 31)
            previous = &account;
        else if (number == 38)
            previous = &iban;
        else if (number == 30)
            previous = &bic;
        if (previous)
            previous->append(value);
    }
    Details details;
    details.remittanceText = remittance.simplified();
    details.counterpartyName = name.simplified();
    details.counterpartyAccount = BankAccountText::counterparty(iban.isEmpty() ? account : iban);
    if (domain::Bic::isValid(bic.trimmed()))
        details.counterpartyBic = bic.trimmed();
    return details;
}

} // namespace

Mt940Information::Details Mt940Information::read(const QStringList& lines)
{
    const QString joined = lines.join(QString());
    const QStringView text(joined);
    if (isNumbered(text))
        return readNumbered(text);
    const QString trimmed = joined.trimmed();
    if (!trimmed.isEmpty() && !codeAt(trimmed, 0).isEmpty())
        return readCoded(trimmed);
    QString free;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && lines[i - 1].size() < kLineWidth)
            free.append(u' ');
        free.append(lines[i]);
    }
    Details details;
    details.remittanceText = free.simplified();
    return details;
}

} // namespace kasboek::exchange::bank
