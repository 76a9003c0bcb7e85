#include "views/WelcomePage.h"

#include "models/RecentFilesModel.h"
#include "widgets/CenteredColumn.h"
#include "widgets/LabelStyle.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecentFileDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasboek::ui {

WelcomePage::WelcomePage(RecentFilesModel& recentFiles, QWidget* parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Start page"));

    auto* column = new CenteredColumn(560, this);
    QVBoxLayout* layout = column->columnLayout();

    auto* logo = new QLabel(column);
    logo->setPixmap(ThemedIcon::appIcon().pixmap(64, 64));
    logo->setAccessibleName(tr("Kasboek logo"));
    auto* name = new QLabel(tr("Kasboek"), column);
    LabelStyle::makeHeading(name, 2.0);
    auto* promise = new QLabel(tr("Your books, encrypted on your own computer"), column);
    promise->setWordWrap(true);
    LabelStyle::makeSecondary(promise, 1.1);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(name);
    titles->addWidget(promise);
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(logo, 0, Qt::AlignVCenter);
    header->addLayout(titles, 1);

    m_banner = new MessageBanner(MessageBanner::Kind::Error, column);
    m_banner->setObjectName(QStringLiteral("welcomeError"));
    m_banner->setClosable(true);

    m_newButton = new QPushButton(tr("New company file…"), column);
    m_newButton->setObjectName(QStringLiteral("newFileButton"));
    m_newButton->setAccessibleDescription(tr("Create a new, encrypted company file"));
    m_openButton = new QPushButton(tr("Open…"), column);
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_openButton->setAccessibleDescription(tr("Open an existing company file"));
    for (QPushButton* button : { m_newButton, m_openButton }) {
        button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
        button->setIconSize(QSize(20, 20));
    }
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newFileRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_newButton, 1);
    buttons->addWidget(m_openButton, 1);

    m_recentHeading = new QLabel(tr("Recent files"), column);
    LabelStyle::makeHeading(m_recentHeading, 1.0);
    m_recentView = new QListView(column);
    m_recentView->setObjectName(QStringLiteral("recentFilesView"));
    m_recentView->setAccessibleName(tr("Recent files"));
    m_recentView->setModel(&m_recentFiles);
    m_recentView->setItemDelegate(new RecentFileDelegate(m_recentView));
    m_recentView->setUniformItemSizes(true);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recentView->setMinimumHeight(160);
    m_recentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_recentHeading->setBuddy(m_recentView);
    connect(m_recentView, &QListView::activated, this, [this](const QModelIndex& index) {
        emit recentFileActivated(index.data(RecentFilesModel::PathRole).toString());
    });

    auto* remove = new QAction(tr("Remove from list"), m_recentView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &WelcomePage::removeCurrentRecentFile);
    m_recentView->addAction(remove);

    m_noRecentFiles = new QLabel(tr("Files you create or open will be listed here."), column);
    m_noRecentFiles->setWordWrap(true);
    LabelStyle::makeSecondary(m_noRecentFiles);

    layout->addLayout(header);
    layout->addSpacing(28);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addSpacing(28);
    layout->addWidget(m_recentHeading);
    layout->addSpacing(4);
    layout->addWidget(m_recentView, 1);
    layout->addWidget(m_noRecentFiles);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(column);

    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_recentView);

    connect(&m_recentFiles, &QAbstractItemModel::modelReset, this, &WelcomePage::updateRecentState);
    updateRecentState();
    updateIcons();
}

void WelcomePage::showError(const QString& title, const QString& message)
{
    m_banner->showMessage(title, message);
}

void WelcomePage::clearError()
{
    m_banner->clear();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    // Files come and go while Kasboek runs; "not found" should be current.
    m_recentFiles.refresh();
    QWidget::showEvent(event);
}

void WelcomePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (m_newButton && event->type() == QEvent::PaletteChange)
        updateIcons();
}

void WelcomePage::updateRecentState()
{
    const bool any = m_recentFiles.rowCount() > 0;
    m_recentView->setVisible(any);
    m_noRecentFiles->setVisible(!any);
}

void WelcomePage::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    m_newButton->setIcon(
        ThemedIcon::fromTheme(QStringLiteral("document-new"), QStringLiteral("file-new"), color));
    m_openButton->setIcon(
        ThemedIcon::fromTheme(QStringLiteral("document-open"), QStringLiteral("file-open"), color));
}

void WelcomePage::removeCurrentRecentFile()
{
    const QModelIndex current = m_recentView->currentIndex();
    if (current.isValid())
        emit recentFileRemovalRequested(current.data(RecentFilesModel::PathRole).toString());
}

} // namespace kasboek::ui
