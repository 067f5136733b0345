// MimeParameters: RFC 2231 extended values and continuations, RFC 2047 in plain values.
#include "protocol/mimeparameters.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// "name\tvalue\nname\tvalue": a BODYSTRUCTURE parameter list as the parser hands it over.
QList<BodyParameter> params(QByteArrayView spec)
{
    QList<BodyParameter> out;
    for (const QByteArray &line : spec.toByteArray().split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        out.append(BodyParameter {line.first(tab), line.sliced(tab + 1)});
    }
    return out;
}

} // namespace

class Tst_mimeparameters : public QObject
{
    Q_OBJECT
private slots:
    void parameter_data();
    void parameter();
};

void Tst_mimeparameters::parameter_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("present");

    // RFC 2231 3 and 4, the examples.
    QTest::newRow("rfc2231-3-continuation")
        << QByteArray("access-type\tURL\nURL*0\tftp://\nURL*1\tcso.example.com/pub/ietf/rfc/"
                      "rfc2231.txt")
        << QByteArray("url") << u"ftp://cso.example.com/pub/ietf/rfc/rfc2231.txt"_s << true;
    QTest::newRow("rfc2231-4-extended")
        << QByteArray("title*\tus-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A")
        << QByteArray("title") << u"This is ***fun***"_s << true;
    QTest::newRow("rfc2231-4.1-mixed-continuation")
        << QByteArray("title*0*\tus-ascii'en'This%20is%20even%20more%20\n"
                      "title*1*\t%2A%2A%2Afun%2A%2A%2A%20\ntitle*2\tisn't it!")
        << QByteArray("title") << u"This is even more ***fun*** isn't it!"_s << true;

    QTest::newRow("utf8-filename") << QByteArray("filename*\tutf-8''na%C3%AFve.txt")
                                   << QByteArray("filename") << u"naïve.txt"_s << true;
    QTest::newRow("utf8-split-across-continuations")
        << QByteArray("name*0*\tutf-8''caf%C3\nname*1*\t%A9.txt") << QByteArray("name")
        << u"café.txt"_s << true;
    QTest::newRow("continuations-out-of-order")
        << QByteArray("name*1\tb.txt\nname*0\ta") << QByteArray("name") << u"ab.txt"_s << true;
    QTest::newRow("continuation-gap-ends-value")
        << QByteArray("name*0\ta\nname*2\tc") << QByteArray("name") << u"a"_s << true;
    QTest::newRow("latin1-extended") << QByteArray("filename*\tiso-8859-1'de'caf%E9.pdf")
                                     << QByteArray("filename") << u"café.pdf"_s << true;
    QTest::newRow("extended-preferred-over-plain")
        << QByteArray("filename\tfallback.txt\nfilename*\tutf-8''r%C3%A9el.txt")
        << QByteArray("filename") << u"réel.txt"_s << true;
    QTest::newRow("outlook-rfc2047-in-value")
        << QByteArray("name\t=?utf-8?B?UmVjaG51bmcgTcOkcnoucGRm?=") << QByteArray("name")
        << u"Rechnung März.pdf"_s << true;
    QTest::newRow("rfc2047-split-over-continuations")
        << QByteArray("name*0\t=?utf-8?q?Gr=C3=BC\nname*1\t=C3=9Fe.txt?=") << QByteArray("name")
        << u"Grüße.txt"_s << true;
    QTest::newRow("raw-utf8-apple-mail") << QByteArray("name\tR\xC3\xA9sum\xC3\xA9.pdf")
                                         << QByteArray("name") << u"Résumé.pdf"_s << true;
    QTest::newRow("case-insensitive-name")
        << QByteArray("CHARSET\tUTF-8") << QByteArray("charset") << u"UTF-8"_s << true;
    QTest::newRow("bad-percent-kept")
        << QByteArray("name*\tutf-8''100%ZZ") << QByteArray("name") << u"100%ZZ"_s << true;
    QTest::newRow("extended-without-quotes")
        << QByteArray("name*\tplain%20text") << QByteArray("name") << u"plain text"_s << true;
    QTest::newRow("empty-value-present")
        << QByteArray("name\t") << QByteArray("name") << QString() << true;
    QTest::newRow("absent") << QByteArray("charset\tutf-8") << QByteArray("name") << QString()
                            << false;
    QTest::newRow("prefix-is-not-a-match")
        << QByteArray("names\tx") << QByteArray("name") << QString() << false;
    QTest::newRow("huge-index-ignored")
        << QByteArray("name*99999\tx") << QByteArray("name") << QString() << false;
}

void Tst_mimeparameters::parameter()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    QFETCH(bool, present);
    const QString out = MimeParameters::value(params(list), name);
    QCOMPARE(!out.isNull(), present);
    QCOMPARE(out, expected);
}

QTEST_GUILESS_MAIN(Tst_mimeparameters)
#include "tst_mimeparameters.moc"
