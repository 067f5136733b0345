// ConnectionTester over the in-memory FakeTransport with scripted servers: the exact LIST it
// sends (plain, or RETURN options with LIST-EXTENDED), the stages, LOGOUT afterwards, the OAuth
// token as the secret, a refused LIST, a folder list cut at the limit (connection closed, no
// LOGOUT), and cancelling. Exactly one finished() every time.
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
    explicit Harness(const AccountSpec &spec, const QString &secret = u"s3cret"_s)
        : transport(new FakeTransport)
        , tester(7, spec, secret, transport)
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
    int finishedCount = 0;
    int doneCount = 0;
};

const QString kLogin = u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
                       "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"_s;

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

QTEST_GUILESS_MAIN(Tst_ConnectionTester)
#include "tst_connectiontester.moc"
