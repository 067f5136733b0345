#include "accountstatuswords.h"

#include <QCoreApplication>
#include <QLocale>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace AccountStatusWords {

QString state(AccountStatus::State state)
{
    using State = AccountStatus::State;
    switch (state) {
    case State::Disabled:
        return QCoreApplication::translate("AccountStatusWords", "disabled");
    case State::WaitingForPassword:
        return QCoreApplication::translate("AccountStatusWords", "waiting for the password");
    case State::Connecting:
        return QCoreApplication::translate("AccountStatusWords", "connecting");
    case State::Synchronizing:
        return QCoreApplication::translate("AccountStatusWords", "synchronizing");
    case State::Online:
        return QCoreApplication::translate("AccountStatusWords", "online");
    case State::Reconnecting:
        return QCoreApplication::translate("AccountStatusWords", "offline, reconnecting");
    case State::AuthFailed:
        //: an account's state (tray tooltip, status lines): it cannot sign in and waits for
        //: new credentials; compare "authentication failed", the kind of an error
        return QCoreApplication::translate("AccountStatusWords", "sign-in failed");
    case State::Error:
        return QCoreApplication::translate("AccountStatusWords", "error");
    case State::Stopped:
        return QCoreApplication::translate("AccountStatusWords", "stopped");
    }
    return {};
}

QString error(const ImapError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::HostNotFound:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server name was not found; check the host name and the network");
    case ErrorKind::ConnectionRefused:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server refused the connection; check the port");
    case ErrorKind::Timeout:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server did not answer in time");
    case ErrorKind::TlsUntrusted:
        return certificateProblem(error.certificateProblem());
    case ErrorKind::TlsPinMismatch:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server's certificate changed since you trusted it; Mailbell does not connect "
            "until you review it in the account settings");
    case ErrorKind::TlsFailed:
        return QCoreApplication::translate("AccountStatusWords",
                                           "a secure connection could not be set up");
    case ErrorKind::StartTlsUnavailable:
        return QCoreApplication::translate(
            "AccountStatusWords", "the server does not offer a secure connection (STARTTLS)");
    case ErrorKind::AuthUnavailable:
        return QCoreApplication::translate(
            "AccountStatusWords", "the server offers no sign-in method this account may use");
    case ErrorKind::AuthFailed:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the user name or password was rejected");
    case ErrorKind::ProtocolError:
        if (!error.responseKind.isEmpty()) {
            //: %1 names the response in IMAP terms, e.g. "untagged FETCH" (not translated)
            return QCoreApplication::translate(
                       "AccountStatusWords",
                       "the server sent a response Mailbell did not understand (%1)")
                .arg(error.responseKind);
        }
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server sent something Mailbell did not understand");
    case ErrorKind::ServerBye:
        return QCoreApplication::translate("AccountStatusWords", "the server closed the session");
    case ErrorKind::NetworkError:
        return QCoreApplication::translate("AccountStatusWords", "the connection was lost");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("AccountStatusWords", "cancelled");
    case ErrorKind::MailboxUnavailable:
        return QCoreApplication::translate("AccountStatusWords", "a folder could not be opened");
    case ErrorKind::StaleMessage:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the message no longer exists on the server");
    }
    return {};
}

QString certificateProblem(ImapError::CertificateProblem problem)
{
    using Problem = ImapError::CertificateProblem;
    switch (problem) {
    case Problem::HostNameMismatch:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server's certificate is for another server name (host name mismatch)");
    case Problem::Expired:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server's certificate has expired");
    case Problem::NotYetValid:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server's certificate is not valid yet; check this computer's date and time");
    case Problem::SelfSigned:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server's certificate is self-signed: no authority vouches for it");
    case Problem::UnknownIssuer:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "the server's certificate was issued by an authority this computer does not know");
    case Problem::PinChanged:
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server's certificate changed since you trusted it");
    case Problem::None:
    case Problem::Other:
        break;
    }
    return QCoreApplication::translate("AccountStatusWords",
                                       "the server's certificate is not trusted");
}

QString summary(const ImapError &error)
{
    // Text that came from the server (or the network stack) cannot move the cursor or forge a
    // line: control characters become U+FFFD.
    const auto printable = [](QString text) {
        for (QChar &c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
                c = QChar::ReplacementCharacter;
        }
        return text;
    };
    QString line = QCoreApplication::translate("AccountStatusWords", "%1: %2")
                       .arg(kindLabel(error.kind), AccountStatusWords::error(error));
    switch (error.kind) {
    case ErrorKind::None:
        return kindLabel(error.kind);
    case ErrorKind::TlsUntrusted:
    case ErrorKind::TlsPinMismatch:
        if (!error.fingerprintSha256.isEmpty()) {
            //: %1 is the error so far ("kind: explanation"), %2 the certificate's fingerprint
            line = QCoreApplication::translate("AccountStatusWords", "%1; SHA-256 fingerprint: %2")
                       .arg(line, error.fingerprintText());
        }
        return line;
    case ErrorKind::ProtocolError:
        if (!error.detail.isEmpty())
            line += u" ("_s + printable(error.detail) + u')';
        if (error.offset >= 0) {
            //: %1 is the error so far ("protocol error: explanation (detail)"), %2 the offset
            //: of the fault in the server's response
            line = QCoreApplication::translate("AccountStatusWords", "%1 at byte %2")
                       .arg(line, QString::number(error.offset));
        }
        if (!error.excerpt.isEmpty()) {
            //: %1 is the error so far ("protocol error: explanation"), %2 the start of the
            //: server's line, escaped and shortened
            line = QCoreApplication::translate("AccountStatusWords", "%1; the server sent: %2")
                       .arg(line, QString::fromLatin1(error.excerpt));
        }
        return line;
    case ErrorKind::AuthFailed:
    case ErrorKind::ServerBye:
    case ErrorKind::MailboxUnavailable:
        if (!error.detail.isEmpty()) {
            //: %1 is the error so far ("kind: explanation"), %2 the server's own words
            line = QCoreApplication::translate("AccountStatusWords", "%1; the server said: %2")
                       .arg(line, printable(error.detail));
        }
        return line;
    default:
        // The engine's message names the host, port or command concerned.
        if (!error.message.isEmpty())
            line += u" ("_s + printable(error.message) + u')';
        return line;
    }
}

QString kindLabel(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QCoreApplication::translate("AccountStatusWords", "no error");
    case ErrorKind::HostNotFound:
        return QCoreApplication::translate("AccountStatusWords", "host not found");
    case ErrorKind::ConnectionRefused:
        return QCoreApplication::translate("AccountStatusWords", "connection refused");
    case ErrorKind::Timeout:
        return QCoreApplication::translate("AccountStatusWords", "timeout");
    case ErrorKind::TlsUntrusted:
        return QCoreApplication::translate("AccountStatusWords", "TLS certificate not trusted");
    case ErrorKind::TlsPinMismatch:
        return QCoreApplication::translate("AccountStatusWords", "TLS certificate changed");
    case ErrorKind::TlsFailed:
        return QCoreApplication::translate("AccountStatusWords", "TLS failed");
    case ErrorKind::StartTlsUnavailable:
        return QCoreApplication::translate("AccountStatusWords", "STARTTLS unavailable");
    case ErrorKind::AuthUnavailable:
        return QCoreApplication::translate("AccountStatusWords", "authentication unavailable");
    case ErrorKind::AuthFailed:
        //: the kind of an error, before its explanation ("authentication failed: the user
        //: name or password was rejected"); compare "sign-in failed", an account's state
        return QCoreApplication::translate("AccountStatusWords", "authentication failed");
    case ErrorKind::ProtocolError:
        return QCoreApplication::translate("AccountStatusWords", "protocol error");
    case ErrorKind::ServerBye:
        return QCoreApplication::translate("AccountStatusWords", "server ended the session");
    case ErrorKind::NetworkError:
        return QCoreApplication::translate("AccountStatusWords", "network error");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("AccountStatusWords", "cancelled");
    case ErrorKind::MailboxUnavailable:
        return QCoreApplication::translate("AccountStatusWords", "folder unavailable");
    case ErrorKind::StaleMessage:
        return QCoreApplication::translate("AccountStatusWords", "message no longer there");
    }
    return {};
}

QString advice(const ImapError &error)
{
    switch (error.kind) {
    case ErrorKind::HostNotFound:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Check the spelling of the server name (for example imap.example.com) and that this "
            "computer is online.");
    case ErrorKind::ConnectionRefused:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Check the port: 993 for TLS, 143 for STARTTLS. A firewall may also block it.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Check the server name and port, and whether a firewall or proxy holds the "
            "connection. Try again later if the server is busy.");
    case ErrorKind::TlsUntrusted:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "If this is your own server, compare its certificate's fingerprint with the one "
            "the server's administrator gives you, and trust it only if they match.");
    case ErrorKind::TlsPinMismatch:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "The server now shows a different certificate from the one you trusted. Ask the "
            "server's administrator whether it was replaced; if not, someone may be "
            "intercepting the connection.");
    case ErrorKind::TlsFailed:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Check the security setting: TLS for port 993, STARTTLS for port 143.");
    case ErrorKind::StartTlsUnavailable:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Choose TLS (usually port 993) if the server offers it. Mailbell does not send "
            "your password over an unencrypted connection by itself.");
    case ErrorKind::AuthUnavailable:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Choose another sign-in method, or enable IMAP access in the account's web "
            "settings.");
    case ErrorKind::AuthFailed:
        return QCoreApplication::translate(
            "AccountStatusWords",
            "Check the user name and password. Some providers need an app password or IMAP "
            "access enabled in their web settings.");
    case ErrorKind::ProtocolError:
    case ErrorKind::ServerBye:
    case ErrorKind::NetworkError:
        return QCoreApplication::translate("AccountStatusWords",
                                           "Try again; if it keeps happening, check the server.");
    case ErrorKind::None:
    case ErrorKind::Cancelled:
    case ErrorKind::MailboxUnavailable:
    case ErrorKind::StaleMessage:
        return {};
    }
    return {};
}

QString describe(const AccountStatus &status)
{
    QString line = state(status.state);
    if (status.state == AccountStatus::State::Reconnecting && status.nextAttempt.isValid()) {
        line = QCoreApplication::translate("AccountStatusWords", "offline, retrying at %1")
                   .arg(QLocale().toString(status.nextAttempt.toLocalTime().time(),
                                           QLocale::ShortFormat));
    }
    if (status.error.isError() && status.state != AccountStatus::State::Online) {
        line = QCoreApplication::translate("AccountStatusWords", "%1: %2")
                   .arg(line, error(status.error));
    }
    return line;
}

std::pair<QString, QString> certificateChanged(const QString &accountName, const QString &host,
                                               const QByteArray &trustedSha256,
                                               const QByteArray &presentedSha256)
{
    const auto text = [](const QByteArray &sha256) {
        return sha256.isEmpty() ? QCoreApplication::translate("AccountStatusWords", "(unknown)")
                                : QString::fromLatin1(sha256.toHex(':').toUpper());
    };
    const QString summary =
        QCoreApplication::translate("AccountStatusWords", "%1: the server's certificate changed")
            .arg(accountName);
    const QString body =
        QCoreApplication::translate(
            "AccountStatusWords",
            "%1 shows a different certificate from the one you trusted. If its administrator "
            "did not replace it, someone may be intercepting the connection. Mailbell does not "
            "connect to this account until you review the certificate in the account "
            "settings.\nTrusted SHA-256: %2\nNow SHA-256: %3")
            .arg(host, text(trustedSha256), text(presentedSha256));
    return {summary, body};
}

bool isTrouble(AccountStatus::State state)
{
    using State = AccountStatus::State;
    return state == State::WaitingForPassword || state == State::Reconnecting
        || state == State::AuthFailed || state == State::Error;
}

} // namespace AccountStatusWords
