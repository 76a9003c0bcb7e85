#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace kasboek::cli {

// What a command accepts and how it describes itself: the parser (CommandLine)
// and the help text (HelpFormatter) are both driven by it.
struct CommandSpec
{
    struct Argument
    {
        enum class Arity { One, Optional, OneOrMore, ZeroOrMore };
        QString name; // as the synopsis shows it: FILE, COMMAND
        QString description = {};
        Arity arity = Arity::One;
    };

    struct Option
    {
        QString name; // the long name without dashes: "country" for --country
        QString valueName = {}; // empty for a flag; "N", "NAME" otherwise
        QString description = {};
        QStringList allowedValues = {}; // matched case-insensitively; empty: any value
        QChar shortName = {}; // -v for --verbose; null for none
    };

    QString name; // one word, or "group word" for a command in a group ("import ubl")
    QString summary; // one line, for the list of commands
    QString description = {}; // paragraphs separated by an empty line, for `help COMMAND`
    QList<Argument> arguments = {};
    QList<Option> options = {};
    QString examples = {}; // lines of shell, shown verbatim
    // The command draws (PDFs, QR codes): kasboek-cli then runs a Qt Gui application on the
    // offscreen platform, so it still needs no display.
    bool needsGraphics = false;
};

} // namespace kasboek::cli
