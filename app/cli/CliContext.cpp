#include "CliContext.h"

#include "PassphraseSource.h"
#include "storage/FileFormat.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    setVerbose(false);
}

void CliContext::setVerbose(bool verbose)
{
    m_verbose = verbose;
    // stderr is for errors: the core's progress lines ("created a company file")
    // only with --verbose. QT_LOGGING_RULES still overrides both.
    QLoggingCategory::setFilterRules(verbose ? u"kasboek.*.info=true"_s : u"kasboek.*.info=false"_s);
}

QString CliContext::usageHint(const QString& command)
{
    const QString program = QCoreApplication::applicationName();
    return tr("see '%1'").arg(command.isEmpty() ? program + u" help"_s : program + u" help "_s + command);
}

int CliContext::report(const QString& file, const CliError& error)
{
    const QString prefix = QCoreApplication::applicationName() + u": "_s;
    m_err << prefix;
    if (!file.isEmpty())
        m_err << file << u": "_s;
    m_err << error.message;
    if (error.exitCode == ExitCode::Usage)
        m_err << u" ("_s << usageHint(m_command) << u')';
    m_err << Qt::endl;
    if (m_verbose && !error.detail.isEmpty())
        m_err << prefix << tr("detail: %1").arg(error.detail) << Qt::endl;
    return static_cast<int>(error.exitCode);
}

int CliContext::reportUsage(const QString& command, const QString& message)
{
    m_err << QCoreApplication::applicationName() << u": "_s;
    if (!command.isEmpty())
        m_err << command << u": "_s;
    m_err << message << u" ("_s << usageHint(command) << u')' << Qt::endl;
    return static_cast<int>(ExitCode::Usage);
}

void CliContext::notice(const QString& file, const QString& message)
{
    m_err << QCoreApplication::applicationName() << u": "_s << file << u": "_s << message << Qt::endl;
}

std::expected<void, CliError> CliContext::checkHeader(const QString& path)
{
    if (auto header = storage::FileFormat::readHeader(path); !header)
        return std::unexpected(CliError::fromCore(header.error()));
    return {};
}

std::expected<std::unique_ptr<storage::CompanyFile>, CliError>
CliContext::open(const QString& path, const crypto::SecureBuffer& passphrase)
{
    auto file = storage::CompanyFile::open(path, passphrase);
    if (!file)
        return std::unexpected(CliError::fromCore(file.error()));
    if (!(*file)->upgradeBackupPath().isEmpty())
        notice(path,
               tr("upgraded to file format %1; the file as it was is kept as %2")
                   .arg((*file)->formatVersion())
                   .arg((*file)->upgradeBackupPath()));
    return std::move(*file);
}

std::expected<std::unique_ptr<storage::CompanyFile>, CliError>
CliContext::openWithPassphrase(const QString& path, PassphraseSource& passphrases)
{
    if (auto header = checkHeader(path); !header)
        return std::unexpected(header.error());
    auto passphrase = passphrases.read(PassphraseSource::Purpose::Unlock, path);
    if (!passphrase)
        return std::unexpected(passphrase.error());
    return open(path, *passphrase);
}

std::expected<std::unique_ptr<storage::CompanyFile>, int>
CliContext::openOrReport(const QString& path, const ParsedArguments& arguments)
{
    auto passphrases = PassphraseSource::fromArguments(arguments);
    if (!passphrases)
        return std::unexpected(report({}, passphrases.error()));
    auto file = openWithPassphrase(path, *passphrases);
    if (!file)
        return std::unexpected(report(path, file.error()));
    return std::move(*file);
}

} // namespace kasboek::cli
