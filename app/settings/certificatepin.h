#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

// The SHA-256 fingerprint that trusts one server certificate, in the one text form shared by the
// tray app's certificate trust ("pinned-sha256 = AB:CD:..." in accounts.conf), the
// `--pin-sha256` option of `check` and `watch`, and the advice that suggests it.
namespace CertificatePin {

// 64 hex digits, colon-separated or not, in any case; nullopt for anything else.
std::optional<QByteArray> parse(QStringView text);
// "AB:CD:...": upper-case, colon-separated, as browsers and openssl show it.
QString text(const QByteArray &sha256);

} // namespace CertificatePin
