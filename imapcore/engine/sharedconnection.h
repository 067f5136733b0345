#pragma once

#include "engine/clock.h"
#include "engine/connection.h"
#include "imaperror.h"
#include "protocol/response.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ImapCore {

class FolderWatcher;

// One connection of an account shared by several of its folders. One folder, home (the first
// watched, normally INBOX), stays selected and idles; its news come as EXISTS, EXPUNGE and FETCH,
// as on a connection of its own. The others learn of their changes in one of two ways:
//  - Pushed (Options::notify, where the server offers NOTIFY with CONDSTORE: notifyOffered()):
//    NOTIFY SET (RFC 5465) makes the server send a STATUS (MESSAGES UIDNEXT UNSEEN HIGHESTMODSEQ)
//    whenever another folder changes. Every folder of the account shares the connection.
//  - Polled (Options::pollIntervalMs, for the folders beyond the account's connection cap when
//    NOTIFY is not there): every interval home lends the connection between two IDLEs
//    (FolderWatcher::lend()), one STATUS per folder goes out, and home idles again.
// A folder whose STATUS says more than its watcher knows (a higher UIDNEXT or HIGHESTMODSEQ,
// another message count or UIDVALIDITY) is visited: home leaves IDLE and hands the connection
// back (FolderWatcher::release()), that folder's FolderWatcher SELECTs it and resyncs (QRESYNC or
// CONDSTORE: a few lines), announces its new mail exactly as in IDLE (the summary fetched, once,
// under the SeenStore's watermark rules), runs the user commands queued for it, and hands the
// connection back; then home is selected again and resyncs the same way.
//
// Why a visit on the same connection, not a second connection on demand: a visit costs two
// SELECTs on a connection that is open and logged in, where a second connection costs TCP, TLS
// and a login (hundreds of milliseconds on a real network) and counts against the provider's
// connection limit; and the folder keeps a watcher of its own between visits, so its
// MailboxState, resync, watermark, per-message events (expunges, flag changes) and user commands
// work as in a folder with its own connection. NOTIFY is used only with CONDSTORE because a visit
// without it fetches the UIDs and flags of the whole folder again (a polled folder on such a
// server pays that, but only when its STATUS changed).
//
// A change made to a visited folder between its last command and the next SELECT is reported by
// neither NOTIFY filter (Dovecot 2.3: the folder was still selected, and is then closed without a
// word), so after each switch the folder left behind is checked with one STATUS.
//
// At start() (on every new connection) NOTIFY SET is sent when pushed, and every folder is
// visited once: its initial sync, or its resync after a reconnect. NOTIFY SET refused (NO, BAD,
// NO [BADEVENT]): refused(), and the account falls back to one connection per folder.
// [NOTIFICATIONOVERFLOW] (the server dropped events and stopped sending them): NOTIFY SET again
// and every folder is visited. The connection and the watchers stay the AccountSession's.
// Lives in the worker thread, with the connection and the watchers.
class SharedConnection : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool notify = true; // pushed with NOTIFY; else polled
        int pollIntervalMs = 2 * 60 * 1000; // polled: one STATUS round this often
        Clock *clock = nullptr; // the poll timer's; nullptr: Clock::system()
    };

    // watchers: the folders sharing the connection, home first.
    SharedConnection(Connection *connection, const QList<FolderWatcher *> &watchers,
                     Options options, QObject *parent = nullptr);

    // The server offers NOTIFY and CONDSTORE (the connection is logged in).
    static bool notifyOffered(const Connection &connection);

    void start();
    // The user asked: one STATUS round now (as a poll does), and the folders with news visited.
    void checkNow();
    // Lets go of the connection and the watchers: from now on nothing is started or sent, and a
    // reply still to come changes nothing. The owner then deletes the channel.
    void detach();
    // The watcher holding the connection now; nullptr between two.
    FolderWatcher *current() const { return m_current.data(); }
    // Visits since start(), not counting home's (for tests and benchmarks).
    int visits() const { return m_visits; }

Q_SIGNALS:
    // Pushed: NOTIFY SET was refused or could not be sent; the connection is free (no watcher
    // on it).
    void refused(const ImapCore::ImapError &error);
    // A watcher failed on the connection while the connection itself is still up (a folder that
    // cannot be selected, a protocol error in it).
    void folderFailed(ImapCore::FolderWatcher *watcher, const ImapCore::ImapError &error);

private:
    FolderWatcher *home() const;
    FolderWatcher *watcherFor(const QByteArray &mailbox) const;
    bool isUsable() const;
    void onUntagged(const Response &response);
    // A STATUS of watcher's folder: whether to visit it.
    bool statusHasNews(const FolderWatcher &watcher, const StatusDataResponse &status);
    // The folder has news: visit it (home leaves IDLE for it).
    void markDue(FolderWatcher *watcher);
    void onReleased(FolderWatcher *watcher);
    void onFailed(FolderWatcher *watcher, const ImapError &error);
    // Hands the free connection to the next folder due, else to home.
    void next();
    void sendNotifySet();
    // One STATUS of watcher's folder; the answer arrives through onUntagged().
    void checkStatus(FolderWatcher *watcher, Connection::Completion done = {});
    // Polled: home lent the connection; one STATUS per other folder, then home idles again (or
    // the folders with news are visited).
    void poll();
    void afterPoll();

    Options m_options;
    QPointer<Connection> m_connection;
    Timer *m_pollTimer = nullptr;
    int m_pollReplies = 0; // STATUS answers still to come in this poll
    QList<QPointer<FolderWatcher>> m_watchers;
    QPointer<FolderWatcher> m_current;
    QList<QPointer<FolderWatcher>> m_due; // to visit, in this order
    QList<QPointer<FolderWatcher>> m_leftBehind; // released: STATUS after the next SELECT
    // Each folder's STATUS items as last reported (partial ones merged in).
    QHash<const FolderWatcher *, StatusDataResponse> m_lastStatus;
    bool m_notifyDue = false; // NOTIFY SET to send once the connection is free
    bool m_commandPending = false; // NOTIFY SET in flight
    int m_visits = 0;
};

} // namespace ImapCore
