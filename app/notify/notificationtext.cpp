#include "notificationtext.h"

namespace NotificationText {

namespace {

constexpr QChar kEllipsis(0x2026);

bool isBidiControl(char16_t c)
{
    // LRE RLE PDF LRO RLO, LRI RLI FSI PDI (Unicode 9 table 2 "explicit formatting").
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Appends text to out as one line: separators and controls become one space.
void appendLine(QString &out, QStringView text)
{
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += text[i];
            out += text[i + 1];
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (isBidiControl(c) || c == 0x200B || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)
            continue;
        const QChar ch(c);
        if (ch.isSpace() || c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += ch;
    }
}

} // namespace

QString elide(QStringView text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text.toString();
    if (maxLength <= 0)
        return QString();
    qsizetype cut = maxLength - 1;
    if (cut > 0 && QChar::isHighSurrogate(text[cut - 1].unicode()))
        --cut;
    QString out = text.first(cut).toString();
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    out += kEllipsis;
    return out;
}

QString singleLine(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength + 1));
    appendLine(out, text.first(std::min(text.size(), maxLength * 4)));
    return elide(out, maxLength);
}

QString multiLine(QStringView text, qsizetype maxLength)
{
    QString out;
    qsizetype start = 0;
    const QStringView bounded = text.first(std::min(text.size(), maxLength * 4));
    while (start <= bounded.size() && out.size() <= maxLength) {
        qsizetype end = bounded.indexOf(u'\n', start);
        if (end < 0)
            end = bounded.size();
        const QString line = singleLine(bounded.sliced(start, end - start), maxLength);
        if (!line.isEmpty()) {
            if (!out.isEmpty())
                out += u'\n';
            out += line;
        }
        start = end + 1;
    }
    return elide(out, maxLength);
}

QString escapeMarkup(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&apos;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

} // namespace NotificationText
