#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kasboek::ui {

// What the desktop app was asked to do on its command line. Parsed twice by main():
// once from the raw arguments before any QApplication exists (so `--version` and
// `--help` work without a display), then from QApplication::arguments(), which no
// longer holds Qt's own options such as -platform.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)
public:
    enum class Action { Run, ShowVersion, ShowHelp, Fail };

    Action action = Action::Run;
    QString file; // the company file to open, if one was given
    QString message; // why parsing failed (Action::Fail)

    // `arguments` includes the program name first, as in argv. With `strict` false,
    // unknown options are let through (Qt's own, in the first pass).
    [[nodiscard]] static StartupOptions parse(const QStringList& arguments, bool strict);

    [[nodiscard]] static QString versionText();
    [[nodiscard]] static QString helpText();
};

} // namespace kasboek::ui
