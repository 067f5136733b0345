#pragma once

#include "mailengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Turns MailEngine events into what `mailbell watch` prints: one compact JSON object per event
// (--json; QJsonDocument does the escaping of quotes, control characters and non-ASCII; mail
// text stays raw) or one readable, translated line for a person (mail text neutralised:
// DisplayText). Pure functions: no I/O, no state.
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(EventFormatter)

public:
    // The JSON objects; every one has "event" first in meaning (QJsonObject sorts keys).
    static QJsonObject ready(int accounts, int folders);
    static QJsonObject newMessage(const ImapCore::MessageSummary &message);
    static QJsonObject expunged(const ImapCore::MessageRef &message);
    static QJsonObject flags(const ImapCore::MessageRef &message,
                             const ImapCore::MessageFlags &flags);
    static QJsonObject count(const ImapCore::FolderStatus &status);
    // "state" (stateName) and "state_text" (AccountStatusWords::state, translated); with an
    // error also "error_kind" (kindName), "message" (the engine's English message), "error_text"
    // (AccountStatusWords::summary, the words `mailbell check` prints) and the error event's
    // data fields ("reason", "reasons", "fingerprint", "response", "excerpt", "offset").
    static QJsonObject state(const ImapCore::AccountStatus &status);
    // kind: an ErrorKind name (kindName) or a watch-level one ("password-command", "exec").
    static QJsonObject error(const QString &account, const QString &kind, const QString &message);
    // An engine error: "kind" (kindName), "message" (AccountStatusWords::summary, the words
    // `mailbell check` prints), and what helps to act on it as data: for a certificate
    // "reason" (certificateProblemName of the most telling problem), "reasons" (all of them)
    // and "fingerprint" ("AB:CD:..." SHA-256); for a protocol error "response" (e.g.
    // "untagged FETCH"), "excerpt" (escaped, redacted, bounded) and "offset" (byte), when known.
    static QJsonObject error(const QString &account, const ImapCore::ImapError &error);

    // One line of compact JSON ending in '\n', UTF-8.
    static QByteArray jsonLine(const QJsonObject &object);

    // The flag set as IMAP strings in MessageFlags order, never \Recent.
    static QJsonArray flagArray(const ImapCore::MessageFlags &flags);
    // "auth-failed", "tls-untrusted", ...; "none" for Kind::None.
    static QString kindName(ImapCore::ErrorKind kind);
    // "expired", "not-yet-valid", "host-mismatch", "unknown-issuer", "self-signed",
    // "pin-changed", "other"; "none" for None.
    static QString certificateProblemName(ImapCore::ImapError::CertificateProblem problem);
    // "online", "auth-failed", "waiting-for-password", ...
    static QString stateName(ImapCore::AccountStatus::State state);
    // "Alice <alice@example.org>" (first From address), "" when there is none.
    static QString fromText(const ImapCore::MessageSummary &message);
    static QString fromAddress(const ImapCore::MessageSummary &message);

    // Readable lines (no trailing newline), translated; mail text (sender, subject, preview,
    // folder, account) goes through shown(), so that it can neither move the cursor, forge
    // another line nor reorder what is around it.
    static QString readableReady(int accounts, int folders);
    static QString readableNew(const ImapCore::MessageSummary &message, const QString &account);
    static QString readableExpunged(const ImapCore::MessageRef &message, const QString &account);
    static QString readableFlags(const ImapCore::MessageRef &message,
                                 const ImapCore::MessageFlags &flags, const QString &account);
    static QString readableCount(const ImapCore::FolderStatus &status, const QString &account);
    static QString readableState(const ImapCore::AccountStatus &status, const QString &account);
    static QString readableError(const QString &account, const QString &message);
    // "[account] Error: " and AccountStatusWords::summary of the error.
    static QString readableError(const QString &account, const ImapCore::ImapError &error);

    // Control characters (C0, C1, DEL, line and paragraph separators) become U+FFFD.
    static QString printable(QString text);
    // Mail text as shown to a person: DisplayText::neutralise (no bidi controls, a right-to-left
    // field isolated), then printable().
    static QString shown(const QString &text);
};
