#include "protocol/responseexcerpt.h"

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

constexpr qsizetype maxWordLength = 24;

bool isWordChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_';
}

// The space-delimited token at pos, and pos moved past it and one following space.
QByteArrayView token(QByteArrayView line, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < line.size() && line[pos] != ' ' && line[pos] != '\r' && line[pos] != '\n')
        ++pos;
    const QByteArrayView result = line.sliced(start, pos - start);
    if (pos < line.size() && line[pos] == ' ')
        ++pos;
    return result;
}

// An IMAP keyword shown in a message: letters, digits and a few marks only, bounded.
QString word(QByteArrayView token)
{
    if (token.isEmpty() || token.size() > maxWordLength)
        return {};
    for (const char c : token) {
        if (!isWordChar(c))
            return {};
    }
    return QString::fromLatin1(token.toByteArray().toUpper());
}

bool isNumber(QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isCredentialCommand(QByteArrayView token)
{
    return token.compare(QByteArrayView("LOGIN"), Qt::CaseInsensitive) == 0
        || token.compare(QByteArrayView("AUTHENTICATE"), Qt::CaseInsensitive) == 0;
}

// The end of the first LOGIN / AUTHENTICATE word (delimited by anything but a word character),
// or -1.
qsizetype credentialWordEnd(QByteArrayView line)
{
    qsizetype pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && !isWordChar(line[pos]))
            ++pos;
        const qsizetype start = pos;
        while (pos < line.size() && isWordChar(line[pos]))
            ++pos;
        if (pos > start && isCredentialCommand(line.sliced(start, pos - start)))
            return pos;
    }
    return -1;
}

} // namespace

QString ResponseExcerpt::kind(QByteArrayView unit)
{
    if (unit.startsWith('+'))
        return u"continuation"_s;
    qsizetype pos = 0;
    const QByteArrayView first = token(unit, pos);
    if (first == "*") {
        QByteArrayView next = token(unit, pos);
        if (isNumber(next))
            next = token(unit, pos);
        const QString name = word(next);
        return name.isEmpty() ? u"untagged response"_s : u"untagged "_s + name;
    }
    if (!first.isEmpty()) {
        const QString name = word(token(unit, pos));
        if (!name.isEmpty())
            return u"tagged "_s + name;
    }
    return u"response"_s;
}

QByteArray ResponseExcerpt::text(QByteArrayView unit, qsizetype maxBytes)
{
    if (unit.endsWith("\r\n"))
        unit.chop(2);
    else if (unit.endsWith('\n'))
        unit.chop(1);
    bool redacted = false;
    if (const qsizetype end = credentialWordEnd(unit); end >= 0 && end < unit.size()) {
        unit = unit.first(end);
        redacted = true;
    }
    QByteArray out;
    out.reserve(std::min<qsizetype>(maxBytes, unit.size() * 4) + 8);
    qsizetype i = 0;
    for (; i < unit.size(); ++i) {
        const auto c = static_cast<unsigned char>(unit[i]);
        QByteArray piece;
        if (c == '\r')
            piece = "\\r";
        else if (c == '\n')
            piece = "\\n";
        else if (c < 0x20 || c >= 0x7f)
            piece = "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            piece = QByteArray(1, char(c));
        if (out.size() + piece.size() > maxBytes)
            break;
        out += piece;
    }
    if (redacted && i == unit.size())
        out += " ***";
    else if (i < unit.size())
        out += "...";
    return out;
}

} // namespace ImapCore
