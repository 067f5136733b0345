// AccountSession over FakeTransport: a small scripted IMAP server (login, SELECT, UID FETCH,
// IDLE / DONE, NOOP, STORE, LOGOUT) answers every connection the session opens, so the tests
// assert the account's state sequence and its reconnect policy: success, AuthFailed without a
// retry loop until setPassword, a dropped connection resumed with backoff and the missed mail
// announced once, TLS untrusted without a retry storm, networkChanged during backoff, and a
// silent connection after resume replaced.
#include "engine/accountsession.h"
#include "engine/seenstore.h"
#include "faketransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using State = AccountStatus::State;

namespace {

constexpr quint32 kValidity = 1700000000;
constexpr int kWaitMs = 5000;

// Plays Dovecot for every connection: one INBOX shared by all of them.
struct FakeServer
{
    enum class Mode { Accept, Refuse, Untrusted };

    struct Link
    {
        QPointer<FakeTransport> transport;
        qsizetype offset = 0;
        bool accepted = false;
        bool silent = false; // reads, never answers (a half-open socket)
        QByteArray idleTag;
    };

    struct Message
    {
        quint32 uid;
        QByteArray flags;
    };

    Transport *create()
    {
        auto *transport = new FakeTransport;
        Link link;
        link.transport = transport;
        links.append(link);
        return transport;
    }

    void send(Link &link, const QByteArray &line) { link.transport->serverSend(line + "\r\n"); }

    QByteArray fetchItems(const Message &m, bool summary) const
    {
        QByteArray items = "UID " + QByteArray::number(m.uid) + " FLAGS (" + m.flags + ")";
        if (summary) {
            items += " ENVELOPE (\"Wed, 25 Nov 2026 10:00:00 +0000\" \"Subject "
                + QByteArray::number(m.uid)
                + "\" ((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" "
                  "\"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"alice\" "
                  "\"example.org\")) NIL NIL NIL \"<m"
                + QByteArray::number(m.uid)
                + "@example.org>\") INTERNALDATE \"25-Nov-2026 10:00:00 +0000\" RFC822.SIZE 612 "
                  "BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 20 1 "
                  "NIL NIL NIL NIL)";
        }
        return items;
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
        if (rest.startsWith("AUTHENTICATE PLAIN ")) {
            const QList<QByteArray> parts =
                QByteArray::fromBase64(rest.mid(int(strlen("AUTHENTICATE PLAIN ")))).split('\0');
            if (parts.size() == 3 && parts.at(2) == password.toUtf8())
                send(link, tag + " OK [CAPABILITY IMAP4rev1 IDLE] Logged in");
            else
                send(link, tag + " NO [AUTHENTICATIONFAILED] Authentication failed.");
        } else if (rest.startsWith("SELECT ")) {
            send(link,
                 "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* "
                     + QByteArray::number(messages.size()) + " EXISTS\r\n* OK [UIDVALIDITY "
                     + QByteArray::number(kValidity) + "] UIDs valid\r\n* OK [UIDNEXT "
                     + QByteArray::number(messages.isEmpty() ? 1 : messages.last().uid + 1)
                     + "] Predicted next UID\r\n" + tag + " OK [READ-WRITE] Select completed.");
        } else if (rest.startsWith("UID FETCH ")) {
            const QList<QByteArray> words = rest.split(' ');
            const QByteArray set = words.value(2);
            const bool range = set.endsWith(":*");
            const quint32 first = set.left(set.indexOf(':')).split(',').first().toUInt();
            const bool summary = rest.contains("ENVELOPE");
            const bool body = rest.contains("BODY.PEEK");
            QByteArray out;
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const Message &m = messages.at(i);
                if (range ? m.uid < first : m.uid != first)
                    continue;
                const QByteArray seq = QByteArray::number(i + 1);
                if (body)
                    out += "* " + seq + " FETCH (UID " + QByteArray::number(m.uid)
                        + " BODY[1]<0> \"Hello there\")\r\n";
                else
                    out += "* " + seq + " FETCH (" + fetchItems(m, summary) + ")\r\n";
            }
            send(link, out + tag + " OK Fetch completed.");
        } else if (rest.startsWith("UID STORE ")) {
            send(link, tag + " OK Store completed.");
        } else if (rest == "IDLE") {
            link.idleTag = tag;
            send(link, "+ idling");
        } else if (rest == "NOOP") {
            send(link, tag + " OK NOOP completed.");
        } else if (rest == "LOGOUT") {
            send(link, "* BYE Logging out\r\n" + tag + " OK Logout completed.");
            link.transport->serverClose();
        } else {
            send(link, tag + " BAD unexpected in this fake server");
        }
    }

    // Accepts new connections and answers every complete client line, until nothing moves.
    void serve()
    {
        bool moved = true;
        while (moved) {
            moved = false;
            for (Link &link : links) {
                if (!link.transport || link.transport->isClosed()
                    || link.transport->connectCount() == 0)
                    continue;
                if (!link.accepted) {
                    link.accepted = true;
                    moved = true;
                    if (mode == Mode::Refuse) {
                        link.transport->serverError(
                            ImapError::make(ErrorKind::ConnectionRefused, u"Connection refused"_s));
                        continue;
                    }
                    if (mode == Mode::Untrusted) {
                        link.transport->serverError(ImapError::make(
                            ErrorKind::TlsUntrusted, u"The certificate is not trusted"_s));
                        continue;
                    }
                    link.transport->serverAccept();
                    send(link, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready");
                }
                const QByteArray written = link.transport->written();
                qsizetype end;
                while (!link.silent && link.transport && !link.transport->isClosed()
                       && (end = written.indexOf("\r\n", link.offset)) >= 0) {
                    const QByteArray line = written.mid(link.offset, end - link.offset);
                    link.offset = end + 2;
                    clientLines.append(line);
                    answer(link, line);
                    moved = true;
                }
            }
        }
    }

    // Drops every open connection (the server went away).
    void dropAll()
    {
        for (Link &link : links) {
            if (link.transport && !link.transport->isClosed())
                link.transport->serverClose();
        }
    }

    int connectionCount() const
    {
        int count = 0;
        for (const Link &link : links)
            count += link.transport && link.transport->connectCount() > 0 ? 1 : 0;
        return count;
    }

    Mode mode = Mode::Accept;
    QString password = u"s3cret"_s;
    QList<Message> messages = {{10, "\\Seen"}, {11, ""}};
    QList<Link> links;
    QList<QByteArray> clientLines;
};

struct Harness
{
    explicit Harness(const QString &storePath, const QString &password = u"s3cret"_s,
                     int initialBackoffMs = 10, int maxBackoffMs = 60000,
                     const std::function<void(AccountSpec &)> &adjust = {})
        : store(storePath)
    {
        AccountSpec spec;
        spec.id = u"acct"_s;
        spec.connection.host = u"imap.example.org"_s;
        spec.connection.user = u"alice"_s;
        spec.connection.greetingTimeoutMs = 5000;
        spec.connection.commandTimeoutMs = 5000;
        if (adjust)
            adjust(spec);
        AccountSession::Options options;
        options.backoff.initialMs = initialBackoffMs;
        options.backoff.maxMs = maxBackoffMs;
        options.random = [] {
            return 0.0;
        }; // the floor: exactly initialMs
        options.probeTimeoutMs = 50;
        session = std::make_unique<AccountSession>(
            spec, &store, [this] { return server.create(); }, options);
        QObject::connect(session.get(), &AccountSession::statusChanged, session.get(),
                         [this](const AccountStatus &status) {
                             states.append(status.state);
                             statuses.append(status);
                             last = status;
                         });
        QObject::connect(session.get(), &AccountSession::passwordRequired, session.get(),
                         [this](const QString &) { ++passwordRequests; });
        QObject::connect(session.get(), &AccountSession::messagesArrived, session.get(),
                         [this](const QList<MessageSummary> &list) { arrivals.append(list); });
        QObject::connect(session.get(), &AccountSession::folderStatusChanged, session.get(),
                         [this](const FolderStatus &status) { folders.append(status); });
        QObject::connect(session.get(), &AccountSession::initialSyncDone, session.get(),
                         [this] { ++syncDone; });
        if (!password.isEmpty())
            session->setPassword(password);
    }

    // Serves while waiting, so timers (backoff, quiet delay before IDLE) can run.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor(
            [&] {
                server.serve();
                return condition();
            },
            timeoutMs);
    }
    bool waitState(State state)
    {
        return waitFor([&] { return last.state == state; });
    }
    // Serves for a while and returns whether the condition ever held.
    bool holdsWithin(const std::function<bool()> &condition, int ms)
    {
        return waitFor(condition, ms);
    }
    QList<quint32> arrivedUids() const
    {
        QList<quint32> uids;
        for (const MessageSummary &s : arrivals)
            uids.append(s.uid);
        return uids;
    }

    FakeServer server;
    SeenStore store;
    std::unique_ptr<AccountSession> session;
    QList<State> states;
    QList<AccountStatus> statuses;
    AccountStatus last;
    int passwordRequests = 0;
    int syncDone = 0;
    QList<MessageSummary> arrivals;
    QList<FolderStatus> folders;
};

} // namespace

class Tst_AccountSession : public QObject
{
    Q_OBJECT

private:
    QString storePath() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".json"_s);
    }
    QTemporaryDir m_dir;

private slots:
    void successStates();
    void noPasswordWaits();
    void authFailedDoesNotLoop();
    void dropReconnectsAndAnnouncesOnce();
    void tlsUntrustedNoRetryStorm();
    void networkChangedDuringBackoff();
    void silentConnectionAfterResumeIsReplaced();
    void silentIdleIsReplacedAfterRenewal();
    void authFailedRetriesAtTheSlowMaximum();
    void folderCapIsReported();
    void stopLogsOut();
};

void Tst_AccountSession::successStates()
{
    Harness h(storePath());
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    QCOMPARE(h.states, (QList<State> {State::Connecting, State::Synchronizing, State::Online}));
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.last.error.kind, ErrorKind::None);
    QVERIFY(!h.folders.isEmpty());
    QCOMPARE(h.folders.last(), (FolderStatus {u"acct"_s, u"INBOX"_s, kValidity, 2, 1}));
    QVERIFY(h.waitFor([&] { return h.server.clientLines.last().endsWith(" IDLE"); }));
    QVERIFY(h.arrivals.isEmpty()); // first run: nothing announced
}

void Tst_AccountSession::noPasswordWaits()
{
    Harness h(storePath(), QString());
    h.session->start();
    QCOMPARE(h.states, QList<State> {State::WaitingForPassword});
    QCOMPARE(h.passwordRequests, 1);
    QCOMPARE(h.syncDone, 1); // counts as done for MailEngine::ready
    QCOMPARE(h.server.links.size(), 0);
    h.session->setPassword(u"s3cret"_s);
    QVERIFY(h.waitState(State::Online));
}

void Tst_AccountSession::authFailedDoesNotLoop()
{
    Harness h(storePath(), u"wrong"_s);
    h.session->start();
    QVERIFY(h.waitState(State::AuthFailed));
    QCOMPARE(h.last.error.kind, ErrorKind::AuthFailed);
    QCOMPARE(h.passwordRequests, 1);
    QCOMPARE(h.syncDone, 1);
    QVERIFY(h.last.nextAttempt.isValid());
    QVERIFY(h.last.nextAttempt > QDateTime::currentDateTimeUtc().addSecs(50)); // the slow max
    // Backoff starts at 10 ms: a loop would have opened many connections by now.
    QVERIFY(!h.holdsWithin([&] { return h.server.links.size() > 1; }, 300));
    QCOMPARE(h.server.links.size(), 1);

    h.session->setPassword(u"s3cret"_s);
    QVERIFY(h.waitState(State::Online));
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.passwordRequests, 1);
}

void Tst_AccountSession::dropReconnectsAndAnnouncesOnce()
{
    Harness h(storePath());
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    QVERIFY(h.waitFor([&] { return h.server.clientLines.last().endsWith(" IDLE"); }));

    // The server goes away; mail arrives meanwhile.
    h.server.mode = FakeServer::Mode::Refuse;
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::NetworkError);
    QVERIFY(h.last.nextAttempt.isValid());
    // Refused attempts back off: 10, 20, 40 ms ...
    QVERIFY(h.waitFor([&] { return h.server.links.size() >= 3; }));
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::ConnectionRefused);
    h.server.messages.append({12, ""});
    h.server.messages.append({13, ""});
    h.server.mode = FakeServer::Mode::Accept;
    QVERIFY(h.waitState(State::Online));
    QVERIFY(h.waitFor([&] { return h.arrivals.size() >= 2; }));
    QCOMPARE(h.arrivedUids(), (QList<quint32> {12, 13}));
    QCOMPARE(h.arrivals.first().subject, u"Subject 12"_s);
    QVERIFY(h.waitFor([&] { return h.folders.last().messages == 4; }));
    QCOMPARE(h.folders.last().unseen, 3u);

    // Another drop: nothing repeated.
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QVERIFY(h.waitState(State::Online));
    QVERIFY(!h.holdsWithin([&] { return h.arrivals.size() > 2; }, 200));
    QCOMPARE(h.syncDone, 1);
}

void Tst_AccountSession::tlsUntrustedNoRetryStorm()
{
    Harness h(storePath());
    h.server.mode = FakeServer::Mode::Untrusted;
    h.session->start();
    QVERIFY(h.waitState(State::Error));
    QCOMPARE(h.last.error.kind, ErrorKind::TlsUntrusted);
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.passwordRequests, 0);
    QVERIFY(h.last.nextAttempt > QDateTime::currentDateTimeUtc().addSecs(50));
    QVERIFY(!h.holdsWithin([&] { return h.server.links.size() > 1; }, 300));
    // A network change does not hurry a trust error either.
    h.session->networkChanged();
    QCOMPARE(h.server.links.size(), 1);
}

void Tst_AccountSession::networkChangedDuringBackoff()
{
    Harness h(storePath(), u"s3cret"_s, 60000); // the backoff would wait a minute
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QVERIFY(h.last.nextAttempt > QDateTime::currentDateTimeUtc().addSecs(50));
    QCOMPARE(h.server.links.size(), 1);
    h.session->networkChanged();
    QCOMPARE(h.server.links.size(), 2); // at once, not after the backoff
    QCOMPARE(h.last.state, State::Connecting);
    QVERIFY(h.waitState(State::Online));
}

void Tst_AccountSession::silentConnectionAfterResumeIsReplaced()
{
    Harness h(storePath());
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    QVERIFY(h.waitFor([&] { return h.server.clientLines.last().endsWith(" IDLE"); }));

    // A live connection answers the probe and stays.
    h.session->resumed();
    QVERIFY(h.waitFor([&] { return h.server.clientLines.contains("DONE"); }));
    QVERIFY(!h.holdsWithin([&] { return h.server.links.size() > 1; }, 200));
    QCOMPARE(h.last.state, State::Online);

    // After suspend the socket is half-open: nothing comes back.
    h.server.links.first().silent = true;
    h.session->resumed();
    QVERIFY(h.waitFor([&] { return h.server.links.size() == 2; }));
    const auto reconnecting =
        std::find_if(h.statuses.cbegin(), h.statuses.cend(),
                     [](const AccountStatus &s) { return s.state == State::Reconnecting; });
    QVERIFY(reconnecting != h.statuses.cend());
    QCOMPARE(reconnecting->error.kind, ErrorKind::Timeout);
    QVERIFY2(reconnecting->error.message.contains(u"NOOP"_s),
             qPrintable(reconnecting->error.message));
    QVERIFY(h.waitState(State::Online));
}

// The IDLE renewal's DONE + tagged OK is covered by the command timeout: a connection that went
// silent during IDLE is replaced within renewal + command timeout.
void Tst_AccountSession::silentIdleIsReplacedAfterRenewal()
{
    Harness h(storePath(), u"s3cret"_s, 10, 60000, [](AccountSpec &spec) {
        spec.idleRenewalMs = 150;
        spec.connection.commandTimeoutMs = 150;
    });
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    QVERIFY(h.waitFor([&] { return h.server.clientLines.last().endsWith(" IDLE"); }));
    h.server.links.first().silent = true;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitFor([&] { return h.server.links.size() == 2; }));
    qInfo("silent IDLE connection replaced after %lld ms (renewal 150 + timeout 150)",
          timer.elapsed());
    QVERIFY(timer.elapsed() >= 250);
    const auto reconnecting =
        std::find_if(h.statuses.cbegin(), h.statuses.cend(),
                     [](const AccountStatus &s) { return s.state == State::Reconnecting; });
    QVERIFY(reconnecting != h.statuses.cend());
    QCOMPARE(reconnecting->error.kind, ErrorKind::Timeout);
    QVERIFY(h.waitState(State::Online));
}

void Tst_AccountSession::authFailedRetriesAtTheSlowMaximum()
{
    Harness h(storePath(), u"wrong"_s, 10, 300);
    h.session->start();
    QVERIFY(h.waitState(State::AuthFailed));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitFor([&] { return h.server.links.size() == 2; }));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(h.waitState(State::AuthFailed));
    QCOMPARE(h.passwordRequests, 2);
}

void Tst_AccountSession::folderCapIsReported()
{
    SeenStore store(storePath());
    AccountSpec spec;
    spec.id = u"acct"_s;
    spec.folders = {u"INBOX"_s, u"Work"_s, u"Lists"_s};
    spec.maxConnections = 2;
    AccountSession session(spec, &store, [] { return new FakeTransport; }, {});
    session.setPassword(u"x"_s);
    session.start();
    QCOMPARE(session.watchedFolders(), (QStringList {u"INBOX"_s, u"Work"_s}));
    QCOMPARE(session.unwatchedFolders(), QStringList {u"Lists"_s});
    QVERIFY2(session.status().error.message.contains(u"Lists"_s),
             qPrintable(session.status().error.message));
    QVERIFY(session.status().error.message.contains(u"2 connections"_s));
}

void Tst_AccountSession::stopLogsOut()
{
    Harness h(storePath());
    h.session->start();
    QVERIFY(h.waitState(State::Online));
    QSignalSpy stopped(h.session.get(), &AccountSession::stopped);
    h.session->stop();
    QVERIFY(h.waitFor([&] { return stopped.size() == 1; }));
    QVERIFY(h.server.clientLines.last().endsWith(" LOGOUT"));
    QCOMPARE(h.last.state, State::Stopped);
}

QTEST_GUILESS_MAIN(Tst_AccountSession)
#include "tst_accountsession.moc"
