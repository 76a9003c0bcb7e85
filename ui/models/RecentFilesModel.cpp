#include "models/RecentFilesModel.h"

#include "app/RecentFiles.h"

#include <QDir>
#include <QFileInfo>

namespace kasboek::ui {

RecentFilesModel::RecentFilesModel(RecentFiles& recentFiles, QObject* parent)
    : QAbstractListModel(parent)
    , m_recentFiles(recentFiles)
{
    connect(&m_recentFiles, &RecentFiles::changed, this, &RecentFilesModel::refresh);
    refresh();
}

int RecentFilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant RecentFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const QFileInfo info(entry.path);
    switch (role) {
    case Qt::DisplayRole:
        return info.fileName();
    case Qt::ToolTipRole:
        return entry.exists ? QDir::toNativeSeparators(entry.path)
                            : tr("%1 (not found)").arg(QDir::toNativeSeparators(entry.path));
    case Qt::AccessibleTextRole:
        return entry.exists
            ? tr("%1, in %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()))
            : tr("%1, not found").arg(info.fileName());
    case PathRole:
        return entry.path;
    case FolderRole:
        return QDir::toNativeSeparators(info.absolutePath());
    case ExistsRole:
        return entry.exists;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentFilesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(FolderRole, "folder");
    names.insert(ExistsRole, "exists");
    return names;
}

QString RecentFilesModel::pathAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).path : QString();
}

void RecentFilesModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    for (const QString& path : m_recentFiles.paths())
        m_entries.append({ path, QFileInfo(path).isFile() });
    endResetModel();
}

} // namespace kasboek::ui
