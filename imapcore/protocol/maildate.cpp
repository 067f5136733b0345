#include "protocol/maildate.h"

#include "protocol/textutil_p.h"

#include <QByteArrayView>

#include <algorithm>
#include <optional>

namespace ImapCore {

using namespace TextUtil;

namespace {

// The first three letters of a name, ASCII case folded, as one number: month and weekday names
// are told apart by three letters, and every date reads at least two of them.
constexpr quint32 packLower3(const char *t)
{
    quint32 v = 0;
    for (int i = 0; i < 3; ++i) {
        const char c = t[i];
        v = (v << 8) | uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return v;
}

constexpr quint32 monthKeys[] = {packLower3("jan"), packLower3("feb"), packLower3("mar"),
                                 packLower3("apr"), packLower3("may"), packLower3("jun"),
                                 packLower3("jul"), packLower3("aug"), packLower3("sep"),
                                 packLower3("oct"), packLower3("nov"), packLower3("dec")};

int monthFromName(QByteArrayView t)
{
    if (t.size() < 3 || t.size() > 9)
        return 0;
    const quint32 key = packLower3(t.data());
    for (int m = 0; m < 12; ++m) {
        if (key == monthKeys[m])
            return m + 1;
    }
    return 0;
}

bool isWeekdayName(QByteArrayView t)
{
    constexpr quint32 days[] = {packLower3("mon"), packLower3("tue"), packLower3("wed"),
                                packLower3("thu"), packLower3("fri"), packLower3("sat"),
                                packLower3("sun")};
    if (t.size() < 3 || t.size() > 9)
        return false;
    const quint32 key = packLower3(t.data());
    for (const quint32 d : days) {
        if (key == d)
            return true;
    }
    return false;
}

// "+hhmm", "-hhmm", "+hh:mm": seconds east of UTC.
std::optional<int> numericZone(QByteArrayView t)
{
    if (t.size() < 2 || (t[0] != '+' && t[0] != '-'))
        return std::nullopt;
    char digits[4];
    qsizetype count = 0;
    for (const char c : t.sliced(1)) {
        if (c == ':')
            continue;
        if (count == 4)
            return std::nullopt;
        digits[count++] = c;
    }
    const QByteArrayView v(digits, count);
    int hh = -1, mm = 0;
    if (count == 4) {
        hh = number(v.first(2), 2);
        mm = number(v.sliced(2), 2);
    } else if (count <= 2) {
        hh = number(v, 2);
    }
    if (hh < 0 || mm < 0 || mm > 59)
        return std::nullopt;
    const int seconds = (hh * 60 + mm) * 60;
    return t[0] == '-' ? -seconds : seconds;
}

// RFC 5322 4.3 obs-zone, plus the few non-standard names that are unambiguous.
std::optional<int> namedZone(QByteArrayView t)
{
    struct Zone
    {
        const char *name;
        int hours;
    };
    static const Zone zones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5},
                                 {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                                 {"pst", -8}, {"pdt", -7}, {"cet", 1},  {"cest", 2}, {"met", 1},
                                 {"mest", 2}, {"eet", 2},  {"eest", 3}, {"wet", 0},  {"west", 1}};
    for (const Zone &z : zones) {
        if (equalsIgnoreCase(t, QByteArrayView(z.name)))
            return z.hours * 3600;
    }
    // Military zones and other unknown alphabetic zones: "-0000" (RFC 5322 4.3).
    if (t.size() <= 5 && std::all_of(t.begin(), t.end(), isAlpha))
        return 0;
    return std::nullopt;
}

struct DateParts
{
    int day = -1, month = 0, year = -1, yearDigits = 0;
    int hour = -1, minute = 0, second = 0;
    std::optional<int> zone;
    bool pm = false, am = false;
};

bool parseTime(QByteArrayView t, DateParts *d)
{
    const qsizetype c1 = t.indexOf(':');
    if (c1 < 1)
        return false;
    const qsizetype c2 = t.sliced(c1 + 1).indexOf(':');
    const int h = number(t.first(c1), 2);
    const QByteArrayView rest = t.sliced(c1 + 1);
    const int m = number(c2 >= 0 ? rest.first(c2) : rest, 2);
    const int s = c2 >= 0 ? number(rest.sliced(c2 + 1), 2) : 0;
    if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 60)
        return false;
    d->hour = h;
    d->minute = m;
    d->second = std::min(s, 59); // a leap second is shown as :59
    return true;
}

bool applyToken(QByteArrayView t, DateParts *d)
{
    if (t.isEmpty())
        return true;
    if (t.contains(':') && (isDigit(t[0]))) {
        qsizetype zoneAt = -1;
        for (qsizetype k = 1; k < t.size(); ++k) {
            if (t[k] == '+' || t[k] == '-') {
                zoneAt = k;
                break;
            }
        }
        if (zoneAt > 0) {
            if (!applyToken(t.sliced(zoneAt), d))
                return false;
            t = t.first(zoneAt);
        }
        return d->hour < 0 ? parseTime(t, d) : false;
    }
    if (t[0] == '+' || t[0] == '-') {
        const std::optional<int> z = numericZone(t);
        if (!z)
            return false;
        if (!d->zone)
            d->zone = z;
        return true;
    }
    if (isDigit(t[0])) {
        const int v = number(t, 4);
        if (v < 0)
            return false;
        if (t.size() <= 2 && d->day < 0 && d->year < 0) {
            d->day = v;
        } else if (d->year < 0 && t.size() >= 2) {
            d->year = v;
            d->yearDigits = int(t.size());
        } else if (d->day < 0 && t.size() <= 2) {
            d->day = v;
        } else {
            return false;
        }
        return true;
    }
    if (const int m = monthFromName(t); m > 0 && d->month == 0) {
        d->month = m;
        return true;
    }
    if (isWeekdayName(t))
        return true;
    if (equalsIgnoreCase(t, "pm") || equalsIgnoreCase(t, "am")) {
        (t[0] == 'p' || t[0] == 'P' ? d->pm : d->am) = true;
        return true;
    }
    if (const std::optional<int> z = namedZone(t)) {
        if (!d->zone)
            d->zone = z;
        return true;
    }
    return false;
}

QDateTime assemble(DateParts d)
{
    if (d.day < 1 || d.month < 1 || d.year < 0)
        return QDateTime();
    // RFC 5322 4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years + 1900.
    if (d.yearDigits <= 2)
        d.year += d.year < 50 ? 2000 : 1900;
    else if (d.yearDigits == 3)
        d.year += 1900;
    if (d.year < 1000)
        return QDateTime();
    if (d.hour < 0)
        d.hour = 0;
    if (d.pm && d.hour < 12)
        d.hour += 12;
    else if (d.am && d.hour == 12)
        d.hour = 0;
    const QDate date(d.year, d.month, d.day);
    const QTime time(d.hour, d.minute, d.second);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    int offset = d.zone.value_or(0);
    // Real zones lie within +-14h; anything else is a broken clock, read as "-0000".
    if (offset > 14 * 3600 || offset < -14 * 3600)
        offset = 0;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

// The form nearly every mailer writes (RFC 5322 3.3 without obsolete parts or comments):
// "Fri, 17 Jul 2026 02:44:25 -0700", weekday optional, day of one or two digits. Read at fixed
// places, without the general path's copy and tokenizer. nullopt for anything else, and for
// values the general path rejects or adjusts, so that it alone decides those.
std::optional<DateParts> canonicalDateParts(QByteArrayView s)
{
    if (s.size() >= 5 && s[3] == ',' && s[4] == ' ') {
        if (!isWeekdayName(s.first(3)))
            return std::nullopt; // "Jul, ..." or "Foo, ...": the general path decides
        s = s.sliced(5);
    }
    // d[d] SP Mon SP yyyy SP hh:mm:ss SP +zzzz
    const qsizetype dayDigits = s.size() > 1 && isDigit(s[1]) ? 2 : 1;
    if (s.size() != dayDigits + 1 + 3 + 1 + 4 + 1 + 8 + 1 + 5)
        return std::nullopt;
    const QByteArrayView rest = s.sliced(dayDigits);
    if (rest[0] != ' ' || rest[4] != ' ' || rest[9] != ' ' || rest[12] != ':' || rest[15] != ':'
        || rest[18] != ' ')
        return std::nullopt;
    DateParts parts;
    parts.day = number(s.first(dayDigits), 2);
    parts.month = monthFromName(rest.sliced(1, 3));
    parts.year = number(rest.sliced(5, 4), 4);
    parts.yearDigits = 4;
    parts.hour = number(rest.sliced(10, 2), 2);
    parts.minute = number(rest.sliced(13, 2), 2);
    parts.second = number(rest.sliced(16, 2), 2);
    parts.zone = numericZone(rest.sliced(19));
    if (parts.day < 0 || parts.month == 0 || parts.year < 0 || parts.hour < 0 || parts.hour > 23
        || parts.minute < 0 || parts.minute > 59 || parts.second < 0 || parts.second > 59
        || !parts.zone)
        return std::nullopt;
    return parts;
}

} // namespace

QDateTime MailDate::parseRfc5322Date(QByteArrayView raw)
{
    constexpr qsizetype maxDateLength = 1024;
    if (raw.size() > maxDateLength)
        return QDateTime();
    if (const std::optional<DateParts> parts = canonicalDateParts(raw))
        return assemble(*parts);
    // RFC 5322 3.2.2: comments (nested, with quoted-pairs) are white space; RFC 5322 4.3
    // obs-time allows white space around the colons, which goes.
    char buffer[maxDateLength];
    qsizetype length = 0;
    const auto put = [&](char c) {
        if (c == ' ') {
            if (length > 0 && buffer[length - 1] == ':')
                return;
        } else if (c == ':') {
            while (length > 0 && buffer[length - 1] == ' ')
                --length;
        }
        buffer[length++] = c;
    };
    int depth = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (depth > 0 && c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            if (--depth == 0)
                put(' ');
        } else if (depth == 0) {
            put(c == ',' || c == '"' || isWsp(c) ? ' ' : c);
        }
    }
    DateParts parts;
    const QByteArrayView s(buffer, length);
    qsizetype start = 0;
    while (start < length) {
        qsizetype end = s.indexOf(' ', start);
        if (end < 0)
            end = length;
        const QByteArrayView token = s.sliced(start, end - start);
        start = end + 1;
        if (token.isEmpty())
            continue;
        // "1-Jul-2003": day-month-year glued with dashes (INTERNALDATE style).
        if (token.size() > 1 && token.indexOf('-', 1) > 0 && !token.contains(':')
            && std::any_of(token.begin(), token.end(), isAlpha) && isDigit(token[0])) {
            qsizetype from = 0;
            for (;;) {
                const qsizetype dash = token.indexOf('-', from);
                const QByteArrayView part =
                    token.sliced(from, (dash < 0 ? token.size() : dash) - from);
                if (!applyToken(part, &parts))
                    return QDateTime();
                if (dash < 0)
                    break;
                from = dash + 1;
            }
            continue;
        }
        if (!applyToken(token, &parts))
            return QDateTime();
    }
    return assemble(parts);
}

QDateTime MailDate::parseInternalDate(QByteArrayView raw)
{
    QByteArrayView s = raw.trimmed();
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.sliced(1, s.size() - 2).trimmed();
    // RFC 9051 9: date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone
    const qsizetype d1 = s.indexOf('-');
    if (d1 >= 1 && d1 <= 2 && s.size() == d1 + 1 + 3 + 1 + 4 + 1 + 8 + 1 + 5) {
        const int day = number(s.first(d1), 2);
        const int month = monthFromName(s.sliced(d1 + 1, 3));
        const QByteArrayView rest = s.sliced(d1 + 4);
        if (day > 0 && month > 0 && rest[0] == '-' && rest[5] == ' ' && rest[14] == ' '
            && rest[8] == ':' && rest[11] == ':') {
            DateParts parts;
            parts.day = day;
            parts.month = month;
            parts.year = number(rest.sliced(1, 4), 4);
            parts.yearDigits = 4;
            parts.hour = number(rest.sliced(6, 2), 2);
            parts.minute = number(rest.sliced(9, 2), 2);
            parts.second = number(rest.sliced(12, 2), 2);
            parts.zone = numericZone(rest.sliced(15));
            if (parts.year >= 0 && parts.hour >= 0 && parts.hour <= 23 && parts.minute >= 0
                && parts.minute <= 59 && parts.second >= 0 && parts.second <= 60 && parts.zone)
                return assemble(parts);
        }
    }
    // Not the fixed form: accept what the RFC 5322 reader understands (old servers' quirks).
    return parseRfc5322Date(s);
}

} // namespace ImapCore
