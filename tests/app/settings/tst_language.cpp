// settings.conf [general] language applied at start: a language with a translation is
// installed; one without gives a warning and English, never a crash; empty is the system's.
// Issue 11: the system locale (LC_ALL, LANG; ctest runs tst_language_system_de with German) or
// the General tab's choice picks the translation (the real German file).
#include "languageloader.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class Tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void translationFound();
    void noTranslationIsAWarning();
    void unknownLanguageIsAWarning();
    void emptyIsTheSystemLanguage();
    void availableLanguages();
    void systemLocaleChoosesTheTranslation();
    void choiceOverridesTheSystemLocale();
};

void Tst_Language::cleanup()
{
    QLocale::setDefault(QLocale::c());
    // Each test starts with no translation installed.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void Tst_Language::systemLocaleChoosesTheTranslation()
{
    if (QLocale::system().language() != QLocale::German)
        QSKIP("the system locale is not German: ctest runs this as tst_language_system_de");
    // No [general] language: the system's.
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), QString(), QStringLiteral(QM_FOLDER));
    QCOMPARE(result.warning, QString());
    QVERIFY(result.translated);
    QCOMPARE(result.locale.language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("TrayIcon", "&Quit"), u"&Beenden"_s);
    // Qt's own texts too (the dialogs' standard buttons), from qt6-translations-l10n.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void Tst_Language::choiceOverridesTheSystemLocale()
{
    // The General tab's choice wins over the system's language, whichever that is.
    const bool germanSystem = QLocale::system().language() == QLocale::German;
    const QString choice = germanSystem ? u"en"_s : u"de"_s;
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), choice, QStringLiteral(QM_FOLDER));
    QCOMPARE(result.warning, QString());
    QVERIFY(result.translated);
    QCOMPARE(result.locale.language(), germanSystem ? QLocale::English : QLocale::German);
    QCOMPARE(QCoreApplication::translate("TrayIcon", "&Quit"),
             germanSystem ? u"&Quit"_s : u"&Beenden"_s);
}

void Tst_Language::translationFound()
{
    // The .qm lrelease made for the mailbell binary.
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), u"en"_s, QStringLiteral(QM_FOLDER));
    QVERIFY(result.translated);
    QCOMPARE(result.warning, QString());
    QCOMPARE(result.locale.language(), QLocale::English);
}

void Tst_Language::noTranslationIsAWarning()
{
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), u"it"_s, QStringLiteral(QM_FOLDER));
    QVERIFY(!result.translated);
    QVERIFY2(result.warning.contains(u"no translation for \"it\""_s), qPrintable(result.warning));
    QCOMPARE(result.locale.language(), QLocale::Italian);
    QCOMPARE(QLocale().language(), QLocale::Italian); // formats follow the choice
    // The English texts it shows instead have their plurals right.
    QCOMPARE(QCoreApplication::translate("ConnectionTestPanel", "Signed in and found %n folder(s).",
                                         nullptr, 1),
             u"Signed in and found 1 folder."_s);
    QCOMPARE(QCoreApplication::translate("ConnectionTestPanel", "Signed in and found %n folder(s).",
                                         nullptr, 3),
             u"Signed in and found 3 folders."_s);
}

void Tst_Language::unknownLanguageIsAWarning()
{
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), u"qq"_s, QStringLiteral(QM_FOLDER));
    QVERIFY2(result.warning.contains(u"\"qq\" is not a language"_s), qPrintable(result.warning));
    QCOMPARE(result.locale, QLocale::system());
}

void Tst_Language::emptyIsTheSystemLanguage()
{
    const LanguageLoader::Result result =
        LanguageLoader::apply(*QCoreApplication::instance(), QString(), QStringLiteral(QM_FOLDER));
    QCOMPARE(result.warning, QString());
    QCOMPARE(result.locale, QLocale::system());
}

void Tst_Language::availableLanguages()
{
    const QStringList languages = LanguageLoader::availableLanguages(QStringLiteral(QM_FOLDER));
    // The shipped languages (issue 11), and no other.
    QCOMPARE(languages, QStringList({u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
    QCOMPARE(LanguageLoader::availableLanguages(u"/nonexistent"_s), QStringList());
}

QTEST_GUILESS_MAIN(Tst_Language)
#include "tst_language.moc"
