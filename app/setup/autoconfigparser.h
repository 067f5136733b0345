#pragma once

#include "detectionoutcome.h"
#include "emailaddress.h"

#include <QByteArray>
#include <QString>

// Reads a Mozilla autoconfig document (Thunderbird ISPDB "clientConfig" version 1.1) and turns
// its <incomingServer type="imap"> entries into candidates: implicit TLS ("SSL") before
// STARTTLS; "plain" socket types are refused, never suggested. %EMAILADDRESS%,
// %EMAILLOCALPART% and %EMAILDOMAIN% in hostname and username are filled in from the address.
namespace AutoconfigParser {

struct Result
{
    DetectionOutcome outcome; // candidates, and a tried line for each server left out
    QString error; // translated; set when the document is not a readable clientConfig
};

// origin: where the document came from (its URL), for the candidates' origin text.
Result parse(const QByteArray &document, const EmailAddress &address, const QString &origin);

} // namespace AutoconfigParser
