#pragma once

#include "messageflags.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ImapCore {

// What a restart needs to resynchronize one folder instead of fetching every message's UID and
// flags again (RFC 7162 QRESYNC / CONDSTORE): UIDVALIDITY, HIGHESTMODSEQ, and the known UIDs with
// their flags, as they were together at one moment. Read and written by MirrorStore; FolderSync
// takes it as the baseline of its resync.
//
// The file (version 1) is compact rather than readable, because a folder holds up to 2^24
// messages: an 8-byte magic "MBMIRROR", the format version and a CRC-32 (little-endian 32-bit
// each), then qCompress() of the body. The body, in unsigned LEB128 varints: account and folder
// (length + UTF-8, so a file moved to another folder's name is noticed), UIDVALIDITY,
// HIGHESTMODSEQ, the message count, the UIDs as runs of consecutive UIDs (gap before, length),
// the distinct flag sets (system flags byte, keywords), and the messages' flag sets as runs
// (set index, length) in UID order. A folder where most messages are \Seen and UIDs are mostly
// consecutive takes a few hundred bytes for 100,000 messages; gaps and scattered flags cost a
// few bytes each, before compression. Plain value, Qt Core and zlib only.
struct MailboxMirror
{
    static constexpr quint32 formatVersion = 1;

    QString account;
    QString folder;
    quint32 uidValidity = 0;
    quint64 highestModSeq = 0;
    QList<quint32> uids; // ascending, no 0
    QList<MessageFlags> flags; // one per UID

    QByteArray encode() const;
    // nullopt, with why in reason, for anything that is not a complete, consistent version-1
    // file: a wrong magic or version, a checksum mismatch (truncated or damaged), a count above
    // Limits::maxMailboxMessages, UIDs that do not ascend, runs that do not add up.
    static std::optional<MailboxMirror> decode(const QByteArray &bytes, QString *reason);

    friend bool operator==(const MailboxMirror &, const MailboxMirror &) = default;
};

} // namespace ImapCore
