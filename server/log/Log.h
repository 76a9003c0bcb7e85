#pragma once

#include <QJsonObject>
#include <QString>

namespace kasboek::server::log {

enum class Level { Debug = 0, Info = 1, Warning = 2, Error = 3 };

// The server's structured log: one JSON object per line on stderr (journald and
// container runtimes collect it), {"ts","level","event",...fields}. Callers pass
// only what is safe to keep: never tokens, keys, TOTP secrets, passwords, e-mail
// addresses or request bodies. Thread-safe; process-wide because stderr is.
class Log final
{
public:
    static void setMinimumLevel(Level level);
    [[nodiscard]] static bool enabled(Level level);
    static void write(Level level, const QString& event, const QJsonObject& fields = {});

    static void debug(const QString& event, const QJsonObject& fields = {})
    {
        write(Level::Debug, event, fields);
    }
    static void info(const QString& event, const QJsonObject& fields = {})
    {
        write(Level::Info, event, fields);
    }
    static void warning(const QString& event, const QJsonObject& fields = {})
    {
        write(Level::Warning, event, fields);
    }
    static void error(const QString& event, const QJsonObject& fields = {})
    {
        write(Level::Error, event, fields);
    }

    // The access-log line, formatted without building a QJsonObject: it is written
    // for every request. method and route are the server's own words (an HTTP
    // method name, a route pattern), never client text, so they need no escaping.
    static void request(const char* method, const QString& route, int status, double milliseconds);

    // Routes qDebug/qWarning/... (from Qt itself too) into the same format.
    static void installQtMessageHandler();

    [[nodiscard]] static Level parseLevel(const QString& name);
};

} // namespace kasboek::server::log
