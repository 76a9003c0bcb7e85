#include "widgets/PassphraseEdit.h"

#include <QAction>
#include <QSignalSpy>
#include <QtTest>

using kasboek::ui::PassphraseEdit;

class TestPassphraseEdit : public QObject
{
    Q_OBJECT
private slots:
    void hiddenUntilRevealed();
    void takePassphraseMovesTheTextOut();
    void copyPassphraseLeavesTheText();
    void capsLockIsInferredFromTypedLetters();
};

void TestPassphraseEdit::hiddenUntilRevealed()
{
    PassphraseEdit edit;
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QVERIFY(edit.inputMethodHints().testFlag(Qt::ImhSensitiveData));
    QVERIFY(!edit.revealAction()->text().isEmpty());
    edit.revealAction()->trigger();
    QCOMPARE(edit.echoMode(), QLineEdit::Normal);
    QVERIFY(edit.isRevealed());
    edit.setRevealed(false);
    QCOMPARE(edit.echoMode(), QLineEdit::Password);
    QVERIFY(!edit.revealAction()->isChecked());
}

void TestPassphraseEdit::takePassphraseMovesTheTextOut()
{
    PassphraseEdit edit;
    edit.show();
    QTest::keyClicks(&edit, QStringLiteral("geheim wachtwoord "));
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_Eacute, QStringLiteral("é"), Qt::NoModifier);
    const kasboek::crypto::SecureBuffer secret = edit.takePassphrase();
    QCOMPARE(secret.view(), QByteArrayView("geheim wachtwoord \xC3\xA9"));
    QVERIFY(edit.text().isEmpty());
    QVERIFY(!edit.isUndoAvailable());
}

void TestPassphraseEdit::copyPassphraseLeavesTheText()
{
    PassphraseEdit edit;
    edit.setText(QStringLiteral("abc"));
    const kasboek::crypto::SecureBuffer secret = edit.copyPassphrase();
    QCOMPARE(secret.view(), QByteArrayView("abc"));
    QCOMPARE(edit.text(), QStringLiteral("abc"));
}

void TestPassphraseEdit::capsLockIsInferredFromTypedLetters()
{
    PassphraseEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy spy(&edit, &PassphraseEdit::capsLockChanged);
    QVERIFY(!edit.isCapsLockOn());

    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_A, QStringLiteral("a"), Qt::NoModifier);
    QVERIFY(!edit.isCapsLockOn());
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_B, QStringLiteral("B"), Qt::ShiftModifier);
    QVERIFY(!edit.isCapsLockOn());
    QCOMPARE(spy.count(), 0);

    // Upper case without Shift: Caps Lock.
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_C, QStringLiteral("C"), Qt::NoModifier);
    QVERIFY(edit.isCapsLockOn());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    // Digits say nothing either way.
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_1, QStringLiteral("1"), Qt::NoModifier);
    QVERIFY(edit.isCapsLockOn());
    // Lower case with Shift: still Caps Lock.
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_D, QStringLiteral("d"), Qt::ShiftModifier);
    QVERIFY(edit.isCapsLockOn());
    // Lower case without Shift: off again.
    QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_E, QStringLiteral("e"), Qt::NoModifier);
    QVERIFY(!edit.isCapsLockOn());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(edit.text(), QStringLiteral("aBC1de"));
}

QTEST_MAIN(TestPassphraseEdit)
#include "TestPassphraseEdit.moc"
