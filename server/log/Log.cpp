#include "Log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace kasboek::server::log {

namespace {

std::atomic<int> g_minimum { static_cast<int>(Level::Info) };
std::mutex g_writeLock;

const char* levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return "debug";
    case Level::Info:
        return "info";
    case Level::Warning:
        return "warning";
    case Level::Error:
        return "error";
    }
    return "info";
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = Level::Error;
        break;
    }
    QJsonObject fields { { QStringLiteral("message"), message } };
    if (context.category && qstrcmp(context.category, "default") != 0)
        fields.insert(QStringLiteral("category"), QString::fromLatin1(context.category));
    Log::write(level, QStringLiteral("qt"), fields);
}

} // namespace

void Log::setMinimumLevel(Level level)
{
    g_minimum.store(static_cast<int>(level));
}

bool Log::enabled(Level level)
{
    return static_cast<int>(level) >= g_minimum.load(std::memory_order_relaxed);
}

void Log::write(Level level, const QString& event, const QJsonObject& fields)
{
    if (!enabled(level))
        return;
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QString::fromLatin1(levelName(level)));
    line.insert(QStringLiteral("event"), event);
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    const std::lock_guard lock(g_writeLock);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void Log::request(const char* method, const QString& route, int status, double milliseconds)
{
    if (!enabled(Level::Info))
        return;
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis
        = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char line[512];
    const QByteArray routeBytes = route.toLatin1();
    // Keys in the order QJsonDocument writes them, like every other line.
    const int length
        = std::snprintf(line, sizeof line,
                        "{\"event\":\"request\",\"level\":\"info\",\"method\":\"%s\",\"ms\":%.3f,"
                        "\"route\":\"%s\",\"status\":%d,\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"}\n",
                        method, milliseconds, routeBytes.constData(), status, utc.tm_year + 1900,
                        utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(millis));
    if (length <= 0 || length >= int(sizeof line))
        return;
    const std::lock_guard lock(g_writeLock);
    std::fwrite(line, 1, static_cast<std::size_t>(length), stderr);
    std::fflush(stderr);
}

void Log::installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

Level Log::parseLevel(const QString& name)
{
    if (name == u"debug")
        return Level::Debug;
    if (name == u"warning")
        return Level::Warning;
    if (name == u"error")
        return Level::Error;
    return Level::Info;
}

} // namespace kasboek::server::log
