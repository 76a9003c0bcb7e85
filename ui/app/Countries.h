#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kasboek::ui {

// The countries Kasboek keeps books for, named in the user interface language. The
// core stores ISO 3166-1 alpha-2 codes; this is where the UI turns them into words.
class Countries final
{
    Q_DECLARE_TR_FUNCTIONS(Countries)
public:
    struct Country
    {
        QString code; // "BE"
        QString name; // "Belgium", translated
    };

    [[nodiscard]] static QList<Country> supported();
    // The translated name of `code`, or the code itself for a country not in the list.
    [[nodiscard]] static QString name(const QString& code);
};

} // namespace kasboek::ui
