#pragma once

#include "imaperror.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ImapCore {

// What STATUS (MESSAGES UNSEEN) found out about one folder (RFC 9051 6.3.11), for a connection
// test that was asked to count (ConnectionTestRequest::countFolders): both counts, or why there
// are none. Nothing is selected, so nothing changes on the server.
class FolderCounts
{
    Q_GADGET

public:
    enum class Outcome {
        Counted,
        Refused, // NO or BAD (no such folder, no rights); error.detail: the server's text
        Incomplete, // the server's STATUS reply lacks MESSAGES or UNSEEN (a protocol error)
        NotAnswered, // the connection failed (or the test ended) first; error says why
    };
    Q_ENUM(Outcome)

    QString folder; // as asked
    Outcome outcome = Outcome::NotAnswered;
    quint32 messages = 0; // when Counted
    quint32 unseen = 0; // when Counted
    ImapError error; // kind None when Counted

    bool isCounted() const { return outcome == Outcome::Counted; }
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::FolderCounts)
