#include "render/ReminderWording.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::ReminderLevel;
using kasboek::render::ReminderWording;

namespace {

const QStringList kLanguages { u"nl"_s, u"fr"_s, u"de"_s, u"en"_s };
const QList<ReminderLevel> kLevels { ReminderLevel::First, ReminderLevel::Second,
                                     ReminderLevel::FormalNotice };

// The distinct %N placeholders of a string.
QSet<QString> placeholders(QStringView text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(u"%\\d"_s);
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

QSet<QString> expected(int count)
{
    QSet<QString> set;
    for (int i = 1; i <= count; ++i)
        set.insert(u"%"_s + QString::number(i));
    return set;
}

} // namespace

class TestReminderWording final : public QObject
{
    Q_OBJECT

private slots:
    void titles_data();
    void titles();
    void tableLabels_data();
    void tableLabels();
    void everyStringIsThereWithItsPlaceholders();
    void levelsGetFirmer_data();
    void levelsGetFirmer();
    void germanGoesOnInLowerCaseAfterTheSalutation();
    void unknownLanguageIsEnglish();
};

void TestReminderWording::titles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // first, second, formal notice
    QTest::newRow("nl") << u"nl"_s
                        << QStringList { u"Betalingsherinnering"_s, u"Tweede herinnering"_s,
                                         u"Ingebrekestelling"_s };
    QTest::newRow("fr") << u"fr"_s
                        << QStringList { u"Rappel de paiement"_s, u"Deuxième rappel"_s,
                                         u"Mise en demeure"_s };
    QTest::newRow("de") << u"de"_s
                        << QStringList { u"Zahlungserinnerung"_s, u"Zweite Mahnung"_s, u"Inverzugsetzung"_s };
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"Payment reminder"_s, u"Second reminder"_s, u"Formal notice"_s };
    QTest::newRow("upper case") << u"FR"_s
                                << QStringList { u"Rappel de paiement"_s, u"Deuxième rappel"_s,
                                                 u"Mise en demeure"_s };
}

void TestReminderWording::titles()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const ReminderWording& words = ReminderWording::forLanguage(language);
    QCOMPARE(words.title(ReminderLevel::First), expected.at(0));
    QCOMPARE(words.title(ReminderLevel::Second), expected.at(1));
    QCOMPARE(words.title(ReminderLevel::FormalNotice), expected.at(2));
    QCOMPARE(words.level(ReminderLevel::FormalNotice).title.toString(), expected.at(2));
}

void TestReminderWording::tableLabels_data()
{
    QTest::addColumn<QString>("language");
    // invoice number, due date, days overdue, outstanding, interest, rate, compensation, total
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nl") << u"nl"_s
                        << QStringList { u"Factuurnummer"_s,
                                         u"Vervaldatum"_s,
                                         u"Dagen te laat"_s,
                                         u"Openstaand bedrag"_s,
                                         u"Rente wegens te late betaling"_s,
                                         u"12,00 % per jaar"_s,
                                         u"Forfaitaire vergoeding invorderingskosten"_s,
                                         u"Totaal te betalen"_s };
    QTest::newRow("fr") << u"fr"_s
                        << QStringList { u"Numéro de facture"_s,
                                         u"Date d'échéance"_s,
                                         u"Jours de retard"_s,
                                         u"Solde impayé"_s,
                                         u"Intérêts de retard"_s,
                                         u"12,00 % par an"_s,
                                         u"Indemnité forfaitaire pour frais de recouvrement"_s,
                                         u"Total à payer"_s };
    QTest::newRow("de") << u"de"_s
                        << QStringList { u"Rechnungsnummer"_s,
                                         u"Fällig am"_s,
                                         u"Tage überfällig"_s,
                                         u"Offener Betrag"_s,
                                         u"Verzugszinsen"_s,
                                         u"12,00 % p.\u00a0a."_s,
                                         u"Pauschale für Beitreibungskosten"_s,
                                         u"Zu zahlender Betrag"_s };
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"Invoice number"_s,
                                         u"Due date"_s,
                                         u"Days overdue"_s,
                                         u"Outstanding amount"_s,
                                         u"Late-payment interest"_s,
                                         u"12.00% a year"_s,
                                         u"Fixed compensation for recovery costs"_s,
                                         u"Total to pay"_s };
}

void TestReminderWording::tableLabels()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const ReminderWording& words = ReminderWording::forLanguage(language);
    QCOMPARE(words.invoiceNumber.toString(), expected.at(0));
    QCOMPARE(words.dueDate.toString(), expected.at(1));
    QCOMPARE(words.daysOverdue.toString(), expected.at(2));
    QCOMPARE(words.outstanding.toString(), expected.at(3));
    QCOMPARE(words.interest.toString(), expected.at(4));
    const QString rate = language == u"en" ? u"12.00%"_s : u"12,00 %"_s;
    QCOMPARE(words.annualRate.toString().arg(rate), expected.at(5));
    QCOMPARE(words.compensation.toString(), expected.at(6));
    QCOMPARE(words.totalToPay.toString(), expected.at(7));
}

void TestReminderWording::everyStringIsThereWithItsPlaceholders()
{
    for (const QString& language : kLanguages) {
        const ReminderWording& words = ReminderWording::forLanguage(language);
        QCOMPARE(words.language.toString(), language);
        const QString where = language + u": "_s;
        QVERIFY2(placeholders(words.subject) == expected(2), qPrintable(where + words.subject.toString()));
        QVERIFY2(placeholders(words.placeAndDate) == expected(2), qPrintable(where + u"placeAndDate"_s));
        QVERIFY2(placeholders(words.annualRate) == expected(1), qPrintable(where + u"annualRate"_s));
        for (const QStringView text :
             { words.salutation, words.charges, words.invoiceNumber, words.invoiceDate, words.dueDate,
               words.daysOverdue, words.invoiceAmount, words.outstanding, words.interest, words.compensation,
               words.totalToPay }) {
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where + u"an empty label"_s));
            QVERIFY2(placeholders(text).isEmpty(), qPrintable(where + text.toString()));
        }
        for (const ReminderLevel level : kLevels) {
            const ReminderWording::Level& words3 = words.level(level);
            const QString title = where + words3.title.toString() + u": "_s;
            QVERIFY2(placeholders(words3.opening) == expected(3),
                     qPrintable(title + words3.opening.toString()));
            QVERIFY2(placeholders(words3.request) == expected(2),
                     qPrintable(title + words3.request.toString()));
            QVERIFY(placeholders(words3.consequence).isEmpty());
            QVERIFY2(!words3.alreadyPaid.isEmpty(), qPrintable(title + u"alreadyPaid"_s));
            QVERIFY2(!words3.closing.isEmpty(), qPrintable(title + u"closing"_s));
        }
    }
}

void TestReminderWording::levelsGetFirmer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("defaultWords"); // what puts the customer in default
    QTest::addColumn<QString>("firstPaid"); // the "disregard this" sentence of the first reminder
    QTest::newRow("nl")
        << u"nl"_s << u"formeel in gebreke"_s
        << u"Heeft u intussen al betaald? Dan mag u deze herinnering als niet verzonden beschouwen."_s;
    QTest::newRow("fr")
        << u"fr"_s << u"mettons formellement en demeure"_s
        << u"Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de ce "
           u"rappel."_s;
    QTest::newRow("de")
        << u"de"_s << u"förmlich in Verzug"_s
        << u"Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben "
           u"bitte als gegenstandslos."_s;
    QTest::newRow("en") << u"en"_s << u"notice of default"_s
                        << u"If you have already paid, please disregard this reminder."_s;
}

void TestReminderWording::levelsGetFirmer()
{
    QFETCH(QString, language);
    QFETCH(QString, defaultWords);
    QFETCH(QString, firstPaid);
    const ReminderWording& words = ReminderWording::forLanguage(language);
    const ReminderWording::Level& first = words.level(ReminderLevel::First);
    const ReminderWording::Level& second = words.level(ReminderLevel::Second);
    const ReminderWording::Level& notice = words.level(ReminderLevel::FormalNotice);
    // A first reminder threatens nothing; the formal notice says what follows a missed deadline.
    QVERIFY(first.consequence.isEmpty());
    QVERIFY(!second.consequence.isEmpty());
    QVERIFY(notice.consequence.size() > second.consequence.size());
    QVERIFY(notice.opening.contains(defaultWords));
    QVERIFY(!first.opening.contains(defaultWords));
    QVERIFY(!second.opening.contains(defaultWords));
    // "Disregard this letter" does not fit a formal notice: it asks for proof instead.
    QCOMPARE(first.alreadyPaid.toString(), firstPaid);
    QVERIFY(notice.alreadyPaid != first.alreadyPaid);
    QVERIFY(notice.alreadyPaid != second.alreadyPaid);
    QVERIFY(first.title != second.title && second.title != notice.title);
}

void TestReminderWording::germanGoesOnInLowerCaseAfterTheSalutation()
{
    const ReminderWording& de = ReminderWording::forLanguage(u"de");
    QCOMPARE(de.salutation.toString(), u"Sehr geehrte Damen und Herren,"_s);
    for (const ReminderLevel level : kLevels)
        QVERIFY(de.level(level).opening.front().isLower());
    QVERIFY(ReminderWording::forLanguage(u"nl").level(ReminderLevel::First).opening.front().isUpper());
}

void TestReminderWording::unknownLanguageIsEnglish()
{
    for (const QString& language : { u"es"_s, u""_s, u"nld"_s }) {
        const ReminderWording& words = ReminderWording::forLanguage(language);
        QCOMPARE(words.language.toString(), u"en"_s);
        QCOMPARE(words.title(ReminderLevel::First), u"Payment reminder"_s);
    }
    QCOMPARE(ReminderWording::forLanguage(u"NL").title(ReminderLevel::Second), u"Tweede herinnering"_s);
}

QTEST_APPLESS_MAIN(TestReminderWording)
#include "TestReminderWording.moc"
