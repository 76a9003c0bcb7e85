#pragma once

#include "storage/CompanyFile.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QSettings;
class QStackedWidget;

namespace kasboek {
struct Error;
}

namespace kasboek::ui {

class CompanyFileLoader;
class FileDialogProvider;
class OpenBookPage;
class RecentFiles;
class RecentFilesModel;
class UnlockPage;
class WelcomePage;

// The desktop app's window. Owns the open company file (at most one) and moves
// between three pages: the start page, the passphrase page and the open book.
//
// Settings and file dialogs come in through the constructor, so tests give it a
// temporary settings file and pre-set dialog answers.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Welcome, Unlock, OpenBook };
    Q_ENUM(Page)

    MainWindow(QSettings& settings, FileDialogProvider& fileDialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Asks for the passphrase of `path`, or explains on the start page why it cannot
    // be opened (no such file, not a Kasboek file, ...).
    void openFile(const QString& path);
    void chooseFileToOpen();
    void newCompanyFile();
    // Closes the file (the core wipes its key) and asks for the passphrase again.
    void lockFile();
    // Closes the file and returns to the start page.
    void closeFile();

    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] bool isBusy() const;
    // The open company file; nullptr while none is open or it is locked.
    [[nodiscard]] const storage::CompanyFile* companyFile() const { return m_file.get(); }

    [[nodiscard]] WelcomePage* welcomePage() const { return m_welcomePage; }
    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlockPage; }
    [[nodiscard]] OpenBookPage* openBookPage() const { return m_openBookPage; }
    [[nodiscard]] RecentFilesModel* recentFilesModel() const { return m_recentFilesModel; }
    [[nodiscard]] QAction* newAction() const { return m_newAction; }
    [[nodiscard]] QAction* openAction() const { return m_openAction; }
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    [[nodiscard]] QAction* closeAction() const { return m_closeAction; }
    [[nodiscard]] QAction* quitAction() const { return m_quitAction; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void showPage(Page page);
    void unlock();
    void unlockFinished();
    // `notice`: what opening did besides (recurring invoices made), shown on the book's page.
    void adoptFile(std::unique_ptr<storage::CompanyFile> file, const QString& notice = {});
    void showOpenError(const QString& path, const Error& error);
    void updateActions();
    void updateTitle();
    void restoreWindowGeometry();
    void showAbout();

    QSettings& m_settings;
    FileDialogProvider& m_fileDialogs;
    RecentFiles* m_recentFiles = nullptr;
    RecentFilesModel* m_recentFilesModel = nullptr;
    CompanyFileLoader* m_loader = nullptr;
    std::unique_ptr<storage::CompanyFile> m_file;

    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    OpenBookPage* m_openBookPage = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace kasboek::ui
