#include "protocol/headerdecoding.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// Every result must be valid UTF-16 with no control characters but the allowed ones.
bool isCleanText(const QString &s, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return false;
            ++i;
            continue;
        }
        if (c.isLowSurrogate())
            return false;
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

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

QDateTime dt(int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetMinutes * 60);
}

} // namespace

class Tst_headerdecoding : public QObject
{
    Q_OBJECT
private slots:
    void unstructured_data();
    void unstructured();
    void phrase_data();
    void phrase();
    void raw8Bit_data();
    void raw8Bit();
    void hostileHeaders_data();
    void hostileHeaders();
    void parameter_data();
    void parameter();
    void rfc5322Date_data();
    void rfc5322Date();
    void internalDate_data();
    void internalDate();
    void base64_data();
    void base64();
    void quotedPrintable_data();
    void quotedPrintable();
    void transferEncoding();
    void charset_data();
    void charset();
    void html_data();
    void html();
    void hostileHtml();
    void preview_data();
    void preview();
};

void Tst_headerdecoding::unstructured_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");

    // RFC 2047 8, the examples verbatim.
    QTest::newRow("rfc2047-8-single") << QByteArray("(=?ISO-8859-1?Q?a?=)") << u"(a)"_s;
    QTest::newRow("rfc2047-8-word-then-text") << QByteArray("(=?ISO-8859-1?Q?a?= b)") << u"(a b)"_s;
    QTest::newRow("rfc2047-8-adjacent")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)") << u"(ab)"_s;
    QTest::newRow("rfc2047-8-adjacent-two-spaces")
        << QByteArray("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)") << u"(ab)"_s;
    QTest::newRow("rfc2047-8-adjacent-folded")
        << QByteArray("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)") << u"(ab)"_s;
    QTest::newRow("rfc2047-8-underscore") << QByteArray("(=?ISO-8859-1?Q?a_b?=)") << u"(a b)"_s;
    QTest::newRow("rfc2047-8-two-charsets")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)") << u"(a b)"_s;
    QTest::newRow("rfc2047-8-keith-moore")
        << QByteArray("=?US-ASCII?Q?Keith_Moore?=") << u"Keith Moore"_s;
    QTest::newRow("rfc2047-8-andre")
        << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard") << u"André Pirard"_s;
    QTest::newRow("rfc2047-8-b-two-charsets")
        << QByteArray("=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n"
                      "    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
        << u"If you can read this you understand the example."_s;
    QTest::newRow("rfc2047-8-hebrew")
        << QByteArray("=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=") << u"םולש ןב ילטפנ"_s;
    QTest::newRow("rfc2231-5-language")
        << QByteArray("=?US-ASCII*EN?Q?Keith_Moore?=") << u"Keith Moore"_s;
    QTest::newRow("rfc2231-5-language-utf8")
        << QByteArray("=?utf-8*en?Q?na=C3=AFve?=") << u"naïve"_s;

    // Charsets through QStringDecoder (ICU) and our WHATWG-style aliases.
    QTest::newRow("iso-2022-jp-subject")
        << QByteArray("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=") << u"こんにちは"_s;
    QTest::newRow("gb2312") << QByteArray("=?gb2312?B?xOO6ww==?=") << u"你好"_s;
    QTest::newRow("shift-jis") << QByteArray("=?Shift_JIS?B?k/qWe4zq?=") << u"日本語"_s;
    QTest::newRow("big5") << QByteArray("=?big5?B?pKSk5Q==?=") << u"中文"_s;
    QTest::newRow("euc-kr") << QByteArray("=?euc-kr?B?x9Gxub7u?=") << u"한국어"_s;
    QTest::newRow("koi8-r-q") << QByteArray("=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?=") << u"Привет"_s;
    QTest::newRow("windows-1252-quotes")
        << QByteArray("=?windows-1252?Q?=93Hi=94?=") << u"\u201CHi\u201D"_s;
    QTest::newRow("latin1-label-is-cp1252") << QByteArray("=?iso-8859-1?q?5_=80?=") << u"5 €"_s;
    QTest::newRow("us-ascii-label-carrying-utf8")
        << QByteArray("=?us-ascii?q?caf=C3=A9?=") << u"café"_s;
    QTest::newRow("unknown-charset-utf8-bytes")
        << QByteArray("=?x-unknown?q?caf=C3=A9?=") << u"café"_s;
    QTest::newRow("unknown-charset-latin-bytes")
        << QByteArray("=?x-bogus-99?q?caf=E9?=") << u"café"_s;
    QTest::newRow("empty-charset") << QByteArray("=?"
                                                 "?q?caf=E9?=")
                                   << u"café"_s;

    // Real-world malformations.
    QTest::newRow("outlook-b-utf8") << QByteArray("=?utf-8?B?UkU6IFTDpHN0?=") << u"RE: Täst"_s;
    QTest::newRow("split-utf8-across-q-words")
        << QByteArray("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=") << u"café"_s;
    QTest::newRow("split-utf8-across-b-words")
        << QByteArray("=?UTF-8?B?Y2Fmww==?=\r\n =?utf-8?B?qSBhdSBsYWl0?=") << u"café au lait"_s;
    QTest::newRow("gmail-long-subject-folded")
        << QByteArray("=?UTF-8?B?R3LDvMOfZSBhdXMg?=\r\n =?UTF-8?B?TcO8bmNoZW4=?=")
        << u"Grüße aus München"_s;
    QTest::newRow("mailing-list-prefix")
        << QByteArray("[dev] =?utf-8?q?Gr=C3=BC=C3=9Fe?=") << u"[dev] Grüße"_s;
    QTest::newRow("glued-to-text") << QByteArray("foo=?utf-8?q?bar?=") << u"foobar"_s;
    QTest::newRow("glued-both-sides") << QByteArray("x=?utf-8?q?=C3=A9?=y") << u"xéy"_s;
    QTest::newRow("inside-quotes")
        << QByteArray("\"=?utf-8?q?J=C3=B6rg?=\" said") << u"\"Jörg\" said"_s;
    QTest::newRow("lowercase-b") << QByteArray("=?utf-8?b?w6k=?=") << u"é"_s;
    QTest::newRow("lowercase-q-hex") << QByteArray("=?utf-8?q?=c3=a9?=") << u"é"_s;
    QTest::newRow("missing-terminator") << QByteArray("=?utf-8?q?caf=C3=A9") << u"café"_s;
    QTest::newRow("missing-terminator-then-word")
        << QByteArray("=?utf-8?q?a =?utf-8?q?b?=") << u"ab"_s;
    QTest::newRow("b-missing-terminator-then-text")
        << QByteArray("=?utf-8?b?w6k rest") << u"é rest"_s;
    QTest::newRow("spaces-inside-q") << QByteArray("=?utf-8?q?hello world?=") << u"hello world"_s;
    QTest::newRow("bad-base64-padding") << QByteArray("=?utf-8?b?w6k?=") << u"é"_s;
    QTest::newRow("extra-base64-padding") << QByteArray("=?utf-8?b?w6k===?=") << u"é"_s;
    QTest::newRow("empty-word") << QByteArray("a =?utf-8?q?"
                                              "?= b")
                                << u"a  b"_s;
    QTest::newRow("over-long-word")
        << QByteArray("=?utf-8?q?" + QByteArray(200, 'x') + "?=") << QString(200, u'x');
    QTest::newRow("invalid-q-escape") << QByteArray("=?utf-8?q?100=ZZ?=") << u"100=ZZ"_s;
    QTest::newRow("different-charsets-adjacent")
        << QByteArray("=?utf-8?q?=C3=A9?= =?iso-8859-1?q?=E9?=") << u"éé"_s;
    QTest::newRow("text-between-words-kept")
        << QByteArray("=?utf-8?q?a?= - =?utf-8?q?b?=") << u"a - b"_s;
    QTest::newRow("utf8-lone-surrogate-bytes")
        << QByteArray("=?utf-8?q?a=ED=A0=80b?=") << u"a\uFFFD\uFFFD\uFFFDb"_s;

    // Not encoded words.
    QTest::newRow("plain") << QByteArray("Meeting at 10") << u"Meeting at 10"_s;
    QTest::newRow("bad-encoding-letter") << QByteArray("=?utf-8?x?abc?=") << u"=?utf-8?x?abc?="_s;
    QTest::newRow("lone-marker") << QByteArray("is 1 =? 2") << u"is 1 =? 2"_s;
    QTest::newRow("folded-plain") << QByteArray("Re: a long\r\n\tsubject")
                                  << u"Re: a long subject"_s;
    QTest::newRow("raw-utf8") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                            "e")
                              << u"Grüße"_s;
    QTest::newRow("raw-latin1") << QByteArray("caf\xE9") << u"café"_s;
    QTest::newRow("nul-byte") << QByteArray("a\0b", 3) << u"a b"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void Tst_headerdecoding::unstructured()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const QString out = HeaderDecoding::decodeUnstructured(raw);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, false));
}

void Tst_headerdecoding::phrase_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quoted-comma") << QByteArray("\"Doe, John\"") << u"Doe, John"_s;
    QTest::newRow("quoted-pair") << QByteArray("\"J\\\"o\\\\e\"") << u"J\"o\\e"_s;
    QTest::newRow("encoded-in-quotes-outlook")
        << QByteArray("\"=?utf-8?Q?M=C3=BCller=2C_Hans?=\"") << u"Müller, Hans"_s;
    QTest::newRow("mixed-atom-and-word")
        << QByteArray("Hans =?iso-8859-1?q?M=FCller?=") << u"Hans Müller"_s;
    QTest::newRow("unterminated-quote") << QByteArray("\"Open") << u"Open"_s;
    QTest::newRow("raw-utf8-name") << QByteArray("J\xC3\xB6rg") << u"Jörg"_s;
    QTest::newRow("no-quotes-backslash-kept") << QByteArray("a\\b") << u"a\\b"_s;
}

void Tst_headerdecoding::phrase()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(HeaderDecoding::decodePhrase(raw), expected);
}

void Tst_headerdecoding::raw8Bit_data()
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
}

void Tst_headerdecoding::raw8Bit()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, hint);
    QFETCH(QString, expected);
    QCOMPARE(HeaderDecoding::decodeRaw8Bit(raw, hint), expected);
}

void Tst_headerdecoding::hostileHeaders_data()
{
    QTest::addColumn<QByteArray>("raw");
    QByteArray manyWords;
    for (int i = 0; i < 70000; ++i)
        manyWords += "=?utf-8?q?ab?= ";
    QTest::newRow("1mb-of-encoded-words") << manyWords;
    QTest::newRow("1mb-raw-8bit") << QByteArray(1024 * 1024, '\xE9');
    QTest::newRow("1mb-of-markers") << QByteArray(1024 * 1024, '=').replace("==", "=?");
    QByteArray heads;
    for (int i = 0; i < 50000; ++i)
        heads += "=?x?q?";
    QTest::newRow("unterminated-word-heads") << heads;
    QTest::newRow("long-charset-name") << QByteArray("=?" + QByteArray(10000, 'c') + "?q?abc?=");
    QTest::newRow("nuls") << QByteArray(4096, '\0');
    QTest::newRow("utf16-odd-bytes") << QByteArray("=?utf-16?b?2D3d?=");
    QTest::newRow("utf7-lone-surrogate") << QByteArray("=?utf-7?q?+2D3-x?=");
    QTest::newRow("utf32-garbage") << QByteArray("=?utf-32?q?=FF=FF=FF=FF=00?=");
}

void Tst_headerdecoding::hostileHeaders()
{
    QFETCH(QByteArray, raw);
    const QString unstructured = HeaderDecoding::decodeUnstructured(raw);
    QVERIFY(unstructured.size() <= HeaderDecoding::maxDecodedHeaderLength);
    QVERIFY(isCleanText(unstructured, false));
    const QString phrase = HeaderDecoding::decodePhrase(raw);
    QVERIFY(phrase.size() <= HeaderDecoding::maxDecodedHeaderLength);
    QVERIFY(isCleanText(phrase, false));
    const QString raw8 = HeaderDecoding::decodeRaw8Bit(raw);
    QVERIFY(raw8.size() <= HeaderDecoding::maxDecodedHeaderLength);
    QVERIFY(isCleanText(raw8, false));
}

void Tst_headerdecoding::parameter_data()
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

void Tst_headerdecoding::parameter()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    QFETCH(bool, present);
    const QString out = HeaderDecoding::parameter(params(list), name);
    QCOMPARE(!out.isNull(), present);
    QCOMPARE(out, expected);
}

void Tst_headerdecoding::rfc5322Date_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("offsetMinutes");

    // RFC 5322 appendix A.
    QTest::newRow("rfc5322-a.1.1") << QByteArray("Fri, 21 Nov 1997 09:55:06 -0600")
                                   << dt(1997, 11, 21, 9, 55, 6, -360) << -360;
    QTest::newRow("rfc5322-a.1.2")
        << QByteArray("Tue, 1 Jul 2003 10:52:37 +0200") << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("rfc5322-a.3") << QByteArray("Thu, 13 Feb 1969 23:32:54 -0330")
                                 << dt(1969, 2, 13, 23, 32, 54, -210) << -210;
    QTest::newRow("rfc5322-a.5-white-space-and-comment")
        << QByteArray("Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n"
                      "               -0330 (Newfoundland Time)")
        << dt(1969, 2, 13, 23, 32, 0, -210) << -210;
    QTest::newRow("rfc5322-a.6.2-obsolete")
        << QByteArray("21 Nov 97 09:55:06 GMT") << dt(1997, 11, 21, 9, 55, 6, 0) << 0;
    QTest::newRow("rfc5322-a.6.3-obs-time")
        << QByteArray("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600")
        << dt(1997, 11, 21, 9, 55, 6, -360) << -360;

    QTest::newRow("named-est") << QByteArray("Mon, 3 Feb 2003 10:00:00 EST")
                               << dt(2003, 2, 3, 10, 0, 0, -300) << -300;
    QTest::newRow("named-pdt") << QByteArray("Mon, 3 Jun 2003 10:00:00 PDT")
                               << dt(2003, 6, 3, 10, 0, 0, -420) << -420;
    QTest::newRow("named-ut") << QByteArray("3 Jun 2003 10:00:00 UT") << dt(2003, 6, 3, 10, 0, 0, 0)
                              << 0;
    QTest::newRow("military-zone-is-unknown")
        << QByteArray("3 Jun 2003 10:00:00 A") << dt(2003, 6, 3, 10, 0, 0, 0) << 0;
    QTest::newRow("missing-seconds")
        << QByteArray("Tue, 1 Jul 2003 10:52 +0200") << dt(2003, 7, 1, 10, 52, 0, 120) << 120;
    QTest::newRow("missing-weekday")
        << QByteArray("1 Jul 2003 10:52:37 +0200") << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("trailing-zone-comment") << QByteArray("Tue, 01 Jul 2003 10:52:37 +0200 (CEST)")
                                           << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("utc-comment") << QByteArray("Wed, 15 May 2024 08:00:00 +0000 (UTC)")
                                 << dt(2024, 5, 15, 8, 0, 0, 0) << 0;
    QTest::newRow("two-digit-year-49")
        << QByteArray("1 Jan 49 00:00:00 +0000") << dt(2049, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("two-digit-year-50")
        << QByteArray("1 Jan 50 00:00:00 +0000") << dt(1950, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("three-digit-year")
        << QByteArray("1 Jan 103 00:00:00 +0000") << dt(2003, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("asctime-order")
        << QByteArray("Tue Jul  1 10:52:37 2003") << dt(2003, 7, 1, 10, 52, 37, 0) << 0;
    QTest::newRow("colon-zone") << QByteArray("Tue, 1 Jul 2003 10:52:37 +02:00")
                                << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("lowercase-month-full-day") << QByteArray("tuesday, 1 jul 2003 10:52:37 +0200")
                                              << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("leap-second") << QByteArray("31 Dec 2016 23:59:60 +0000")
                                 << dt(2016, 12, 31, 23, 59, 59, 0) << 0;
    QTest::newRow("zone-out-of-range-read-as-utc")
        << QByteArray("1 Jul 2003 10:52:37 +9959") << dt(2003, 7, 1, 10, 52, 37, 0) << 0;
    QTest::newRow("dashed-date") << QByteArray("01-Jul-2003 10:52:37 +0200")
                                 << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("comma-glued") << QByteArray("Tue,1 Jul 2003 10:52:37 +0200")
                                 << dt(2003, 7, 1, 10, 52, 37, 120) << 120;

    QTest::newRow("invalid-empty") << QByteArray() << QDateTime() << 0;
    QTest::newRow("invalid-garbage") << QByteArray("next tuesday-ish") << QDateTime() << 0;
    QTest::newRow("invalid-day-32") << QByteArray("32 Jan 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-feb-29") << QByteArray("29 Feb 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-hour-25") << QByteArray("1 Jul 2003 25:00:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-no-month") << QByteArray("1 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-huge-number") << QByteArray("99999999999 Jul 2003") << QDateTime() << 0;
    // fuzz_headerdecoding crash-f002a3f6: a zone split off "7-:25" left a time with no colon.
    QTest::newRow("fuzz-time-loses-colon") << QByteArray("\" 7-:25 -07\xB0"
                                                         "0\"")
                                           << QDateTime() << 0;
    QTest::newRow("invalid-colon-first") << QByteArray("1 Jul 2003 :10 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-too-long") << QByteArray(5000, ' ') + "1 Jul 2003" << QDateTime() << 0;
}

void Tst_headerdecoding::rfc5322Date()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, expected);
    QFETCH(int, offsetMinutes);
    const QDateTime out = HeaderDecoding::parseRfc5322Date(raw);
    QCOMPARE(out.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(out, expected);
    QCOMPARE(out.offsetFromUtc(), offsetMinutes * 60);
}

void Tst_headerdecoding::internalDate_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("rfc9051-example")
        << QByteArray("17-Jul-1996 02:44:25 -0700") << dt(1996, 7, 17, 2, 44, 25, -420);
    QTest::newRow("space-padded-day")
        << QByteArray(" 7-Jul-1996 02:44:25 -0700") << dt(1996, 7, 7, 2, 44, 25, -420);
    QTest::newRow("quoted") << QByteArray("\"07-Jul-1996 02:44:25 +0000\"")
                            << dt(1996, 7, 7, 2, 44, 25, 0);
    QTest::newRow("dovecot") << QByteArray("26-Nov-2026 00:28:56 +0100")
                             << dt(2026, 11, 26, 0, 28, 56, 60);
    QTest::newRow("invalid-month") << QByteArray("17-Jux-1996 02:44:25 -0700") << QDateTime();
    QTest::newRow("invalid-time") << QByteArray("17-Jul-1996 02:61:25 -0700") << QDateTime();
    QTest::newRow("invalid-empty") << QByteArray() << QDateTime();
    QTest::newRow("invalid-junk") << QByteArray("NIL") << QDateTime();
}

void Tst_headerdecoding::internalDate()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, expected);
    const QDateTime out = HeaderDecoding::parseInternalDate(raw);
    QCOMPARE(out.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(out, expected);
        QCOMPARE(out.offsetFromUtc(), expected.offsetFromUtc());
    }
}

void Tst_headerdecoding::base64_data()
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

void Tst_headerdecoding::base64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(HeaderDecoding::decodeBase64(encoded), decoded);
}

void Tst_headerdecoding::quotedPrintable_data()
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

void Tst_headerdecoding::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(HeaderDecoding::decodeQuotedPrintable(encoded), decoded);
}

void Tst_headerdecoding::transferEncoding()
{
    QCOMPARE(HeaderDecoding::decodeTransferEncoding("Zm9v", "BASE64"), QByteArray("foo"));
    QCOMPARE(HeaderDecoding::decodeTransferEncoding("a=3Db", "Quoted-Printable"),
             QByteArray("a=b"));
    QCOMPARE(HeaderDecoding::decodeTransferEncoding("a=3Db", "7BIT"), QByteArray("a=3Db"));
    QCOMPARE(HeaderDecoding::decodeTransferEncoding("Zm9v", "x-unknown"), QByteArray("Zm9v"));
}

void Tst_headerdecoding::charset_data()
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

void Tst_headerdecoding::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    const QString out = HeaderDecoding::decodeCharset(bytes, charset);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, true));
}

void Tst_headerdecoding::html_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << u"<p>Hello</p><p>World</p>"_s << u"Hello\nWorld"_s;
    QTest::newRow("head-title-style-dropped")
        << u"<html><head><title>T</title><style>p{color:red}</style></head><body>Hi</body></html>"_s
        << u"Hi"_s;
    QTest::newRow("script-dropped") << u"<script>if (a<b) alert(1)</script>Text"_s << u"Text"_s;
    QTest::newRow("comment-dropped") << u"A<!-- <p>hidden</p> -->B"_s << u"AB"_s;
    QTest::newRow("conditional-comment-outlook")
        << u"<!--[if mso]><style>x{}</style><![endif]-->Body"_s << u"Body"_s;
    QTest::newRow("entities")
        << u"Caf&eacute; &amp; &lt;b&gt; &#233;&#xE9; &quot;q&quot; &hellip;"_s
        << u"Café & <b> éé \"q\" …"_s;
    QTest::newRow("nbsp-is-space") << u"a&nbsp;&nbsp;b"_s << u"a b"_s;
    QTest::newRow("numeric-cp1252-range") << u"&#150;"_s << u"–"_s;
    QTest::newRow("numeric-astral") << u"&#128512;"_s << u"😀"_s;
    QTest::newRow("numeric-invalid")
        << u"a&#0;b&#xD800;c&#99999999;"_s << u"a\uFFFDb\uFFFDc\uFFFD"_s;
    QTest::newRow("unknown-entity-literal") << u"&bogus; &amp"_s << u"&bogus; &"_s;
    QTest::newRow("br") << u"a<br>b<BR/>c"_s << u"a\nb\nc"_s;
    QTest::newRow("whitespace-collapsed") << u"a   \n\t  b"_s << u"a b"_s;
    QTest::newRow("table-cells")
        << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s << u"a b\nc"_s;
    QTest::newRow("inline-tags-no-space") << u"<b>bo</b><i>ld</i>"_s << u"bold"_s;
    QTest::newRow("less-than-text") << u"a < b"_s << u"a < b"_s;
    QTest::newRow("quoted-gt-in-attribute") << u"<a title=\"x>y\">link</a>"_s << u"link"_s;
    QTest::newRow("blockquote-marked") << u"Reply<blockquote>quoted<br>more</blockquote>After"_s
                                       << u"Reply\n> quoted\n> more\nAfter"_s;
    QTest::newRow("pre-keeps-lines") << u"<pre>a\nb</pre>"_s << u"a\nb"_s;
    QTest::newRow("gmail") << u"<div dir=\"ltr\">Hi there<div><br></div><div>Bye</div></div>"_s
                           << u"Hi there\n\nBye"_s;
    QTest::newRow("head-without-close") << u"<head><meta charset=utf-8><body>Text"_s << u"Text"_s;
    QTest::newRow("head-without-close-or-body") << u"<head>Text"_s << u"Text"_s;
    QTest::newRow("truncated-in-tag") << u"Hello <a href=\"http://exa"_s << u"Hello"_s;
    QTest::newRow("truncated-in-comment") << u"Hi <!-- x"_s << u"Hi"_s;
    QTest::newRow("truncated-in-style") << u"Hi<style>p{"_s << u"Hi"_s;
    QTest::newRow("truncated-entity") << u"a &am"_s << u"a &am"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html><p>x</p>"_s << u"x"_s;
    QTest::newRow("zwnj-padding-dropped") << u"Sale&zwnj;&zwnj; now"_s << u"Sale now"_s;
    QTest::newRow("empty") << QString() << QString();
}

void Tst_headerdecoding::html()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString out = HeaderDecoding::htmlToPlainText(html);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, true));
}

void Tst_headerdecoding::hostileHtml()
{
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += u"<div><blockquote>"_s;
    deep += u"x"_s;
    QString out = HeaderDecoding::htmlToPlainText(deep);
    QVERIFY(out.endsWith(u"> x"_s));
    QVERIFY(out.size() < 16);

    const QString attrs = u"<a "_s + QString(1000000, u'"') + u">x"_s;
    out = HeaderDecoding::htmlToPlainText(attrs);
    QVERIFY(isCleanText(out, true));

    // Unclosed <head>s: each one must not rescan the rest of the document (quadratic, would
    // run for hours at this size).
    const QString heads = u"<body>"_s + u"<head>x"_s.repeated(200000);
    out = HeaderDecoding::htmlToPlainText(heads);
    QCOMPARE(out, u"x"_s.repeated(200000));

    QString nuls(1000, QChar(0));
    out = HeaderDecoding::htmlToPlainText(nuls);
    QVERIFY(isCleanText(out, true));
    QVERIFY(out.isEmpty());

    QString lone = u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00);
    out = HeaderDecoding::htmlToPlainText(lone);
    QCOMPARE(out, u"a\uFFFDb\uFFFD"_s);
}

void Tst_headerdecoding::preview_data()
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

void Tst_headerdecoding::preview()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString out = HeaderDecoding::buildPreview(text, maxLength);
    QCOMPARE(out, expected);
    QVERIFY(out.size() <= maxLength);
    QVERIFY(isCleanText(out, false));
}

QTEST_GUILESS_MAIN(Tst_headerdecoding)
#include "tst_headerdecoding.moc"
