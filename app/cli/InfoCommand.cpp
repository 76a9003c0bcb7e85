#include "InfoCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "storage/CompanyFile.h"
#include "storage/FileFormat.h"
#include "storage/repositories/CompanyProfileRepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

// What FileFormat documents about every .kasboek file. The profile says which
// Argon2id parameters; the algorithm and cipher are fixed by the format itself.
const auto kdfAlgorithm = u"Argon2id"_s;
const auto cipherEngine = u"SQLCipher"_s;
const auto cipherAlgorithm = u"AES-256-CBC"_s;
const auto cipherHmac = u"HMAC-SHA1"_s;

struct Summary
{
    QString path;
    qint64 size = 0;
    QString companyName;
    QString companyCountry;
    int formatVersion = 0;
    storage::FileFormat::KdfProfile kdf;
    QList<storage::TableCount> counts;
};

QJsonObject toJson(const Summary& summary)
{
    QJsonObject records;
    for (const auto& count : summary.counts)
        records.insert(count.table, count.rows);
    return {
        { u"file"_s, summary.path },
        { u"file_size"_s, summary.size },
        { u"company"_s,
          QJsonObject { { u"name"_s, summary.companyName }, { u"country"_s, summary.companyCountry } } },
        { u"format_version"_s, summary.formatVersion },
        { u"kdf"_s,
          QJsonObject {
              { u"algorithm"_s, kdfAlgorithm },
              { u"profile"_s, static_cast<int>(summary.kdf.id) },
              { u"iterations"_s, static_cast<qint64>(summary.kdf.argon2.iterations) },
              { u"memory_kib"_s, static_cast<qint64>(summary.kdf.argon2.memoryKiB) },
              { u"lanes"_s, static_cast<qint64>(summary.kdf.argon2.lanes) },
          } },
        { u"cipher"_s,
          QJsonObject {
              { u"engine"_s, cipherEngine },
              { u"algorithm"_s, cipherAlgorithm },
              { u"hmac"_s, cipherHmac },
              { u"page_size"_s, storage::FileFormat::pageSize },
          } },
        { u"records"_s, records },
    };
}

} // namespace

CommandSpec InfoCommand::spec() const
{
    return {
        .name = u"info"_s,
        .summary = tr("Show a file's format version, key derivation, cipher and record counts."),
        .description = tr("Unlocks FILE and prints its file format version, the key derivation parameters "
                          "it was encrypted with, the cipher, its size on disk and the number of records "
                          "in each table. With --format json the same as one JSON object (see docs/cli.md).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli info books.kasboek\n"
                    "kasboek-cli info books.kasboek --format json | jq .records"_s,
    };
}

int InfoCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    auto counts = (*file)->recordCounts();
    if (!counts)
        return context.report(path, CliError::fromCore(counts.error()));
    auto company = storage::CompanyProfileRepository((*file)->database()).load();
    if (!company)
        return context.report(path, CliError::fromCore(company.error()));

    const QFileInfo info(path);
    const Summary summary {
        .path = info.absoluteFilePath(),
        .size = info.size(),
        .companyName = company->name,
        .companyCountry = company->country,
        .formatVersion = (*file)->formatVersion(),
        .kdf = (*file)->kdfProfile(),
        .counts = *counts,
    };
    (*file)->close();

    const auto& argon2 = summary.kdf.argon2;
    QList<std::pair<QString, QString>> rows {
        { tr("File:"), summary.path },
        { tr("File size:"), tr("%1 bytes").arg(summary.size) },
        { tr("Company:"), summary.companyName + u" ("_s + summary.companyCountry + u')' },
        { tr("Format version:"), QString::number(summary.formatVersion) },
        { tr("Key derivation:"), kdfAlgorithm },
        { u"  "_s + tr("profile:"), QString::number(summary.kdf.id) },
        { u"  "_s + tr("iterations:"), QString::number(argon2.iterations) },
        { u"  "_s + tr("memory:"), tr("%1 KiB").arg(argon2.memoryKiB) },
        { u"  "_s + tr("lanes:"), QString::number(argon2.lanes) },
        { tr("Cipher:"), tr("%1, %2 with %3 per page").arg(cipherEngine, cipherAlgorithm, cipherHmac) },
        { u"  "_s + tr("page size:"), tr("%1 bytes").arg(storage::FileFormat::pageSize) },
        { tr("Records:"), {} },
    };
    for (const auto& count : std::as_const(summary.counts))
        rows.append({ u"  "_s + count.table + u':', QString::number(count.rows) });

    qsizetype width = 0;
    for (const auto& [label, value] : std::as_const(rows))
        width = std::max(width, label.size());
    QString text;
    for (const auto& [label, value] : std::as_const(rows))
        text += (value.isEmpty() ? label : label.leftJustified(width + 2) + value) + u'\n';
    return ResultOutput::print(context, arguments.option(u"format"_s), toJson(summary), text);
}

} // namespace kasboek::cli
