#include "widgets/MessageBanner.h"

#include "widgets/ThemedIcon.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kasboek::ui {

MessageBanner::MessageBanner(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    // AlternateBase sets the banner apart in light and dark palettes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setIcon(ThemedIcon::icon(QStringLiteral("close"), palette().color(QPalette::WindowText)));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit closed();
    });

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 8, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    updateIcon();
    setVisible(false);
}

void MessageBanner::setKind(Kind kind)
{
    m_kind = kind;
    updateIcon();
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBanner::showMessage(const QString& title, const QString& text)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setVisible(true);
    if (m_kind != Kind::Information) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageBanner::clear()
{
    m_title->clear();
    m_text->clear();
    setVisible(false);
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (m_close && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)) {
        updateIcon();
        m_close->setIcon(ThemedIcon::icon(QStringLiteral("close"), palette().color(QPalette::WindowText)));
    }
}

void MessageBanner::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

} // namespace kasboek::ui
