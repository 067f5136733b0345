// AccountSession with NOTIFY against the private Dovecot (one user per test, ten folders): one
// connection watches all ten (and one per folder without NOTIFY, for comparison); mail delivered
// to a folder that is not selected is announced once, with its subject; a flag change and an
// expunge there reach the folder's counts; and the latency of new mail in such a folder is
// measured against INBOX's in the same run. Prints figures (connections, time to ready,
// latencies); asserts behaviour only.
#include "engine/accountsession.h"
#include "engine/seenstore.h"
#include "engine/ssltransport.h"
#include "enginerun.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

using EngineTest::kPassword;
using EngineTest::kWaitMs;

QStringList tenFolders()
{
    QStringList names {u"INBOX"_s};
    for (int i = 1; i < 10; ++i)
        names.append(u"Folder %1"_s.arg(i)); // a space: quoted on the wire
    return names;
}

// One account's session over TLS to the fixture, and what it emitted.
struct Session
{
    Session(const DovecotFixture &server, const QString &user, const QString &storePath,
            bool notify, int maxConnections)
        : store(storePath)
    {
        AccountSpec spec = EngineTest::EngineRun::specFor(server, user); // TLS to the fixture
        spec.folders = tenFolders();
        spec.maxConnections = maxConnections;
        AccountSession::Options options;
        options.notify = notify;
        session = std::make_unique<AccountSession>(
            spec, &store, [] { return new SslTransport; }, options);
        QObject::connect(session.get(), &AccountSession::wireLine, session.get(),
                         [this](quint32 id, Connection::Direction direction, const QByteArray &b) {
                             connectionIds.insert(id);
                             if (direction == Connection::Direction::Sent)
                                 sent.append(b);
                         });
        QObject::connect(session.get(), &AccountSession::messagesArrived, session.get(),
                         [this](const QList<MessageSummary> &list) { arrivals.append(list); });
        QObject::connect(session.get(), &AccountSession::folderStatusChanged, session.get(),
                         [this](const FolderStatus &status) { counts[status.folder] = status; });
        QObject::connect(session.get(), &AccountSession::statusChanged, session.get(),
                         [this](const AccountStatus &status) { last = status; });
        QObject::connect(session.get(), &AccountSession::initialSyncDone, session.get(),
                         [this] { synced = true; });
        session->setPassword(kPassword);
    }
    ~Session()
    {
        session->stop();
        if (!QTest::qWaitFor([this] { return last.state == AccountStatus::State::Stopped; }, 5000))
            qWarning("the session did not stop within 5 s");
    }

    bool startAndWaitOnline()
    {
        QElapsedTimer clock;
        clock.start();
        session->start();
        const bool online = QTest::qWaitFor(
            [this] { return synced && last.state == AccountStatus::State::Online; }, kWaitMs);
        readyMs = clock.elapsed();
        return online;
    }
    bool waitArrivals(qsizetype count)
    {
        return QTest::qWaitFor([&] { return arrivals.size() >= count; }, kWaitMs);
    }
    int sentCount(const QByteArray &command) const
    {
        return int(std::count_if(sent.cbegin(), sent.cend(), [&](const QByteArray &line) {
            return line.mid(line.indexOf(' ') + 1).startsWith(command);
        }));
    }

    SeenStore store;
    std::unique_ptr<AccountSession> session;
    QSet<quint32> connectionIds;
    QList<QByteArray> sent;
    QList<MessageSummary> arrivals;
    QMap<QString, FolderStatus> counts;
    AccountStatus last;
    bool synced = false;
    qint64 readyMs = 0;
};

} // namespace

class Tst_SharedConnectionDovecot : public QObject
{
    Q_OBJECT

private:
    QString newUser(const QString &name);
    QString storePath(const QString &user) const { return m_dir.filePath(user + u".json"_s); }
    // `doveadm save` started asynchronously, so the session's event loop runs meanwhile; returns
    // the milliseconds until the session announced it.
    qint64 deliverAndTime(Session &s, const QString &user, const QString &folder,
                          const QByteArray &subject);

    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneConnectionForTenFolders();
    void newMailElsewhereIsAnnouncedOnce();
    void flagChangeAndExpungeElsewhereUpdateCounts();
    void latencyElsewhereAndInInbox();
};

QString Tst_SharedConnectionDovecot::newUser(const QString &name)
{
    if (!m_server.createUser(name, kPassword))
        qWarning("createUser: %s", qPrintable(m_server.errorString()));
    for (const QString &folder : tenFolders()) {
        if (folder != u"INBOX"_s && !m_server.createMailbox(name, folder))
            qWarning("createMailbox: %s", qPrintable(m_server.errorString()));
    }
    return name;
}

void Tst_SharedConnectionDovecot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void Tst_SharedConnectionDovecot::cleanupTestCase()
{
    if (!m_server.stop())
        qInfo("fixture stop: %s", qPrintable(m_server.errorString()));
}

qint64 Tst_SharedConnectionDovecot::deliverAndTime(Session &s, const QString &user,
                                                   const QString &folder, const QByteArray &subject)
{
    QString doveadm = QStandardPaths::findExecutable(u"doveadm"_s);
    if (doveadm.isEmpty())
        doveadm = QStandardPaths::findExecutable(u"doveadm"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    QTest::qWait(1000); // INBOX back in IDLE for a while: no command of ours hurries the server
    const qsizetype before = s.arrivals.size();
    QProcess save;
    QElapsedTimer clock;
    clock.start();
    save.start(doveadm,
               {u"-c"_s, m_server.configPath(), u"save"_s, u"-u"_s, user, u"-m"_s, folder});
    save.write(EngineTest::message(subject));
    save.closeWriteChannel();
    if (!s.waitArrivals(before + 1))
        return -1;
    const qint64 elapsed = clock.elapsed();
    if (save.state() != QProcess::NotRunning)
        save.waitForFinished(kWaitMs);
    return elapsed;
}

// The brief's figure: 1 account x 10 folders, connections with and without NOTIFY.
void Tst_SharedConnectionDovecot::oneConnectionForTenFolders()
{
    struct Row
    {
        const char *name;
        bool notify;
        int cap;
        int connections;
        int polled;
    };
    const Row rows[] = {{"notify", true, 5, 1, 0},
                        {"per-folder, cap 5", false, 5, 5, 5},
                        {"per-folder, cap 10", false, 10, 10, 0}};
    for (const Row &row : rows) {
        const QString user = newUser(u"nd-count-%1-%2"_s.arg(int(row.notify)).arg(row.cap));
        Session s(m_server, user, storePath(user), row.notify, row.cap);
        QVERIFY(s.startAndWaitOnline());
        QCOMPARE(s.connectionIds.size(), row.connections);
        QCOMPARE(s.session->polledFolders().size(), row.polled);
        QCOMPARE(s.counts.size(), 10);
        QCOMPARE(s.sentCount("NOTIFY SET"), row.notify ? 1 : 0);
        qInfo("1 account x 10 folders, %s: %lld connection(s), %d folder(s) pushed, %d polled, "
              "online after %lld ms",
              row.name, qlonglong(s.connectionIds.size()), 10 - row.polled, row.polled, s.readyMs);
    }
}

void Tst_SharedConnectionDovecot::newMailElsewhereIsAnnouncedOnce()
{
    const QString user = newUser(u"nd-arrival"_s);
    Session s(m_server, user, storePath(user), true, 5);
    QVERIFY(s.startAndWaitOnline());
    QVERIFY(m_server.appendMessage(user, u"Folder 7"_s, EngineTest::message("Elsewhere")));
    QVERIFY(s.waitArrivals(1));
    QCOMPARE(s.arrivals.first().folder, u"Folder 7"_s);
    QCOMPARE(s.arrivals.first().subject, u"Elsewhere"_s);
    QVERIFY(QTest::qWaitFor([&] { return s.counts[u"Folder 7"_s].messages == 1; }, kWaitMs));
    QCOMPARE(s.counts[u"Folder 7"_s].unseen, 1u);
    QVERIFY(m_server.appendMessage(user, u"INBOX"_s, EngineTest::message("At home")));
    QVERIFY(s.waitArrivals(2));
    QCOMPARE(s.arrivals.at(1).folder, u"INBOX"_s);
    // Nothing twice (Dovecot's own keepalive and the revisits included).
    QTest::qWait(1500);
    QCOMPARE(s.arrivals.size(), 2);
    QCOMPARE(s.connectionIds.size(), 1);
}

void Tst_SharedConnectionDovecot::flagChangeAndExpungeElsewhereUpdateCounts()
{
    const QString user = newUser(u"nd-counts"_s);
    const auto uid = m_server.appendMessage(user, u"Folder 3"_s, EngineTest::message("Old"));
    QVERIFY(uid);
    Session s(m_server, user, storePath(user), true, 5);
    QVERIFY(s.startAndWaitOnline());
    QCOMPARE(s.counts[u"Folder 3"_s].unseen, 1u);
    QVERIFY(m_server.addFlags(user, u"Folder 3"_s, *uid, {u"\\Seen"_s}));
    QVERIFY(QTest::qWaitFor([&] { return s.counts[u"Folder 3"_s].unseen == 0; }, kWaitMs));
    QVERIFY(m_server.expunge(user, u"Folder 3"_s, {*uid}));
    QVERIFY(QTest::qWaitFor([&] { return s.counts[u"Folder 3"_s].messages == 0; }, kWaitMs));
    QVERIFY(s.arrivals.isEmpty());
    QCOMPARE(s.connectionIds.size(), 1);
}

// Dovecot holds every change 0.5 s before it reports it to a client in IDLE, as an EXISTS of
// the selected folder or as a STATUS of another alike; a folder that is not selected costs a
// visit on top (SELECT, resync, fetch, then INBOX again).
void Tst_SharedConnectionDovecot::latencyElsewhereAndInInbox()
{
    const QString user = newUser(u"nd-latency"_s);
    Session s(m_server, user, storePath(user), true, 5);
    QVERIFY(s.startAndWaitOnline());
    QList<qint64> inbox;
    QList<qint64> elsewhere;
    constexpr int rounds = 7;
    for (int i = 0; i < rounds; ++i) {
        const qint64 a = deliverAndTime(s, user, u"INBOX"_s, "inbox " + QByteArray::number(i));
        QVERIFY(a >= 0);
        inbox.append(a);
        const qint64 b =
            deliverAndTime(s, user, u"Folder 5"_s, "elsewhere " + QByteArray::number(i));
        QVERIFY(b >= 0);
        elsewhere.append(b);
    }
    QCOMPARE(s.arrivals.size(), 2 * rounds);
    std::sort(inbox.begin(), inbox.end());
    std::sort(elsewhere.begin(), elsewhere.end());
    qInfo("doveadm save -> messagesArrived over %d rounds: INBOX (selected) median %lld ms "
          "(min %lld, max %lld); Folder 5 (NOTIFY STATUS, visited) median %lld ms (min %lld, "
          "max %lld)",
          rounds, inbox.at(rounds / 2), inbox.constFirst(), inbox.constLast(),
          elsewhere.at(rounds / 2), elsewhere.constFirst(), elsewhere.constLast());
}

QTEST_GUILESS_MAIN(Tst_SharedConnectionDovecot)
#include "tst_sharedconnection_dovecot.moc"
