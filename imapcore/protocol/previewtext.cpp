#include "protocol/previewtext.h"

#include "protocol/textutil_p.h"

#include <algorithm>

namespace ImapCore {

using namespace TextUtil;

namespace {

bool isInvisible(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x034F
        || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isPreviewSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000 || c < 0x20 || c == 0x7F;
}

bool startsAttribution(QStringView line)
{
    static const char16_t *const starts[] = {u"On ", u"Am ", u"Le ",     u"El ", u"Il ",
                                             u"Op ", u"Em ", u"W dniu ", u"Den "};
    for (const char16_t *s : starts) {
        if (line.startsWith(QStringView(s)))
            return true;
    }
    return false;
}

// "On <date>, <name> wrote:" and its translations (Thunderbird: "Am <date> schrieb <name>:").
bool isAttribution(QStringView line)
{
    static const char16_t *const verbs[] = {u"wrote",   u"schrieb",   u"écrit",   u"escribió",
                                            u"scritto", u"schreef",   u"написал", u"napisał",
                                            u"skrev",   u"kirjoitti", u"escreveu"};
    if (!line.endsWith(u':') || line.size() > 400)
        return false;
    const QStringView body = line.chopped(1).trimmed();
    for (const char16_t *v : verbs) {
        if (body.endsWith(QStringView(v), Qt::CaseInsensitive))
            return true;
        if (startsAttribution(line) && body.contains(QStringView(v), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool endsBody(QStringView line)
{
    if (line == u"--" || line == u"-- ")
        return true;
    if (line.startsWith(u"-----Original Message-----", Qt::CaseInsensitive)
        || line.startsWith(u"----- Original Message -----", Qt::CaseInsensitive)
        || line.startsWith(u"-----Ursprüngliche Nachricht-----", Qt::CaseInsensitive))
        return true;
    // Outlook's separator line above the quoted "From:" block.
    return line.size() >= 10
        && std::all_of(line.begin(), line.end(), [](QChar c) { return c == u'_'; });
}

QString collectPreview(QStringView text, qsizetype enough, bool dropQuotes)
{
    QString out;
    qsizetype lineStart = 0;
    qsizetype previousLineOut = -1; // where the previous line's text began in out
    bool previousLineAttributionStart = false;
    bool pendingSpace = false;
    const qsizetype n = text.size();
    while (lineStart < n && out.size() <= enough) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView rawLine = text.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (endsBody(rawLine.trimmed()) || (rawLine.startsWith(u"-- ") && rawLine.size() == 3))
            break;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty()) {
            previousLineOut = -1;
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (dropQuotes && (line.startsWith(u'>') || line.startsWith(u'|'))) {
            previousLineOut = -1;
            continue;
        }
        if (dropQuotes && isAttribution(line)) {
            // Gmail wraps "On <date>, <name>\n<addr> wrote:" over two lines.
            if (previousLineOut >= 0 && previousLineAttributionStart) {
                out.truncate(previousLineOut);
                while (!out.isEmpty() && out.back() == u' ')
                    out.chop(1);
            }
            previousLineOut = -1;
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && !out.isEmpty() && out.back() != u' ')
            out += u' ';
        pendingSpace = true;
        previousLineOut = out.size();
        previousLineAttributionStart = startsAttribution(line);
        for (QChar c : line) {
            const char16_t u = c.unicode();
            if (isInvisible(u))
                continue;
            if (isPreviewSpace(u)) {
                if (!out.isEmpty() && out.back() != u' ')
                    out += u' ';
                continue;
            }
            out += c;
            if (out.size() > enough + 1)
                break;
        }
    }
    while (!out.isEmpty() && out.back() == u' ')
        out.chop(1);
    return out;
}

} // namespace

QString PreviewText::build(QStringView text, qsizetype maxLength)
{
    if (maxLength <= 0)
        return QString();
    QString out = collectPreview(text, maxLength, true);
    if (out.isEmpty())
        out = collectPreview(text, maxLength, false); // a reply that is nothing but quotes
    sanitizeText(out, false); // the input may carry lone surrogates and controls
    if (out.size() <= maxLength)
        return out;
    const qsizetype limit = maxLength - 1; // room for the ellipsis
    qsizetype cut = limit;
    for (qsizetype k = limit; k > limit / 2; --k) {
        if (out.at(k) == u' ') {
            cut = k;
            break;
        }
    }
    if (cut > 0 && out.at(cut - 1).isHighSurrogate())
        --cut;
    out.truncate(cut);
    while (!out.isEmpty() && out.back() == u' ')
        out.chop(1);
    out += QChar(0x2026);
    return out;
}

} // namespace ImapCore
