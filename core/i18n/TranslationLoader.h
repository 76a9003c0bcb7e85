#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSettings;

namespace kasboek::i18n {

// Picks the language Kasboek speaks to its user and installs the translators for it: Kasboek's
// own catalogue (the messages of the app, the CLI and the core, compiled into kasboek_core
// under :/i18n/) and Qt's, for the texts of standard dialogs. Called once by each program's
// main() after its application object exists.
class TranslationLoader final
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)
public:
    // The QSettings key holding a language the user chose ("nl", "fr", "de", "en");
    // absent or empty means: follow the system.
    static QString settingsKey() { return QStringLiteral("ui/language"); }

    // The languages Kasboek speaks, source language (English) first.
    [[nodiscard]] static QStringList availableLanguages();
    // The user's choice if Kasboek speaks it, else the first of the system's UI
    // languages it speaks (QLocale::uiLanguages() order), else English.
    [[nodiscard]] static QString pickLanguage(const QString& chosen, const QStringList& systemLanguages);
    // Installs the translators for `language` on the application; returns false when
    // Kasboek's catalogue for it could not be loaded (English needs none).
    static bool install(QCoreApplication& application, const QString& language);
    // pickLanguage() from the settings and the system locale, then install().
    static QString installFor(QCoreApplication& application, const QSettings& settings);
    // pickLanguage() from the system locale alone (LC_ALL, LC_MESSAGES, LANG on Unix), then
    // install(): for kasboek-cli, which has no settings.
    static QString installForSystem(QCoreApplication& application);
};

} // namespace kasboek::i18n
