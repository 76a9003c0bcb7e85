#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace kasboek::ui {

// The company files opened lately, newest first, kept in QSettings. Paths only: the
// settings file is not encrypted, so nothing from inside a book ever goes there.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype maximumCount = 10;

    explicit RecentFiles(QSettings& settings, QObject* parent = nullptr);

    [[nodiscard]] QStringList paths() const;
    // Moves (or adds) the file to the top.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList& paths);

    QSettings& m_settings;
};

} // namespace kasboek::ui
