#include "../core/documents/DocumentTestSupport.h"
#include "FakeFileDialogProvider.h"
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "books/RecurringInvoices.h"
#include "dialogs/NewCompanyFileDialog.h"
#include "models/RecentFilesModel.h"
#include "views/OpenBookPage.h"
#include "views/UnlockPage.h"
#include "views/WelcomePage.h"
#include "widgets/MessageBanner.h"
#include "widgets/PassphraseEdit.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace kasboek;
using namespace kasboek::test;
using Page = ui::MainWindow::Page;

// The window's life cycle with a real company file: open (wrong and right
// passphrase), lock, close, the recent list, and errors that belong on the start page.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startsOnTheWelcomePage();
    void openAsksTheFileDialogHookThenForThePassphrase();
    void wrongPassphraseShowsTheErrorAndStaysOnUnlock();
    void rightPassphraseShowsTheOpenBook();
    void unlockingRunsOffTheUiThread();
    void dueRecurringInvoicesAreMadeOnOpening();
    void lockClosesTheFileAndAsksAgain();
    void closeReturnsToWelcomeAndListsTheFile();
    void recentFileOpensFromTheList();
    void missingRecentFileIsMarkedAndExplained();
    void notAKasboekFileIsExplainedOnWelcome();
    void fileInUseIsExplainedOnWelcome();
    void newFileShortcutCreatesAndOpensAFile();
    void geometryIsSavedAndRestored();
    void controlsHaveAccessibleNames();

private:
    void showWindow();
    void unlockWith(const QString& passphrase);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TemporarySettings> m_settings;
    FakeFileDialogProvider m_dialogs;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        QStringLiteral("books-%1.kasboek").arg(QString::fromLatin1(QTest::currentTestFunction())));
    if (!QFile::exists(m_path))
        makeCompanyFile(m_path);
    m_settings = std::make_unique<TemporarySettings>();
    m_dialogs = FakeFileDialogProvider();
    m_window = std::make_unique<ui::MainWindow>(m_settings->settings(), m_dialogs);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestMainWindow::showWindow()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::unlockWith(const QString& passphrase)
{
    ui::UnlockPage* page = m_window->unlockPage();
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    QTest::keyClicks(page->passphraseEdit(), passphrase);
    QVERIFY(page->unlockButton()->isEnabled());
    QTest::mouseClick(page->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), keyDerivationTimeoutMs);
}

void TestMainWindow::startsOnTheWelcomePage()
{
    showWindow();
    QCOMPARE(m_window->currentPage(), Page::Welcome);
    QVERIFY(m_window->welcomePage()->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kasboek"));
    QCOMPARE(m_window->recentFilesModel()->rowCount(), 0);
    QVERIFY(!m_window->welcomePage()->recentFilesView()->isVisible());
    QVERIFY(!m_window->welcomePage()->errorBanner()->isVisible());
    QVERIFY(m_window->newAction()->isEnabled());
    QVERIFY(m_window->openAction()->isEnabled());
    QVERIFY(!m_window->lockAction()->isEnabled());
    QVERIFY(!m_window->closeAction()->isEnabled());
    QCOMPARE(m_window->lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(m_window->closeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    QCOMPARE(m_window->newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(m_window->openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(m_window->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestMainWindow::openAsksTheFileDialogHookThenForThePassphrase()
{
    showWindow();
    m_dialogs.openAnswers = { m_path };
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_dialogs.openCalls, 1);
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    ui::UnlockPage* page = m_window->unlockPage();
    QCOMPARE(page->filePath(), m_path);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("unlockFileName"))->text(),
             QFileInfo(m_path).fileName());
    QCOMPARE(page->passphraseEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(page->passphraseEdit()->text().isEmpty());
    QVERIFY(!page->unlockButton()->isEnabled()); // nothing typed yet
    QTRY_VERIFY(page->passphraseEdit()->hasFocus());
    QVERIFY(m_window->windowTitle().startsWith(QFileInfo(m_path).fileName()));
    QVERIFY(m_window->closeAction()->isEnabled());
    QVERIFY(!m_window->lockAction()->isEnabled()); // nothing open to lock

    // Cancelling the dialog changes nothing.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_dialogs.openCalls, 2);
    QCOMPARE(m_window->currentPage(), Page::Unlock);
}

void TestMainWindow::wrongPassphraseShowsTheErrorAndStaysOnUnlock()
{
    showWindow();
    m_window->openFile(m_path);
    unlockWith(QStringLiteral("not the passphrase"));

    ui::UnlockPage* page = m_window->unlockPage();
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    QVERIFY(!page->isBusy());
    QCOMPARE(page->errorText(),
             QStringLiteral("Wrong passphrase, or the file is not a Kasboek file or is damaged."));
    QVERIFY(page->findChild<QWidget*>(QStringLiteral("unlockError"))->isVisible());
    QVERIFY(page->passphraseEdit()->text().isEmpty());
    QVERIFY(page->passphraseEdit()->isEnabled());
    QTRY_VERIFY(page->passphraseEdit()->hasFocus());
    QVERIFY(m_window->companyFile() == nullptr);
    QCOMPARE(m_window->recentFilesModel()->rowCount(), 0); // only files that opened are remembered
    QVERIFY(!m_window->welcomePage()->errorBanner()->isVisible());

    // Typing again clears the message.
    QTest::keyClicks(page->passphraseEdit(), QStringLiteral("x"));
    QVERIFY(page->errorText().isEmpty());
}

void TestMainWindow::rightPassphraseShowsTheOpenBook()
{
    showWindow();
    m_window->openFile(m_path);
    unlockWith(uiTestPassphrase());

    QCOMPARE(m_window->currentPage(), Page::OpenBook);
    QVERIFY(m_window->openBookPage()->isVisible());
    QVERIFY(m_window->companyFile() != nullptr);
    QCOMPARE(m_window->companyFile()->path(), m_path);
    // The company's name and country, read from the file through the core.
    QCOMPARE(m_window->openBookPage()->title(), QStringLiteral("Atelier Verhaegen"));
    const QString details = m_window->openBookPage()->details();
    QVERIFY2(details.startsWith(QStringLiteral("Belgium · ")), qPrintable(details));
    QVERIFY(details.contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(details.endsWith(QStringLiteral("file format %1").arg(m_window->companyFile()->formatVersion())));
    QVERIFY(m_window->lockAction()->isEnabled());
    QVERIFY(m_window->closeAction()->isEnabled());
    QVERIFY(m_window->unlockPage()->passphraseEdit()->text().isEmpty());
    // The window holds the file: nobody else can open it meanwhile.
    KASBOEK_VERIFY_ERROR(storage::CompanyFile::open(m_path, secret(uiTestPassphrase())),
                         ErrorCode::FileInUse);
}

void TestMainWindow::unlockingRunsOffTheUiThread()
{
    showWindow();
    m_window->openFile(m_path);
    ui::UnlockPage* page = m_window->unlockPage();
    QTest::keyClicks(page->passphraseEdit(), uiTestPassphrase());
    QTest::keyClick(page->passphraseEdit(), Qt::Key_Return);

    // Busy at once, and the event loop keeps running while the key is derived.
    QVERIFY(m_window->isBusy());
    QVERIFY(page->isBusy());
    QVERIFY(!page->passphraseEdit()->isEnabled());
    QVERIFY(!page->unlockButton()->isEnabled());
    QVERIFY(!m_window->openAction()->isEnabled());
    QVERIFY(!m_window->closeAction()->isEnabled());
    QVERIFY(page->passphraseEdit()->text().isEmpty()); // the passphrase left the widget
    bool timerRan = false;
    bool busyWhenTimerRan = false;
    QTimer::singleShot(20, this, [&] {
        timerRan = true;
        busyWhenTimerRan = m_window->isBusy();
    });
    QTRY_VERIFY_WITH_TIMEOUT(timerRan, 5000);
    QVERIFY(busyWhenTimerRan);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), Page::OpenBook, keyDerivationTimeoutMs);
}

void TestMainWindow::dueRecurringInvoicesAreMadeOnOpening()
{
    // Two monthly templates whose first occurrence is today: one issues its invoices, the
    // other leaves drafts to check.
    const QDate today = QDate::currentDate();
    {
        auto file = storage::CompanyFile::open(m_path, secret(uiTestPassphrase()));
        QVERIFY(file);
        setCompany(**file, belgianCompany());
        const qint64 customerId
            = insertContact(**file, customer(QStringLiteral("Brouwerij De Halve Maan"))).id;
        books::RecurringInvoices recurring(**file);
        for (const bool issue : { true, false }) {
            domain::Document content;
            content.type = domain::DocumentType::Invoice;
            content.contactId = customerId;
            content.lines = { line(QStringLiteral("Hosting"), QStringLiteral("1"), QStringLiteral("50")) };
            auto schedule = domain::RecurrenceSchedule::create(domain::RecurrenceFrequency::Monthly, today);
            QVERIFY(schedule);
            KASBOEK_VERIFY_OK(recurring.create(content, *schedule, issue));
        }
    }

    showWindow();
    m_window->openFile(m_path);
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);
    // The first invoice of the default series "{year}-{seq:4}" this year.
    const QString firstNumber = QStringLiteral("%1-0001").arg(today.year());
    const QString notice = m_window->openBookPage()->notice();
    QVERIFY2(notice.contains(firstNumber), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("draft")), qPrintable(notice));
    QVERIFY(m_window->openBookPage()->findChild<QLabel*>(QStringLiteral("bookNotice"))->isVisible());

    // Made once: opening the file again finds nothing new due, and says nothing.
    m_window->lockAction()->trigger();
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);
    QCOMPARE(m_window->openBookPage()->notice(), QString());
    QVERIFY(!m_window->openBookPage()->findChild<QLabel*>(QStringLiteral("bookNotice"))->isVisible());
    m_window->closeAction()->trigger();
    m_window.reset();
    auto file = storage::CompanyFile::open(m_path, secret(uiTestPassphrase()));
    QVERIFY(file);
    QCOMPARE(
        (*file)->database().queryInt("SELECT COUNT(*) FROM documents WHERE type = 'invoice'").value_or(-1),
        2);
    QCOMPARE((*file)
                 ->database()
                 .queryInt("SELECT COUNT(*) FROM documents WHERE type = 'invoice' AND status = 'issued'")
                 .value_or(-1),
             1);
}

void TestMainWindow::lockClosesTheFileAndAsksAgain()
{
    showWindow();
    m_window->openFile(m_path);
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    QCOMPARE(m_window->unlockPage()->filePath(), m_path);
    QVERIFY(m_window->unlockPage()->passphraseEdit()->text().isEmpty());
    QVERIFY(m_window->unlockPage()->errorText().isEmpty());
    QVERIFY(m_window->companyFile() == nullptr);
    QVERIFY(!m_window->lockAction()->isEnabled());

    // The lock was released: the test can open the file itself.
    {
        auto opened = storage::CompanyFile::open(m_path, secret(uiTestPassphrase()));
        KASBOEK_VERIFY_OK(opened);
    }
    // And the window unlocks it again.
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);

    // The Lock button on the page does the same as the shortcut.
    QTest::mouseClick(m_window->openBookPage()->lockButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    QVERIFY(m_window->companyFile() == nullptr);
}

void TestMainWindow::closeReturnsToWelcomeAndListsTheFile()
{
    showWindow();
    m_window->openFile(m_path);
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);

    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Welcome);
    QVERIFY(m_window->companyFile() == nullptr);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kasboek"));

    const ui::RecentFilesModel* model = m_window->recentFilesModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex first = model->index(0);
    QCOMPARE(first.data(ui::RecentFilesModel::PathRole).toString(), m_path);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QFileInfo(m_path).fileName());
    QCOMPARE(first.data(ui::RecentFilesModel::ExistsRole).toBool(), true);
    QVERIFY(m_window->welcomePage()->recentFilesView()->isVisible());
    // Paths only in the settings file: nothing from inside the book.
    QCOMPARE(m_settings->settings().value(QStringLiteral("recentFiles/paths")).toStringList(),
             QStringList { m_path });
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(m_path, secret(uiTestPassphrase())));
}

void TestMainWindow::recentFileOpensFromTheList()
{
    m_settings->settings().setValue(QStringLiteral("recentFiles/paths"), QStringList { m_path });
    m_window = std::make_unique<ui::MainWindow>(m_settings->settings(), m_dialogs);
    showWindow();
    QListView* view = m_window->welcomePage()->recentFilesView();
    QCOMPARE(view->model()->rowCount(), 1);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), Page::Unlock);
    QCOMPARE(m_window->unlockPage()->filePath(), m_path);

    // Back returns to the start page.
    QTest::mouseClick(m_window->unlockPage()->backButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), Page::Welcome);
}

void TestMainWindow::missingRecentFileIsMarkedAndExplained()
{
    const QString gone = m_dir.filePath(QStringLiteral("gone.kasboek"));
    m_settings->settings().setValue(QStringLiteral("recentFiles/paths"), QStringList { gone, m_path });
    m_window = std::make_unique<ui::MainWindow>(m_settings->settings(), m_dialogs);
    showWindow();
    const ui::RecentFilesModel* model = m_window->recentFilesModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data(ui::RecentFilesModel::ExistsRole).toBool(), false);
    QVERIFY(model->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not found")));
    QCOMPARE(model->index(1).data(ui::RecentFilesModel::ExistsRole).toBool(), true);

    QListView* view = m_window->welcomePage()->recentFilesView();
    view->setFocus();
    view->setCurrentIndex(model->index(0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), Page::Welcome);
    ui::MessageBanner* banner = m_window->welcomePage()->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Could not open gone.kasboek"));
    QCOMPARE(banner->text(), QStringLiteral("The file does not exist."));

    // Delete removes the selected entry from the list.
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(ui::RecentFilesModel::PathRole).toString(), m_path);
}

void TestMainWindow::notAKasboekFileIsExplainedOnWelcome()
{
    showWindow();
    const QString pdf = m_dir.filePath(QStringLiteral("invoice.pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("%PDF-1.7\n") + QByteArray(5000, 'x'));
    }
    m_window->openFile(pdf);
    QCOMPARE(m_window->currentPage(), Page::Welcome);
    ui::MessageBanner* banner = m_window->welcomePage()->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Could not open invoice.pdf"));
    QCOMPARE(banner->text(), QStringLiteral("This is a document or archive, not a Kasboek file."));
    // No modal trap: the start page stays usable, and the banner can be dismissed.
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(m_window->welcomePage()->openFileButton()->isEnabled());
    auto* dismiss = banner->findChild<QAbstractButton*>();
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->recentFilesModel()->rowCount(), 0);
}

void TestMainWindow::fileInUseIsExplainedOnWelcome()
{
    showWindow();
    auto held = storage::CompanyFile::open(m_path, secret(uiTestPassphrase()));
    KASBOEK_VERIFY_OK(held);

    m_window->openFile(m_path);
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::Welcome);
    ui::MessageBanner* banner = m_window->welcomePage()->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("The file is in use by another Kasboek window or program."));
    QVERIFY(m_window->companyFile() == nullptr);
    (*held)->close();

    // Once released, the same file opens.
    m_window->openFile(m_path);
    QVERIFY(!banner->isVisible());
    unlockWith(uiTestPassphrase());
    QCOMPARE(m_window->currentPage(), Page::OpenBook);
}

void TestMainWindow::newFileShortcutCreatesAndOpensAFile()
{
    showWindow();
    const QString path = m_dir.filePath(QStringLiteral("created-from-window.kasboek"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ui::NewCompanyFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::NewCompanyFileDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);

    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("companyName")),
                     QStringLiteral("Studio Noord"));
    auto* country = dialog->findChild<QComboBox*>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("NL")));
    auto* location = dialog->findChild<QLineEdit*>(QStringLiteral("fileLocation"));
    location->clear();
    QTest::keyClicks(location, path);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPassphrase")), uiTestPassphrase());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPassphrase")), uiTestPassphrase());
    dialog->findChild<QCheckBox*>(QStringLiteral("understoodCheck"))->setChecked(true);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), Page::OpenBook, keyDerivationTimeoutMs);
    QVERIFY(QFile::exists(path));
    QVERIFY(m_window->companyFile());
    QCOMPARE(m_window->companyFile()->path(), path);
    QCOMPARE(m_window->openBookPage()->title(), QStringLiteral("Studio Noord"));
    QVERIFY(m_window->openBookPage()->details().startsWith(QStringLiteral("Netherlands · ")));
    QCOMPARE(m_window->recentFilesModel()->index(0).data(ui::RecentFilesModel::PathRole).toString(), path);
    QTRY_VERIFY(m_window->findChild<ui::NewCompanyFileDialog*>() == nullptr); // deleted on close
}

void TestMainWindow::geometryIsSavedAndRestored()
{
    showWindow();
    m_window->resize(812, 611);
    QTRY_COMPARE(m_window->size(), QSize(812, 611));
    m_window->close();
    QVERIFY(m_settings->settings().contains(QStringLiteral("ui/mainWindowGeometry")));

    ui::MainWindow second(m_settings->settings(), m_dialogs);
    QCOMPARE(second.size(), QSize(812, 611));
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    showWindow();
    m_window->openFile(m_path);
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : widgets) {
        const bool needsName = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractItemView*>(widget);
        if (!needsName || qobject_cast<QComboBox*>(widget->parent()))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 2);
    for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(m_window.get()))
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty()
                         || !button->toolTip().isEmpty(),
                     qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
