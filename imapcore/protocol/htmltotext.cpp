#include "protocol/htmltotext.h"

#include "protocol/textutil_p.h"

#include <QByteArray>

#include <algorithm>
#include <optional>

namespace ImapCore {

using namespace TextUtil;

namespace {

struct NamedEntity
{
    const char *name;
    char16_t value;
};

// The HTML 4 Latin-1 entities (U+00A0..U+00FF in order) and the common typographic ones.
constexpr const char *latin1EntityNames[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

constexpr NamedEntity otherEntities[] = {
    {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},
    {"apos", u'\''},    {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"bull", 0x2022},   {"euro", 0x20AC},
    {"trade", 0x2122},  {"zwnj", 0x200C},   {"zwj", 0x200D},    {"ensp", 0x2002},
    {"emsp", 0x2003},   {"thinsp", 0x2009}, {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"OElig", 0x0152},
    {"oelig", 0x0153},  {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},
    {"fnof", 0x0192},   {"circ", 0x02C6},   {"tilde", 0x02DC},  {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"hearts", 0x2665},
    {"minus", 0x2212},  {"infin", 0x221E},  {"ne", 0x2260},     {"le", 0x2264},
    {"ge", 0x2265},     {"alpha", 0x03B1},  {"beta", 0x03B2},   {"pi", 0x03C0},
    {"mu", 0x03BC},     {"Omega", 0x03A9},  {"check", 0x2713},  {"star", 0x2606},
};

std::optional<char32_t> lookupEntity(QStringView name)
{
    if (name.size() > 8)
        return std::nullopt;
    const QByteArray latin = name.toLatin1();
    for (int k = 0; k < 96; ++k) {
        if (latin == latin1EntityNames[k])
            return char32_t(0xA0 + k);
    }
    for (const NamedEntity &e : otherEntities) {
        if (latin == e.name)
            return e.value;
    }
    return std::nullopt;
}

bool isBlockElement(QStringView name)
{
    static const char16_t *const blocks[] = {
        u"p",      u"div",     u"br",     u"tr",         u"li",      u"h1",     u"h2",     u"h3",
        u"h4",     u"h5",      u"h6",     u"table",      u"ul",      u"ol",     u"dl",     u"dt",
        u"dd",     u"pre",     u"hr",     u"section",    u"article", u"header", u"footer", u"nav",
        u"form",   u"address", u"center", u"blockquote", u"body",    u"html",   u"main",   u"aside",
        u"figure", u"caption", u"tbody",  u"thead",      u"tfoot",   u"title"};
    for (const char16_t *b : blocks) {
        if (name.compare(QStringView(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Accumulates text with collapsed white space, at most two line breaks in a row, and a "> "
// prefix on lines inside a <blockquote>.
class TextSink
{
public:
    QString out;
    int quoteDepth = 0;
    bool preformatted = false;

    void space() { m_pendingSpace = true; }
    // The edge of a block element: ends the current line, never adds an empty one.
    void blockBreak()
    {
        if (!out.isEmpty() && out.back() != u'\n')
            lineBreak();
        m_pendingSpace = false;
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        if (out.isEmpty() || m_breaks >= 2)
            return;
        out += u'\n';
        ++m_breaks;
    }
    void put(char32_t c)
    {
        if (c == u'\n' && preformatted) {
            lineBreak();
            return;
        }
        if (c == u' ' || c == u'\t' || c == 0xA0 || c < 0x20 || c == 0x7F) {
            space();
            return;
        }
        const bool atLineStart = out.isEmpty() || out.back() == u'\n';
        if (atLineStart && quoteDepth > 0)
            out += u"> ";
        else if (m_pendingSpace && !atLineStart)
            out += u' ';
        m_pendingSpace = false;
        m_breaks = 0;
        if (c >= 0x10000) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }

private:
    bool m_pendingSpace = false;
    int m_breaks = 0;
};

// Decodes the character reference at html[i] == '&'; returns the index after it, or i if none.
qsizetype decodeEntity(QStringView html, qsizetype i, char32_t *c)
{
    const qsizetype n = html.size();
    qsizetype p = i + 1;
    if (p < n && html[p] == u'#') {
        ++p;
        const bool hex = p < n && (html[p] == u'x' || html[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        quint32 v = 0;
        while (p < n && p - digitsStart < 8) {
            const char16_t ch = html[p].unicode();
            int d = -1;
            if (ch < 0x80)
                d = hex ? hexValue(char(ch)) : (isDigit(char(ch)) ? ch - u'0' : -1);
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + quint32(d);
            ++p;
        }
        if (p == digitsStart)
            return i;
        if (p < n && html[p] == u';')
            ++p;
        if (v >= 0x80 && v < 0xA0)
            v = cp1252High[v - 0x80];
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
            v = 0xFFFD;
        *c = v;
        return p;
    }
    while (p < n && p - i <= 9 && html[p].unicode() < 0x80 && html[p].isLetterOrNumber())
        ++p;
    const QStringView name = html.sliced(i + 1, p - i - 1);
    const std::optional<char32_t> v = lookupEntity(name);
    if (!v)
        return i;
    if (p < n && html[p] == u';')
        ++p;
    *c = *v;
    return p;
}

// Finds the '>' ending a tag that starts at from, skipping quoted attribute values. -1 if none.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    char16_t quote = 0;
    for (qsizetype p = from; p < html.size(); ++p) {
        const char16_t c = html[p].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'"' || c == u'\'') {
            // A quote only opens a value right after '=' (possibly with spaces).
            qsizetype b = p - 1;
            while (b > from && html[b].isSpace())
                --b;
            if (b >= from && html[b] == u'=')
                quote = c;
        } else if (c == u'>') {
            return p;
        }
    }
    return -1;
}

} // namespace

QString HtmlToText::convert(QStringView html)
{
    TextSink sink;
    sink.out.reserve(std::min<qsizetype>(html.size(), 64 * 1024));
    const qsizetype n = html.size();
    bool noHeadEnd = false;
    bool noBodyStart = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            char32_t decoded = 0;
            const qsizetype next = decodeEntity(html, i, &decoded);
            if (next > i) {
                if (decoded != 0x200C && decoded != 0x200D && decoded != 0xAD)
                    sink.put(decoded);
                i = next;
                continue;
            }
            sink.put(u'&');
            ++i;
            continue;
        }
        if (c != u'<' || i + 1 >= n) {
            if (c.isHighSurrogate() && i + 1 < n && html[i + 1].isLowSurrogate()) {
                sink.put(QChar::surrogateToUcs4(c, html[i + 1]));
                i += 2;
                continue;
            }
            sink.put(c.unicode());
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (next == u'!') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                if (end < 0)
                    break; // an unterminated comment swallows the rest, as in browsers
                i = end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 2);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        if (next == u'?') {
            const qsizetype end = html.indexOf(u'>', i + 2);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        const bool closing = next == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && p - nameStart < 16 && html[p].unicode() < 0x80
               && (html[p].isLetterOrNumber() || html[p] == u':' || html[p] == u'-'))
            ++p;
        if (p == nameStart) {
            if (!closing) {
                sink.put(u'<'); // "a < b" is text
                ++i;
            } else {
                const qsizetype end = html.indexOf(u'>', p);
                if (end < 0)
                    break;
                i = end + 1;
            }
            continue;
        }
        const QStringView name = html.sliced(nameStart, p - nameStart);
        const qsizetype end = tagEnd(html, p);
        if (end < 0)
            break; // a tag cut off by truncation
        i = end + 1;
        auto is = [&](QStringView tag) {
            return name.compare(tag, Qt::CaseInsensitive) == 0;
        };
        if (!closing && (is(u"script") || is(u"style") || is(u"title") || is(u"head"))) {
            // Raw text content: skip to the matching end tag.
            const QString endTag = QStringLiteral("</") + name.toString();
            // A search that failed once fails for every later start: remember it, or a
            // thousand "<head>"s would make this quadratic.
            qsizetype close = -1;
            if (!(is(u"head") && noHeadEnd))
                close = html.indexOf(endTag, i, Qt::CaseInsensitive);
            if (close < 0 && is(u"head")) {
                noHeadEnd = true;
                if (!noBodyStart)
                    close = html.indexOf(u"<body", i, Qt::CaseInsensitive);
                noBodyStart = close < 0;
            }
            if (close < 0) {
                if (is(u"head"))
                    continue; // no </head> and no <body>: read on, the content may be text
                break;
            }
            i = close;
            continue;
        }
        if (is(u"blockquote"))
            sink.quoteDepth = std::max(0, std::min(sink.quoteDepth + (closing ? -1 : 1), 1000));
        if (is(u"pre"))
            sink.preformatted = !closing;
        if (is(u"br")) {
            sink.lineBreak();
        } else if (isBlockElement(name)) {
            sink.blockBreak();
        } else if (is(u"td") || is(u"th") || is(u"img")) {
            sink.space();
        }
    }
    QString out = sink.out.trimmed();
    sanitizeText(out, true);
    return out;
}

} // namespace ImapCore
