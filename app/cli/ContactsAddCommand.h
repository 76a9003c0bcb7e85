#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli contacts add FILE --name NAME ...`: a new customer or supplier, validated as the
// contact form validates it (VAT number, IBAN, e-mail, ...); prints its id and uid.
class ContactsAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactsAddCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
