#pragma once

#include "mailengine.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <utility>

// Connection states and errors in words a user can act on: the one place that words an
// ImapError kind, for the tray tooltip and windows, the settings dialog's connection test and
// `mailbell check` and `mailbell watch`. The clauses are only our own translated sentences;
// summary() adds the server's text where it helps (a rejected login, an excerpt of what was not
// understood), made printable.
namespace AccountStatusWords {

QString state(ImapCore::AccountStatus::State state);
// What went wrong, as a clause: "the server refused the connection; check the port".
QString error(const ImapCore::ImapError &error);
// Why a certificate was not accepted, as a clause: "the server's certificate has expired".
QString certificateProblem(ImapCore::ImapError::CertificateProblem problem);
// The whole error on one line for the command line (`mailbell check`, `mailbell watch`): the
// kind's label, the clause, then what helps to act on it: the certificate's SHA-256
// fingerprint, what the server sent that was not understood (kind, escaped and redacted
// excerpt, byte offset), the server's own text for a rejected login or a BYE, the host and port
// from the engine's message otherwise. "TLS certificate not trusted: the server's certificate has
// expired; SHA-256 fingerprint: AB:CD:...".
QString summary(const ImapCore::ImapError &error);
// A short label of the kind for logs and the command line: "connection refused".
QString kindLabel(ImapCore::ErrorKind kind);
// What the user can do about it, as a sentence; empty when there is nothing to suggest.
QString advice(const ImapCore::ImapError &error);
// One line for an account: "online", "reconnecting at 14:03 (the server refused the connection)".
QString describe(const ImapCore::AccountStatus &status);
// The urgent message when a watched account's server shows a certificate other than the pinned
// one: {summary, body} naming the account, the host and both SHA-256 fingerprints.
std::pair<QString, QString> certificateChanged(const QString &accountName, const QString &host,
                                               const QByteArray &trustedSha256,
                                               const QByteArray &presentedSha256);
// True for states where the account is not delivering mail and the user may need to act.
bool isTrouble(ImapCore::AccountStatus::State state);

} // namespace AccountStatusWords
