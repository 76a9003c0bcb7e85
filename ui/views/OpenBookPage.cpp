#include "views/OpenBookPage.h"

#include "app/Countries.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "widgets/LabelStyle.h"
#include "widgets/ThemedIcon.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasboek::ui {

OpenBookPage::OpenBookPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("openBookPage"));
    setAccessibleName(tr("Company file"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookTitle"));
    m_title->setTextFormat(Qt::PlainText);
    LabelStyle::makeHeading(m_title, 1.6);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("bookDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    LabelStyle::makeSecondary(m_details, 0.9);

    m_lock = new QPushButton(tr("Lock"), this);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_lock->setToolTip(tr("Close the file and ask for the passphrase again (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    m_close = new QPushButton(tr("Close file"), this);
    m_close->setObjectName(QStringLiteral("closeFileButton"));
    m_close->setToolTip(tr("Close the file and return to the start page (%1)")
                            .arg(QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText)));
    connect(m_lock, &QPushButton::clicked, this, &OpenBookPage::lockRequested);
    connect(m_close, &QPushButton::clicked, this, &OpenBookPage::closeRequested);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(20, 16, 20, 16);
    header->setSpacing(8);
    header->addLayout(titles, 1);
    header->addWidget(m_lock, 0, Qt::AlignVCenter);
    header->addWidget(m_close, 0, Qt::AlignVCenter);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("bookNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(20, 12, 20, 0);
    m_notice->hide();

    auto* placeholder = new QLabel(tr("Invoices, customers and reports will appear here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    LabelStyle::makeSecondary(placeholder, 1.1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_notice);
    layout->addWidget(placeholder, 1);

    setTabOrder(m_lock, m_close);
    updateIcons();
    // Some styles (Fusion) leave long labels almost touching the button's edge; measured
    // after the icon is set, since it takes room too.
    for (QPushButton* button : { m_lock, m_close })
        button->setMinimumWidth(button->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
}

void OpenBookPage::showBook(storage::CompanyFile& file)
{
    const QFileInfo info(file.path());
    QString title = info.completeBaseName();
    QStringList details;
    // The profile is one row, read through the core's repository; should it fail, the
    // file name still tells the user which book is open.
    if (auto profile = storage::CompanyProfileRepository(file.database()).load();
        profile && !profile->name.isEmpty()) {
        title = profile->name;
        details.append(Countries::name(profile->country));
    }
    details.append(QDir::toNativeSeparators(info.absoluteFilePath()));
    details.append(tr("file format %1").arg(file.formatVersion()));
    m_title->setText(title);
    m_details->setText(details.join(QStringLiteral(" · ")));
}

void OpenBookPage::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString OpenBookPage::notice() const
{
    return m_notice->text();
}

QString OpenBookPage::title() const
{
    return m_title->text();
}

QString OpenBookPage::details() const
{
    return m_details->text();
}

void OpenBookPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (m_lock && event->type() == QEvent::PaletteChange)
        updateIcons();
}

void OpenBookPage::updateIcons()
{
    m_lock->setIcon(ThemedIcon::fromTheme(QStringLiteral("system-lock-screen"), QStringLiteral("lock"),
                                          palette().color(QPalette::ButtonText)));
}

} // namespace kasboek::ui
