// EncodedWords: RFC 2047 encoded words in unstructured text and phrases (RFC 2047 8 examples, real
// mailers' mistakes), and hostile headers against every header decoder.
#include "protocol/charsetdecoder.h"
#include "protocol/encodedwords.h"

#include "cleantext.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_encodedwords : public QObject
{
    Q_OBJECT
private slots:
    void unstructured_data();
    void unstructured();
    void phrase_data();
    void phrase();
    void hostileHeaders_data();
    void hostileHeaders();
};

void Tst_encodedwords::unstructured_data()
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
    // A long Japanese subject as mailers split it (bytes from `iconv -t ISO-2022-JP`, cut at a
    // character): each word starts with ESC $ B and ends with ESC ( B (RFC 1468 3), and is
    // decoded on its own; joining the bytes gave "ご案\uFFFD内" (ICU rejects "ESC ( B ESC $ B").
    QTest::newRow("iso-2022-jp-split-subject")
        << QByteArray("=?ISO-2022-JP?B?GyRCIVo9RU1XIVskNDBGGyhC?=\r\n"
                      " =?ISO-2022-JP?B?GyRCRmIkTiQqQ04kaSQ7GyhC?=")
        << u"【重要】ご案内のお知らせ"_s;
    QTest::newRow("iso-2022-jp-one-character-a-word")
        << QByteArray("=?ISO-2022-JP?B?GyRCJDQbKEI=?= =?ISO-2022-JP?B?GyRCMEYbKEI=?= "
                      "=?ISO-2022-JP?B?GyRCRmIbKEI=?=")
        << u"ご案内"_s;
    QTest::newRow("iso-2022-jp-split-q-words")
        << QByteArray("=?ISO-2022-JP?Q?=1B$B$40F=1B(B?= =?iso-2022-jp?q?=1B$BFb=1B(B?=")
        << u"ご案内"_s;
    QTest::newRow("iso-2022-jp-words-with-ascii")
        << QByteArray("=?ISO-2022-JP?B?UmU6IBskQiQ0MEZGYhsoQg==?= "
                      "=?ISO-2022-JP?B?IDIwMjQbJEJHLxsoQg==?=")
        << u"Re: ご案内 2024年"_s;
    // A word that ends without returning to ASCII: the next word starts afresh in ASCII.
    QTest::newRow("iso-2022-jp-word-ends-in-jis") << QByteArray(
        "=?ISO-2022-JP?B?GyRCIVo9RU1XIVskNDBG?= =?iso-2022-jp?B?GyRCRmIkTiQqQ04kaSQ7GyhC?=")
                                                  << u"【重要】ご案内のお知らせ"_s;
    QTest::newRow("iso-2022-jp-word-ends-in-jis-next-starts-ascii") << QByteArray(
        "=?ISO-2022-JP?B?UmU6IBskQiQ0MEZGYg==?= =?ISO-2022-JP?B?IDIwMjQbJEJHLxsoQg==?=")
                                                                    << u"Re: ご案内 2024年"_s;
    QTest::newRow("iso-2022-jp-2-split-subject")
        << QByteArray("=?ISO-2022-JP-2?B?GyRCIVo9RU1XIVskNDBGGyhC?= "
                      "=?ISO-2022-JP-2?B?GyRCRmIkTiQqQ04kaSQ7GyhC?=")
        << u"【重要】ご案内のお知らせ"_s;
    QTest::newRow("iso-2022-jp-words-then-text")
        << QByteArray("=?ISO-2022-JP?B?GyRCJDQbKEI=?= =?ISO-2022-JP?B?GyRCMEYbKEI=?= (2)")
        << u"ご案 (2)"_s;
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
    // Common labels normalize to literals: every spelling must still mean the same decoder, and
    // words spelt differently still join into one run.
    QTest::newRow("utf8-label-mixed-case") << QByteArray("=?uTf-8?Q?na=C3=AFve?=") << u"naïve"_s;
    QTest::newRow("utf8-label-quoted") << QByteArray("=?\"UTF-8\"?Q?na=C3=AFve?=") << u"naïve"_s;
    QTest::newRow("utf8-split-across-spellings")
        << QByteArray("=?UTF-8?Q?caf=C3?= =?utf-8?Q?=A9?=") << u"café"_s;
    QTest::newRow("latin1-label-upper") << QByteArray("=?ISO-8859-1?Q?caf=E9?=") << u"café"_s;
    QTest::newRow("windows-1252-label-upper") << QByteArray("=?WINDOWS-1252?Q?=80?=") << u"€"_s;
    QTest::newRow("us-ascii-label-upper-cp1252-byte") << QByteArray("=?US-ASCII?Q?=80?=") << u"€"_s;
    QTest::newRow("utf8-label-near-miss") << QByteArray("=?utf-8x?Q?caf=C3=A9?=") << u"café"_s;
    QTest::newRow("empty-charset") << QByteArray("=?"
                                                 "?q?caf=E9?=")
                                   << u"café"_s;

    // Real-world malformations.
    QTest::newRow("outlook-b-utf8") << QByteArray("=?utf-8?B?UkU6IFTDpHN0?=") << u"RE: Täst"_s;
    QTest::newRow("split-utf8-across-q-words")
        << QByteArray("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=") << u"café"_s;
    QTest::newRow("split-utf8-across-b-words")
        << QByteArray("=?UTF-8?B?Y2Fmww==?=\r\n =?utf-8?B?qSBhdSBsYWl0?=") << u"café au lait"_s;
    // UTF-8 must still be joined: ご案内 with 案 (E6 A1 88) cut after its first byte.
    QTest::newRow("split-utf8-japanese-across-b-words")
        << QByteArray("=?UTF-8?B?44GU5g==?= =?UTF-8?B?oYjlhoU=?=") << u"ご案内"_s;
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

void Tst_encodedwords::unstructured()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const QString out = EncodedWords::decodeUnstructured(raw);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, false));
}

void Tst_encodedwords::phrase_data()
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
    QTest::newRow("quoted-ascii-trimmed") << QByteArray("  \"  Ann Lee \"  ") << u"Ann Lee"_s;
    QTest::newRow("empty-quotes") << QByteArray("\"\"") << QString();
    QTest::newRow("quotes-split-marker-still-decoded")
        << QByteArray("\"=\"?utf-8?q?J=C3=B6rg?=") << u"Jörg"_s;
    QTest::newRow("quoted-pair-builds-marker")
        << QByteArray("\"=\\?utf-8?q?J=C3=B6rg?=\"") << u"Jörg"_s;
    QTest::newRow("quoted-tab-becomes-space") << QByteArray("\"Ann\tLee\"") << u"Ann Lee"_s;
}

void Tst_encodedwords::phrase()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(EncodedWords::decodePhrase(raw), expected);
}

void Tst_encodedwords::hostileHeaders_data()
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

void Tst_encodedwords::hostileHeaders()
{
    QFETCH(QByteArray, raw);
    const QString unstructured = EncodedWords::decodeUnstructured(raw);
    QVERIFY(unstructured.size() <= CharsetDecoder::maxDecodedHeaderLength);
    QVERIFY(isCleanText(unstructured, false));
    const QString phrase = EncodedWords::decodePhrase(raw);
    QVERIFY(phrase.size() <= CharsetDecoder::maxDecodedHeaderLength);
    QVERIFY(isCleanText(phrase, false));
    const QString raw8 = CharsetDecoder::decodeRaw8Bit(raw);
    QVERIFY(raw8.size() <= CharsetDecoder::maxDecodedHeaderLength);
    QVERIFY(isCleanText(raw8, false));
}

QTEST_GUILESS_MAIN(Tst_encodedwords)
#include "tst_encodedwords.moc"
