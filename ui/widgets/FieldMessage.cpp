#include "widgets/FieldMessage.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace kasboek::ui {

FieldMessage::FieldMessage(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(
        kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Note"));

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void FieldMessage::setText(const QString& text)
{
    if (text == m_text->text())
        return;
    m_text->setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty() && m_kind == Kind::Error) {
        // Screen readers announce a new error without the user hunting for it.
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace kasboek::ui
