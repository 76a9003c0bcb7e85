#pragma once

#include "CliError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::cli {

// The checks `kasboek-cli check` runs, in order. Each check is one function over
// an open file; a new one (ledger balance, audit chain, once the core has a ledger
// and an audit trail) is one more function and one more row in all().
class FileChecks final
{
    Q_DECLARE_TR_FUNCTIONS(FileChecks)
public:
    struct Outcome
    {
        bool held = false;
        QStringList problems = {}; // when it does not hold: what is wrong, one line each
        std::optional<CliError> error = {}; // the check could not run to its end
    };

    struct Check
    {
        QString name; // stable, printed as "name: ok"
        QString description; // for `help check`
        Outcome (*run)(storage::CompanyFile& file);
    };

    [[nodiscard]] static QList<Check> all();

private:
    [[nodiscard]] static Outcome integrity(storage::CompanyFile& file);
    [[nodiscard]] static Outcome ledger(storage::CompanyFile& file);
};

} // namespace kasboek::cli
