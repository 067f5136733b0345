// TransferEncoding: RFC 2045 base64 and quoted-printable, tolerant of truncation.
#include "protocol/transferencoding.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_transferencoding : public QObject
{
    Q_OBJECT
private slots:
    void base64_data();
    void base64();
    void quotedPrintable_data();
    void quotedPrintable();
    void transferEncoding();
};

void Tst_transferencoding::base64_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("rfc4648-10-foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar");
    QTest::newRow("rfc4648-10-fo") << QByteArray("Zm8=") << QByteArray("fo");
    QTest::newRow("rfc4648-10-f") << QByteArray("Zg==") << QByteArray("f");
    QTest::newRow("missing-padding") << QByteArray("Zm8") << QByteArray("fo");
    QTest::newRow("line-breaks") << QByteArray("Zm9v\r\nYmFy\r\n") << QByteArray("foobar");
    QTest::newRow("truncated-after-1") << QByteArray("Zm9vY") << QByteArray("foo");
    QTest::newRow("truncated-after-2") << QByteArray("Zm9vYm") << QByteArray("foob");
    QTest::newRow("truncated-after-3") << QByteArray("Zm9vYmF") << QByteArray("fooba");
    QTest::newRow("concatenated-chunks") << QByteArray("SGk=SGk=") << QByteArray("HiHi");
    QTest::newRow("junk-skipped") << QByteArray("Zm9v*!YmFy") << QByteArray("foobar");
    QTest::newRow("only-junk") << QByteArray("!!!\r\n") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("binary") << QByteArray("AP8=") << QByteArray("\x00\xFF", 2);
}

void Tst_transferencoding::base64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(TransferEncoding::decodeBase64(encoded), decoded);
}

void Tst_transferencoding::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("escapes") << QByteArray("caf=C3=A9") << QByteArray("caf\xC3\xA9");
    QTest::newRow("lowercase-hex") << QByteArray("caf=c3=a9") << QByteArray("caf\xC3\xA9");
    QTest::newRow("soft-break-crlf") << QByteArray("soft=\r\nbreak") << QByteArray("softbreak");
    QTest::newRow("soft-break-lf") << QByteArray("soft=\nbreak") << QByteArray("softbreak");
    QTest::newRow("soft-break-trailing-space") << QByteArray("a= \t\r\nb") << QByteArray("ab");
    QTest::newRow("hard-break-kept") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
    QTest::newRow("invalid-escape-kept") << QByteArray("x=ZZy") << QByteArray("x=ZZy");
    QTest::newRow("equals-then-space-text") << QByteArray("1+1=2 is") << QByteArray("1+1=2 is");
    QTest::newRow("truncated-after-equals") << QByteArray("abc=") << QByteArray("abc");
    QTest::newRow("truncated-mid-escape") << QByteArray("abc=C") << QByteArray("abc");
    QTest::newRow("underscore-is-literal") << QByteArray("a_b") << QByteArray("a_b");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void Tst_transferencoding::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(TransferEncoding::decodeQuotedPrintable(encoded), decoded);
}

void Tst_transferencoding::transferEncoding()
{
    QCOMPARE(TransferEncoding::decode("Zm9v", "BASE64"), QByteArray("foo"));
    QCOMPARE(TransferEncoding::decode("a=3Db", "Quoted-Printable"), QByteArray("a=b"));
    QCOMPARE(TransferEncoding::decode("a=3Db", "7BIT"), QByteArray("a=3Db"));
    QCOMPARE(TransferEncoding::decode("Zm9v", "x-unknown"), QByteArray("Zm9v"));
}

QTEST_GUILESS_MAIN(Tst_transferencoding)
#include "tst_transferencoding.moc"
