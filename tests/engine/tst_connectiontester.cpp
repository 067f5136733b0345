// ConnectionTester over the in-memory FakeTransport with scripted servers: the exact LIST it
// sends (plain, or RETURN options with LIST-EXTENDED), the stages, LOGOUT afterwards, the OAuth
// token as the secret, a refused LIST, a folder list cut at the limit (connection closed, no
// LOGOUT), and cancelling. Counting instead of (or besides) listing: STATUS (MESSAGES UNSEEN)
// per folder, pipelined, each folder counted or saying why not (refused with the server's text,
// a reply without the counts, the connection lost on the way); every line on the wire for the
// protocol log. Exactly one finished() every time. Against Dovecot: tst_mailengine_dovecot.
#include "engine/connectiontester.h"
#include "faketransport.h"
#include "serverscript.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Stage = ConnectionTestResult::Stage;

namespace {

AccountSpec makeSpec(AccountConfig::AuthMethod method = AccountConfig::AuthMethod::Password)
{
    AccountSpec spec;
    spec.id = u"t"_s;
    spec.connection.host = u"imap.example.org"_s;
    spec.connection.user = u"alice"_s;
    spec.connection.authMethod = method;
    return spec;
}

// A tester on a fake transport, with its outcome recorded.
struct Harness
{
    explicit Harness(const AccountSpec &spec, const QString &secret = u"s3cret"_s,
                     const ConnectionTestRequest &request = {})
        : transport(new FakeTransport)
        , tester(7, spec, secret, request, transport)
    {
        script.attach(transport);
        QObject::connect(&tester, &ConnectionTester::progress, &tester,
                         [this](quint64 id, Stage stage) {
                             QCOMPARE(id, quint64(7));
                             stages.append(stage);
                         });
        QObject::connect(&tester, &ConnectionTester::finished, &tester,
                         [this](quint64, const ConnectionTestResult &r) {
                             result = r;
                             ++finishedCount;
                         });
        QObject::connect(&tester, &ConnectionTester::done, &tester, [this] { ++doneCount; });
        QObject::connect(&tester, &ConnectionTester::wireLine, &tester,
                         [this](Connection::Direction direction, const QByteArray &bytes) {
                             wire.append((direction == Connection::Direction::Sent ? "C: " : "S: ")
                                         + bytes.trimmed());
                         });
    }
    void open()
    {
        tester.start();
        transport->serverAccept();
    }

    FakeTransport *transport; // owned by the tester's connection
    ConnectionTester tester;
    ServerScript script;
    QList<Stage> stages;
    ConnectionTestResult result;
    QByteArrayList wire;
    int finishedCount = 0;
    int doneCount = 0;
};

ConnectionTestRequest countOnly(const QStringList &folders)
{
    ConnectionTestRequest request;
    request.listFolders = false;
    request.countFolders = folders;
    return request;
}

const QString kLogin = u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                       "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"_s;

// Logged in, the client asks for the counts of INBOX and Lists at once.
const QString kLoginAndCountTwo = kLogin
    + u"S: A0001 OK [CAPABILITY IMAP4rev1] Logged in\n"
      "C: A0002 STATUS INBOX (MESSAGES UNSEEN)\n"
      "C: A0003 STATUS Lists (MESSAGES UNSEEN)\n"_s;

} // namespace

class Tst_ConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void plainListThenLogout();
    void extendedListAsksForAttributes();
    void oauthSecretIsTheToken();
    void refusedList();
    void folderListCutAtTheLimit();
    void cancelBeforeGreeting();
    void countsFoldersInsteadOfListing();
    void countsAndListsTogether();
    void countsWithoutTheCounts();
    void connectionLostWhileCounting();
    void nothingAskedOnlyLogsIn();
};

void Tst_ConnectionTester::plainListThenLogout()
{
    Harness h(makeSpec());
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK [CAPABILITY IMAP4rev1 UIDPLUS] Logged in\n"
                            "C: A0002 LIST \"\" \"*\"\n"
                            "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                            "S: * LIST (\\HasNoChildren \\Junk) \"/\" Spam\n"
                            "S: * LIST (\\Noselect \\HasChildren) \"/\" Gr&APYA3w-e\n"
                            "S: A0002 OK LIST done\n"
                            "C: A0003 LOGOUT\n"
                            "S: * BYE bye\n"
                            "S: A0003 OK done\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.doneCount, 1);
    QVERIFY(!h.result.error.isError());
    // The fake transport resolves nothing, so no Connecting stage.
    QCOMPARE(h.stages,
             (QList<Stage> {Stage::Resolving, Stage::Securing, Stage::LoggingIn,
                            Stage::ListingFolders}));
    QVERIFY(!h.result.hasIdle);
    QVERIFY(h.result.capabilities.contains("UIDPLUS"));
    QCOMPARE(h.result.folders.size(), 3);
    QCOMPARE(h.result.folders.at(1).specialUse, FolderInfo::SpecialUse::Junk);
    QCOMPARE(h.result.folders.at(2).name, u"Größe"_s);
    QVERIFY(!h.result.folders.at(2).selectable);
}

void Tst_ConnectionTester::extendedListAsksForAttributes()
{
    Harness h(makeSpec());
    h.open();
    QVERIFY(h.script.play(
        kLogin
        + u"S: A0001 OK [CAPABILITY IMAP4rev1 IDLE LIST-EXTENDED SPECIAL-USE] Logged in\n"
          "C: A0002 LIST \"\" \"*\" RETURN (SUBSCRIBED CHILDREN SPECIAL-USE)\n"
          "S: * LIST (\\Subscribed \\HasNoChildren \\Sent) \"/\" Sent\n"
          "S: A0002 OK LIST done\n"
          "C: A0003 LOGOUT\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QVERIFY(h.result.hasIdle);
    QCOMPARE(h.result.folders.size(), 1);
    QVERIFY(h.result.folders.constFirst().subscribed);
    QCOMPARE(h.result.folders.constFirst().specialUse, FolderInfo::SpecialUse::Sent);
}

void Tst_ConnectionTester::oauthSecretIsTheToken()
{
    Harness h(makeSpec(AccountConfig::AuthMethod::XOAuth2), u"tok123"_s);
    h.open();
    QVERIFY(
        h.script.play(u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\n"
                      "C: A0001 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxMjMBAQ==\n"
                      "S: A0001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.result.error.kind, ErrorKind::AuthFailed);
    QVERIFY(h.result.error.detail.contains(u"Invalid credentials"_s));
    QCOMPARE(h.doneCount, 1);
}

void Tst_ConnectionTester::refusedList()
{
    Harness h(makeSpec());
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK Logged in\n"
                            "C: A0002 CAPABILITY\n"
                            "S: * CAPABILITY IMAP4rev1\n"
                            "S: A0002 OK done\n"
                            "C: A0003 LIST \"\" \"*\"\n"
                            "S: A0003 NO [SERVERBUG] cannot list\n"
                            "C: A0004 LOGOUT\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.result.error.kind, ErrorKind::ProtocolError);
    QVERIFY(h.result.error.detail.contains(u"cannot list"_s));
}

void Tst_ConnectionTester::folderListCutAtTheLimit()
{
    Harness h(makeSpec());
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK [CAPABILITY IMAP4rev1] Logged in\n"
                            "C: A0002 LIST \"\" \"*\"\n"_s));
    QByteArray flood;
    const qsizetype limit = ConnectionTestResult::maxListedFolders;
    for (qsizetype i = 0; i < limit + 5; ++i)
        flood += "* LIST () \"/\" F" + QByteArray::number(i) + "\r\n";
    h.transport->serverSend(flood);
    QCOMPARE(h.finishedCount, 1);
    QVERIFY(!h.result.error.isError());
    QVERIFY(h.result.foldersTruncated);
    QCOMPARE(h.result.folders.size(), limit);
    QCOMPARE(h.result.folders.constLast().name, u"F%1"_s.arg(limit - 1));
    // The rest is not read: the connection is cut, without LOGOUT.
    QVERIFY(h.transport->isClosed());
    QVERIFY(!h.script.unread().contains("LOGOUT"));
    QCOMPARE(h.doneCount, 1);
    h.transport->serverSend("A0002 OK LIST done\r\n");
    QCOMPARE(h.finishedCount, 1);
}

void Tst_ConnectionTester::cancelBeforeGreeting()
{
    Harness h(makeSpec());
    h.open();
    h.tester.cancel();
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.result.error.kind, ErrorKind::Cancelled);
    QVERIFY(h.transport->isClosed());
    QCOMPARE(h.doneCount, 1);
    h.tester.cancel();
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.doneCount, 1);
}

// STATUS for each folder, all at once; a folder the server refuses says so with its text, the
// others are counted; the reply may name the folder in another form (quoted, RFC 9051 4.3).
void Tst_ConnectionTester::countsFoldersInsteadOfListing()
{
    Harness h(makeSpec(), u"s3cret"_s, countOnly({u"INBOX"_s, u"Entwürfe"_s, u"Nope"_s}));
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"
                            "C: A0002 STATUS INBOX (MESSAGES UNSEEN)\n"
                            "C: A0003 STATUS Entw&APw-rfe (MESSAGES UNSEEN)\n"
                            "C: A0004 STATUS Nope (MESSAGES UNSEEN)\n"
                            "S: * STATUS \"INBOX\" (MESSAGES 3 UNSEEN 2)\n"
                            "S: A0002 OK STATUS done\n"
                            "S: * STATUS Entw&APw-rfe (UNSEEN 0 MESSAGES 1)\n"
                            "S: A0003 OK STATUS done\n"
                            "S: A0004 NO [NONEXISTENT] Mailbox doesn't exist: Nope\n"
                            "C: A0005 LOGOUT\n"
                            "S: * BYE bye\n"
                            "S: A0005 OK done\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.doneCount, 1);
    QVERIFY2(!h.result.error.isError(), qPrintable(h.result.error.message));
    QCOMPARE(h.stages, (QList<Stage> {Stage::Resolving, Stage::Securing, Stage::LoggingIn}));
    QVERIFY(h.result.folders.isEmpty());
    QVERIFY(h.result.hasIdle);
    QCOMPARE(h.result.folderCounts.size(), 3);
    const FolderCounts &inbox = h.result.folderCounts.at(0);
    QCOMPARE(inbox.folder, u"INBOX"_s);
    QCOMPARE(inbox.outcome, FolderCounts::Outcome::Counted);
    QCOMPARE(inbox.messages, 3u);
    QCOMPARE(inbox.unseen, 2u);
    QVERIFY(!inbox.error.isError());
    const FolderCounts &drafts = h.result.folderCounts.at(1);
    QCOMPARE(drafts.folder, u"Entwürfe"_s);
    QVERIFY(drafts.isCounted());
    QCOMPARE(drafts.messages, 1u);
    QCOMPARE(drafts.unseen, 0u);
    const FolderCounts &nope = h.result.folderCounts.at(2);
    QCOMPARE(nope.outcome, FolderCounts::Outcome::Refused);
    QCOMPARE(nope.error.kind, ErrorKind::MailboxUnavailable);
    QCOMPARE(nope.error.detail, u"Mailbox doesn't exist: Nope"_s);
    // Every line went to the protocol log's feed, the password only inside the SASL line the log
    // redacts itself.
    QVERIFY(h.wire.contains("C: A0002 STATUS INBOX (MESSAGES UNSEEN)"));
    QVERIFY(h.wire.contains("S: A0004 NO [NONEXISTENT] Mailbox doesn't exist: Nope"));
    QVERIFY(h.wire.contains("C: A0005 LOGOUT"));
    QVERIFY(h.wire.contains("S: A0005 OK done"));
}

void Tst_ConnectionTester::countsAndListsTogether()
{
    ConnectionTestRequest request;
    request.countFolders = {u"INBOX"_s};
    Harness h(makeSpec(), u"s3cret"_s, request);
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK [CAPABILITY IMAP4rev1] Logged in\n"
                            "C: A0002 LIST \"\" \"*\"\n"
                            "C: A0003 STATUS INBOX (MESSAGES UNSEEN)\n"
                            "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                            "S: A0002 OK LIST done\n"_s));
    QCOMPARE(h.finishedCount, 0); // the counts are still out
    QVERIFY(h.script.play(u"S: * STATUS INBOX (MESSAGES 0 UNSEEN 0)\n"
                          "S: A0003 OK STATUS done\n"
                          "C: A0004 LOGOUT\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QVERIFY(!h.result.error.isError());
    QCOMPARE(h.stages.constLast(), Stage::ListingFolders);
    QCOMPARE(h.result.folders.size(), 1);
    QCOMPARE(h.result.folderCounts.size(), 1);
    QVERIFY(h.result.folderCounts.constFirst().isCounted());
}

// A STATUS reply without UNSEEN, or about another folder only, is not a count.
void Tst_ConnectionTester::countsWithoutTheCounts()
{
    Harness h(makeSpec(), u"s3cret"_s, countOnly({u"INBOX"_s, u"Lists"_s}));
    h.open();
    QVERIFY(h.script.play(kLoginAndCountTwo
                          + u"S: * STATUS INBOX (MESSAGES 4)\n"
                            "S: A0002 OK STATUS done\n"
                            "S: * STATUS Other (MESSAGES 1 UNSEEN 1)\n"
                            "S: A0003 OK STATUS done\n"
                            "C: A0004 LOGOUT\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QVERIFY(!h.result.error.isError());
    for (const FolderCounts &counts : std::as_const(h.result.folderCounts)) {
        QCOMPARE(counts.outcome, FolderCounts::Outcome::Incomplete);
        QCOMPARE(counts.error.kind, ErrorKind::ProtocolError);
    }
}

// The server goes away with one answer in: that folder is counted, the other says why not, and
// so does the result; no LOGOUT on a dead connection.
void Tst_ConnectionTester::connectionLostWhileCounting()
{
    Harness h(makeSpec(), u"s3cret"_s, countOnly({u"INBOX"_s, u"Lists"_s}));
    h.open();
    QVERIFY(h.script.play(kLoginAndCountTwo
                          + u"S: * STATUS INBOX (MESSAGES 2 UNSEEN 1)\n"
                            "S: A0002 OK STATUS done\n"
                            "CLOSE\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QCOMPARE(h.doneCount, 1);
    QVERIFY(h.result.error.isError());
    QCOMPARE(h.result.folderCounts.size(), 2);
    QVERIFY(h.result.folderCounts.at(0).isCounted());
    const FolderCounts &lists = h.result.folderCounts.at(1);
    QCOMPARE(lists.outcome, FolderCounts::Outcome::NotAnswered);
    QCOMPARE(lists.error.kind, h.result.error.kind);
    QVERIFY(!h.script.unread().contains("LOGOUT"));
}

void Tst_ConnectionTester::nothingAskedOnlyLogsIn()
{
    Harness h(makeSpec(), u"s3cret"_s, countOnly({}));
    h.open();
    QVERIFY(h.script.play(kLogin
                          + u"S: A0001 OK [CAPABILITY IMAP4rev1] Logged in\n"
                            "C: A0002 LOGOUT\n"
                            "S: A0002 OK done\n"_s));
    QCOMPARE(h.finishedCount, 1);
    QVERIFY(!h.result.error.isError());
    QVERIFY(h.result.folderCounts.isEmpty());
    QCOMPARE(h.doneCount, 1);
}

QTEST_GUILESS_MAIN(Tst_ConnectionTester)
#include "tst_connectiontester.moc"
