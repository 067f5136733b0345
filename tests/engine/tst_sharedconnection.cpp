// AccountSession over a scripted multi-folder server that offers NOTIFY (RFC 5465), or not: one
// connection carries every folder of the account (SharedConnection); new mail in a folder that is
// not selected (a STATUS during IDLE) is announced once after a visit, its expunges and flag
// changes reach the counts, and the connection goes back to INBOX; a user command on a parked
// folder runs there; a folder the server will not open leaves the others watched. The fallbacks
// are tested too: NOTIFY not offered (one connection per folder, within the cap), NOTIFY SET
// refused (NO, BAD, NO [BADEVENT]) and NOTIFICATIONOVERFLOW; and, without NOTIFY, the folders
// beyond the connection cap are polled with STATUS on INBOX's connection. Every timer runs on a
// ManualClock.
#include "engine/accountsession.h"
#include "engine/mirrorstore.h"
#include "engine/seenstore.h"
#include "fakelinks.h"
#include "manualclock.h"

#include <QMap>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using State = AccountStatus::State;

namespace {

constexpr int kQuietMs = 100; // FolderWatcher::Options::quietDelayMs
constexpr int kPollMs = 2 * 60 * 1000; // AccountSpec::pollIntervalMs

// Plays Dovecot with NOTIFY for every connection of one account: its folders, SELECT (with
// CONDSTORE), UID FETCH (CHANGEDSINCE is answered with every message, as a server may), STATUS,
// NOTIFY SET, IDLE. A change is reported as Dovecot does: EXISTS / FETCH / EXPUNGE to a
// connection that has the folder selected, a STATUS to one that set NOTIFY and has not.
struct NotifyServer
{
    struct Message
    {
        quint32 uid = 0;
        QByteArray flags;
    };
    struct Folder
    {
        quint32 uidValidity = 1700000000;
        quint32 uidNext = 1;
        quint64 modSeq = 1;
        QList<Message> messages;

        quint32 unseen() const
        {
            return quint32(std::count_if(messages.cbegin(), messages.cend(), [](const Message &m) {
                return !m.flags.contains("\\Seen");
            }));
        }
        qsizetype indexOf(quint32 uid) const
        {
            for (qsizetype i = 0; i < messages.size(); ++i) {
                if (messages.at(i).uid == uid)
                    return i;
            }
            return -1;
        }
    };
    struct Link : FakeLink
    {
        QString selected;
        bool notify = false;
        QByteArray idleTag;
    };

    Transport *create() { return FakeLinks::create(links); }

    void send(Link &link, const QByteArray &line) { link.transport->serverSend(line + "\r\n"); }
    static bool isOpen(const Link &link) { return link.isOpen() && link.accepted; }

    static QByteArray summaryItems(const Message &m)
    {
        const QByteArray uid = QByteArray::number(m.uid);
        return "UID " + uid + " FLAGS (" + m.flags
            + ") ENVELOPE (\"Wed, 25 Nov 2026 10:00:00 +0000\" \"Subject " + uid
            + "\" ((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) "
              "((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"alice\" \"example.org\")) NIL "
              "NIL NIL \"<m"
            + uid
            + "@example.org>\") INTERNALDATE \"25-Nov-2026 10:00:00 +0000\" RFC822.SIZE 612 "
              "BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 20 1 "
              "NIL NIL NIL NIL)";
    }

    QByteArray statusLine(const QString &name, bool full) const
    {
        const Folder &f = folders[name];
        QByteArray items;
        if (full)
            items = "MESSAGES " + QByteArray::number(f.messages.size()) + " UIDNEXT "
                + QByteArray::number(f.uidNext) + " UIDVALIDITY "
                + QByteArray::number(f.uidValidity) + " ";
        items += "UNSEEN " + QByteArray::number(f.unseen()) + " HIGHESTMODSEQ "
            + QByteArray::number(f.modSeq + statusModSeqSkew);
        return "* STATUS " + name.toUtf8() + " (" + items + ")";
    }

    // "1:*", "3", "2,5:7"; '*' is the highest UID, and "n:*" holds the last message even when
    // n is above it (RFC 9051 6.4.4.1).
    static QList<quint32> uidsIn(const QByteArray &set, const Folder &f)
    {
        const quint32 max = f.messages.isEmpty() ? 0 : f.messages.last().uid;
        QList<quint32> uids;
        for (const QByteArray &part : set.split(',')) {
            const QList<QByteArray> ends = part.split(':');
            auto value = [max](const QByteArray &v) {
                return v == "*" ? max : v.toUInt();
            };
            quint32 lo = value(ends.first());
            quint32 hi = value(ends.last());
            if (lo > hi)
                std::swap(lo, hi);
            for (const Message &m : f.messages) {
                if (m.uid >= lo && m.uid <= hi && !uids.contains(m.uid))
                    uids.append(m.uid);
            }
        }
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    void answer(Link &link, const QByteArray &line)
    {
        if (line == "DONE") {
            send(link, std::exchange(link.idleTag, QByteArray()) + " OK Idle completed.");
            return;
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray tag = line.left(space);
        const QByteArray rest = line.mid(space + 1);
        const QList<QByteArray> words = rest.split(' ');
        if (rest.startsWith("AUTHENTICATE PLAIN ")) {
            send(link, tag + " OK [CAPABILITY " + capabilities + "] Logged in");
        } else if (rest.startsWith("SELECT ")) {
            const QString name = QString::fromUtf8(words.value(1));
            if (!folders.contains(name) || refuseSelect.contains(name)) {
                link.selected.clear();
                send(link, tag + " NO [NONEXISTENT] Mailbox doesn't exist: " + name.toUtf8());
                return;
            }
            link.selected = name;
            const Folder &f = folders[name];
            send(link,
                 "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* "
                     + QByteArray::number(f.messages.size()) + " EXISTS\r\n* OK [UIDVALIDITY "
                     + QByteArray::number(f.uidValidity) + "] UIDs valid\r\n* OK [UIDNEXT "
                     + QByteArray::number(f.uidNext)
                     + "] Predicted next UID\r\n* OK [HIGHESTMODSEQ " + QByteArray::number(f.modSeq)
                     + "] Highest\r\n" + tag + " OK [READ-WRITE] Select completed.");
        } else if (rest.startsWith("UID FETCH ")) {
            const Folder &f = folders[link.selected];
            QByteArray out;
            for (const quint32 uid : uidsIn(words.value(2), f)) {
                const qsizetype i = f.indexOf(uid);
                const Message &m = f.messages.at(i);
                const QByteArray seq = QByteArray::number(i + 1);
                if (rest.contains("BODY.PEEK"))
                    out += "* " + seq + " FETCH (UID " + QByteArray::number(uid)
                        + " BODY[1]<0> \"Hello there\")\r\n";
                else if (rest.contains("ENVELOPE"))
                    out += "* " + seq + " FETCH (" + summaryItems(m) + ")\r\n";
                else
                    out += "* " + seq + " FETCH (UID " + QByteArray::number(uid) + " FLAGS ("
                        + m.flags + "))\r\n";
            }
            send(link, out + tag + " OK Fetch completed.");
        } else if (rest.startsWith("UID STORE ")) {
            Folder &f = folders[link.selected];
            for (const quint32 uid : uidsIn(words.value(2), f)) {
                Message &m = f.messages[f.indexOf(uid)];
                if (rest.contains("+FLAGS") && !m.flags.contains("\\Seen"))
                    m.flags = QByteArray(m.flags + " \\Seen").trimmed();
                ++f.modSeq;
            }
            send(link, tag + " OK Store completed.");
        } else if (rest.startsWith("STATUS ")) {
            send(link,
                 statusLine(QString::fromUtf8(words.value(1)), true) + "\r\n" + tag
                     + " OK Status completed.");
        } else if (rest.startsWith("NOTIFY SET")) {
            notifyCommands.append(rest);
            if (notifyAnswer.startsWith("OK"))
                link.notify = true;
            send(link, tag + " " + notifyAnswer);
        } else if (rest == "IDLE") {
            link.idleTag = tag;
            send(link, "+ idling");
        } else if (rest == "NOOP" || rest.startsWith("ENABLE")) {
            send(link, tag + " OK Done.");
        } else if (rest == "LOGOUT") {
            send(link, "* BYE Logging out\r\n" + tag + " OK Logout completed.");
            link.transport->serverClose();
        } else {
            send(link, tag + " BAD unexpected in this fake server");
        }
    }

    // Runs before the server answers a client line (to change things at an exact moment).
    std::function<void(const QByteArray &line)> beforeAnswer;

    void serve()
    {
        FakeLinks::serve(
            links,
            [this](Link &link) {
                link.transport->serverAccept();
                send(link, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready");
            },
            [this](Link &link, const QByteArray &line) {
                clientLines.append(line);
                if (beforeAnswer)
                    beforeAnswer(line);
                answer(link, line);
            });
    }

    // A change to folder, reported to every connection as Dovecot does.
    void report(const QString &name, const QByteArray &selectedLines, bool fullStatus)
    {
        for (Link &link : links) {
            if (!isOpen(link))
                continue;
            if (link.selected == name)
                send(link, selectedLines);
            else if (link.notify)
                send(link, statusLine(name, fullStatus));
        }
    }
    quint32 deliver(const QString &name, const QByteArray &flags = {}, bool silently = false)
    {
        Folder &f = folders[name];
        const Message m {f.uidNext++, flags};
        f.messages.append(m);
        ++f.modSeq;
        const QByteArray seq = QByteArray::number(f.messages.size());
        if (!silently)
            report(name,
                   "* " + seq + " EXISTS\r\n* " + seq + " FETCH (UID " + QByteArray::number(m.uid)
                       + " FLAGS (" + flags + "))",
                   true);
        return m.uid;
    }
    void setFlags(const QString &name, quint32 uid, const QByteArray &flags)
    {
        Folder &f = folders[name];
        const qsizetype i = f.indexOf(uid);
        f.messages[i].flags = flags;
        ++f.modSeq;
        report(name,
               "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(uid)
                   + " FLAGS (" + flags + ") MODSEQ (" + QByteArray::number(f.modSeq) + "))",
               false);
    }
    void expunge(const QString &name, quint32 uid)
    {
        Folder &f = folders[name];
        const qsizetype i = f.indexOf(uid);
        f.messages.removeAt(i);
        ++f.modSeq;
        report(name, "* " + QByteArray::number(i + 1) + " EXPUNGE", true);
    }
    // RFC 5465 5.8: the server gives up on the events and sends none from now on.
    void overflow()
    {
        for (Link &link : links) {
            if (isOpen(link) && link.notify) {
                send(link, "* OK [NOTIFICATIONOVERFLOW] Too many changes");
                link.notify = false;
            }
        }
    }
    void dropAll() { FakeLinks::dropAll(links); }
    int connectionCount() const { return FakeLinks::connectionCount(links); }
    int openCount() const
    {
        return int(std::count_if(links.cbegin(), links.cend(),
                                 [](const Link &link) { return isOpen(link); }));
    }
    // What the connection that set NOTIFY has selected now.
    QString selectedOnNotifyLink() const
    {
        for (const Link &link : links) {
            if (isOpen(link) && link.notify)
                return link.selected;
        }
        return {};
    }
    int count(const QByteArray &prefix) const
    {
        int n = 0;
        for (const QByteArray &line : clientLines) {
            const QByteArray command = line.mid(line.indexOf(' ') + 1);
            n += command.startsWith(prefix) ? 1 : 0;
        }
        return n;
    }

    QByteArray capabilities = "IMAP4rev1 IDLE CONDSTORE NOTIFY";
    QByteArray notifyAnswer = "OK NOTIFY completed";
    quint64 statusModSeqSkew = 0; // STATUS says a higher HIGHESTMODSEQ than SELECT
    QStringList refuseSelect;
    QMap<QString, Folder> folders;
    QList<Link> links;
    QList<QByteArray> clientLines;
    QList<QByteArray> notifyCommands;
};

struct Harness
{
    explicit Harness(const QString &storePath, const QStringList &folderNames,
                     int maxConnections = 5, const QString &mirrorFolder = {})
        : store(storePath)
    {
        for (const QString &name : folderNames) {
            NotifyServer::Folder &f = server.folders[name];
            f.messages = {{1, "\\Seen"}, {2, ""}};
            f.uidNext = 3;
            f.modSeq = 5;
        }
        AccountSpec spec;
        spec.id = u"acct"_s;
        spec.connection.host = u"imap.example.org"_s;
        spec.connection.user = u"alice"_s;
        spec.folders = folderNames;
        spec.maxConnections = maxConnections;
        AccountSession::Options options;
        options.random = [] {
            return 0.0;
        };
        options.clock = &clock;
        options.mirrors = MirrorStore(mirrorFolder);
        session = std::make_unique<AccountSession>(
            spec, &store, [this] { return server.create(); }, options);
        QObject::connect(session.get(), &AccountSession::statusChanged, session.get(),
                         [this](const AccountStatus &status) { last = status; });
        QObject::connect(session.get(), &AccountSession::messagesArrived, session.get(),
                         [this](const QList<MessageSummary> &list) { arrivals.append(list); });
        QObject::connect(session.get(), &AccountSession::folderStatusChanged, session.get(),
                         [this](const FolderStatus &status) { counts[status.folder] = status; });
        QObject::connect(
            session.get(), &AccountSession::flagsChanged, session.get(),
            [this](const MessageRef &ref, const MessageFlags &) { flagChanges.append(ref); });
        QObject::connect(session.get(), &AccountSession::messageExpunged, session.get(),
                         [this](const MessageRef &ref, quint32) { expunges.append(ref); });
        QObject::connect(session.get(), &AccountSession::initialSyncDone, session.get(),
                         [this] { ++syncDone; });
        session->setPassword(u"s3cret"_s);
    }

    // A visit is a few round trips more than a folder of its own: more rounds.
    void settle()
    {
        clock.settleServing([this] { server.serve(); }, 10);
    }
    void pass(qint64 ms)
    {
        clock.passServing(
            ms, [this] { server.serve(); }, 10);
    }
    // Started, synchronized, and INBOX idling.
    void startAndSettle()
    {
        session->start();
        pass(kQuietMs);
    }
    QStringList arrived() const
    {
        QStringList list;
        for (const MessageSummary &s : arrivals)
            list.append(s.folder + u':' + QString::number(s.uid));
        return list;
    }
    bool idlingOn(const QString &folder) const
    {
        return server.selectedOnNotifyLink() == folder
            && server.clientLines.last().endsWith(" IDLE");
    }

    ManualClock clock;
    NotifyServer server;
    SeenStore store;
    std::unique_ptr<AccountSession> session;
    AccountStatus last;
    QList<MessageSummary> arrivals;
    QMap<QString, FolderStatus> counts;
    QList<MessageRef> flagChanges;
    QList<MessageRef> expunges;
    int syncDone = 0;
};

QStringList tenFolders()
{
    QStringList names {u"INBOX"_s};
    for (int i = 1; i < 10; ++i)
        names.append(u"F%1"_s.arg(i));
    return names;
}

} // namespace

class Tst_SharedConnection : public QObject
{
    Q_OBJECT

private:
    QString storePath() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".json"_s);
    }
    QTemporaryDir m_dir;

private slots:
    void oneConnectionWatchesEveryFolder();
    void newMailInAnotherFolderIsAnnouncedOnce();
    void changeJustBeforeLeavingIsNotLost();
    void expungeAndFlagChangeElsewhereUpdateCounts();
    void statusThatDisagreesWithSelectCostsOneVisit();
    void newMailInInboxIsAnnouncedAsInIdle();
    void commandOnAParkedFolderRunsThere();
    void parkedFolderHasSavedItsMirror();
    void missingFolderLeavesTheOthersWatched();
    void reconnectRevisitsEveryFolder();
    void withoutNotifyEachFolderHasItsConnection();
    void foldersBeyondTheCapArePolled();
    void checkNowAsksEverySharedFolder_data();
    void checkNowAsksEverySharedFolder();
    void refusedNotifySetFallsBack_data();
    void refusedNotifySetFallsBack();
    void overflowResynchronizesEveryFolder();
    void singleFolderNeverSendsNotify();
};

// Ten folders, a cap of five connections: with NOTIFY all ten are watched over one.
void Tst_SharedConnection::oneConnectionWatchesEveryFolder()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    QCOMPARE(h.server.connectionCount(), 1);
    QCOMPARE(h.last.state, State::Online);
    QVERIFY2(!h.last.error.isError(), qPrintable(h.last.error.message));
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.session->watchedFolders(), tenFolders());
    QCOMPARE(h.session->polledFolders(), QStringList());
    QCOMPARE(h.server.notifyCommands.size(), 1);
    QCOMPARE(h.server.notifyCommands.first(),
             "NOTIFY SET (selected (MessageNew (UID FLAGS) MessageExpunge FlagChange)) "
             "(mailboxes (INBOX F1 F2 F3 F4 F5 F6 F7 F8 F9) (MessageNew MessageExpunge "
             "FlagChange))");
    QCOMPARE(h.counts.size(), 10);
    for (const FolderStatus &status : std::as_const(h.counts)) {
        QCOMPARE(status.messages, 2u);
        QCOMPARE(status.unseen, 1u);
    }
    QVERIFY(h.idlingOn(u"INBOX"_s));
    QVERIFY(h.arrivals.isEmpty()); // first run: nothing old is announced
    // Each folder once, INBOX first and last; then nothing but the IDLE renewals.
    QCOMPARE(h.server.count("SELECT"), 11);
    h.pass(60 * 60 * 1000);
    QCOMPARE(h.server.count("SELECT"), 11);
    QVERIFY(h.idlingOn(u"INBOX"_s));
    QCOMPARE(h.server.connectionCount(), 1);
}

void Tst_SharedConnection::newMailInAnotherFolderIsAnnouncedOnce()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    const int selects = h.server.count("SELECT");
    const int checks = h.server.count("STATUS F7");
    const quint32 uid = h.server.deliver(u"F7"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"F7:%1"_s.arg(uid)});
    QCOMPARE(h.arrivals.first().subject, u"Subject %1"_s.arg(uid));
    QCOMPARE(h.counts[u"F7"_s].messages, 3u);
    QCOMPARE(h.counts[u"F7"_s].unseen, 2u);
    // One visit: SELECT F7, then INBOX again, and the folder left behind checked once.
    QCOMPARE(h.server.count("SELECT"), selects + 2);
    QCOMPARE(h.server.count("STATUS F7"), checks + 1);
    QVERIFY(h.idlingOn(u"INBOX"_s));
    QCOMPARE(h.server.connectionCount(), 1);
    // Nothing twice; the next message once.
    h.pass(60'000);
    QCOMPARE(h.arrivals.size(), 1);
    const quint32 next = h.server.deliver(u"F7"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), (QStringList {u"F7:%1"_s.arg(uid), u"F7:%1"_s.arg(next)}));
}

// Dovecot reports a change made to a folder between its last command and the next SELECT by
// neither filter: the folder left behind is checked with a STATUS after each switch.
void Tst_SharedConnection::changeJustBeforeLeavingIsNotLost()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    quint32 late = 0;
    h.server.beforeAnswer = [&](const QByteArray &line) {
        if (late == 0 && line.endsWith("SELECT INBOX (CONDSTORE)"))
            late = h.server.deliver(u"F7"_s, {}, true);
    };
    const quint32 uid = h.server.deliver(u"F7"_s);
    h.pass(kQuietMs);
    QVERIFY(late != 0);
    QCOMPARE(h.arrived(), (QStringList {u"F7:%1"_s.arg(uid), u"F7:%1"_s.arg(late)}));
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

// A server whose STATUS always says more than its SELECT: each folder is visited once more after
// the check that follows its visit, then no more until its STATUS changes.
void Tst_SharedConnection::statusThatDisagreesWithSelectCostsOneVisit()
{
    Harness h(storePath(), tenFolders());
    h.server.statusModSeqSkew = 1000;
    h.startAndSettle();
    const int selects = h.server.count("SELECT");
    QVERIFY2(selects <= 11 + 9, QByteArray::number(selects));
    h.pass(60 * 60 * 1000);
    QCOMPARE(h.server.count("SELECT"), selects);
    QVERIFY(h.idlingOn(u"INBOX"_s));
    const quint32 uid = h.server.deliver(u"F4"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"F4:%1"_s.arg(uid)});
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

void Tst_SharedConnection::expungeAndFlagChangeElsewhereUpdateCounts()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    h.server.setFlags(u"F3"_s, 2, "\\Seen");
    h.pass(kQuietMs);
    QCOMPARE(h.counts[u"F3"_s].unseen, 0u);
    QCOMPARE(h.flagChanges.size(), 1);
    QCOMPARE(h.flagChanges.first().folder, u"F3"_s);
    QCOMPARE(h.flagChanges.first().uid, 2u);
    h.server.expunge(u"F3"_s, 1);
    h.pass(kQuietMs);
    QCOMPARE(h.counts[u"F3"_s].messages, 1u);
    QCOMPARE(h.expunges.size(), 1);
    QCOMPARE(h.expunges.first().uid, 1u);
    QVERIFY(h.arrivals.isEmpty());
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

void Tst_SharedConnection::newMailInInboxIsAnnouncedAsInIdle()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    const int selects = h.server.count("SELECT");
    const quint32 uid = h.server.deliver(u"INBOX"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"INBOX:%1"_s.arg(uid)});
    QCOMPARE(h.server.count("SELECT"), selects); // no visit
    QCOMPARE(h.counts[u"INBOX"_s].messages, 3u);
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

void Tst_SharedConnection::commandOnAParkedFolderRunsThere()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    h.session->command({u"acct"_s, u"F5"_s, 1700000000, 2}, AccountSession::Command::MarkSeen);
    h.pass(kQuietMs);
    QVERIFY(h.server.folders[u"F5"_s].messages.at(1).flags.contains("\\Seen"));
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

// A visited folder saves its mailbox mirror when it hands the connection back (its mirror timer
// stops there), so a restart resyncs it from what the visit saw.
void Tst_SharedConnection::parkedFolderHasSavedItsMirror()
{
    const QString mirrors = m_dir.filePath(u"mirrors-parked"_s);
    Harness h(storePath(), tenFolders(), 5, mirrors);
    h.startAndSettle();
    const quint32 uid = h.server.deliver(u"F7"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"F7:%1"_s.arg(uid)});
    const MirrorStore::Loaded loaded = MirrorStore(mirrors).load(u"acct"_s, u"F7"_s);
    QVERIFY2(loaded.mirror, qPrintable(loaded.problem));
    QCOMPARE(loaded.mirror->uids, (QList<quint32> {1, 2, uid}));
}

// A folder that cannot be opened is reported; the nine others are watched over the connection.
void Tst_SharedConnection::missingFolderLeavesTheOthersWatched()
{
    Harness h(storePath(), tenFolders());
    h.server.refuseSelect = {u"F4"_s};
    h.startAndSettle();
    QCOMPARE(h.server.connectionCount(), 1);
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.last.error.kind, ErrorKind::MailboxUnavailable);
    QVERIFY(h.idlingOn(u"INBOX"_s));
    const quint32 uid = h.server.deliver(u"F9"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"F9:%1"_s.arg(uid)});
}

// The one connection drops: mail that arrives in a parked folder meanwhile is announced once
// after the reconnect, when every folder is visited again.
void Tst_SharedConnection::reconnectRevisitsEveryFolder()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    h.server.dropAll();
    h.settle();
    QCOMPARE(h.last.state, State::Reconnecting);
    const quint32 uid = h.server.deliver(u"F2"_s);
    h.pass(1000 + kQuietMs); // the first backoff step
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.openCount(), 1);
    QCOMPARE(h.arrived(), QStringList {u"F2:%1"_s.arg(uid)});
    QVERIFY(h.idlingOn(u"INBOX"_s));
}

// Without NOTIFY: one connection per folder up to the cap; the folders beyond it share INBOX's
// connection and are checked with STATUS every poll interval, named in the status.
void Tst_SharedConnection::withoutNotifyEachFolderHasItsConnection()
{
    Harness h(storePath(), tenFolders());
    h.server.capabilities = "IMAP4rev1 IDLE CONDSTORE";
    h.startAndSettle();
    QCOMPARE(h.server.connectionCount(), 5);
    QCOMPARE(h.server.notifyCommands.size(), 0);
    QCOMPARE(h.last.state, State::Online);
    const QStringList polled {u"F5"_s, u"F6"_s, u"F7"_s, u"F8"_s, u"F9"_s};
    QCOMPARE(h.session->polledFolders(), polled);
    QCOMPARE(h.session->watchedFolders(), tenFolders());
    QVERIFY(h.last.error.message.contains(u"F5, F6, F7, F8, F9"_s));
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.counts.size(), 10);
    const quint32 uid = h.server.deliver(u"F3"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"F3:%1"_s.arg(uid)});
}

// A folder beyond the cap, without NOTIFY: its new mail is announced at the next poll, once; a
// poll that finds nothing leaves INBOX selected (no SELECT, only STATUS between two IDLEs).
void Tst_SharedConnection::foldersBeyondTheCapArePolled()
{
    Harness h(storePath(), tenFolders());
    h.server.capabilities = "IMAP4rev1 IDLE CONDSTORE";
    h.startAndSettle();
    const int selects = h.server.count("SELECT");
    const int statuses = h.server.count("STATUS");
    h.pass(kPollMs);
    QCOMPARE(h.server.count("STATUS"), statuses + 5);
    QCOMPARE(h.server.count("SELECT"), selects);
    const quint32 uid = h.server.deliver(u"F8"_s);
    h.pass(kPollMs / 2);
    QVERIFY(h.arrivals.isEmpty());
    h.pass(kPollMs / 2);
    QCOMPARE(h.arrived(), QStringList {u"F8:%1"_s.arg(uid)});
    QCOMPARE(h.counts[u"F8"_s].messages, 3u);
    h.pass(3 * kPollMs);
    QCOMPARE(h.arrivals.size(), 1);
    QCOMPARE(h.server.connectionCount(), 5);
    // A user command on a polled folder runs without waiting for the poll.
    h.session->command({u"acct"_s, u"F9"_s, 1700000000, 2}, AccountSession::Command::MarkSeen);
    h.pass(kQuietMs);
    QVERIFY(h.server.folders[u"F9"_s].messages.at(1).flags.contains("\\Seen"));
}

void Tst_SharedConnection::checkNowAsksEverySharedFolder_data()
{
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<int>("shared");
    QTest::newRow("pushed") << QByteArray("IMAP4rev1 IDLE CONDSTORE NOTIFY") << 9;
    QTest::newRow("polled") << QByteArray("IMAP4rev1 IDLE CONDSTORE") << 5;
}

// "Check now": every folder on INBOX's connection gets a STATUS at once; one whose event never
// came (or whose poll is not due yet) is visited and its mail announced.
void Tst_SharedConnection::checkNowAsksEverySharedFolder()
{
    QFETCH(QByteArray, capabilities);
    QFETCH(int, shared);
    Harness h(storePath(), tenFolders());
    h.server.capabilities = capabilities;
    h.startAndSettle();
    const int statuses = h.server.count("STATUS");
    const quint32 uid = h.server.deliver(u"F9"_s, {}, true);
    h.session->checkNow();
    h.pass(kQuietMs);
    QCOMPARE(h.server.count("STATUS"), statuses + shared + 1); // + F9 left behind
    QCOMPARE(h.arrived(), QStringList {u"F9:%1"_s.arg(uid)});
    QVERIFY(h.server.clientLines.last().endsWith(" IDLE"));
}

void Tst_SharedConnection::refusedNotifySetFallsBack_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("no") << QByteArray("NO Not now");
    QTest::newRow("bad") << QByteArray("BAD Error in IMAP command NOTIFY: unknown event");
    QTest::newRow("badevent") << QByteArray("NO [BADEVENT (FlagChange)] Unsupported");
}

void Tst_SharedConnection::refusedNotifySetFallsBack()
{
    QFETCH(QByteArray, answer);
    Harness h(storePath(), {u"INBOX"_s, u"Work"_s, u"Lists"_s});
    h.server.notifyAnswer = answer;
    h.startAndSettle();
    QCOMPARE(h.server.notifyCommands.size(), 1);
    QCOMPARE(h.server.connectionCount(), 3); // INBOX keeps the first
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.counts.size(), 3);
    const quint32 uid = h.server.deliver(u"Work"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), QStringList {u"Work:%1"_s.arg(uid)});
    // The choice holds across a reconnect: no NOTIFY SET again.
    h.server.dropAll();
    h.pass(1000 + kQuietMs);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.notifyCommands.size(), 1);
    QCOMPARE(h.server.openCount(), 3);
}

// After NOTIFICATIONOVERFLOW the server sends no events: NOTIFY SET again, and every folder is
// resynchronized, so a message whose event was lost is announced once.
void Tst_SharedConnection::overflowResynchronizesEveryFolder()
{
    Harness h(storePath(), tenFolders());
    h.startAndSettle();
    const quint32 uid = h.server.deliver(u"F6"_s, {}, true);
    h.server.overflow();
    h.pass(kQuietMs);
    QCOMPARE(h.server.notifyCommands.size(), 2);
    QCOMPARE(h.arrived(), QStringList {u"F6:%1"_s.arg(uid)});
    QVERIFY(h.idlingOn(u"INBOX"_s));
    // Events flow again.
    const quint32 next = h.server.deliver(u"F1"_s);
    h.pass(kQuietMs);
    QCOMPARE(h.arrived(), (QStringList {u"F6:%1"_s.arg(uid), u"F1:%1"_s.arg(next)}));
}

// One folder has nothing to share: the account behaves as before NOTIFY existed.
void Tst_SharedConnection::singleFolderNeverSendsNotify()
{
    Harness h(storePath(), {u"INBOX"_s});
    h.startAndSettle();
    QCOMPARE(h.server.notifyCommands.size(), 0);
    QCOMPARE(h.server.connectionCount(), 1);
    QCOMPARE(h.last.state, State::Online);
}

QTEST_GUILESS_MAIN(Tst_SharedConnection)
#include "tst_sharedconnection.moc"
