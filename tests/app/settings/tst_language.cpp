// settings.conf [general] language applied at start: a language with a translation is
// installed; one without gives a warning and English, never a crash; empty is the system's.
#include "settings/languageloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class Tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void translationFound();
    void noTranslationIsAWarning();
    void unknownLanguageIsAWarning();
    void emptyIsTheSystemLanguage();
    void availableLanguages();
};

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
        LanguageLoader::apply(*QCoreApplication::instance(), u"de"_s, QStringLiteral(QM_FOLDER));
    QVERIFY(!result.translated);
    QVERIFY2(result.warning.contains(u"no translation for \"de\""_s), qPrintable(result.warning));
    QCOMPARE(result.locale.language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German); // formats follow the choice
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
    QVERIFY2(languages.contains(u"en"_s), qPrintable(languages.join(u", "_s)));
    QVERIFY(!languages.contains(u"de"_s));
    QCOMPARE(LanguageLoader::availableLanguages(u"/nonexistent"_s), QStringList());
}

QTEST_GUILESS_MAIN(Tst_Language)
#include "tst_language.moc"
