#include "ReminderOptions.h"

#include "DocumentSelection.h"
#include "ParsedArguments.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec::Option ReminderOptions::dateOption()
{
    return { .name = u"date"_s,
             .valueName = u"YYYY-MM-DD"_s,
             .description = tr("The day the reminders are for (default: today).") };
}

std::expected<QDate, CliError> ReminderOptions::date(const ParsedArguments& arguments)
{
    if (!arguments.isSet(u"date"_s))
        return QDate::currentDate();
    const QDate date = QDate::fromString(arguments.option(u"date"_s), Qt::ISODate);
    if (!date.isValid())
        return std::unexpected(CliError::usage(tr("--date needs a date as YYYY-MM-DD")));
    return date;
}

QString ReminderOptions::levelName(domain::ReminderLevel level)
{
    switch (level) {
    case domain::ReminderLevel::First:
        return tr("first reminder");
    case domain::ReminderLevel::Second:
        return tr("second reminder");
    case domain::ReminderLevel::FormalNotice:
        return tr("formal notice");
    }
    return {};
}

QString ReminderOptions::fileName(domain::ReminderLevel level, const QString& invoiceNumber)
{
    // The invoice's own export name without its "invoice-" prefix.
    const QString invoiceFile
        = DocumentSelection::fileName(domain::DocumentType::Invoice, invoiceNumber, u"pdf"_s);
    const QString prefix = domain::DocumentTypes::code(domain::DocumentType::Invoice) + u'-';
    return u"reminder-%1-"_s.arg(static_cast<int>(level)) + invoiceFile.mid(prefix.size());
}

} // namespace kasboek::cli
