// HtmlToText: HTML bodies reduced to preview text; malformed, truncated and hostile markup.
#include "protocol/htmltotext.h"

#include "cleantext.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_htmltotext : public QObject
{
    Q_OBJECT
private slots:
    void html_data();
    void html();
    void hostileHtml();
};

void Tst_htmltotext::html_data()
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

void Tst_htmltotext::html()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString out = HtmlToText::convert(html);
    QCOMPARE(out, expected);
    QVERIFY(isCleanText(out, true));
}

void Tst_htmltotext::hostileHtml()
{
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += u"<div><blockquote>"_s;
    deep += u"x"_s;
    QString out = HtmlToText::convert(deep);
    QVERIFY(out.endsWith(u"> x"_s));
    QVERIFY(out.size() < 16);

    const QString attrs = u"<a "_s + QString(1000000, u'"') + u">x"_s;
    out = HtmlToText::convert(attrs);
    QVERIFY(isCleanText(out, true));

    // Unclosed <head>s: each one must not rescan the rest of the document (quadratic, would
    // run for hours at this size).
    const QString heads = u"<body>"_s + u"<head>x"_s.repeated(200000);
    out = HtmlToText::convert(heads);
    QCOMPARE(out, u"x"_s.repeated(200000));

    QString nuls(1000, QChar(0));
    out = HtmlToText::convert(nuls);
    QVERIFY(isCleanText(out, true));
    QVERIFY(out.isEmpty());

    QString lone = u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00);
    out = HtmlToText::convert(lone);
    QCOMPARE(out, u"a\uFFFDb\uFFFD"_s);
}

QTEST_GUILESS_MAIN(Tst_htmltotext)
#include "tst_htmltotext.moc"
