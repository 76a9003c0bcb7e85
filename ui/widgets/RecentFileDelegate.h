#pragma once

#include <QStyledItemDelegate>

namespace kasboek::ui {

// Draws a recent file as two lines: the file name, and below it, quieter, its folder
// (or "Not found" and the folder, greyed, when the file is gone). Reads the roles of
// RecentFilesModel; selection and focus are drawn by the style.
class RecentFileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kasboek::ui
