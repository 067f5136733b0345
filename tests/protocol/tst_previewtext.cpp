// PreviewText: quotes, attributions and signatures dropped; cut at word boundaries.
#include "protocol/previewtext.h"

#include "cleantext.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_previewtext : public QObject
{
    Q_OBJECT
private slots:
    void preview_data();
    void preview();
};

void Tst_previewtext::preview_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("collapse") << u"Hello\n\n  World\t!"_s << 200 << u"Hello World !"_s;
    QTest::newRow("quoted-reply-dropped")
        << u"Thanks!\n\nOn Mon, 1 Jul 2024 at 10:00, Bob <b@x.org> wrote:\n> old\n> text"_s << 200
        << u"Thanks!"_s;
    QTest::newRow("gmail-wrapped-attribution")
        << u"Sure\n\nOn Mon, 1 Jul 2024 at 10:00, Bob Smith <\nbob@example.com> wrote:\n> hi"_s
        << 200 << u"Sure"_s;
    QTest::newRow("german-attribution")
        << u"Ja.\nAm 01.07.2024 schrieb Max:\n> Frage"_s << 200 << u"Ja."_s;
    QTest::newRow("thunderbird-german-attribution")
        << u"Gut.\n\nAm 01.07.24 um 10:00 schrieb Max Mustermann:\n> Frage"_s << 200 << u"Gut."_s;
    QTest::newRow("body-line-ending-in-colon-kept")
        << u"Here is the list:\n- a"_s << 200 << u"Here is the list: - a"_s;
    QTest::newRow("signature") << u"Body text\n-- \nJohn Doe\nACME"_s << 200 << u"Body text"_s;
    QTest::newRow("outlook-original-message")
        << u"Reply\n\n-----Original Message-----\nFrom: x"_s << 200 << u"Reply"_s;
    QTest::newRow("outlook-underscore-separator")
        << u"Reply\n________________________________\nFrom: x"_s << 200 << u"Reply"_s;
    QTest::newRow("only-quotes-falls-back") << u"> a\n> b"_s << 200 << u"> a > b"_s;
    QTest::newRow("invisible-padding") << u"Hi\u200B\u034F\u00AD there"_s << 200 << u"Hi there"_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << 200 << u"a b"_s;
    QTest::newRow("word-boundary-cut")
        << u"word "_s.repeated(100) << 20 << u"word word word word…"_s;
    QTest::newRow("no-space-hard-cut") << QString(300, u'a') << 10 << u"aaaaaaaaa…"_s;
    QTest::newRow("surrogate-not-split") << u"😀"_s.repeated(150) << 10 << u"😀😀😀😀…"_s;
    QTest::newRow("exact-length-no-ellipsis") << QString(10, u'b') << 10 << QString(10, u'b');
    // fuzz_headerdecoding crash-1b167286: lone surrogates in the text reached the preview.
    QTest::newRow("fuzz-lone-surrogates")
        << (u"a"_s + QChar(0xD8D8) + QChar(0x9E9C) + u" b"_s + QChar(0xDC00)) << 200
        << u"a\uFFFD\u9E9C b\uFFFD"_s;
    QTest::newRow("control-characters") << (u"a"_s + QChar(0) + u"b\u0007c"_s) << 200 << u"a b c"_s;
    QTest::newRow("zero-length") << u"text"_s << 0 << QString();
    QTest::newRow("empty") << QString() << 200 << QString();
}

void Tst_previewtext::preview()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString out = PreviewText::build(text, maxLength);
    QCOMPARE(out, expected);
    QVERIFY(out.size() <= maxLength);
    QVERIFY(isCleanText(out, false));
}

QTEST_GUILESS_MAIN(Tst_previewtext)
#include "tst_previewtext.moc"
