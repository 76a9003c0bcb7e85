// kasboek-cli: the scripting interface to Kasboek's company files (docs/cli.md).
#include "CommandDispatcher.h"
#include "CommandRegistry.h"
#include "crypto/ProcessHardening.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    // Before anything can hold a key or a passphrase: no core dumps, no ptrace.
    kasboek::crypto::hardenProcess();

    // Commands that draw PDFs need Qt Gui (fonts, painting) but never a window: the
    // offscreen platform works on servers and in CI without a display. Which command it is
    // decides the kind of application, so a first registry answers that before one exists.
    const bool needsGraphics = [argc, argv] {
        kasboek::cli::CommandRegistry commands;
        commands.addStandardCommands();
        return commands.needsGraphics(argc, argv);
    }();
    std::unique_ptr<QCoreApplication> app;
    if (needsGraphics) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kasboek-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASBOEK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Kasboek"));
    // Messages in the user's language (LC_ALL, LC_MESSAGES or LANG); a script that parses
    // them runs with LC_ALL=C.UTF-8, which is English. Command and option names never change.
    kasboek::i18n::TranslationLoader::installForSystem(*app);
    // The commands' help texts are translated as they are made: after the translator.
    kasboek::cli::CommandRegistry registry;
    registry.addStandardCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    kasboek::cli::CommandDispatcher dispatcher(registry, out, err);
    return dispatcher.run(QCoreApplication::arguments());
}
