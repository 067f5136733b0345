#include "languageloader.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

LanguageLoader::Result LanguageLoader::apply(QCoreApplication &app, const QString &language,
                                             const QString &directory)
{
    Result result;
    result.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        if (result.locale.language() == QLocale::C) {
            result.warning = tr("settings.conf: [general] language = \"%1\" is not a language "
                                "Qt knows; the system's language is used.")
                                 .arg(language);
            result.locale = QLocale::system();
        } else {
            QLocale::setDefault(result.locale); // dates and numbers follow the choice too
        }
    }

    auto *mailbell = new QTranslator(&app);
    if (mailbell->load(result.locale, u"mailbell"_s, u"_"_s, directory)) {
        QCoreApplication::installTranslator(mailbell);
        result.translated = true;
    } else {
        // The source texts are English but their plurals ("%n folder(s)") need the English
        // file's numerus forms: without a translation for this language, English is loaded.
        if (mailbell->load(u"mailbell_en"_s, directory))
            QCoreApplication::installTranslator(mailbell);
        else
            delete mailbell;
        // The source texts are English: asking for English needs no file.
        if (!language.isEmpty() && result.warning.isEmpty()
            && result.locale.language() != QLocale::English)
            result.warning = tr("Mailbell has no translation for \"%1\" yet; its texts stay in "
                                "English.")
                                 .arg(language);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(result.locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return result;
}

QStringList LanguageLoader::availableLanguages(const QString &directory)
{
    QStringList languages;
    const QStringList files = QDir(directory).entryList({u"mailbell_*.qm"_s}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(9, file.size() - 9 - 3)); // between "mailbell_" and ".qm"
    languages.sort();
    return languages;
}
