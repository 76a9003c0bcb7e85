// kasboek-cli: the scripting interface to Kasboek's company files (docs/cli.md).
#include "CommandDispatcher.h"
#include "CommandRegistry.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    // Before anything can hold a key or a passphrase: no core dumps, no ptrace.
    kasboek::crypto::hardenProcess();

    kasboek::cli::CommandRegistry registry;
    registry.addStandardCommands();

    // Commands that draw PDFs need Qt Gui (fonts, painting) but never a window: the
    // offscreen platform works on servers and in CI without a display.
    std::unique_ptr<QCoreApplication> app;
    if (registry.needsGraphics(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kasboek-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASBOEK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Kasboek"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    kasboek::cli::CommandDispatcher dispatcher(registry, out, err);
    return dispatcher.run(QCoreApplication::arguments());
}
