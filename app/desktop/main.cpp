// The Kasboek desktop app: hardens the process, answers --version and --help without
// needing a display, then opens the main window (and the file named on the command
// line, if any).

#include "app/MainWindow.h"
#include "app/NativeFileDialogProvider.h"
#include "app/StartupOptions.h"
#include "i18n/TranslationLoader.h"
#include "crypto/ProcessHardening.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using kasboek::ui::StartupOptions;

namespace {

QStringList rawArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int print(std::FILE* stream, const QString& text, int exitCode)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    // First, before any secret can exist in this process.
    kasboek::crypto::hardenProcess();

    QCoreApplication::setOrganizationName(QStringLiteral("Kasboek"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kasboek.eu"));
    QCoreApplication::setApplicationName(QStringLiteral("Kasboek"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASBOEK_VERSION));

    // Before QApplication, which needs a display.
    const StartupOptions early = StartupOptions::parse(rawArguments(argc, argv), false);
    if (early.action == StartupOptions::Action::ShowVersion)
        return print(stdout, StartupOptions::versionText(), 0);
    if (early.action == StartupOptions::Action::ShowHelp)
        return print(stdout, StartupOptions::helpText(), 0);

    QApplication application(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("eu.kasboek.Kasboek"));
    QSettings settings;
    kasboek::i18n::TranslationLoader::installFor(application, settings);

    const StartupOptions options = StartupOptions::parse(QCoreApplication::arguments(), true);
    if (options.action == StartupOptions::Action::Fail)
        return print(stderr, options.message + u'\n' + StartupOptions::helpText(), 2);

    kasboek::ui::NativeFileDialogProvider fileDialogs;
    kasboek::ui::MainWindow window(settings, fileDialogs);
    window.show();
    if (!options.file.isEmpty()) {
        // Once the event loop runs, so the window is on screen behind any message.
        QTimer::singleShot(0, &window, [&window, file = options.file] { window.openFile(file); });
    }
    return QApplication::exec();
}
