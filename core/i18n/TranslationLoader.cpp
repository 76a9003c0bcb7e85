#include "i18n/TranslationLoader.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kasboek::i18n {

QStringList TranslationLoader::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("de") };
}

QString TranslationLoader::pickLanguage(const QString& chosen, const QStringList& systemLanguages)
{
    const QStringList available = availableLanguages();
    if (available.contains(chosen))
        return chosen;
    for (const QString& name : systemLanguages) {
        // "nl-BE", "fr_BE", "de" → "nl", "fr", "de"
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return available.constFirst();
}

bool TranslationLoader::install(QCoreApplication& application, const QString& language)
{
    // English too: the source texts are English, but their plural forms ("%n new movements")
    // come from the English catalogue.
    auto* own = new QTranslator(&application);
    if (!own->load(QStringLiteral(":/i18n/kasboek_%1.qm").arg(language))) {
        delete own;
        return language == u"en";
    }
    QCoreApplication::installTranslator(own);
    if (language == u"en")
        return true;

    // Qt's own texts (standard buttons, file dialogs); absent on some installs, and
    // then the English ones are shown, which is acceptable.
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

namespace {

QString installPicked(QCoreApplication& application, const QString& chosen)
{
    const QString language = TranslationLoader::pickLanguage(chosen, QLocale::system().uiLanguages());
    if (!TranslationLoader::install(application, language))
        return TranslationLoader::availableLanguages().constFirst();
    return language;
}

} // namespace

QString TranslationLoader::installFor(QCoreApplication& application, const QSettings& settings)
{
    return installPicked(application, settings.value(settingsKey()).toString());
}

QString TranslationLoader::installForSystem(QCoreApplication& application)
{
    return installPicked(application, QString());
}

} // namespace kasboek::i18n
