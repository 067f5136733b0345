#include "displaytext.h"

namespace DisplayText {

namespace {

// True when text holds a letter of bidi class R or AL (surrogate pairs read as code points).
bool hasRightToLeftLetter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        const QChar::Direction direction = QChar::direction(c);
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
    }
    return false;
}

void appendIsolated(QString &out, QStringView line)
{
    if (!hasRightToLeftLetter(line)) {
        out += line;
        return;
    }
    out += QChar(kFirstStrongIsolate);
    out += line;
    out += QChar(kPopDirectionalIsolate);
}

} // namespace

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE RLE PDF LRO RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI RLI FSI PDI
        || c == 0x200E || c == 0x200F // LRM RLM
        || c == 0x061C; // ALM
}

QString stripBidiControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (!isBidiControl(ch.unicode()))
            out += ch;
    }
    return out;
}

QString neutralise(QStringView text)
{
    const QString clean = stripBidiControls(text);
    if (!hasRightToLeftLetter(clean))
        return clean;
    QString out;
    out.reserve(clean.size() + 4);
    const QStringView view(clean);
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = view.indexOf(u'\n', start);
        appendIsolated(out, view.sliced(start, (end < 0 ? view.size() : end) - start));
        if (end < 0)
            break;
        out += u'\n';
        start = end + 1;
    }
    return out;
}

} // namespace DisplayText
