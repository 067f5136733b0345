#include "emailaddress.h"

#include <QUrl>

std::optional<EmailAddress> EmailAddress::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return std::nullopt;
    EmailAddress address;
    address.localPart = trimmed.left(at).toString();
    address.domain = trimmed.mid(at + 1).toString().toLower();
    if (address.domain.endsWith(u'.'))
        address.domain.chop(1);
    // A single-label domain (alice@localhost, user@intranet) is a real address on a LAN.
    if (address.localPart.contains(QChar::Space))
        return std::nullopt;
    // QUrl::toAce rejects what cannot be a host name (spaces, slashes, empty labels).
    if (address.asciiDomain().isEmpty())
        return std::nullopt;
    return address;
}

QString EmailAddress::asciiDomain() const
{
    return QString::fromLatin1(QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist));
}
