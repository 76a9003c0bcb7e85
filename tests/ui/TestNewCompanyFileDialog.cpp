#include "FakeFileDialogProvider.h"
#include "UiTestSupport.h"
#include "dialogs/NewCompanyFileDialog.h"
#include "storage/Database.h"
#include "widgets/FieldMessage.h"
#include "widgets/MessageBanner.h"
#include "widgets/PassphraseStrengthMeter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace kasboek;
using namespace kasboek::test;

// The new-file dialog, driven like a user would: typing, ticking, clicking Create.
class TestNewCompanyFileDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createIsDisabledUntilEverythingIsValid();
    void shortPassphraseKeepsCreateDisabled();
    void mismatchedPassphrasesKeepCreateDisabled();
    void existingFileIsRefused();
    void kasboekExtensionIsAdded();
    void chooseUsesTheFileDialogHook();
    void locationFollowsTheCompanyName();
    void strengthMeterReactsToThePassphrase();
    void createsAFileThatOpensWithThePassphrase();
    void cannotBeDismissedWhileCreating();

private:
    QLineEdit* lineEdit(const char* name) const;
    QString messageOf(const char* name) const;
    void fillValidForm(const QString& path);

    QTemporaryDir m_dir;
    FakeFileDialogProvider m_dialogs;
    std::unique_ptr<ui::NewCompanyFileDialog> m_dialog;
};

void TestNewCompanyFileDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_dialogs = FakeFileDialogProvider();
    m_dialog = std::make_unique<ui::NewCompanyFileDialog>(m_dialogs);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestNewCompanyFileDialog::cleanup()
{
    m_dialog.reset();
}

QLineEdit* TestNewCompanyFileDialog::lineEdit(const char* name) const
{
    auto* edit = m_dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    if (!edit)
        qFatal("no line edit %s", name);
    return edit;
}

QString TestNewCompanyFileDialog::messageOf(const char* name) const
{
    auto* message = m_dialog->findChild<ui::FieldMessage*>(QString::fromLatin1(name));
    if (!message)
        qFatal("no field message %s", name);
    return message->isVisibleTo(m_dialog.get()) ? message->text() : QString();
}

void TestNewCompanyFileDialog::fillValidForm(const QString& path)
{
    QTest::keyClicks(lineEdit("companyName"), QStringLiteral("Atelier Verhaegen"));
    lineEdit("fileLocation")->clear();
    QTest::keyClicks(lineEdit("fileLocation"), path);
    QTest::keyClicks(lineEdit("newPassphrase"), uiTestPassphrase());
    QTest::keyClicks(lineEdit("confirmPassphrase"), uiTestPassphrase());
    QTest::mouseClick(m_dialog->findChild<QCheckBox*>(QStringLiteral("understoodCheck")), Qt::LeftButton);
}

void TestNewCompanyFileDialog::createIsDisabledUntilEverythingIsValid()
{
    QPushButton* create = m_dialog->createButton();
    QVERIFY(!create->isEnabled());
    // An untouched form does not scold.
    QVERIFY(messageOf("companyNameMessage").isEmpty());
    QVERIFY(messageOf("newPassphraseMessage").isEmpty());

    QTest::keyClicks(lineEdit("companyName"), QStringLiteral("Atelier Verhaegen"));
    QVERIFY(!create->isEnabled());
    lineEdit("fileLocation")->clear();
    QTest::keyClicks(lineEdit("fileLocation"), m_dir.filePath(QStringLiteral("a.kasboek")));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(lineEdit("newPassphrase"), uiTestPassphrase());
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(lineEdit("confirmPassphrase"), uiTestPassphrase());
    QVERIFY(!create->isEnabled()); // "I understand" is still unticked
    auto* understood = m_dialog->findChild<QCheckBox*>(QStringLiteral("understoodCheck"));
    QTest::mouseClick(understood, Qt::LeftButton);
    QVERIFY(understood->isChecked());
    QVERIFY(create->isEnabled());
    QVERIFY(m_dialog->isInputValid());

    QTest::mouseClick(understood, Qt::LeftButton);
    QVERIFY(!create->isEnabled());
    QTest::mouseClick(understood, Qt::LeftButton);
    QVERIFY(create->isEnabled());

    // Emptying the name disables Create again and says why.
    lineEdit("companyName")->selectAll();
    QTest::keyClick(lineEdit("companyName"), Qt::Key_Backspace);
    QVERIFY(!create->isEnabled());
    QCOMPARE(messageOf("companyNameMessage"), QStringLiteral("Enter the name of your company."));
}

void TestNewCompanyFileDialog::shortPassphraseKeepsCreateDisabled()
{
    fillValidForm(m_dir.filePath(QStringLiteral("short.kasboek")));
    QVERIFY(m_dialog->createButton()->isEnabled());

    lineEdit("newPassphrase")->clear();
    lineEdit("confirmPassphrase")->clear();
    QTest::keyClicks(lineEdit("newPassphrase"), QStringLiteral("seven77"));
    QTest::keyClicks(lineEdit("confirmPassphrase"), QStringLiteral("seven77"));
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QCOMPARE(messageOf("newPassphraseMessage"), QStringLiteral("Use at least 8 characters."));
    QVERIFY(messageOf("confirmPassphraseMessage").isEmpty()); // they do match

    // One more character is enough.
    QTest::keyClicks(lineEdit("newPassphrase"), QStringLiteral("7"));
    QTest::keyClicks(lineEdit("confirmPassphrase"), QStringLiteral("7"));
    QVERIFY(messageOf("newPassphraseMessage").isEmpty());
    QVERIFY(m_dialog->createButton()->isEnabled());
}

void TestNewCompanyFileDialog::mismatchedPassphrasesKeepCreateDisabled()
{
    fillValidForm(m_dir.filePath(QStringLiteral("mismatch.kasboek")));
    QVERIFY(m_dialog->createButton()->isEnabled());
    QTest::keyClicks(lineEdit("confirmPassphrase"), QStringLiteral("!"));
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QCOMPARE(messageOf("confirmPassphraseMessage"), QStringLiteral("The passphrases do not match."));
    QTest::keyClick(lineEdit("confirmPassphrase"), Qt::Key_Backspace);
    QVERIFY(messageOf("confirmPassphraseMessage").isEmpty());
    QVERIFY(m_dialog->createButton()->isEnabled());
}

void TestNewCompanyFileDialog::existingFileIsRefused()
{
    const QString existing = m_dir.filePath(QStringLiteral("existing.kasboek"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    fillValidForm(existing);
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QVERIFY(
        messageOf("fileLocationMessage").startsWith(QStringLiteral("A file with this name already exists.")));

    lineEdit("fileLocation")->clear();
    QTest::keyClicks(lineEdit("fileLocation"), m_dir.filePath(QStringLiteral("no-such-folder/x.kasboek")));
    QCOMPARE(messageOf("fileLocationMessage"), QStringLiteral("This folder does not exist."));
    QVERIFY(!m_dialog->createButton()->isEnabled());

    lineEdit("fileLocation")->clear();
    QTest::keyClicks(lineEdit("fileLocation"), QStringLiteral("relative.kasboek"));
    QVERIFY(!messageOf("fileLocationMessage").isEmpty());
    QVERIFY(!m_dialog->createButton()->isEnabled());

    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestNewCompanyFileDialog::kasboekExtensionIsAdded()
{
    lineEdit("fileLocation")->clear();
    QTest::keyClicks(lineEdit("fileLocation"), m_dir.filePath(QStringLiteral("boeken")));
    QCOMPARE(m_dialog->filePath(), m_dir.filePath(QStringLiteral("boeken.kasboek")));
    // Leaving the field shows the full name.
    QMetaObject::invokeMethod(lineEdit("fileLocation"), "editingFinished");
    QCOMPARE(QDir::fromNativeSeparators(lineEdit("fileLocation")->text()),
             m_dir.filePath(QStringLiteral("boeken.kasboek")));
    lineEdit("fileLocation")->setText(m_dir.filePath(QStringLiteral("Upper.KASBOEK")));
    QCOMPARE(m_dialog->filePath(), m_dir.filePath(QStringLiteral("Upper.KASBOEK")));
}

void TestNewCompanyFileDialog::chooseUsesTheFileDialogHook()
{
    m_dialogs.saveAnswers = { m_dir.filePath(QStringLiteral("chosen")) };
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("chooseLocationButton")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs.saveCalls, 1);
    QCOMPARE(m_dialog->filePath(), m_dir.filePath(QStringLiteral("chosen.kasboek")));
    QCOMPARE(QDir::fromNativeSeparators(lineEdit("fileLocation")->text()),
             m_dir.filePath(QStringLiteral("chosen.kasboek")));

    // A chosen location no longer follows the company name.
    QTest::keyClicks(lineEdit("companyName"), QStringLiteral("Other Name"));
    QCOMPARE(m_dialog->filePath(), m_dir.filePath(QStringLiteral("chosen.kasboek")));

    // Cancelling the file dialog keeps what was there.
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("chooseLocationButton")),
                      Qt::LeftButton);
    QCOMPARE(m_dialogs.saveCalls, 2);
    QCOMPARE(m_dialogs.lastSuggestedPath, m_dir.filePath(QStringLiteral("chosen.kasboek")));
    QCOMPARE(m_dialog->filePath(), m_dir.filePath(QStringLiteral("chosen.kasboek")));
}

void TestNewCompanyFileDialog::locationFollowsTheCompanyName()
{
    QVERIFY(lineEdit("fileLocation")->text().isEmpty());
    QTest::keyClicks(lineEdit("companyName"), QStringLiteral("Studio: Jansen/Smit"));
    QCOMPARE(QFileInfo(m_dialog->filePath()).fileName(), QStringLiteral("Studio JansenSmit.kasboek"));
    QVERIFY(QDir::isAbsolutePath(m_dialog->filePath()));
}

void TestNewCompanyFileDialog::strengthMeterReactsToThePassphrase()
{
    auto* meter = m_dialog->findChild<ui::PassphraseStrengthMeter*>(QStringLiteral("strengthMeter"));
    QVERIFY(meter);
    QCOMPARE(meter->level(), ui::PassphraseStrength::Level::Empty);
    QTest::keyClicks(lineEdit("newPassphrase"), QStringLiteral("abc"));
    QCOMPARE(meter->level(), ui::PassphraseStrength::Level::TooShort);
    QCOMPARE(meter->text(), QStringLiteral("Strength: too short"));
    lineEdit("newPassphrase")->clear();
    QTest::keyClicks(lineEdit("newPassphrase"), uiTestPassphrase());
    QCOMPARE(meter->level(), ui::PassphraseStrength::Level::Strong);
    QCOMPARE(meter->text(), QStringLiteral("Strength: strong"));
}

void TestNewCompanyFileDialog::createsAFileThatOpensWithThePassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("new-books.kasboek"));
    auto* country = m_dialog->findChild<QComboBox*>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("NL")));
    fillValidForm(path);
    QVERIFY(m_dialog->createButton()->isEnabled());
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->createButton()->isEnabled());
    QVERIFY(!lineEdit("companyName")->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), keyDerivationTimeoutMs);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(QFile::exists(path));
    QVERIFY(lineEdit("newPassphrase")->text().isEmpty());
    QVERIFY(lineEdit("confirmPassphrase")->text().isEmpty());

    std::unique_ptr<storage::CompanyFile> created = m_dialog->takeCompanyFile();
    QVERIFY(created);
    QCOMPARE(created->path(), path);
    created.reset(); // closes it

    auto reopened = storage::CompanyFile::open(path, secret(uiTestPassphrase()));
    KASBOEK_VERIFY_OK(reopened);
    // What the dialog asked for is what the file holds.
    auto company = (*reopened)->database().prepare("SELECT name, country FROM company");
    KASBOEK_VERIFY_OK(company);
    auto row = company->step();
    KASBOEK_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(company->columnText(0), QStringLiteral("Atelier Verhaegen"));
    QCOMPARE(company->columnText(1), QStringLiteral("NL"));
}

void TestNewCompanyFileDialog::cannotBeDismissedWhileCreating()
{
    const QString path = m_dir.filePath(QStringLiteral("patient.kasboek"));
    fillValidForm(path);
    QTest::mouseClick(m_dialog->createButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), keyDerivationTimeoutMs);
    QVERIFY(m_dialog->takeCompanyFile());
}

QTEST_MAIN(TestNewCompanyFileDialog)
#include "TestNewCompanyFileDialog.moc"
