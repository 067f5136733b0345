#pragma once

#include <QString>

// Every result must be valid UTF-16 with no control characters but the allowed ones.
inline bool isCleanText(const QString &s, bool allowLineBreaks)
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
