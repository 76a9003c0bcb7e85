#pragma once

#include "CliError.h"
#include "CommandSpec.h"
#include "domain/documents/ReminderPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <expected>

namespace kasboek::cli {

class ParsedArguments;

// What the reminder commands share: --date (the day the reminders are for, today by
// default) and the words for the three levels.
class ReminderOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderOptions)
public:
    ReminderOptions() = delete;

    [[nodiscard]] static CommandSpec::Option dateOption();
    // Usage error for a --date that is not a valid YYYY-MM-DD.
    [[nodiscard]] static std::expected<QDate, CliError> date(const ParsedArguments& arguments);

    // "first reminder", "second reminder", "formal notice".
    [[nodiscard]] static QString levelName(domain::ReminderLevel level);
    // "reminder-1-2026-0042.pdf": the level, then the invoice number made safe as a file name,
    // so a folder of letters sorts by level and every letter of an invoice has its own file.
    [[nodiscard]] static QString fileName(domain::ReminderLevel level, const QString& invoiceNumber);
};

} // namespace kasboek::cli
