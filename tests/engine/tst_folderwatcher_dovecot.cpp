// FolderWatcher against the private Dovecot (one user per test): mail appended from outside is
// announced with its decoded subject, sender and preview; a first run announces nothing that
// existed; a restart with the same SeenStore file announces what arrived while away exactly
// once; markSeen is visible to another client; flag changes and expunges from outside become
// flagsChanged / messageExpunged. Also measures APPEND-to-messagesArrived latency.
#include "dovecotfixture.h"
#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/mirrorstore.h"
#include "engine/seenstore.h"
#include "engine/ssltransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15000;
const QString kPassword = u"s3cret pass"_s;
const QString kInbox = u"INBOX"_s;

QByteArray message(const QByteArray &subject, const QByteArray &headers, const QByteArray &body)
{
    return "From: Bob Sender <bob@example.org>\r\n"
           "To: Alice <alice@example.org>\r\n"
           "Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <"
        + QByteArray::number(qHash(subject + body)) + "@example.org>\r\n" + "Subject: " + subject
        + "\r\nMIME-Version: 1.0\r\n" + headers + "\r\n" + body;
}

QByteArray plainMessage(const QByteArray &subject)
{
    return message(subject, "Content-Type: text/plain; charset=us-ascii\r\n", "Hello there.\r\n");
}

// One watcher on its own connection (replaced by reconnect()); collects what it emits.
struct Watch
{
    Watch(DovecotFixture &server, const QString &user, SeenStore *store,
          FolderWatcher::Options options = {})
    {
        config.host = u"imap.test"_s;
        config.connectAddress = server.host();
        config.security = AccountConfig::Security::Tls;
        config.port = server.imapsPort();
        config.user = user;
        config.caCertificates = {server.caCertificate()};
        config.greetingTimeoutMs = kWaitMs;
        config.commandTimeoutMs = kWaitMs;
        watcher = std::make_unique<FolderWatcher>(u"acct-"_s + user, kInbox, store, options);
        QObject::connect(watcher.get(), &FolderWatcher::ready, watcher.get(), [this] {
            isReady = true;
            ++readyCount;
        });
        QObject::connect(watcher.get(), &FolderWatcher::messagesArrived, watcher.get(),
                         [this](const QList<MessageSummary> &list) { arrivals.append(list); });
        QObject::connect(watcher.get(), &FolderWatcher::failed, watcher.get(),
                         [this](const ImapError &error) {
                             failures.append(error);
                             qWarning("watcher failed: %s (%s)", qPrintable(error.message),
                                      qPrintable(error.detail));
                         });
        QObject::connect(watcher.get(), &FolderWatcher::flagsChanged, watcher.get(),
                         [this](quint32 uid, const MessageFlags &flags) {
                             flagChanges.append({uid, flags});
                         });
        QObject::connect(watcher.get(), &FolderWatcher::messageExpunged, watcher.get(),
                         [this](quint32 index, quint32 uid) {
                             expunges.append({index, uid});
                         });
        QObject::connect(watcher.get(), &FolderWatcher::commandFailed, watcher.get(),
                         [this](quint32 uid, const ImapError &error) {
                             commandFailures.append({uid, error});
                         });
        connect();
    }

    void connect()
    {
        if (connection)
            old.push_back(std::move(connection));
        connection = std::make_unique<Connection>(config, new SslTransport);
        connection->setPassword(kPassword);
        Connection *c = connection.get();
        QObject::connect(c, &Connection::ready, watcher.get(), [this, c] { watcher->start(c); });
        QObject::connect(c, &Connection::wireLine, watcher.get(),
                         [this](Connection::Direction direction, const QByteArray &bytes) {
                             if (direction == Connection::Direction::Received)
                                 bytesIn += bytes.size();
                         });
        connection->open();
    }

    // The connection is cut (as a liveness check would); the watcher resumes on a new one.
    void reconnect()
    {
        connection->abort();
        isReady = false;
        connect();
    }

    ~Watch()
    {
        watcher.reset();
        if (connection->state() != Connection::State::Failed) {
            QSignalSpy out(connection.get(), &Connection::loggedOut);
            connection->logout();
            out.wait(2000);
        }
    }

    bool waitReady()
    {
        return QTest::qWaitFor([this] { return isReady; }, kWaitMs);
    }
    bool waitArrivals(int count)
    {
        return QTest::qWaitFor([&] { return arrivals.size() >= count; }, kWaitMs);
    }
    QList<quint32> arrivedUids() const
    {
        QList<quint32> uids;
        for (const MessageSummary &s : arrivals)
            uids.append(s.uid);
        return uids;
    }

    AccountConfig config;
    std::vector<std::unique_ptr<Connection>> old;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<FolderWatcher> watcher;
    bool isReady = false;
    int readyCount = 0;
    qint64 bytesIn = 0; // every line received, on every connection
    QList<std::pair<quint32, ImapError>> commandFailures;
    QList<MessageSummary> arrivals;
    QList<ImapError> failures;
    QList<std::pair<quint32, MessageFlags>> flagChanges;
    QList<std::pair<quint32, quint32>> expunges;
};

} // namespace

class Tst_FolderWatcherDovecot : public QObject
{
    Q_OBJECT

private:
    QString newUser(const QString &name);

    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newMailIsAnnouncedDecoded_data();
    void newMailIsAnnouncedDecoded();
    void firstRunAnnouncesNothingExisting();
    void restartAnnouncesMissedMailOnce();
    void markSeenIsVisibleToAnotherClient();
    void flagChangeFromOutside();
    void expungeFromOutside();
    void appendLatency();
    void reconnectResyncsWithQResync();
    void restartResyncsFromTheMirror();
    void restartAfterUidValidityChange();
    void restartFromAnOlderMirrorAnnouncesOnce();
    void restartWithAMirrorThatCannotBeUsed_data();
    void restartWithAMirrorThatCannotBeUsed();
    void deleteMovesToTrash();
};

QString Tst_FolderWatcherDovecot::newUser(const QString &name)
{
    if (!m_server.createUser(name, kPassword))
        qWarning("createUser: %s", qPrintable(m_server.errorString()));
    return name;
}

void Tst_FolderWatcherDovecot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void Tst_FolderWatcherDovecot::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void Tst_FolderWatcherDovecot::newMailIsAnnouncedDecoded_data()
{
    QTest::addColumn<bool>("serverPreview"); // use RFC 8970 PREVIEW if Dovecot offers it
    QTest::addColumn<QByteArray>("rfc822");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("preview");

    const QByteArray qp = message("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen?=",
                                  "Content-Type: text/plain; charset=utf-8\r\n"
                                  "Content-Transfer-Encoding: quoted-printable\r\n",
                                  "Hallo Welt, sch=C3=B6ne Gr=C3=BC=C3=9Fe.\r\n");
    QTest::newRow("rfc2047-q-subject-quoted-printable-body")
        << false << qp << u"Grüße aus München"_s << u"Hallo Welt, schöne Grüße."_s;
    QTest::newRow("server-preview-quoted-printable")
        << true << qp << u"Grüße aus München"_s << u"Hallo Welt, schöne Grüße."_s;
    QTest::newRow("rfc2047-b-latin1-subject-base64-latin1-body")
        << false
        << message("=?ISO-8859-1?B?Q2Fm6Q==?=",
                   "Content-Type: text/plain; charset=iso-8859-1\r\n"
                   "Content-Transfer-Encoding: base64\r\n",
                   QByteArray("Bonjour \xe0 tous, \xe0 demain.").toBase64() + "\r\n")
        << u"Café"_s << u"Bonjour à tous, à demain."_s;
    QTest::newRow("html-only")
        << false
        << message("Meeting", "Content-Type: text/html; charset=utf-8\r\n",
                   "<html><head><style>p { color: red }</style></head><body><p>Meeting at "
                   "<b>3pm</b> &amp; coffee</p></body></html>\r\n")
        << u"Meeting"_s << u"Meeting at 3pm & coffee"_s;
    QTest::newRow("multipart-alternative-prefers-plain")
        << false
        << message("Alt", "Content-Type: multipart/alternative; boundary=\"b1\"\r\n",
                   "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain words\r\n"
                   "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML words</p>\r\n"
                   "--b1--\r\n")
        << u"Alt"_s << u"Plain words"_s;
}

void Tst_FolderWatcherDovecot::newMailIsAnnouncedDecoded()
{
    QFETCH(bool, serverPreview);
    QFETCH(QByteArray, rfc822);
    QFETCH(QString, subject);
    QFETCH(QString, preview);

    const QString user = newUser(u"fw-new-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    SeenStore store(m_dir.filePath(user + u".json"_s));
    FolderWatcher::Options options;
    options.summaries.usePreviewExtension = serverPreview;
    Watch w(m_server, user, &store, options);
    QVERIFY(w.waitReady());
    if (serverPreview && !w.connection->hasCapability("PREVIEW"))
        qInfo("this Dovecot does not offer PREVIEW: the client-side preview path runs");
    const auto uid = m_server.appendMessage(user, kInbox, rfc822);
    QVERIFY2(uid, qPrintable(m_server.errorString()));
    QVERIFY(w.waitArrivals(1));
    QCOMPARE(w.arrivals.size(), 1);
    const MessageSummary &s = w.arrivals.constFirst();
    QCOMPARE(s.uid, *uid);
    QCOMPARE(s.subject, subject);
    QCOMPARE(s.from.value(0).address, u"bob@example.org"_s);
    QCOMPARE(s.from.value(0).name, u"Bob Sender"_s);
    QCOMPARE(s.to.value(0).address, u"alice@example.org"_s);
    QCOMPARE(s.preview, preview);
    QVERIFY(s.size > 0);
    QVERIFY(s.date.isValid());
    QVERIFY(!s.flags.has(MessageFlags::Seen));
    QCOMPARE(store.watermark(s.accountId, kInbox, s.uidValidity), std::optional<quint32>(*uid));
    QVERIFY(w.failures.isEmpty());
    // Still unseen on the server: the watcher only peeked.
    const auto flags = m_server.doveadm({u"fetch"_s, u"-u"_s, user, u"flags"_s, u"mailbox"_s,
                                         kInbox, u"uid"_s, QString::number(*uid)});
    QVERIFY(flags);
    QVERIFY2(!flags->contains("\\Seen"), flags->constData());
}

void Tst_FolderWatcherDovecot::firstRunAnnouncesNothingExisting()
{
    const QString user = newUser(u"fw-first"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server.appendMessage(user, kInbox, plainMessage("old " + QByteArray::number(i))));
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto uid = m_server.appendMessage(user, kInbox, plainMessage("fresh"));
    QVERIFY(uid);
    QVERIFY(w.waitArrivals(1));
    QCOMPARE(w.arrivedUids(), QList<quint32> {*uid});
    QCOMPARE(w.arrivals.constFirst().subject, u"fresh"_s);
}

void Tst_FolderWatcherDovecot::restartAnnouncesMissedMailOnce()
{
    const QString user = newUser(u"fw-restart"_s);
    const QString path = m_dir.filePath(user + u".json"_s);
    QVERIFY(m_server.appendMessage(user, kInbox, plainMessage("existing")));
    {
        SeenStore store(path);
        Watch w(m_server, user, &store);
        QVERIFY(w.waitReady());
        QVERIFY(w.arrivals.isEmpty());
    }
    // While away: two unseen, one already read elsewhere.
    const auto a = m_server.appendMessage(user, kInbox, plainMessage("away 1"));
    const auto b = m_server.appendMessage(user, kInbox, plainMessage("away seen"), {u"\\Seen"_s});
    const auto c = m_server.appendMessage(user, kInbox, plainMessage("away 2"));
    QVERIFY(a && b && c);
    {
        SeenStore store(path);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store);
        QVERIFY(w.waitReady());
        QVERIFY(w.waitArrivals(2));
        QCOMPARE(w.arrivedUids(), (QList<quint32> {*a, *c}));
    }
    {
        SeenStore store(path);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store);
        QVERIFY(w.waitReady());
        const auto d = m_server.appendMessage(user, kInbox, plainMessage("after"));
        QVERIFY(d);
        QVERIFY(w.waitArrivals(1));
        QCOMPARE(w.arrivedUids(), QList<quint32> {*d}); // nothing repeated
    }
}

void Tst_FolderWatcherDovecot::markSeenIsVisibleToAnotherClient()
{
    const QString user = newUser(u"fw-markseen"_s);
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto uid = m_server.appendMessage(user, kInbox, plainMessage("read me"));
    QVERIFY(uid);
    QVERIFY(w.waitArrivals(1));
    w.watcher->markSeen(*uid);
    const QStringList fetch {u"fetch"_s,   u"-u"_s, user,     u"flags"_s,
                             u"mailbox"_s, kInbox,  u"uid"_s, QString::number(*uid)};
    QTRY_VERIFY_WITH_TIMEOUT(m_server.doveadm(fetch).value_or(QByteArray()).contains("\\Seen"),
                             kWaitMs);
    QVERIFY(w.failures.isEmpty());
}

void Tst_FolderWatcherDovecot::flagChangeFromOutside()
{
    const QString user = newUser(u"fw-flags"_s);
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto uid = m_server.appendMessage(user, kInbox, plainMessage("flag me"));
    QVERIFY(uid);
    QVERIFY(w.waitArrivals(1));
    QVERIFY(m_server.addFlags(user, kInbox, *uid, {u"\\Flagged"_s, u"\\Seen"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(!w.flagChanges.isEmpty()
                                 && w.flagChanges.constLast().second.has(MessageFlags::Seen)
                                 && w.flagChanges.constLast().second.has(MessageFlags::Flagged),
                             kWaitMs);
    QCOMPARE(w.flagChanges.constLast().first, *uid);
}

void Tst_FolderWatcherDovecot::expungeFromOutside()
{
    const QString user = newUser(u"fw-expunge"_s);
    const auto first = m_server.appendMessage(user, kInbox, plainMessage("one"));
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto second = m_server.appendMessage(user, kInbox, plainMessage("two"));
    const auto third = m_server.appendMessage(user, kInbox, plainMessage("three"));
    QVERIFY(first && second && third);
    QVERIFY(w.waitArrivals(2));
    QVERIFY(m_server.expunge(user, kInbox, {*second}));
    QTRY_COMPARE_WITH_TIMEOUT(w.expunges.size(), 1, kWaitMs);
    QCOMPARE(w.expunges.constFirst(), (std::pair<quint32, quint32>(2, *second)));
    QCOMPARE(w.watcher->mailbox().exists(), 2u);
    QCOMPARE(w.arrivals.size(), 2); // the EXISTS change was not new mail
}

void Tst_FolderWatcherDovecot::appendLatency()
{
    const QString user = newUser(u"fw-latency"_s);
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    QString doveadm = QStandardPaths::findExecutable(u"doveadm"_s);
    if (doveadm.isEmpty())
        doveadm = QStandardPaths::findExecutable(u"doveadm"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    QVERIFY(!doveadm.isEmpty());
    QList<qint64> latencies;
    constexpr int rounds = 10;
    for (int i = 0; i < rounds; ++i) {
        // An asynchronous `doveadm save` keeps the event loop (and the watcher) running.
        QProcess save;
        QElapsedTimer clock;
        clock.start();
        save.start(doveadm,
                   {u"-c"_s, m_server.configPath(), u"save"_s, u"-u"_s, user, u"-m"_s, kInbox});
        save.write(plainMessage("latency " + QByteArray::number(i)));
        save.closeWriteChannel();
        QVERIFY(w.waitArrivals(i + 1));
        latencies.append(clock.elapsed());
        QVERIFY(save.state() == QProcess::NotRunning || save.waitForFinished(kWaitMs));
        QCOMPARE(save.exitCode(), 0);
    }
    QCOMPARE(w.arrivals.size(), rounds);
    std::sort(latencies.begin(), latencies.end());
    qInfo("APPEND (doveadm save start) -> messagesArrived: median %lld ms, min %lld ms, max %lld "
          "ms over %d",
          latencies.at(rounds / 2), latencies.constFirst(), latencies.constLast(), rounds);
}

void Tst_FolderWatcherDovecot::reconnectResyncsWithQResync()
{
    const QString user = newUser(u"fw-reconnect"_s);
    const auto existing = m_server.appendMessage(user, kInbox, plainMessage("existing"));
    const auto doomed = m_server.appendMessage(user, kInbox, plainMessage("doomed"));
    QVERIFY(existing && doomed);
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto before = m_server.appendMessage(user, kInbox, plainMessage("before"));
    QVERIFY(before);
    QVERIFY(w.waitArrivals(1));
    QVERIFY(w.watcher->highestModSeq() > 0);

    w.reconnect();
    // While away: two unseen, one read elsewhere, a flag change and an expunge.
    const auto a = m_server.appendMessage(user, kInbox, plainMessage("away 1"));
    const auto b = m_server.appendMessage(user, kInbox, plainMessage("away seen"), {u"\\Seen"_s});
    const auto c = m_server.appendMessage(user, kInbox, plainMessage("away 2"));
    QVERIFY(a && b && c);
    QVERIFY(m_server.addFlags(user, kInbox, *existing, {u"\\Flagged"_s}));
    QVERIFY(m_server.expunge(user, kInbox, {*doomed}));

    QVERIFY(w.waitReady());
    QCOMPARE(w.readyCount, 2);
    QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::QResync);
    QVERIFY(w.waitArrivals(3));
    QCOMPARE(w.arrivedUids(), (QList<quint32> {*before, *a, *c}));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(w.flagChanges.cbegin(), w.flagChanges.cend(),
                                         [&](const auto &change) {
                                             return change.first == *existing
                                                 && change.second.has(MessageFlags::Flagged);
                                         }),
                             kWaitMs);
    QCOMPARE(w.expunges, (QList<std::pair<quint32, quint32>> {{2, *doomed}}));
    QCOMPARE(w.watcher->mailbox().exists(), 5u);

    // Nothing repeated afterwards, and new mail still arrives on the new connection.
    const auto d = m_server.appendMessage(user, kInbox, plainMessage("after"));
    QVERIFY(d);
    QVERIFY(w.waitArrivals(4));
    QTest::qWait(200);
    QCOMPARE(w.arrivedUids(), (QList<quint32> {*before, *a, *c, *d}));
    QVERIFY(w.failures.isEmpty());
    const quint32 validity = w.watcher->mailbox().uidValidity();
    QCOMPARE(store.highestModSeq(u"acct-"_s + user, kInbox, validity).value_or(0),
             w.watcher->highestModSeq());
}

void Tst_FolderWatcherDovecot::deleteMovesToTrash()
{
    const QString user = newUser(u"fw-delete"_s);
    // The fixture marks "Deleted Messages" \Trash (RFC 6154); "Trash" is a decoy by name only.
    QVERIFY(m_server.createMailbox(user, u"Deleted Messages"_s));
    QVERIFY(m_server.createMailbox(user, u"Trash"_s));
    const auto keep = m_server.appendMessage(user, kInbox, plainMessage("keep"));
    const auto other =
        m_server.appendMessage(user, kInbox, plainMessage("other deleted"), {u"\\Deleted"_s});
    QVERIFY(keep && other);
    SeenStore store(m_dir.filePath(user + u".json"_s));
    Watch w(m_server, user, &store);
    QVERIFY(w.waitReady());
    const auto uid = m_server.appendMessage(user, kInbox, plainMessage("delete me"));
    QVERIFY(uid);
    QVERIFY(w.waitArrivals(1));
    w.watcher->deleteMessage(*uid);
    QTRY_COMPARE_WITH_TIMEOUT(w.expunges.size(), 1, kWaitMs);
    QCOMPARE(w.expunges.constFirst(), (std::pair<quint32, quint32>(3, *uid)));
    QVERIFY(w.commandFailures.isEmpty());
    QCOMPARE(m_server.uidNext(user, u"Deleted Messages"_s).value_or(0), 2u); // moved there
    QCOMPARE(m_server.uidNext(user, u"Trash"_s).value_or(0), 1u);
    // The other message someone marked \Deleted is still there.
    QCOMPARE(w.watcher->mailbox().exists(), 2u);
    QVERIFY(w.watcher->mailbox().sequenceOf(*other) != 0);
}

QTEST_GUILESS_MAIN(Tst_FolderWatcherDovecot)
namespace {

// Options that keep the folder's mailbox mirror beside the seen store at seenPath, as the engine
// does.
FolderWatcher::Options mirroredBeside(const QString &seenPath)
{
    FolderWatcher::Options options;
    options.mirrors = MirrorStore(MirrorStore::folderBeside(seenPath));
    return options;
}

// The messages a watcher knows with their flags: what an initial sync and a restart must agree on.
QList<std::pair<quint32, MessageFlags>> stateOf(const FolderWatcher &watcher)
{
    const MailboxState::KnownMessages known = watcher.mailbox().knownMessages();
    QList<std::pair<quint32, MessageFlags>> state;
    for (qsizetype i = 0; i < known.uids.size(); ++i)
        state.append({known.uids[i], known.flags[i]});
    return state;
}

} // namespace

// Issue 12 section 2: the second run starts with SELECT (QRESYNC ...) from the mirror the first
// run left, receives the changes made while it was stopped rather than every message's flags,
// announces exactly the new unseen mail, and ends with the state a cold initial sync has.
void Tst_FolderWatcherDovecot::restartResyncsFromTheMirror()
{
    const QString user = newUser(u"fw-mirror"_s);
    const QString seenPath = m_dir.filePath(user + u".json"_s);
    const FolderWatcher::Options options = mirroredBeside(seenPath);
    const MirrorStore &mirrors = options.mirrors;
    QList<quint32> uids;
    for (int i = 0; i < 40; ++i) {
        const auto uid =
            m_server.appendMessage(user, kInbox, plainMessage("old " + QByteArray::number(i)),
                                   i % 4 == 0 ? QStringList() : QStringList {u"\\Seen"_s});
        QVERIFY(uid);
        uids.append(*uid);
    }
    qint64 coldBytes = 0;
    {
        SeenStore store(seenPath);
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
        QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::Initial);
        coldBytes = w.bytesIn;
    }
    const std::optional<MailboxMirror> saved = mirrors.load(u"acct-"_s + user, kInbox).mirror;
    QVERIFY(saved);
    QCOMPARE(saved->uids, uids);

    // While stopped: two expunged, one read and one unread elsewhere, one flagged, three new
    // (one of them already read).
    QVERIFY(m_server.expunge(user, kInbox, {uids[3], uids[20]}));
    QVERIFY(m_server.addFlags(user, kInbox, uids[4], {u"\\Seen"_s}));
    QVERIFY(m_server.removeFlags(user, kInbox, uids[5], {u"\\Seen"_s}));
    QVERIFY(m_server.addFlags(user, kInbox, uids[6], {u"\\Flagged"_s}));
    const auto a = m_server.appendMessage(user, kInbox, plainMessage("away 1"));
    const auto b = m_server.appendMessage(user, kInbox, plainMessage("away seen"), {u"\\Seen"_s});
    const auto c = m_server.appendMessage(user, kInbox, plainMessage("away 2"));
    QVERIFY(a && b && c);

    QList<std::pair<quint32, MessageFlags>> restarted;
    quint32 restartedUnseen = 0;
    {
        SeenStore store(seenPath);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
        QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::QResync);
        const qint64 readyBytes = w.bytesIn;
        QVERIFY(w.waitArrivals(2));
        QTest::qWait(300);
        QCOMPARE(w.arrivedUids(), (QList<quint32> {*a, *c}));
        // As after an initial sync: nothing reported as changed, the state is new.
        QVERIFY(w.expunges.isEmpty());
        QVERIFY(w.flagChanges.isEmpty());
        QVERIFY(w.failures.isEmpty());
        restarted = stateOf(*w.watcher);
        restartedUnseen = w.watcher->mailbox().unseenCount();
        qInfo("40 messages, 8 changes: a cold start received %lld bytes until ready, the "
              "restart %lld",
              coldBytes, readyBytes);
    }
    {
        // A cold start on the same folder (a store of its own, no mirror) sees the same state.
        SeenStore store(m_dir.filePath(user + u"-cold.json"_s));
        Watch w(m_server, user, &store);
        QVERIFY(w.waitReady());
        QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::Initial);
        QCOMPARE(stateOf(*w.watcher), restarted);
        QCOMPARE(w.watcher->mailbox().unseenCount(), restartedUnseen);
    }
    {
        // Nothing repeated by a third run; new mail still announced once.
        SeenStore store(seenPath);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
        QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::QResync);
        const auto d = m_server.appendMessage(user, kInbox, plainMessage("after"));
        QVERIFY(d);
        QVERIFY(w.waitArrivals(1));
        QTest::qWait(200);
        QCOMPARE(w.arrivedUids(), QList<quint32> {*d});
    }
}

// A run killed before it saved its mirror leaves the one of an earlier run, while the seen store
// went on: the restart resyncs from the older state (more changes, still consistent), and the
// seen store alone keeps the mail announced by the killed run from being announced again.
void Tst_FolderWatcherDovecot::restartFromAnOlderMirrorAnnouncesOnce()
{
    const QString user = newUser(u"fw-mirror-killed"_s);
    const QString seenPath = m_dir.filePath(user + u".json"_s);
    const FolderWatcher::Options options = mirroredBeside(seenPath);
    const QString path = options.mirrors.pathFor(u"acct-"_s + user, kInbox);
    const auto existing = m_server.appendMessage(user, kInbox, plainMessage("existing"));
    QVERIFY(existing);
    {
        SeenStore store(seenPath);
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray older = file.readAll();
    file.close();
    {
        SeenStore store(seenPath);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
        const auto during = m_server.appendMessage(user, kInbox, plainMessage("during"));
        QVERIFY(during);
        QVERIFY(w.waitArrivals(1));
        QVERIFY(m_server.addFlags(user, kInbox, *existing, {u"\\Seen"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(!w.flagChanges.isEmpty(), kWaitMs);
    }
    // Killed: its mirror never reached the disk.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(older), older.size());
    file.close();
    const auto after = m_server.appendMessage(user, kInbox, plainMessage("after"));
    QVERIFY(after);

    QList<std::pair<quint32, MessageFlags>> restarted;
    {
        SeenStore store(seenPath);
        QVERIFY(store.load().warnings.isEmpty());
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
        QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::QResync);
        QVERIFY(w.waitArrivals(1));
        QTest::qWait(300);
        QCOMPARE(w.arrivedUids(), QList<quint32> {*after});
        restarted = stateOf(*w.watcher);
    }
    SeenStore store(m_dir.filePath(user + u"-cold.json"_s));
    Watch cold(m_server, user, &store);
    QVERIFY(cold.waitReady());
    QCOMPARE(stateOf(*cold.watcher), restarted);
}

// The folder was recreated while Mailbell was stopped: the mirror is of the old folder, so the
// restart is an initial sync (logged), and nothing in the new folder is announced.
void Tst_FolderWatcherDovecot::restartAfterUidValidityChange()
{
    const QString user = newUser(u"fw-mirror-validity"_s);
    const QString seenPath = m_dir.filePath(user + u".json"_s);
    const FolderWatcher::Options options = mirroredBeside(seenPath);
    QVERIFY(m_server.appendMessage(user, kInbox, plainMessage("existing")));
    {
        SeenStore store(seenPath);
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
    }
    const auto validity = m_server.uidValidity(user, kInbox);
    QVERIFY(validity);
    QVERIFY2(m_server.changeUidValidity(user, kInbox, *validity + 1000),
             qPrintable(m_server.errorString()));
    QVERIFY(m_server.appendMessage(user, kInbox, plainMessage("in the new folder")));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UIDVALIDITY is \\d+ now"_s));
    SeenStore store(seenPath);
    QVERIFY(store.load().warnings.isEmpty());
    Watch w(m_server, user, &store, options);
    QVERIFY(w.waitReady());
    QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::Initial);
    QCOMPARE(w.watcher->mailbox().uidValidity(), *validity + 1000);
    QTest::qWait(300);
    QVERIFY(w.arrivals.isEmpty());
    QVERIFY(w.failures.isEmpty());
}

void Tst_FolderWatcherDovecot::restartWithAMirrorThatCannotBeUsed_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("warning");
    QTest::newRow("corrupt") << u"corrupt"_s << u"no MBMIRROR header"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"checksum does not match"_s;
    QTest::newRow("other-uidvalidity") << u"other-uidvalidity"_s << u"UIDVALIDITY is"_s;
    QTest::newRow("other-folder") << u"other-folder"_s << u"belongs to"_s;
}

// However the mirror is unusable, the restart is an initial sync with the reason in the log,
// and the mail that arrived while stopped is announced once.
void Tst_FolderWatcherDovecot::restartWithAMirrorThatCannotBeUsed()
{
    QFETCH(QString, damage);
    QFETCH(QString, warning);
    const QString user = newUser(u"fw-mirror-"_s + damage);
    const QString seenPath = m_dir.filePath(user + u".json"_s);
    const FolderWatcher::Options options = mirroredBeside(seenPath);
    const MirrorStore &mirrors = options.mirrors;
    const QString account = u"acct-"_s + user;
    QVERIFY(m_server.appendMessage(user, kInbox, plainMessage("existing")));
    {
        SeenStore store(seenPath);
        Watch w(m_server, user, &store, options);
        QVERIFY(w.waitReady());
    }
    const QString path = mirrors.pathFor(account, kInbox);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    std::optional<MailboxMirror> mirror = MailboxMirror::decode(bytes, nullptr);
    QVERIFY(mirror);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (damage == u"corrupt"_s) {
        file.write("{\"not\": \"a mirror\"}");
    } else if (damage == u"truncated"_s) {
        file.write(bytes.left(bytes.size() / 2 + 8));
    } else if (damage == u"other-uidvalidity"_s) {
        mirror->uidValidity += 1;
        file.write(mirror->encode());
    } else {
        mirror->folder = u"Sent"_s;
        file.write(mirror->encode());
    }
    file.close();
    const auto fresh = m_server.appendMessage(user, kInbox, plainMessage("while stopped"));
    QVERIFY(fresh);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
    SeenStore store(seenPath);
    QVERIFY(store.load().warnings.isEmpty());
    Watch w(m_server, user, &store, options);
    QVERIFY(w.waitReady());
    QCOMPARE(w.watcher->lastSyncMode(), FolderWatcher::SyncMode::Initial);
    QVERIFY(w.waitArrivals(1));
    QTest::qWait(200);
    QCOMPARE(w.arrivedUids(), QList<quint32> {*fresh});
    QVERIFY(w.failures.isEmpty());
}

#include "tst_folderwatcher_dovecot.moc"
