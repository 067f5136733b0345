// CharsetDecoder: unlabelled 8-bit headers and MIME charset bodies, with the label quirks of real
// mail.
#include "protocol/charsetdecoder.h"

#include "cleantext.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_charsetdecoder : public QObject
{
    Q_OBJECT
private slots:
    void raw8Bit_data();
    void raw8Bit();
    void charset_data();
    void charset();
};

void Tst_charsetdecoder::raw8Bit_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray("hello") << QByteArray() << u"hello"_s;
    QTest::newRow("utf8-wins-over-hint")
        << QByteArray("\xC3\xA9") << QByteArray("koi8-r") << u"é"_s;
    QTest::newRow("koi8-r-hint") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray("koi8-r")
                                 << u"Привет"_s;
    QTest::newRow("cp1252-fallback")
        << QByteArray("\x93quoted\x94") << QByteArray() << u"\u201Cquoted\u201D"_s;
    QTest::newRow("bogus-hint-cp1252")
        << QByteArray("caf\xE9") << QByteArray("no-such-cs") << u"café"_s;
    QTest::newRow("truncated-utf8-replaced")
        << QByteArray("ab\xC3") << QByteArray() << u"ab\u00C3"_s;
    QTest::newRow("cp1252-undefined-byte") << QByteArray("a\x81z") << QByteArray() << u"a z"_s;
    // Printable ASCII takes a shortcut: these rows sit on either side of it.
    QTest::newRow("ascii-tab-becomes-space") << QByteArray("a\tb") << QByteArray() << u"a b"_s;
    QTest::newRow("ascii-del-becomes-space") << QByteArray("a\x7F"
                                                           "b")
                                             << QByteArray() << u"a b"_s;
    QTest::newRow("ascii-line-break-becomes-space")
        << QByteArray("a\r\nb") << QByteArray() << u"a  b"_s;
    QTest::newRow("ascii-ignores-hint") << QByteArray("+ADw-") << QByteArray("utf-7") << u"+ADw-"_s;
    QTest::newRow("ascii-not-trimmed") << QByteArray(" a ") << QByteArray() << u" a "_s;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
    QTest::newRow("ascii-cut-at-cap")
        << QByteArray(CharsetDecoder::maxDecodedHeaderLength + 7, 'x') << QByteArray()
        << QString(CharsetDecoder::maxDecodedHeaderLength, u'x');
    QTest::newRow("utf8-cut-at-cap")
        << QByteArray(CharsetDecoder::maxDecodedHeaderLength + 7, 'x') + "\xC3\xA9" << QByteArray()
        << QString(CharsetDecoder::maxDecodedHeaderLength, u'x');
}

void Tst_charsetdecoder::raw8Bit()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, hint);
    QFETCH(QString, expected);
    QCOMPARE(CharsetDecoder::decodeRaw8Bit(raw, hint), expected);
}

void Tst_charsetdecoder::charset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf8") << QByteArray("caf\xC3\xA9") << QByteArray("UTF-8") << u"café"_s;
    QTest::newRow("utf8-truncated-tail-dropped")
        << QByteArray("caf\xC3") << QByteArray("utf-8") << u"caf"_s;
    QTest::newRow("unlabelled-truncated-tail-dropped")
        << QByteArray("\xC3\xA9t\xC3") << QByteArray() << u"ét"_s;
    QTest::newRow("crlf-to-lf") << QByteArray("a\r\nb\rc") << QByteArray("us-ascii")
                                << u"a\nb\nc"_s;
    QTest::newRow("latin1-euro") << QByteArray("5 \x80") << QByteArray("iso-8859-1") << u"5 €"_s;
    QTest::newRow("koi8-r") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray("KOI8-R")
                            << u"Привет"_s;
    QTest::newRow("quoted-charset-name")
        << QByteArray("\xE9") << QByteArray("\"iso-8859-15\"") << u"é"_s;
    QTest::newRow("unknown-charset")
        << QByteArray("\xE9t\xE9") << QByteArray("x-klingon") << u"été"_s;
    QTest::newRow("iso-2022-jp") << QByteArray("\x1b$B$3$s$K$A$O\x1b(B")
                                 << QByteArray("iso-2022-jp") << u"こんにちは"_s;
    QTest::newRow("nul-and-controls")
        << QByteArray("a\0b\x07\tc", 6) << QByteArray("utf-8") << u"a b \tc"_s;
}

void Tst_charsetdecoder::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    const QString out = CharsetDecoder::decode(bytes, charset);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, true));
}

QTEST_GUILESS_MAIN(Tst_charsetdecoder)
#include "tst_charsetdecoder.moc"
