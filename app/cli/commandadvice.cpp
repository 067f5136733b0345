#include "commandadvice.h"

#include "certificatepin.h"

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;
using ImapCore::ErrorKind;
using ImapCore::ImapError;

QStringList CommandAdvice::lines(const ImapError &error, const AccountsFile::Account &account,
                                 bool fromFile)
{
    const AccountConfig &config = account.spec.connection;
    QStringList lines;
    switch (error.portSpeaks) {
    case ImapError::PortProtocol::PlainImap:
        lines.append(tr("Port %1 speaks plain IMAP; use --security starttls").arg(config.port));
        return lines;
    case ImapError::PortProtocol::Tls:
        lines.append(tr("Port %1 speaks TLS (implicit TLS); use --security tls").arg(config.port));
        return lines;
    case ImapError::PortProtocol::Unknown:
        break;
    }
    if (error.fingerprintSha256.isEmpty()
        || (error.kind != ErrorKind::TlsUntrusted && error.kind != ErrorKind::TlsPinMismatch))
        return lines;
    const QString pin = CertificatePin::text(error.fingerprintSha256);
    if (error.kind == ErrorKind::TlsUntrusted) {
        lines.append(tr("To trust this certificate, first compare its fingerprint with the one "
                        "the server's administrator gives you; if they match, add:"));
    } else {
        lines.append(tr("Only if the server's administrator confirms that the certificate was "
                        "replaced, trust the new one; add:"));
    }
    lines.append(u"  --pin-sha256 "_s + pin);
    if (fromFile) {
        //: %1 is the account's section name in the accounts file
        lines.append(tr("or, to keep trusting it, write this line in the account's section "
                        "[%1] of the accounts file (the tray app's certificate trust does the "
                        "same):")
                         .arg(account.spec.id));
        lines.append(u"  pinned-sha256 = "_s + pin);
    }
    return lines;
}
