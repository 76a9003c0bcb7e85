#pragma once

#include <QAbstractListModel>
#include <QList>

namespace kasboek::ui {

class RecentFiles;

// The recently opened company files, for the start page. One row per file: its name
// for display, its folder and whether it still exists (checked on refresh(), so a
// moved or deleted file shows as "not found" rather than failing on a click).
class RecentFilesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, // absolute path
        FolderRole, // the folder, in the platform's notation
        ExistsRole, // bool
    };
    Q_ENUM(Role)

    explicit RecentFilesModel(RecentFiles& recentFiles, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString pathAt(int row) const;
    // Re-reads the list and checks which files exist.
    void refresh();

private:
    struct Entry
    {
        QString path;
        bool exists = false;
    };

    RecentFiles& m_recentFiles;
    QList<Entry> m_entries;
};

} // namespace kasboek::ui
