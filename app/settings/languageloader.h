#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// Applies settings.conf [general] language at start, before the first widget: installs
// Mailbell's translation (and Qt's own, for its standard dialogs) for that language, or for the
// system's language when it is empty. A language Mailbell has no translation for is a warning,
// never an error: the texts stay in English.
class LanguageLoader
{
    Q_DECLARE_TR_FUNCTIONS(LanguageLoader)

public:
    struct Result
    {
        QLocale locale;
        bool translated = false; // Mailbell's own texts are translated
        QString warning; // translated; empty when all is well
    };

    // The languages Mailbell has a translation for ("en", "de", ...), sorted: what the General
    // tab offers besides "the system's language".
    static QStringList availableLanguages(const QString &directory = QStringLiteral(":/i18n"));

    // directory holds mailbell_<language>.qm (":/i18n" in the mailbell binary).
    static Result apply(QCoreApplication &app, const QString &language,
                        const QString &directory = QStringLiteral(":/i18n"));
};
