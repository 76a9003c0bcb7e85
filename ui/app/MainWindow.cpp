#include "app/MainWindow.h"

#include "Error.h"
#include "app/CompanyFileLoader.h"
#include "app/FileDialogProvider.h"
#include "app/RecentFiles.h"
#include "dialogs/NewCompanyFileDialog.h"
#include "models/RecentFilesModel.h"
#include "storage/FileFormat.h"
#include "views/OpenBookPage.h"
#include "views/RecurringRunText.h"
#include "views/UnlockPage.h"
#include "views/WelcomePage.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>

namespace kasboek::ui {

namespace {

const QString geometryKey = QStringLiteral("ui/mainWindowGeometry");

QString absolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QSettings& settings, FileDialogProvider& fileDialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_fileDialogs(fileDialogs)
    , m_recentFiles(new RecentFiles(settings, this))
    , m_recentFilesModel(new RecentFilesModel(*m_recentFiles, this))
    , m_loader(new CompanyFileLoader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ThemedIcon::appIcon());

    m_pages = new QStackedWidget(this);
    m_welcomePage = new WelcomePage(*m_recentFilesModel, m_pages);
    m_unlockPage = new UnlockPage(m_pages);
    m_openBookPage = new OpenBookPage(m_pages);
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_openBookPage);
    setCentralWidget(m_pages);

    createActions();
    createMenus();

    connect(m_welcomePage, &WelcomePage::newFileRequested, this, &MainWindow::newCompanyFile);
    connect(m_welcomePage, &WelcomePage::openFileRequested, this, &MainWindow::chooseFileToOpen);
    connect(m_welcomePage, &WelcomePage::recentFileActivated, this, &MainWindow::openFile);
    connect(m_welcomePage, &WelcomePage::recentFileRemovalRequested, m_recentFiles, &RecentFiles::remove);
    connect(m_unlockPage, &UnlockPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_unlockPage, &UnlockPage::backRequested, this, &MainWindow::closeFile);
    connect(m_openBookPage, &OpenBookPage::lockRequested, this, &MainWindow::lockFile);
    connect(m_openBookPage, &OpenBookPage::closeRequested, this, &MainWindow::closeFile);
    connect(m_loader, &CompanyFileLoader::finished, this, &MainWindow::unlockFinished);

    restoreWindowGeometry();
    showPage(Page::Welcome);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QColor iconColor = palette().color(QPalette::WindowText);
    m_newAction = new QAction(tr("&New Company File…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(
        ThemedIcon::fromTheme(QStringLiteral("document-new"), QStringLiteral("file-new"), iconColor));
    m_newAction->setStatusTip(tr("Create a new, encrypted company file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCompanyFile);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(
        ThemedIcon::fromTheme(QStringLiteral("document-open"), QStringLiteral("file-open"), iconColor));
    m_openAction->setStatusTip(tr("Open an existing company file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setIcon(
        ThemedIcon::fromTheme(QStringLiteral("system-lock-screen"), QStringLiteral("lock"), iconColor));
    m_lockAction->setStatusTip(tr("Close the file and ask for the passphrase again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockFile);

    // Ctrl+W everywhere; the platform's own Close key too where it differs (Ctrl+F4).
    m_closeAction = new QAction(tr("&Close File"), this);
    QList<QKeySequence> closeKeys { QKeySequence(Qt::CTRL | Qt::Key_W) };
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key))
            closeKeys.append(key);
    }
    m_closeAction->setShortcuts(closeKeys);
    m_closeAction->setStatusTip(tr("Close the file and return to the start page"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction = new QAction(tr("&About Kasboek"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_unlockPage)
        return Page::Unlock;
    if (m_pages->currentWidget() == m_openBookPage)
        return Page::OpenBook;
    return Page::Welcome;
}

bool MainWindow::isBusy() const
{
    return m_loader->isBusy();
}

void MainWindow::chooseFileToOpen()
{
    if (isBusy())
        return;
    QString folder;
    if (const QStringList recent = m_recentFiles->paths(); !recent.isEmpty())
        folder = QFileInfo(recent.constFirst()).absolutePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_fileDialogs.openFileName(this, tr("Open Company File"), folder,
                                                    tr("Kasboek files (*.kasboek);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString& path)
{
    if (isBusy() || path.isEmpty())
        return;
    const QString file = absolute(path);
    if (m_file && absolute(m_file->path()) == file) {
        showPage(Page::OpenBook);
        return;
    }
    // One book at a time: the current one is closed (and unlocked for others) first.
    m_file.reset();

    // What can be checked without the passphrase is checked now, so nobody types a
    // passphrase for a PDF or a file that has gone.
    if (auto header = storage::FileFormat::readHeader(file); !header) {
        showOpenError(file, header.error());
        return;
    }
    m_welcomePage->clearError();
    m_unlockPage->setFile(file);
    showPage(Page::Unlock);
}

void MainWindow::newCompanyFile()
{
    if (isBusy())
        return;
    if (auto* existing = findChild<NewCompanyFileDialog*>(); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto* dialog = new NewCompanyFileDialog(m_fileDialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto file = dialog->takeCompanyFile())
            adoptFile(std::move(file));
    });
    // open(), not exec(): window-modal without a nested event loop.
    dialog->open();
}

void MainWindow::lockFile()
{
    if (!m_file || isBusy())
        return;
    const QString path = m_file->path();
    m_file->close();
    m_file.reset();
    m_unlockPage->setFile(path);
    showPage(Page::Unlock);
}

void MainWindow::closeFile()
{
    if (isBusy())
        return;
    m_file.reset();
    m_unlockPage->setFile({});
    showPage(Page::Welcome);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_file.reset();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Welcome:
        m_pages->setCurrentWidget(m_welcomePage);
        break;
    case Page::Unlock:
        m_pages->setCurrentWidget(m_unlockPage);
        m_unlockPage->focusPassphrase();
        break;
    case Page::OpenBook:
        m_pages->setCurrentWidget(m_openBookPage);
        break;
    }
    updateActions();
    updateTitle();
}

void MainWindow::unlock()
{
    const QString path = m_unlockPage->filePath();
    if (isBusy() || path.isEmpty())
        return;
    if (m_loader->open(path, m_unlockPage->takePassphrase())) {
        m_unlockPage->setBusy(true);
        updateActions();
    }
}

void MainWindow::unlockFinished()
{
    auto result = m_loader->takeResult();
    m_unlockPage->setBusy(false);
    if (result) {
        adoptFile(std::move(*result), RecurringRunText::describe(m_loader->recurringRun()));
        return;
    }
    if (result.error().code == ErrorCode::WrongPassphrase) {
        m_unlockPage->showError(result.error().message);
        updateActions();
        return;
    }
    // Anything else is about the file, not the passphrase: back to the start page with
    // the reason, where the user can pick another file.
    showOpenError(m_unlockPage->filePath(), result.error());
}

void MainWindow::adoptFile(std::unique_ptr<storage::CompanyFile> file, const QString& notice)
{
    m_file = std::move(file);
    m_recentFiles->add(m_file->path());
    m_openBookPage->showBook(*m_file);
    m_openBookPage->showNotice(notice);
    m_welcomePage->clearError();
    showPage(Page::OpenBook);
}

void MainWindow::showOpenError(const QString& path, const Error& error)
{
    m_file.reset();
    m_unlockPage->setFile({});
    m_welcomePage->showError(tr("Could not open %1").arg(QFileInfo(path).fileName()), error.message);
    showPage(Page::Welcome);
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    const Page page = currentPage();
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_lockAction->setEnabled(!busy && m_file != nullptr);
    m_closeAction->setEnabled(!busy && page != Page::Welcome);
}

void MainWindow::updateTitle()
{
    QString fileName;
    if (currentPage() == Page::OpenBook && m_file)
        fileName = QFileInfo(m_file->path()).fileName();
    else if (currentPage() == Page::Unlock)
        fileName = QFileInfo(m_unlockPage->filePath()).fileName();
    setWindowTitle(fileName.isEmpty() ? tr("Kasboek") : tr("%1 — Kasboek").arg(fileName));
}

void MainWindow::restoreWindowGeometry()
{
    if (restoreGeometry(m_settings.value(geometryKey).toByteArray()))
        return;
    // First start: a comfortable size, centred, never larger than the screen.
    QSize size(1000, 700);
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() * 9 / 10);
        resize(size);
        move(available.center() - rect().center());
        return;
    }
    resize(size);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kasboek"),
                       tr("<h3>Kasboek %1</h3>"
                          "<p>Invoicing and bookkeeping for freelancers in Belgium and the Netherlands.</p>"
                          "<p>Your books, encrypted on your own computer.</p>")
                           .arg(QStringLiteral(KASBOEK_VERSION)));
}

} // namespace kasboek::ui
