#include "notificationtext.h"

#include "displaytext.h"

namespace NotificationText {

namespace {

constexpr QChar kEllipsis(0x2026);
constexpr char16_t kFsi = DisplayText::kFirstStrongIsolate;
constexpr char16_t kPdi = DisplayText::kPopDirectionalIsolate;

// Appends text to out as one line: separators and controls become one space; bidi controls go,
// except FSI ... PDI (not nested), which is how DisplayText::neutralise isolates a field: an FSI
// left open at the end of the line is closed there, so no isolate reaches past the line.
void appendLine(QString &out, QStringView text)
{
    bool pendingSpace = false;
    bool openIsolate = false;
    const auto flushSpace = [&] {
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            flushSpace();
            out += text[i];
            out += text[i + 1];
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            flushSpace();
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (c == kFsi && !openIsolate) {
            flushSpace();
            openIsolate = true;
            out += QChar(kFsi);
            continue;
        }
        if (c == kPdi && openIsolate) {
            openIsolate = false;
            out += QChar(kPdi); // a space before it is trailing space of the field: dropped
            continue;
        }
        if (DisplayText::isBidiControl(c) || c == 0x200B || c == 0xFEFF || c == 0xFFFE
            || c == 0xFFFF)
            continue;
        const QChar ch(c);
        if (ch.isSpace() || c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029) {
            pendingSpace = true;
            continue;
        }
        flushSpace();
        out += ch;
    }
    if (openIsolate)
        out += QChar(kPdi); // cut off (by the length bound before this) or never closed
}

// Closes an FSI that elide() cut off from its PDI.
void closeIsolate(QString &text)
{
    bool open = false;
    for (const QChar ch : std::as_const(text)) {
        if (ch == QChar(kFsi))
            open = true;
        else if (ch == QChar(kPdi))
            open = false;
    }
    if (open)
        text += QChar(kPdi);
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
    if (out.size() <= maxLength)
        return out;
    out = elide(out, maxLength);
    closeIsolate(out);
    return out;
}

QString field(QStringView text, qsizetype maxLength)
{
    const QString line = singleLine(text, maxLength);
    QString out = DisplayText::neutralise(line);
    if (out.size() > maxLength) // the isolate marks count too
        out = DisplayText::neutralise(elide(DisplayText::stripBidiControls(line), maxLength - 2));
    return out;
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
    if (out.size() <= maxLength)
        return out;
    out = elide(out, maxLength);
    closeIsolate(out);
    return out;
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
