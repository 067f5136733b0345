// AccountSession over FakeTransport: a small scripted IMAP server (login, SELECT, UID FETCH,
// IDLE / DONE, NOOP, STORE, LOGOUT) answers every connection the session opens, so the tests
// assert the account's state sequence and its reconnect policy: success, AuthFailed without a
// retry loop until setPassword, a dropped connection resumed with backoff and the missed mail
// announced once, TLS untrusted without a retry storm, networkChanged during backoff, and a
// silent connection after resume replaced. Every timer runs on a ManualClock at its real default
// (1 s to 5 min backoff, 10 s probe, 29 min renewal, 120 s command timeout): exact to the
// millisecond, no real waiting.
#include "engine/accountsession.h"
#include "engine/seenstore.h"
#include "fakelinks.h"
#include "manualclock.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using State = AccountStatus::State;

namespace {

constexpr quint32 kValidity = 1700000000;
// The defaults (ReconnectPolicy, AccountSession, FolderWatcher and AccountConfig options).
constexpr int kInitialBackoffMs = 1000;
constexpr int kMaxBackoffMs = 5 * 60 * 1000;
constexpr int kStableMs = 60 * 1000;
constexpr int kProbeTimeoutMs = 10'000;
constexpr int kLogoutTimeoutMs = 2'000;
constexpr int kQuietMs = 100;
constexpr int kRenewalMs = 29 * 60 * 1000;
constexpr int kCommandTimeoutMs = 120'000;

// Plays Dovecot for every connection: one INBOX shared by all of them.
struct FakeServer
{
    enum class Mode { Accept, Refuse, Untrusted };

    struct Link : FakeLink
    {
        QByteArray idleTag;
        QByteArray saslTag; // an OAuth error challenge was sent; the client's answer ends it
    };

    struct Message
    {
        quint32 uid;
        QByteArray flags;
    };

    Transport *create() { return FakeLinks::create(links); }

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

    // XOAUTH2 / OAUTHBEARER: the bearer token in the initial response must be `token`, else the
    // error challenge Google sends for an expired token, then NO once the client answered it.
    void answerOAuth(Link &link, const QByteArray &tag, const QByteArray &initialResponse)
    {
        const QByteArray decoded = QByteArray::fromBase64(initialResponse);
        oauthResponses.append(decoded);
        const qsizetype at = decoded.indexOf("auth=Bearer ");
        const QByteArray bearer =
            at < 0 ? QByteArray() : decoded.mid(at + 12, decoded.indexOf('\x01', at) - at - 12);
        if (!token.isEmpty() && bearer == token) {
            send(link, tag + " OK [CAPABILITY IMAP4rev1 IDLE] Logged in");
            return;
        }
        link.saslTag = tag;
        send(link,
             "+ "
                 + QByteArray(
                       R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})")
                       .toBase64());
    }

    void answer(Link &link, const QByteArray &line)
    {
        if (!link.saslTag.isEmpty()) {
            saslAnswers.append(line);
            send(link,
                 std::exchange(link.saslTag, QByteArray())
                     + " NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)");
            return;
        }
        if (line == "DONE") {
            send(link, std::exchange(link.idleTag, QByteArray()) + " OK Idle completed.");
            return;
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray tag = line.left(space);
        const QByteArray rest = line.mid(space + 1);
        if (rest.startsWith("AUTHENTICATE XOAUTH2 ")
            || rest.startsWith("AUTHENTICATE OAUTHBEARER ")) {
            answerOAuth(link, tag, rest.mid(rest.lastIndexOf(' ') + 1));
        } else if (rest.startsWith("AUTHENTICATE PLAIN ")) {
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
        FakeLinks::serve(
            links,
            [this](Link &link) {
                if (mode == Mode::Refuse) {
                    link.transport->serverError(
                        ImapError::make(ErrorKind::ConnectionRefused, u"Connection refused"_s));
                } else if (mode == Mode::Untrusted) {
                    link.transport->serverError(ImapError::make(
                        ErrorKind::TlsUntrusted, u"The certificate is not trusted"_s));
                } else {
                    link.transport->serverAccept();
                    send(link,
                         "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 "
                         "AUTH=OAUTHBEARER] ready");
                }
            },
            [this](Link &link, const QByteArray &line) {
                clientLines.append(line);
                answer(link, line);
            });
    }

    // Drops every open connection (the server went away).
    void dropAll() { FakeLinks::dropAll(links); }

    int connectionCount() const { return FakeLinks::connectionCount(links); }

    // Microsoft's way to end a session whose access token expired.
    void expireTokenEverywhere()
    {
        for (Link &link : links) {
            if (link.transport && !link.transport->isClosed()) {
                send(link, "* BYE Session invalidated - AccessTokenExpired");
                link.transport->serverClose();
            }
        }
    }

    Mode mode = Mode::Accept;
    QString password = u"s3cret"_s;
    QByteArray token; // the one access token the server accepts now
    QList<QByteArray> oauthResponses; // decoded SASL initial responses
    QList<QByteArray> saslAnswers; // the client's answers to error challenges
    QList<Message> messages = {{10, "\\Seen"}, {11, ""}};
    QList<Link> links;
    QList<QByteArray> clientLines;
};

struct Harness
{
    explicit Harness(const QString &storePath, const QString &password = u"s3cret"_s,
                     int initialBackoffMs = kInitialBackoffMs,
                     const std::function<void(AccountSpec &)> &adjust = {})
        : store(storePath)
    {
        AccountSpec spec;
        spec.id = u"acct"_s;
        spec.connection.host = u"imap.example.org"_s;
        spec.connection.user = u"alice"_s;
        if (adjust)
            adjust(spec);
        AccountSession::Options options;
        options.backoff.initialMs = initialBackoffMs;
        // The floor unless a test sets random: exactly initialMs.
        options.random = [this] {
            return random ? random() : 0.0;
        };
        options.clock = &clock;
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
        QObject::connect(session.get(), &AccountSession::accessTokenRequired, session.get(),
                         [this](const QString &) { ++tokenRequests; });
        QObject::connect(session.get(), &AccountSession::initialSyncDone, session.get(),
                         [this] { ++syncDone; });
        if (!password.isEmpty())
            session->setPassword(password);
    }

    // The server answers and posted events are delivered until nothing moves; no time passes.
    void settle()
    {
        clock.settleServing([this] { server.serve(); });
    }
    // Lets ms of time pass; the server answers after every timer that fires.
    void pass(qint64 ms)
    {
        clock.passServing(ms, [this] { server.serve(); });
    }
    // When the next reconnect attempt is due (the retry timer), or -1.
    qint64 retryDueInMs() const
    {
        for (const ManualClock::Armed &armed : clock.armedTimers()) {
            if (armed.name == u"retry"_s)
                return armed.dueInMs;
        }
        return -1;
    }
    bool lastLineIs(const QByteArray &suffix) const
    {
        return !server.clientLines.isEmpty() && server.clientLines.last().endsWith(suffix);
    }
    QList<quint32> arrivedUids() const
    {
        QList<quint32> uids;
        for (const MessageSummary &s : arrivals)
            uids.append(s.uid);
        return uids;
    }

    ManualClock clock; // first: outlives the session
    std::function<double()> random;
    FakeServer server;
    SeenStore store;
    std::unique_ptr<AccountSession> session;
    QList<State> states;
    QList<AccountStatus> statuses;
    AccountStatus last;
    int passwordRequests = 0;
    int tokenRequests = 0;
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
    void droppedConnectionIsDeletedAtOnce();
    void tlsUntrustedNoRetryStorm();
    void networkChangedDuringBackoff();
    void checkNowRetriesAnAccountInError_data();
    void checkNowRetriesAnAccountInError();
    void silentConnectionAfterResumeIsReplaced();
    void silentIdleIsReplacedWithinFiveMinutes();
    void authFailedRetriesAtTheSlowMaximum();
    void backoffStaysWithinBoundsWithJitter();
    void stableConnectionResetsTheBackoff();
    void folderCapIsReported();
    void stopLogsOut();
    void stopGivesUpAtTheLogoutDeadline();
    void oauthAsksForATokenAndLogsIn_data();
    void oauthAsksForATokenAndLogsIn();
    void oauthRejectedTokenIsRefreshedOnceAtOnce();
    void oauthExpiredSessionAsksForAFreshToken();
    void oauthSecondRejectionIsAuthFailed();
    void oauthNoTokenToBeHadWaitsWithTheReason();
};

void Tst_AccountSession::successStates()
{
    Harness h(storePath());
    h.session->start();
    h.settle();
    QCOMPARE(h.states, (QList<State> {State::Connecting, State::Synchronizing, State::Online}));
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.last.error.kind, ErrorKind::None);
    QVERIFY(!h.folders.isEmpty());
    QCOMPARE(h.folders.last(), (FolderStatus {u"acct"_s, u"INBOX"_s, kValidity, 2, 1}));
    // IDLE after the quiet delay; then only its renewal is armed.
    h.pass(kQuietMs - 1);
    QVERIFY(!h.lastLineIs(" IDLE"));
    h.pass(1);
    QVERIFY(h.lastLineIs(" IDLE"));
    QCOMPARE(h.clock.armedTimerNames(), (QStringList {u"idleSilence"_s, u"idleRenewal"_s}));
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
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
    h.session->setPassword(u"s3cret"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
}

void Tst_AccountSession::authFailedDoesNotLoop()
{
    Harness h(storePath(), u"wrong"_s);
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::AuthFailed);
    QCOMPARE(h.last.error.kind, ErrorKind::AuthFailed);
    QCOMPARE(h.passwordRequests, 1);
    QCOMPARE(h.syncDone, 1);
    // Only the slow maximum, not the 1 s backoff.
    QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(kMaxBackoffMs));
    QCOMPARE(h.retryDueInMs(), kMaxBackoffMs);
    h.pass(kMaxBackoffMs - 1);
    QCOMPARE(h.server.links.size(), 1);

    h.session->setPassword(u"s3cret"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.passwordRequests, 1);
}

void Tst_AccountSession::dropReconnectsAndAnnouncesOnce()
{
    Harness h(storePath());
    h.random = [] {
        return 1.0;
    }; // the ceiling of the jitter: 1, 2, 4, 8 s
    h.session->start();
    h.pass(kQuietMs);
    QCOMPARE(h.last.state, State::Online);
    QVERIFY(h.lastLineIs(" IDLE"));

    // The server goes away; mail arrives meanwhile.
    h.server.mode = FakeServer::Mode::Refuse;
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::NetworkError);
    QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(1000));
    // Refused attempts back off: 1 s, 2 s, 4 s.
    h.pass(999);
    QCOMPARE(h.server.links.size(), 1);
    h.pass(1);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::ConnectionRefused);
    QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(2000));
    h.pass(1999);
    QCOMPARE(h.server.links.size(), 2);
    h.pass(1);
    QCOMPARE(h.server.links.size(), 3);
    QCOMPARE(h.retryDueInMs(), 4000);
    h.server.messages.append({12, ""});
    h.server.messages.append({13, ""});
    h.server.mode = FakeServer::Mode::Accept;
    h.pass(4000);
    QCOMPARE(h.server.links.size(), 4);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.arrivedUids(), (QList<quint32> {12, 13}));
    QCOMPARE(h.arrivals.first().subject, u"Subject 12"_s);
    QCOMPARE(h.folders.last().messages, 4u);
    QCOMPARE(h.folders.last().unseen, 3u);

    // Another drop: nothing repeated.
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    h.pass(8000);
    QCOMPARE(h.last.state, State::Online);
    h.pass(kRenewalMs);
    QCOMPARE(h.arrivals.size(), 2);
    QCOMPARE(h.syncDone, 1);
}

// The watcher holds its connection by QPointer, so a dropped connection is deleted at once (not
// kept alive until the watcher moves to the next one); the next one still resyncs and announces
// what arrived meanwhile.
void Tst_AccountSession::droppedConnectionIsDeletedAtOnce()
{
    Harness h(storePath());
    h.session->start();
    h.pass(kQuietMs);
    QCOMPARE(h.last.state, State::Online);
    const QPointer<FakeTransport> first = h.server.links.first().transport;
    QVERIFY(first);

    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    h.settle();
    QVERIFY(!first); // deleted with the Connection that owned it
    h.server.messages.append({12, ""});
    h.pass(kInitialBackoffMs);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.arrivedUids(), QList<quint32> {12});
}

void Tst_AccountSession::tlsUntrustedNoRetryStorm()
{
    Harness h(storePath());
    h.server.mode = FakeServer::Mode::Untrusted;
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::Error);
    QCOMPARE(h.last.error.kind, ErrorKind::TlsUntrusted);
    QCOMPARE(h.syncDone, 1);
    QCOMPARE(h.passwordRequests, 0);
    QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(kMaxBackoffMs));
    h.pass(kMaxBackoffMs - 1);
    QCOMPARE(h.server.links.size(), 1);
    // A network change does not hurry a trust error either.
    h.session->networkChanged();
    h.settle();
    QCOMPARE(h.server.links.size(), 1);
    // The slow retry.
    h.pass(1);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::Error);
}

void Tst_AccountSession::networkChangedDuringBackoff()
{
    Harness h(storePath(), u"s3cret"_s, 60000); // the backoff would wait a minute
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(60000));
    QCOMPARE(h.server.links.size(), 1);
    h.session->networkChanged();
    QCOMPARE(h.server.links.size(), 2); // at once, not after the backoff
    QCOMPARE(h.last.state, State::Connecting);
    QCOMPARE(h.retryDueInMs(), -1);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
}

// Issue 9, point 10: "Check now" retries at once an account that a retry would otherwise reach
// only after its backoff, or after the 5-minute hold of an error such as an untrusted
// certificate (put right meanwhile), and starts its backoff over.
void Tst_AccountSession::checkNowRetriesAnAccountInError_data()
{
    QTest::addColumn<int>("mode"); // FakeServer::Mode while broken
    QTest::addColumn<int>("brokenState");
    QTest::newRow("certificate not trusted")
        << int(FakeServer::Mode::Untrusted) << int(State::Error);
    QTest::newRow("server down") << int(FakeServer::Mode::Refuse) << int(State::Reconnecting);
}

void Tst_AccountSession::checkNowRetriesAnAccountInError()
{
    QFETCH(int, mode);
    QFETCH(int, brokenState);
    Harness h(storePath(), u"s3cret"_s, 60000); // the backoff would wait a minute
    h.random = [] {
        return 0.99;
    }; // a grown backoff would be longer than its first step
    h.server.mode = FakeServer::Mode(mode);
    h.session->start();
    h.settle();
    QCOMPARE(int(h.last.state), brokenState);
    QVERIFY(h.retryDueInMs() > 1000);
    const int attempts = int(h.server.links.size());
    h.server.mode = FakeServer::Mode::Accept; // put right on the server's side
    h.pass(500);
    QCOMPARE(h.server.links.size(), attempts); // nothing tries by itself yet
    h.session->checkNow();
    h.settle();
    QCOMPARE(h.server.links.size(), attempts + 1);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.retryDueInMs(), -1);
    // The backoff starts over: the next loss waits the first step, not a grown one.
    h.server.dropAll();
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.retryDueInMs(), qint64(60000));
}

void Tst_AccountSession::silentConnectionAfterResumeIsReplaced()
{
    Harness h(storePath());
    h.session->start();
    h.pass(kQuietMs);
    QCOMPARE(h.last.state, State::Online);
    // (A0004 was the summary fetch of UID 11, unseen before the start: the unseen backlog.)
    QVERIFY(h.lastLineIs("A0005 IDLE"));

    // A live connection answers the probe and stays.
    h.session->resumed();
    h.settle();
    QVERIFY(h.server.clientLines.contains("DONE"));
    QCOMPARE(h.server.clientLines.mid(h.server.clientLines.size() - 2),
             (QList<QByteArray> {"DONE", "A0006 NOOP"}));
    QVERIFY(!h.clock.armedTimerNames().contains(u"probe"_s));
    h.pass(kQuietMs);
    QVERIFY(h.lastLineIs("A0007 IDLE"));
    h.pass(kProbeTimeoutMs);
    QCOMPARE(h.server.links.size(), 1);
    QCOMPARE(h.last.state, State::Online);

    // After suspend the socket is half-open: nothing comes back.
    h.server.links.first().silent = true;
    h.session->resumed();
    h.pass(kProbeTimeoutMs - 1);
    QCOMPARE(h.last.state, State::Online);
    h.pass(1);
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::Timeout);
    QVERIFY2(h.last.error.message.contains(u"NOOP"_s), qPrintable(h.last.error.message));
    // Replaced after the first step of the backoff.
    QCOMPARE(h.retryDueInMs(), kInitialBackoffMs);
    h.pass(kInitialBackoffMs);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::Online);
}

// Liveness (issue 10.4): after 150 s without a line from the server during IDLE the watcher
// sends DONE, whose tagged OK is covered by the command timeout, so a connection that went
// silent is replaced at 150 s + 120 s = 4.5 min, to the millisecond (before: at the 29-minute
// renewal + 120 s).
void Tst_AccountSession::silentIdleIsReplacedWithinFiveMinutes()
{
    constexpr int kSilenceMs = 150'000;
    Harness h(storePath());
    h.session->start();
    h.pass(kQuietMs);
    QVERIFY(h.lastLineIs(" IDLE"));
    h.server.links.first().silent = true;
    FakeTransport *transport = h.server.links.first().transport;
    h.pass(kSilenceMs - 1);
    QVERIFY(!transport->written().endsWith("DONE\r\n"));
    h.pass(1);
    QVERIFY(transport->written().endsWith("DONE\r\n"));
    h.pass(kCommandTimeoutMs - 1);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.links.size(), 1);
    h.pass(1);
    QCOMPARE(h.last.state, State::Reconnecting);
    QCOMPARE(h.last.error.kind, ErrorKind::Timeout);
    // Up for minutes: a stable link, so the backoff starts from its first step.
    QCOMPARE(h.retryDueInMs(), kInitialBackoffMs);
    h.pass(kInitialBackoffMs);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::Online);
}

void Tst_AccountSession::authFailedRetriesAtTheSlowMaximum()
{
    Harness h(storePath(), u"wrong"_s);
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::AuthFailed);
    h.pass(kMaxBackoffMs - 1);
    QCOMPARE(h.server.links.size(), 1);
    h.pass(1);
    QCOMPARE(h.server.links.size(), 2);
    QCOMPARE(h.last.state, State::AuthFailed);
    QCOMPARE(h.passwordRequests, 2);
}

// Refused again and again: every delay lies within [1 s, min(5 min, 1 s * 2^n)], the status names
// the moment of the next attempt, and the attempt comes exactly then.
void Tst_AccountSession::backoffStaysWithinBoundsWithJitter()
{
    QRandomGenerator generator(20261126);
    Harness h(storePath());
    h.random = [&generator] {
        return generator.generateDouble();
    };
    h.server.mode = FakeServer::Mode::Refuse;
    h.session->start();
    h.settle();
    QList<qint64> delays;
    for (int attempt = 0; attempt < 14; ++attempt) {
        QCOMPARE(h.last.state, State::Reconnecting);
        QCOMPARE(h.last.error.kind, ErrorKind::ConnectionRefused);
        const qint64 delay = h.retryDueInMs();
        const qint64 ceiling =
            std::min<qint64>(kMaxBackoffMs, qint64(kInitialBackoffMs) << attempt);
        QVERIFY2(
            delay >= kInitialBackoffMs && delay <= ceiling,
            qPrintable(u"attempt %1: %2 ms, ceiling %3"_s.arg(attempt).arg(delay).arg(ceiling)));
        QCOMPARE(h.last.nextAttempt, h.clock.nowUtc().addMSecs(delay));
        const qsizetype links = h.server.links.size();
        h.pass(delay - 1);
        QCOMPARE(h.server.links.size(), links);
        h.pass(1);
        QCOMPARE(h.server.links.size(), links + 1);
        delays.append(delay);
    }
    // The jitter spreads the delays: not simply the exponential ceiling.
    QVERIFY(delays.at(5) < 32'000 || delays.at(6) < 64'000 || delays.at(7) < 128'000);
    QVERIFY(*std::max_element(delays.cbegin(), delays.cend()) > 60'000);
}

// A link that stayed up for a minute resets the backoff (ReconnectPolicy::Options::stableMs,
// measured on the session's clock); one that did not, continues it.
void Tst_AccountSession::stableConnectionResetsTheBackoff()
{
    Harness h(storePath());
    h.random = [] {
        return 1.0;
    };
    h.server.mode = FakeServer::Mode::Refuse;
    h.session->start();
    h.settle();
    h.pass(1000);
    h.pass(2000);
    QCOMPARE(h.server.links.size(), 3);
    QCOMPARE(h.retryDueInMs(), 4000);
    h.server.mode = FakeServer::Mode::Accept;
    h.pass(4000);
    QCOMPARE(h.last.state, State::Online);
    // Up for just under a minute: not stable, the backoff goes on.
    h.pass(kStableMs - 1);
    h.server.dropAll();
    QCOMPARE(h.retryDueInMs(), 8000);
    h.pass(8000);
    QCOMPARE(h.last.state, State::Online);
    // Up for a minute: stable, the backoff starts again at 1 s.
    h.pass(kStableMs);
    h.server.dropAll();
    QCOMPARE(h.retryDueInMs(), kInitialBackoffMs);
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
    // Beyond the cap a folder is polled (unless NOTIFY carries them all): none is left out.
    QCOMPARE(session.watchedFolders(), (QStringList {u"INBOX"_s, u"Work"_s, u"Lists"_s}));
    QCOMPARE(session.polledFolders(), QStringList {u"Lists"_s});
    QVERIFY2(session.status().error.message.contains(u"Lists"_s),
             qPrintable(session.status().error.message));
    QVERIFY(session.status().error.message.contains(u"2 connections"_s));
}

void Tst_AccountSession::stopLogsOut()
{
    Harness h(storePath());
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QSignalSpy stopped(h.session.get(), &AccountSession::stopped);
    h.session->stop();
    h.settle();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(h.lastLineIs(" LOGOUT"));
    QCOMPARE(h.last.state, State::Stopped);
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
}

// A server that does not answer LOGOUT holds stop() for at most the logout deadline (2 s).
void Tst_AccountSession::stopGivesUpAtTheLogoutDeadline()
{
    Harness h(storePath());
    h.session->start();
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    h.server.links.first().silent = true;
    QSignalSpy stopped(h.session.get(), &AccountSession::stopped);
    h.session->stop();
    h.pass(kLogoutTimeoutMs - 1);
    QCOMPARE(stopped.size(), 0);
    h.pass(1);
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(h.last.state, State::Stopped);
    const QPointer<FakeTransport> transport = h.server.links.first().transport;
    QVERIFY(!transport || transport->isClosed()); // closed, or deleted with its connection
}

namespace {

std::function<void(AccountSpec &)> oauth(AccountConfig::AuthMethod method)
{
    return [method](AccountSpec &spec) {
        spec.connection.authMethod = method;
    };
}

} // namespace

void Tst_AccountSession::oauthAsksForATokenAndLogsIn_data()
{
    QTest::addColumn<AccountConfig::AuthMethod>("method");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("xoauth2") << AccountConfig::AuthMethod::XOAuth2
                             << QByteArray("user=alice\x01"
                                           "auth=Bearer tok-1\x01\x01");
    QTest::newRow("oauthbearer") << AccountConfig::AuthMethod::OAuthBearer
                                 << QByteArray("n,a=alice,\x01host=imap.example.org\x01port=993\x01"
                                               "auth=Bearer tok-1\x01\x01");
}

void Tst_AccountSession::oauthAsksForATokenAndLogsIn()
{
    QFETCH(AccountConfig::AuthMethod, method);
    QFETCH(QByteArray, expected);
    Harness h(storePath(), QString(), kInitialBackoffMs, oauth(method));
    h.server.token = "tok-1";
    h.session->start();
    h.settle();
    // No connection before there is a token to log in with.
    QCOMPARE(h.states, QList<State> {State::WaitingForPassword});
    QCOMPARE(h.tokenRequests, 1);
    QCOMPARE(h.passwordRequests, 0);
    QCOMPARE(h.server.links.size(), 0);
    h.session->start(); // idempotent; and no second question while one is open
    h.settle();
    QCOMPARE(h.tokenRequests, 1);

    h.session->setAccessToken(u"tok-1"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.oauthResponses, QList<QByteArray> {expected});
    QCOMPARE(h.tokenRequests, 1);
}

void Tst_AccountSession::oauthRejectedTokenIsRefreshedOnceAtOnce()
{
    Harness h(storePath(), QString(), kInitialBackoffMs, oauth(AccountConfig::AuthMethod::XOAuth2));
    h.server.token = "fresh";
    h.session->setAccessToken(u"stale"_s);
    h.session->start();
    h.settle();
    // The 401 challenge was answered with an empty response (Google's protocol), the login
    // failed, and the session asked for a fresh token at once instead of backing off.
    QCOMPARE(h.server.saslAnswers, QList<QByteArray> {QByteArray()});
    QCOMPARE(h.tokenRequests, 1);
    QCOMPARE(h.last.state, State::WaitingForPassword);
    QCOMPARE(h.retryDueInMs(), -1);
    QCOMPARE(h.server.links.size(), 1);

    h.session->setAccessToken(u"fresh"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.links.size(), 2);
    QVERIFY(!h.states.contains(State::AuthFailed));
    QCOMPARE(h.passwordRequests, 0);
}

void Tst_AccountSession::oauthExpiredSessionAsksForAFreshToken()
{
    Harness h(storePath(), QString(), kInitialBackoffMs, oauth(AccountConfig::AuthMethod::XOAuth2));
    h.server.token = "first";
    h.session->setAccessToken(u"first"_s);
    h.session->start();
    h.pass(kQuietMs);
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.tokenRequests, 0);

    // An hour later Microsoft ends the session: the old token must not be offered again.
    h.server.token = "second";
    h.server.expireTokenEverywhere();
    h.settle();
    QCOMPARE(h.tokenRequests, 1);
    QCOMPARE(h.server.links.size(), 1);
    h.session->setAccessToken(u"second"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.links.size(), 2);

    // Logged in again: the next expiry earns another at-once refresh, not AuthFailed.
    h.server.token = "third";
    h.server.expireTokenEverywhere();
    h.settle();
    QCOMPARE(h.tokenRequests, 2);
    h.session->setAccessToken(u"third"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QVERIFY(!h.states.contains(State::AuthFailed));
}

void Tst_AccountSession::oauthSecondRejectionIsAuthFailed()
{
    Harness h(storePath(), QString(), kInitialBackoffMs, oauth(AccountConfig::AuthMethod::XOAuth2));
    h.server.token = "good";
    h.session->setAccessToken(u"bad"_s);
    h.session->start();
    h.settle();
    QCOMPARE(h.tokenRequests, 1);
    h.session->setAccessToken(u"also-bad"_s);
    h.settle();
    QCOMPARE(h.last.state, State::AuthFailed);
    QCOMPARE(h.last.error.kind, ErrorKind::AuthFailed);
    QVERIFY2(h.last.error.detail.contains(u"\"status\":\"401\""_s),
             qPrintable(h.last.error.detail));
    QCOMPARE(h.retryDueInMs(), kMaxBackoffMs); // the slow retry, no loop
    QCOMPARE(h.tokenRequests, 1);
    QCOMPARE(h.passwordRequests, 0);
    QCOMPARE(h.server.links.size(), 2);

    // A token the app got later (the user signed in again) is tried at once.
    h.session->setAccessToken(u"good"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
    QCOMPARE(h.server.links.size(), 3);
}

void Tst_AccountSession::oauthNoTokenToBeHadWaitsWithTheReason()
{
    Harness h(storePath(), QString(), kInitialBackoffMs, oauth(AccountConfig::AuthMethod::XOAuth2));
    h.server.token = "good";
    h.session->setAccessToken(u"bad"_s);
    h.session->start();
    h.settle();
    QCOMPARE(h.tokenRequests, 1);
    // The app cannot refresh (the user revoked the grant): the account says so and waits for
    // the slow retry or a token.
    h.session->setAccessToken(QString());
    h.settle();
    QCOMPARE(h.last.state, State::WaitingForPassword);
    QCOMPARE(h.last.error.kind, ErrorKind::AuthUnavailable);
    h.pass(kMaxBackoffMs);
    QCOMPARE(h.server.links.size(), 1);
    h.session->setAccessToken(u"good"_s);
    h.settle();
    QCOMPARE(h.last.state, State::Online);
}

QTEST_GUILESS_MAIN(Tst_AccountSession)
#include "tst_accountsession.moc"
