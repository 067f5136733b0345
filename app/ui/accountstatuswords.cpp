#include "accountstatuswords.h"

#include <QCoreApplication>
#include <QLocale>

using namespace ImapCore;

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
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server's certificate is not trusted");
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
