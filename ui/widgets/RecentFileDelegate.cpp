#include "widgets/RecentFileDelegate.h"

#include "models/RecentFilesModel.h"

#include <QApplication>
#include <QPainter>

namespace kasboek::ui {

namespace {

constexpr int horizontalPadding = 10;
constexpr int verticalPadding = 6;
constexpr int lineGap = 2;

QFont secondaryFont(const QFont& base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

void RecentFileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear(); // the style draws background, selection and focus; we draw the text
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool exists = index.data(RecentFilesModel::ExistsRole).toBool();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !exists || !opt.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                   : QPalette::Inactive;
    const QColor primary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = primary;
    if (!selected && exists)
        secondary = opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area
        = opt.rect.adjusted(horizontalPadding, verticalPadding, -horizontalPadding, -verticalPadding);
    const QFont nameFont = opt.font;
    const QFont folderFont = secondaryFont(opt.font);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics folderMetrics(folderFont);
    const QString folder = index.data(RecentFilesModel::FolderRole).toString();
    const QString second = exists ? folder : tr("Not found — %1").arg(folder);

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(primary);
    const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideMiddle, area.width()));
    painter->setFont(folderFont);
    painter->setPen(secondary);
    const QRect folderRect(area.left(), nameRect.bottom() + 1 + lineGap, area.width(),
                           folderMetrics.height());
    painter->drawText(folderRect, Qt::AlignLeft | Qt::AlignVCenter,
                      folderMetrics.elidedText(second, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize RecentFileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const int height = QFontMetrics(option.font).height() + lineGap
        + QFontMetrics(secondaryFont(option.font)).height() + 2 * verticalPadding;
    return { 200, height };
}

} // namespace kasboek::ui
