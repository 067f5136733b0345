#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace ImapCore {

// Dates from the server: the ENVELOPE date (an RFC 5322 Date: header as sent, so in every form
// real mail uses) and INTERNALDATE (RFC 9051). The zone's offset is kept (Qt::OffsetFromUTC).
// Invalid or implausible input yields an invalid QDateTime, never a guess.
class MailDate
{
public:
    MailDate() = delete;

    // RFC 5322 3.3 date-time, with the obsolete forms of 4.3 (two- and three-digit years, named
    // zones, military zones as -0000) and what real mail carries (no weekday, no seconds,
    // trailing comments, asctime order).
    static QDateTime parseRfc5322Date(QByteArrayView raw);

    // RFC 9051 date-time (INTERNALDATE): "17-Jul-1996 02:44:25 -0700", day possibly
    // space-padded, quotes optional; other forms as parseRfc5322Date reads them.
    static QDateTime parseInternalDate(QByteArrayView raw);
};

} // namespace ImapCore
