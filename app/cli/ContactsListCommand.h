#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli contacts list FILE [--search TEXT] [--role ROLE] [--archived] [--format F]`:
// the contacts with the ids and uids other commands take (--contact, "contact" in JSON).
class ContactsListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactsListCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
