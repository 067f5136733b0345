#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// An email address split into the parts autodetection needs: the local part (a user name form)
// and the domain (what the provider table, DNS and autoconfig are asked about).
struct EmailAddress
{
    QString localPart;
    QString domain; // lower case, no trailing dot; Unicode form (IDN) as typed

    // "Jane@Example.ORG" -> {"Jane", "example.org"}; nullopt for anything that is not
    // local@domain with a domain of valid host characters (one label is fine: alice@localhost).
    static std::optional<EmailAddress> parse(QStringView text);

    QString address() const { return localPart + u'@' + domain; }
    // The domain as DNS and TLS see it (IDNA "xn--" form).
    QString asciiDomain() const;
    // A name only a local network knows (localhost, intranet): nothing to ask DNS about.
    bool isLocalDomain() const { return !domain.contains(u'.'); }
};
