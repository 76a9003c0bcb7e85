#include "i18n/TranslationLoader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using kasboek::i18n::TranslationLoader;

// The catalogues are complete (every string translated, placeholders intact) and
// current (lupdate over today's sources finds nothing new or gone), and the app
// loads them.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void cataloguesMatchTheSources_data();
    void cataloguesMatchTheSources();
    void languageIsPickedFromSettingsThenSystem();
    void embeddedCatalogueTranslatesUiAndCore_data();
    void embeddedCatalogueTranslatesUiAndCore();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        QString type;
    };
    static QList<Message> readCatalogue(const QString& path);
    static QString cataloguePath(const QString& language);
    static QSet<QString> placeholders(const QString& text);
};

QString TestTranslations::cataloguePath(const QString& language)
{
    return QStringLiteral(KASBOEK_TRANSLATIONS_DIR "/kasboek_%1.ts").arg(language);
}

QList<TestTranslations::Message> TestTranslations::readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message { context, {}, {}, {} };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Either plain text, or one <numerusform> per plural form.
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"translation")) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

QSet<QString> TestTranslations::placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

void TestTranslations::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : { "nl", "fr", "de" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::cataloguesAreComplete()
{
    QFETCH(QString, language);
    const QList<Message> messages = readCatalogue(cataloguePath(language));
    QVERIFY2(messages.size() > 100, "the catalogue is missing or nearly empty");
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1 [%2]").arg(where, message.type));
            continue;
        }
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(where + QStringLiteral(" [empty]"));
            else if (placeholders(translation) != placeholders(message.source)
                     && !(message.source.contains(QStringLiteral("%n"))
                          && placeholders(translation) + QSet<QString> { QStringLiteral("%n") }
                              == placeholders(message.source)))
                problems.append(where + QStringLiteral(" [placeholders differ]"));
            // An accelerator in the source needs one in the translation, and vice versa.
            const bool sourceHasAccelerator
                = message.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            const bool translationHasAccelerator
                = translation.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            if (sourceHasAccelerator != translationHasAccelerator && !message.source.contains(u'<'))
                problems.append(where + QStringLiteral(" [accelerator]"));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::cataloguesMatchTheSources_data()
{
    cataloguesAreComplete_data();
}

void TestTranslations::cataloguesMatchTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("kasboek_%1.ts").arg(language));
    QVERIFY(QFile::copy(cataloguePath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(KASBOEK_LUPDATE),
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("@" KASBOEK_TRANSLATED_SOURCES_LIST), QStringLiteral("-ts"), copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> committed = readCatalogue(cataloguePath(language));
    const QList<Message> current = readCatalogue(copy);
    QStringList added;
    for (const Message& message : current) {
        if (message.type == u"unfinished")
            added.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(added.isEmpty(),
             qPrintable(QStringLiteral("untranslated strings in the sources (run the "
                                       "kasboek_core_lupdate target and translate):\n")
                        + added.join(u'\n')));
    QVERIFY2(current.size() == committed.size(),
             "the catalogue holds strings the sources no longer use: run the kasboek_core_lupdate target");
}

void TestTranslations::languageIsPickedFromSettingsThenSystem()
{
    QCOMPARE(TranslationLoader::pickLanguage(QString(), { QStringLiteral("nl-BE"), QStringLiteral("fr-BE") }),
             QStringLiteral("nl"));
    QCOMPARE(TranslationLoader::pickLanguage(QString(), { QStringLiteral("fr_BE") }), QStringLiteral("fr"));
    QCOMPARE(TranslationLoader::pickLanguage(QStringLiteral("de"), { QStringLiteral("nl-NL") }),
             QStringLiteral("de"));
    QCOMPARE(TranslationLoader::pickLanguage(QStringLiteral("xx"),
                                             { QStringLiteral("ja-JP"), QStringLiteral("de-AT") }),
             QStringLiteral("de"));
    QCOMPARE(TranslationLoader::pickLanguage(QString(), { QStringLiteral("ja-JP") }), QStringLiteral("en"));
    QCOMPARE(TranslationLoader::pickLanguage(QStringLiteral("en"), { QStringLiteral("nl-NL") }),
             QStringLiteral("en"));
}

void TestTranslations::embeddedCatalogueTranslatesUiAndCore_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("wrongPassphrase");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Openen…")
                        << QStringLiteral("Verkeerde wachtzin, of het bestand is geen Kasboek-bestand of is "
                                          "beschadigd.");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ouvrir…")
                        << QStringLiteral("Phrase secrète incorrecte, ou le fichier n’est pas un fichier "
                                          "Kasboek ou est endommagé.");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Öffnen…")
                        << QStringLiteral(
                               "Falsche Passphrase, oder die Datei ist keine Kasboek-Datei oder ist "
                               "beschädigt.");
}

void TestTranslations::embeddedCatalogueTranslatesUiAndCore()
{
    QFETCH(QString, language);
    QFETCH(QString, open);
    QFETCH(QString, wrongPassphrase);
    QVERIFY(TranslationLoader::install(*QCoreApplication::instance(), language));
    QCOMPARE(QCoreApplication::translate("kasboek::ui::WelcomePage", "Open…"), open);
    // The core's messages reach the user through this catalogue too.
    QCOMPARE(QCoreApplication::translate(
                 "SqliteMessages", "Wrong passphrase, or the file is not a Kasboek file or is damaged."),
             wrongPassphrase);
    // Remove the translators again for the next language.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
    QCOMPARE(QCoreApplication::translate("kasboek::ui::WelcomePage", "Open…"), QStringLiteral("Open…"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
