#include "EntryDescriptionReader.h"

#include "domain/Money.h"
#include "domain/VatRate.h"
#include "exchange/json/JsonObjectReader.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::entryjson {

namespace {

Result<QJsonObject> rootOf(const QByteArray& json)
{
    if (json.size() > EntryDescriptionReader::maxBytes)
        return std::unexpected(
            JsonObjectReader::invalid({},
                                      EntryDescriptionReader::tr("The description is larger than %1 MiB.")
                                          .arg(EntryDescriptionReader::maxBytes / (1024 * 1024))));
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(JsonObjectReader::invalid(
            {},
            EntryDescriptionReader::tr("The description is not valid JSON (at byte %1: %2).")
                .arg(parseError.offset)
                .arg(parseError.errorString())));
    if (!parsed.isObject())
        return std::unexpected(JsonObjectReader::invalid(
            {}, EntryDescriptionReader::tr("The description must be one JSON object.")));
    return parsed.object();
}

// A positive amount in euro cents, or none when the member is absent.
Result<std::optional<qint64>> amountAt(JsonObjectReader& object, const QString& key)
{
    auto text = object.number(key);
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return std::optional<qint64>();
    auto money = domain::Money::parse(**text, domain::Currency::eur());
    if (!money || money->minorUnits() < 0)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(key),
            EntryDescriptionReader::tr("%1 must be a positive amount in euro with at most two decimals.")
                .arg(object.pathOf(key))));
    return std::optional<qint64>(money->minorUnits());
}

// The account a line names by its code.
Result<qint64> accountAt(storage::Database& database, JsonObjectReader& object)
{
    auto code = object.text(u"account"_s, 20);
    if (!code)
        return std::unexpected(code.error());
    if (!*code || (*code)->trimmed().isEmpty())
        return std::unexpected(object.missing(u"account"_s));
    auto account = ledger::AccountRepository(database).findByCode((*code)->trimmed());
    if (!account && account.error().code == ErrorCode::NotFound)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(u"account"_s),
            EntryDescriptionReader::tr(
                "The chart has no account %1 (see 'kasboek-cli report trial-balance').")
                .arg((*code)->trimmed())));
    if (!account)
        return std::unexpected(account.error());
    return account->id;
}

// Debit or credit, exactly one of them.
Result<std::pair<qint64, qint64>> sidesAt(JsonObjectReader& object)
{
    auto debit = amountAt(object, u"debit"_s);
    if (!debit)
        return std::unexpected(debit.error());
    auto credit = amountAt(object, u"credit"_s);
    if (!credit)
        return std::unexpected(credit.error());
    if (debit->has_value() == credit->has_value() || debit->value_or(0) + credit->value_or(0) == 0)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(u"debit"_s),
            EntryDescriptionReader::tr("%1 needs either a debit or a credit amount, not both, and not zero.")
                .arg(object.path())));
    return std::pair { debit->value_or(0), credit->value_or(0) };
}

Result<std::optional<ledger::VatTag>> vatAt(JsonObjectReader& line)
{
    const QJsonValue value = line.take(u"vat"_s);
    if (value.isUndefined() || value.isNull())
        return std::optional<ledger::VatTag>();
    if (!value.isObject())
        return std::unexpected(
            JsonObjectReader::wrongType(line.pathOf(u"vat"_s), EntryDescriptionReader::tr("an object")));
    JsonObjectReader object(value.toObject(), line.pathOf(u"vat"_s));
    if (auto known = object.onlyKeys({ u"kind"_s, u"rate"_s, u"part"_s }); !known)
        return std::unexpected(known.error());
    auto kind = object.text(u"kind"_s, 40);
    auto part = object.text(u"part"_s, 40);
    auto rate = object.number(u"rate"_s);
    if (!kind || !part || !rate)
        return std::unexpected(!kind ? kind.error() : !part ? part.error() : rate.error());
    ledger::VatTag tag;
    const auto parsedKind = *kind ? ledger::vatKindFromCode(**kind) : std::nullopt;
    if (!parsedKind)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(u"kind"_s),
            EntryDescriptionReader::tr("%1 must be a VAT kind such as sale_domestic (docs/ledger.md).")
                .arg(object.pathOf(u"kind"_s))));
    const auto parsedPart = *part ? ledger::vatPartFromCode(**part) : std::optional(ledger::VatPart::Base);
    if (!parsedPart)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(u"part"_s),
            EntryDescriptionReader::tr("%1 must be base, vat, vat_due or vat_non_deductible.")
                .arg(object.pathOf(u"part"_s))));
    auto parsedRate = *rate ? domain::VatRate::parse(**rate) : Result<domain::VatRate>(domain::VatRate());
    if (!parsedRate)
        return std::unexpected(JsonObjectReader::invalid(
            object.pathOf(u"rate"_s),
            EntryDescriptionReader::tr("%1 must be a VAT rate in percent.").arg(object.pathOf(u"rate"_s))));
    tag.kind = *parsedKind;
    tag.part = *parsedPart;
    tag.rateBasisPoints = parsedRate->basisPoints();
    return std::optional<ledger::VatTag>(tag);
}

Result<QJsonArray> linesOf(JsonObjectReader& root, const QString& key)
{
    auto lines = root.array(key);
    if (!lines)
        return std::unexpected(lines.error());
    if (!*lines || (*lines)->isEmpty())
        return std::unexpected(root.missing(key));
    return **lines;
}

Result<JsonObjectReader> lineObject(const QJsonArray& lines, const QString& key, qsizetype i)
{
    const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
    if (!lines.at(i).isObject())
        return std::unexpected(JsonObjectReader::wrongType(path, EntryDescriptionReader::tr("an object")));
    return JsonObjectReader(lines.at(i).toObject(), path);
}

} // namespace

Result<ledger::JournalEntry> EntryDescriptionReader::readEntry(storage::Database& database,
                                                               const QByteArray& json)
{
    auto object = rootOf(json);
    if (!object)
        return std::unexpected(object.error());
    JsonObjectReader root(*object, {});
    if (auto known = root.onlyKeys({ u"journal"_s, u"date"_s, u"reference"_s, u"description"_s, u"lines"_s });
        !known)
        return std::unexpected(known.error());
    auto journalCode = root.text(u"journal"_s, 20);
    auto date = root.date(u"date"_s);
    auto reference = root.text(u"reference"_s, 100);
    auto description = root.text(u"description"_s, 500);
    if (!journalCode || !date || !reference || !description)
        return std::unexpected(!journalCode     ? journalCode.error()
                                   : !date      ? date.error()
                                   : !reference ? reference.error()
                                                : description.error());
    if (!*date)
        return std::unexpected(root.missing(u"date"_s));
    if (!*description || (*description)->trimmed().isEmpty())
        return std::unexpected(root.missing(u"description"_s));

    ledger::JournalRepository journals(database);
    auto journal = *journalCode ? journals.findByCode(**journalCode)
                                : journals.firstOfKind(ledger::JournalKind::General);
    if (!journal && journal.error().code == ErrorCode::NotFound)
        return std::unexpected(JsonObjectReader::invalid(
            u"journal"_s, tr("The file has no journal %1.").arg(journalCode->value_or(u"GEN"_s))));
    if (!journal)
        return std::unexpected(journal.error());

    ledger::JournalEntry entry;
    entry.journalId = journal->id;
    entry.date = **date;
    entry.kind = ledger::EntryKind::Manual;
    entry.reference = reference->value_or(QString());
    entry.description = (*description)->trimmed();

    auto lines = linesOf(root, u"lines"_s);
    if (!lines)
        return std::unexpected(lines.error());
    for (qsizetype i = 0; i < lines->size(); ++i) {
        auto line = lineObject(*lines, u"lines"_s, i);
        if (!line)
            return std::unexpected(line.error());
        if (auto known
            = line->onlyKeys({ u"account"_s, u"debit"_s, u"credit"_s, u"description"_s, u"vat"_s });
            !known)
            return std::unexpected(known.error());
        auto account = accountAt(database, *line);
        if (!account)
            return std::unexpected(account.error());
        auto sides = sidesAt(*line);
        if (!sides)
            return std::unexpected(sides.error());
        auto text = line->text(u"description"_s, 500);
        if (!text)
            return std::unexpected(text.error());
        auto vat = vatAt(*line);
        if (!vat)
            return std::unexpected(vat.error());
        entry.lines.append(
            ledger::EntryLine { *account, sides->first, sides->second, text->value_or(QString()), *vat });
    }
    return entry;
}

Result<OpeningDescription> EntryDescriptionReader::readOpening(storage::Database& database,
                                                               const QByteArray& json)
{
    auto object = rootOf(json);
    if (!object)
        return std::unexpected(object.error());
    JsonObjectReader root(*object, {});
    if (auto known = root.onlyKeys({ u"date"_s, u"balances"_s }); !known)
        return std::unexpected(known.error());
    auto date = root.date(u"date"_s);
    if (!date)
        return std::unexpected(date.error());
    if (!*date)
        return std::unexpected(root.missing(u"date"_s));
    OpeningDescription opening;
    opening.date = **date;
    auto lines = linesOf(root, u"balances"_s);
    if (!lines)
        return std::unexpected(lines.error());
    for (qsizetype i = 0; i < lines->size(); ++i) {
        auto line = lineObject(*lines, u"balances"_s, i);
        if (!line)
            return std::unexpected(line.error());
        if (auto known = line->onlyKeys({ u"account"_s, u"debit"_s, u"credit"_s }); !known)
            return std::unexpected(known.error());
        auto account = accountAt(database, *line);
        if (!account)
            return std::unexpected(account.error());
        auto sides = sidesAt(*line);
        if (!sides)
            return std::unexpected(sides.error());
        opening.balances.append(ledger::OpeningBalance { *account, sides->first, sides->second });
    }
    return opening;
}

} // namespace kasboek::exchange::entryjson
