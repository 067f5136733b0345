#pragma once

#include "protocol/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ImapCore {

// Content-Type / Content-Disposition parameters from BODYSTRUCTURE (RFC 9051 7.5.2), looked up
// by case-insensitive name: RFC 2231 extended values and continuations joined and decoded, or
// plain values with RFC 2047 encoded words. Decoded values are sanitized and bounded like
// EncodedWords results.
class MimeParameters
{
public:
    MimeParameters() = delete;

    // The parameter's value, decoded: RFC 2231 extended values (name*=charset'lang'%XX) and
    // continuations (name*0, name*1*, ... given as separate pairs by the server, RFC 2231 3-4),
    // else a plain value with RFC 2047 encoded words (Outlook, Thunderbird < 3 send those).
    // Null if absent, empty (not null) if present but empty.
    static QString value(const QList<BodyParameter> &parameters, QByteArrayView name);

    // The parameter's raw bytes (first match, case-insensitive name), for tokens like charset.
    static QByteArray rawValue(const QList<BodyParameter> &parameters, QByteArrayView name);
};

} // namespace ImapCore
