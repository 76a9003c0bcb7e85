#pragma once

#include "Command.h"
#include "CommandSpec.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace kasboek::cli {

// The table of kasboek-cli's commands, in the order `help` lists them. Command
// names may have two words ("import ubl"): lookup takes the longest match.
class CommandRegistry final
{
public:
    struct Entry
    {
        CommandSpec spec;
        std::unique_ptr<Command> command;
    };

    struct Match
    {
        const Entry* entry = nullptr;
        qsizetype words = 0; // how many leading arguments named the command
    };

    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry&) = delete;
    CommandRegistry& operator=(const CommandRegistry&) = delete;

    void add(std::unique_ptr<Command> command);
    // Every command kasboek-cli ships with.
    void addStandardCommands();

    [[nodiscard]] Match find(const QStringList& words) const;
    // The commands whose name starts with `group` followed by more words ("import"
    // for "import ubl"), for a group name given on its own.
    [[nodiscard]] QList<const Entry*> group(const QString& group) const;
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    // Whether the command a command line names (argv, program name first) draws: decided
    // before the application object exists, since that choice cannot be undone.
    [[nodiscard]] bool needsGraphics(int argc, char** argv) const;

private:
    std::vector<Entry> m_entries;
};

} // namespace kasboek::cli
