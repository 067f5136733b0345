#pragma once

// The value types MailEngine's signals carry, which the engine's classes fill in: a header of
// their own, so that the engine (engine/) needs nothing of the facade (mailengine.h) and the
// facade includes no engine header.

#include "imaperror.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace ImapCore {

// The coordinates of one message, enough to act on it safely: the UIDVALIDITY makes sure a
// command never hits a different message after the server renumbered the folder.
struct MessageRef
{
    QString accountId;
    QString folder;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    friend bool operator==(const MessageRef &, const MessageRef &) = default;
    friend size_t qHash(const MessageRef &ref, size_t seed = 0)
    {
        return qHashMulti(seed, ref.accountId, ref.folder, ref.uidValidity, ref.uid);
    }
};

// One folder of one account: the key of everything kept per folder (counts, notification
// groups, bursts).
struct FolderRef
{
    QString accountId;
    QString folder;
    friend bool operator==(const FolderRef &, const FolderRef &) = default;
    friend size_t qHash(const FolderRef &ref, size_t seed = 0)
    {
        return qHashMulti(seed, ref.accountId, ref.folder);
    }
};

// One account's connection state, for the tray tooltip and the headless `state` events.
struct AccountStatus
{
    Q_GADGET
public:
    enum class State {
        Disabled,
        WaitingForPassword, // no password yet: passwordRequired was emitted
        Connecting,
        Synchronizing, // connected, initial sync of its folders running
        Online, // every folder watched (IDLE or polling)
        Reconnecting, // lost; the next attempt is at nextAttempt (backoff with jitter)
        AuthFailed, // credentials rejected; retried slowly, or at once after setPassword
        Error, // a retry will not fix it by itself (e.g. TLS untrusted): see error
        Stopped,
    };
    Q_ENUM(State)

    QString accountId;
    State state = State::Stopped;
    ImapError error; // the last error; kind None when there is none
    QDateTime nextAttempt; // Reconnecting / AuthFailed: when the engine tries again
};

// One folder's counts, for the unread badge and `count` events.
struct FolderStatus
{
    QString accountId;
    QString folder;
    quint32 uidValidity = 0;
    quint32 messages = 0;
    quint32 unseen = 0;
    friend bool operator==(const FolderStatus &, const FolderStatus &) = default;
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::MessageRef)
Q_DECLARE_METATYPE(ImapCore::FolderRef)
Q_DECLARE_METATYPE(ImapCore::AccountStatus)
Q_DECLARE_METATYPE(ImapCore::FolderStatus)
