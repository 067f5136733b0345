// DisplayText::neutralise: every bidi control removed from mail text; a field with right-to-left
// letters wrapped in FSI ... PDI (line by line), any other text left as it was.
#include "displaytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString FSI = QString(QChar(0x2068));
const QString PDI = QString(QChar(0x2069));

} // namespace

class Tst_DisplayText : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data();
    void neutralise();
    void neutraliseIsIdempotent_data() { neutralise_data(); }
    void neutraliseIsIdempotent();
    void controlsAreRecognised();
};

void Tst_DisplayText::neutralise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain ascii unchanged") << u"Lunch at 12?"_s << u"Lunch at 12?"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents and cjk unchanged")
        << u"Grüße, ご案内 — 한국어"_s << u"Grüße, ご案内 — 한국어"_s;
    QTest::newRow("emoji unchanged") << u"party \U0001F389"_s << u"party \U0001F389"_s;
    // The classic: RLO shows "invoice" + reversed "exe.pdf".
    QTest::newRow("rlo file name") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
    QTest::newRow("lro") << u"a\u202Db"_s << u"ab"_s;
    QTest::newRow("embeddings and pdf") << u"\u202Aa\u202Bb\u202Cc"_s << u"abc"_s;
    QTest::newRow("isolates in ascii") << u"a\u2066b\u2067c\u2068d\u2069e"_s << u"abcde"_s;
    QTest::newRow("unclosed isolate") << u"Re: \u2067hello"_s << u"Re: hello"_s;
    QTest::newRow("lrm and rlm") << u"x\u200Ey\u200Fz"_s << u"xyz"_s;
    QTest::newRow("only controls") << u"\u202E\u2066\u200F"_s << QString();
    // Right-to-left letters: isolated, so a name cannot pull ": " or " (2)" into its run.
    QTest::newRow("hebrew name isolated") << u"שרה כהן"_s << FSI + u"שרה כהן"_s + PDI;
    QTest::newRow("arabic subject isolated") << u"مرحبا 2024"_s << FSI + u"مرحبا 2024"_s + PDI;
    QTest::newRow("mixed isolated") << u"Re: שלום world"_s << FSI + u"Re: שלום world"_s + PDI;
    QTest::newRow("rtl with override stripped then isolated")
        << u"\u202Eשלום\u202C"_s << FSI + u"שלום"_s + PDI;
    QTest::newRow("attacker isolate replaced by ours")
        << u"\u2069\u2067עברית"_s << FSI + u"עברית"_s + PDI;
    QTest::newRow("alm stripped, arabic isolated") << u"\u061Cعربي"_s << FSI + u"عربي"_s + PDI;
    QTest::newRow("rlm alone makes nothing rtl") << u"abc\u200F"_s << u"abc"_s;
    QTest::newRow("lines isolated one by one")
        << u"first שלום\nsecond line\n\u202Eعربي"_s
        << FSI + u"first שלום"_s + PDI + u"\nsecond line\n"_s + FSI + u"عربي"_s + PDI;
    QTest::newRow("rtl outside the bmp") << u"\U00010900x"_s << FSI + u"\U00010900x"_s + PDI;
}

void Tst_DisplayText::neutralise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::neutralise(text), expected);
}

void Tst_DisplayText::neutraliseIsIdempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::neutralise(expected), expected);
}

void Tst_DisplayText::controlsAreRecognised()
{
    for (char16_t c = 0x202A; c <= 0x202E; ++c)
        QVERIFY(DisplayText::isBidiControl(c));
    for (char16_t c = 0x2066; c <= 0x2069; ++c)
        QVERIFY(DisplayText::isBidiControl(c));
    for (char16_t c : {char16_t(0x200E), char16_t(0x200F), char16_t(0x061C)})
        QVERIFY(DisplayText::isBidiControl(c));
    for (char16_t c : {char16_t(u'a'), char16_t(0x05D0), char16_t(0x200B), char16_t(0x2065),
                       char16_t(0x202F), char16_t(0x0627)})
        QVERIFY(!DisplayText::isBidiControl(c));
}

QTEST_GUILESS_MAIN(Tst_DisplayText)
#include "tst_displaytext.moc"
