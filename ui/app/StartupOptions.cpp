#include "app/StartupOptions.h"

namespace kasboek::ui {

StartupOptions StartupOptions::parse(const QStringList& arguments, bool strict)
{
    StartupOptions options;
    bool onlyFilesFollow = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!onlyFilesFollow && argument == u"--") {
            onlyFilesFollow = true;
        } else if (!onlyFilesFollow && (argument == u"--version" || argument == u"-v")) {
            return { Action::ShowVersion, {}, {} };
        } else if (!onlyFilesFollow && (argument == u"--help" || argument == u"-h")) {
            return { Action::ShowHelp, {}, {} };
        } else if (!onlyFilesFollow && argument.startsWith(u'-') && argument.size() > 1) {
            if (strict)
                return { Action::Fail, {}, tr("Unknown option: %1").arg(argument) };
        } else if (options.file.isEmpty()) {
            options.file = argument;
        } else if (strict) {
            return { Action::Fail, {}, tr("Only one company file can be opened at a time.") };
        }
    }
    return options;
}

QString StartupOptions::versionText()
{
    // Not translated: scripts and bug reports read it.
    return QStringLiteral("Kasboek " KASBOEK_VERSION);
}

QString StartupOptions::helpText()
{
    return tr("Usage: kasboek [FILE]\n"
              "Invoicing and bookkeeping, in one encrypted file.\n"
              "\n"
              "  FILE           a company file (.kasboek) to open; asks for its passphrase\n"
              "  -h, --help     show this help and exit\n"
              "  -v, --version  show the version and exit\n");
}

} // namespace kasboek::ui
