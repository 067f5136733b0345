#pragma once

#include "engine/folderlink.h"
#include "engine/mailboxmirror.h"
#include "engine/mailboxstate.h"
#include "imaperror.h"
#include "messageflags.h"
#include "protocol/response.h"
#include "protocol/sequenceset.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

struct FuzzSessionSnapshot;

namespace ImapCore {

// Brings one folder's MailboxState in line with the server after each SELECT. The first time
// (and after the folder was recreated) it fetches every message's UID and flags. On a later
// connection it resynchronizes from the messages known before (the baseline), RFC 7162:
// QRESYNC when the connection enabled it (the SELECT itself reports VANISHED (EARLIER) and the
// changed messages), else CONDSTORE (UID FETCH CHANGEDSINCE the last HIGHESTMODSEQ), else the
// full UID FETCH; the baseline and what the server reported are merged into one snapshot, which
// the MailboxState turns into events (expunges, flag changes, new messages).
// After a restart the baseline is the folder's MailboxMirror read from disk (restore()): the
// same resync, against a MailboxState that starts empty, so it ends exactly as an initial sync
// would, at the cost of the changes. When the server's answer makes that baseline useless (no
// CONDSTORE, another UIDVALIDITY, NOMODSEQ, HIGHESTMODSEQ lower than the baseline's, counts that
// do not add up) it falls back to the initial fetch and logs why.
// Driven by FolderWatcher: begin() on each new connection, prepareSelect() for its SELECT,
// absorb() for every untagged response until the sync ends, run() once the SELECT succeeded;
// finished() or failed() ends it. Commands go out on the watcher's FolderLink.
// Lives in the worker thread, inside its FolderWatcher.
class FolderSync : public QObject
{
    Q_OBJECT
public:
    // How the last sync was (or is being) done.
    enum class Method { Initial, QResync, CondStore, Full };

    FolderSync(const FolderLink &link, MailboxState &mailbox, QString folder,
               QObject *parent = nullptr);

    // On a new connection, before its SELECT: takes the messages known now as the baseline (a
    // resync that never finished keeps its own). watching: the last sync finished;
    // uidValidity, highestModSeq: as the watcher last learnt them. Returns whether a resync is
    // due; false means an initial sync.
    bool begin(bool watching, quint32 uidValidity, quint64 highestModSeq);
    // Before the first begin(): the baseline a restart resyncs from (MirrorStore).
    void restore(const MailboxMirror &mirror);
    // Drops the baseline: the next sync is an initial one (UIDVALIDITY changed mid-session).
    void forget() { m_previous = {}; }
    // The parameters of the SELECT on the link's connection; picks the method.
    SelectParameters prepareSelect();
    Method method() const { return m_method; }
    // Every untagged response while the sync runs. True when the sync took it for itself
    // (VANISHED (EARLIER) of a resync): the MailboxState must not apply it.
    bool absorb(const Response &response);
    // Once the SELECT succeeded.
    void run();

Q_SIGNALS:
    // The MailboxState is synchronized.
    void finished();
    // The server refused the fetch the sync needs.
    void failed(const ImapCore::ImapError &error);

private:
    // The messages known before a resync, UIDs ascending.
    struct Previous
    {
        quint32 uidValidity = 0;
        bool restored = false; // read from disk: the MailboxState has nothing to diff against
        quint64 highestModSeq = 0;
        QList<quint32> uids;
        QList<MessageFlags> flags;
    };

    bool resyncDue() const { return m_previous.uidValidity != 0; }
    SequenceSet knownUids() const;
    CommandResult fetchFlags(const QByteArray &uidRange) const;
    void fetchAll();
    void resyncChanged();
    void resyncNew();
    void settle(quint32 oldMax, bool mayAskWhatExists);
    void askWhatExists(quint32 oldMax);
    // why: logged when not empty (a server answer that cannot be right).
    void resyncFull(const QString &why = {});
    // A restored baseline turned out useless: logs why and fetches everything as a first sync.
    void startOver(const QString &why);
    // The MailboxState took the snapshot: logs what it found wrong, ends the sync.
    void finishResync(const MailboxState::SnapshotDiff &diff);

    // The fuzz harness puts every member back after each input (tests/fuzz/fuzzsessionsnapshot.h):
    // a member added here must be added there too.
    friend struct ::FuzzSessionSnapshot;

    const FolderLink &m_link;
    MailboxState &m_mailbox;
    QString m_folder;
    Method m_method = Method::Initial;
    Previous m_previous;
    SequenceSet m_vanished; // VANISHED (EARLIER) during the resync
    QList<FetchResponse> m_changed; // FETCH responses of the resync, by UID
};

} // namespace ImapCore
