#include "app/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kasboek::ui {

namespace {

const QString settingsKey = QStringLiteral("recentFiles/paths");

// One spelling per file, so reopening it moves the entry instead of adding a twin.
QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QStringList RecentFiles::paths() const
{
    QStringList paths;
    for (const QString& path : m_settings.value(settingsKey).toStringList()) {
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    }
    return paths.mid(0, maximumCount);
}

void RecentFiles::add(const QString& path)
{
    const QString file = normalised(path);
    QStringList current = paths();
    current.removeAll(file);
    current.prepend(file);
    store(current.mid(0, maximumCount));
}

void RecentFiles::remove(const QString& path)
{
    QStringList current = paths();
    if (current.removeAll(normalised(path)) + current.removeAll(path) > 0)
        store(current);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& paths)
{
    if (paths.isEmpty())
        m_settings.remove(settingsKey);
    else
        m_settings.setValue(settingsKey, paths);
    emit changed();
}

} // namespace kasboek::ui
