#pragma once

#include "detectedaccount.h"

#include <QString>

#include <optional>

struct EmailAddress;

// The built-in table of major mail providers: their IMAP server, the user name they expect, how
// they authenticate and their quirks (Gmail's shorter IDLE renewal, folders not worth watching,
// app-password hints). Every row uses implicit TLS. The rows live in providertable.cpp, one
// block a provider.
namespace ProviderTable {

// The provider serving address's domain, with its user name filled in; nullopt for a domain no
// row knows. Domains match case-insensitively, exactly, by a row's "name.*" pattern (any
// country-code top-level domain: hotmail.co.uk) or its "*.domain" pattern (subdomains only, for
// tenants like contoso.onmicrosoft.com).
std::optional<DetectedAccount> lookup(const EmailAddress &address);

// The provider hosting address's own domain, known by the domain's mail exchanger (Google
// Workspace: aspmx.l.google.com; Microsoft 365: *.mail.protection.outlook.com); nullopt when
// mailExchanger is no known provider's.
std::optional<DetectedAccount> lookupByMailExchanger(const QString &mailExchanger,
                                                     const EmailAddress &address);

// Whether pattern ("gmail.com", "hotmail.*", "*.onmicrosoft.com") covers domain (lower case).
bool domainMatches(QStringView pattern, QStringView domain);

} // namespace ProviderTable
