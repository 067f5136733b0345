#pragma once

#include "mailtypes.h"
#include "messageflags.h"
#include "protocol/mailaddress.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ImapCore {

// What a notification shows about one newly arrived message: who, what, when and the first
// words of its text, plus the coordinates (account, folder, UIDVALIDITY, UID) to act on it. A
// plain value, cheap enough to copy across threads in queued signals.
struct MessageSummary
{
    QString accountId;
    QString folder;
    quint32 uid = 0;
    quint32 uidValidity = 0;
    QList<MailAddress> from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QDateTime date; // the Date header; INTERNALDATE when it was missing or unreadable
    QString subject; // decoded (RFC 2047)
    QString preview; // at most about 200 characters of body text; may be empty
    MessageFlags flags;
    quint64 size = 0; // RFC822.SIZE
    QString messageId; // without angle brackets

    friend bool operator==(const MessageSummary &, const MessageSummary &) = default;
};

// The coordinates to act on the message (found by argument-dependent lookup: refOf(summary)).
inline MessageRef refOf(const MessageSummary &summary)
{
    return {summary.accountId, summary.folder, summary.uidValidity, summary.uid};
}

} // namespace ImapCore

// Implicitly shared Qt values only: a QList of summaries may memmove them when it grows.
Q_DECLARE_TYPEINFO(ImapCore::MessageSummary, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ImapCore::MessageSummary)
