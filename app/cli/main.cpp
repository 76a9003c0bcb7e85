// kasboek-cli: the scripting interface to Kasboek's company files (docs/cli.md).
#include "CommandDispatcher.h"
#include "CommandRegistry.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    // Before anything can hold a key or a passphrase: no core dumps, no ptrace.
    kasboek::crypto::hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kasboek-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASBOEK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Kasboek"));

    kasboek::cli::CommandRegistry registry;
    registry.addStandardCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    kasboek::cli::CommandDispatcher dispatcher(registry, out, err);
    return dispatcher.run(QCoreApplication::arguments());
}
