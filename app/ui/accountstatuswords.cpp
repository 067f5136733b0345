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
        return QCoreApplication::translate("AccountStatusWords",
                                           "the server's certificate changed since you trusted it");
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

bool isTrouble(AccountStatus::State state)
{
    using State = AccountStatus::State;
    return state == State::WaitingForPassword || state == State::Reconnecting
        || state == State::AuthFailed || state == State::Error;
}

} // namespace AccountStatusWords
