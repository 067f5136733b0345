// "Test connection" end to end: MailEngine::testConnection and the ConnectionTestPanel against
// the private Dovecot (success with special-use and nested unicode folders, wrong password with
// the server's text, untrusted certificate -> trust dialog -> pinned -> success, pin mismatch,
// STARTTLS on the plaintext port) and against local sockets that misbehave on purpose
// (STARTTLS not offered, host not found, refused, never greets, cancelled).
#include "certificatetrustdialog.h"
#include "connectiontestpanel.h"
#include "dovecotfixture.h"
#include "mailengine.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Stage = ConnectionTestResult::Stage;

namespace {

constexpr int kWaitMs = 30000;
const QString kPassword = u"s3cret pass"_s;

// Everything one engine reported about its connection tests, in the test's thread.
struct TestRecorder
{
    explicit TestRecorder(MailEngine *engine)
    {
        QObject::connect(engine, &MailEngine::connectionTestProgress, engine,
                         [this](quint64 id, Stage stage) { stages[id].append(stage); });
        QObject::connect(engine, &MailEngine::connectionTestFinished, engine,
                         [this](quint64 id, const ConnectionTestResult &result) {
                             results.insert(id, result);
                             ++finishedCount[id];
                         });
    }
    bool waitFor(quint64 id) const
    {
        return QTest::qWaitFor([&] { return results.contains(id); }, kWaitMs);
    }
    QHash<quint64, QList<Stage>> stages;
    QHash<quint64, ConnectionTestResult> results;
    QHash<quint64, int> finishedCount;
};

const FolderInfo *findFolder(const QList<FolderInfo> &folders, const QString &name)
{
    for (const FolderInfo &folder : folders) {
        if (folder.name == name)
            return &folder;
    }
    return nullptr;
}

} // namespace

class Tst_ConnectionTest : public QObject
{
    Q_OBJECT

private:
    AccountSpec specFor(const QString &user) const;

    DovecotFixture m_server;
    // Bound but never listening: connections to its port are refused.
    QTcpSocket m_refusingPort;

private slots:
    void initTestCase();
    void cleanupTestCase();

    void successListsFolders();
    void startTlsOnPlaintextPort();
    void wrongPasswordShowsServerText();
    void untrustedThenTrustedThenPinned();
    void pinMismatchOffersNewCertificate();
    void startTlsUnavailable();
    void hostNotFound();
    void refused();
    void neverGreetsTimesOut();
    void cancelEndsTheTest();
    void watchedAccountsAreLeftAlone();
};

AccountSpec Tst_ConnectionTest::specFor(const QString &user) const
{
    AccountSpec spec;
    spec.id = u"test-"_s + user;
    spec.connection.host = u"imap.test"_s;
    spec.connection.connectAddress = m_server.host();
    spec.connection.port = m_server.imapsPort();
    spec.connection.security = AccountConfig::Security::Tls;
    spec.connection.user = user;
    spec.connection.caCertificates = {m_server.caCertificate()};
    spec.connection.greetingTimeoutMs = 15000;
    spec.connection.commandTimeoutMs = 15000;
    return spec;
}

void Tst_ConnectionTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_refusingPort.bind(QHostAddress::LocalHost, 0));
    QVERIFY(m_server.createUser(u"folders"_s, kPassword));
    QVERIFY(m_server.createUser(u"watched"_s, kPassword));
    for (const QString &mailbox : {u"Junk"_s, u"Sent"_s, u"Archive"_s, u"Deleted Messages"_s,
                                   u"Projekte"_s, u"Projekte.Größe & Maß"_s})
        QVERIFY2(m_server.createMailbox(u"folders"_s, mailbox), qPrintable(m_server.errorString()));
    QVERIFY(m_server.doveadm({u"mailbox"_s, u"subscribe"_s, u"-u"_s, u"folders"_s, u"Sent"_s}));
}

void Tst_ConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

void Tst_ConnectionTest::successListsFolders()
{
    MailEngine engine;
    TestRecorder recorder(&engine);
    const quint64 id = engine.testConnection(specFor(u"folders"_s), kPassword);
    QVERIFY(id != 0);
    QVERIFY(recorder.waitFor(id));
    const ConnectionTestResult result = recorder.results.value(id);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message + result.error.detail));
    QCOMPARE(recorder.stages.value(id),
             (QList<Stage> {Stage::Resolving, Stage::Connecting, Stage::Securing, Stage::LoggingIn,
                            Stage::ListingFolders}));
    QVERIFY(result.hasIdle);
    QVERIFY(result.capabilities.contains("IMAP4rev1"));
    QVERIFY(!result.foldersTruncated);

    const QList<FolderInfo> &folders = result.folders;
    const auto use = [&](const QString &name) {
        const FolderInfo *folder = findFolder(folders, name);
        return folder ? folder->specialUse : FolderInfo::SpecialUse::None;
    };
    QVERIFY(findFolder(folders, u"INBOX"_s));
    QCOMPARE(use(u"Junk"_s), FolderInfo::SpecialUse::Junk);
    QCOMPARE(use(u"Sent"_s), FolderInfo::SpecialUse::Sent);
    QCOMPARE(use(u"Archive"_s), FolderInfo::SpecialUse::Archive);
    QCOMPARE(use(u"Deleted Messages"_s), FolderInfo::SpecialUse::Trash);
    QVERIFY(findFolder(folders, u"Sent"_s)->subscribed);
    QVERIFY(!findFolder(folders, u"Junk"_s)->subscribed);
    // Maildir's hierarchy delimiter is '.'; the nested name arrives in modified UTF-7 and is
    // decoded.
    const FolderInfo *parent = findFolder(folders, u"Projekte"_s);
    QVERIFY(parent);
    QVERIFY(parent->hasChildren);
    QCOMPARE(parent->delimiter, QChar(u'.'));
    const FolderInfo *child = findFolder(folders, u"Projekte.Größe & Maß"_s);
    QVERIFY2(child, qPrintable([&] {
                 QStringList names;
                 for (const FolderInfo &f : folders)
                     names << f.name;
                 return names.join(u" | "_s);
             }()));
    QVERIFY(child->selectable);
    QVERIFY(!child->hasChildren);
    QCOMPARE(recorder.finishedCount.value(id), 1);

    // The panel shows the same in words and hands the folders to the editor.
    ConnectionTestPanel panel(&engine);
    panel.setInput(specFor(u"folders"_s), kPassword);
    QSignalSpy listed(&panel, &ConnectionTestPanel::foldersListed);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    QTest::mouseClick(panel.testButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).at(0).value<QList<FolderInfo>>(), folders);
    QVERIFY2(panel.statusText().contains(u"Signed in and found"_s), qPrintable(panel.statusText()));
    QCOMPARE(panel.findChild<QLabel *>(u"verdict"_s)->text(), u"\u2714 Connection works"_s);
    QVERIFY2(panel.statusText().contains(QString::number(folders.size())),
             qPrintable(panel.statusText()));
}

void Tst_ConnectionTest::startTlsOnPlaintextPort()
{
    MailEngine engine;
    TestRecorder recorder(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.security = AccountConfig::Security::StartTls;
    spec.connection.port = m_server.imapPort();
    const quint64 id = engine.testConnection(spec, kPassword);
    QVERIFY(recorder.waitFor(id));
    const ConnectionTestResult result = recorder.results.value(id);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(recorder.stages.value(id).contains(Stage::Securing));
    QVERIFY(findFolder(result.folders, u"Junk"_s));
}

void Tst_ConnectionTest::wrongPasswordShowsServerText()
{
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    panel.setInput(specFor(u"folders"_s), u"not the password"_s);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    QSignalSpy listed(&panel, &ConnectionTestPanel::foldersListed);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QCOMPARE(result.error.kind, ErrorKind::AuthFailed);
    QVERIFY(result.folders.isEmpty());
    QCOMPARE(listed.size(), 0);
    // Dovecot's own words, and what to do.
    QVERIFY2(panel.statusText().contains(u"Authentication failed"_s),
             qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(u"password"_s), qPrintable(panel.statusText()));
}

void Tst_ConnectionTest::untrustedThenTrustedThenPinned()
{
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.caCertificates.clear(); // the fixture's CA is unknown to this machine
    panel.setInput(spec, kPassword);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    QSignalSpy trusted(&panel, &ConnectionTestPanel::certificateTrusted);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QCOMPARE(result.error.kind, ErrorKind::TlsUntrusted);
    const QString expectedFingerprint =
        CertificateTrustDialog::fingerprintText(m_server.serverCertificateSha256());
    QVERIFY2(panel.statusText().contains(expectedFingerprint), qPrintable(panel.statusText()));

    CertificateTrustDialog *dialog = panel.trustDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fingerprint(), m_server.serverCertificateSha256());
    QVERIFY(!dialog->findChild<QLabel *>(u"changedWarning"_s)->isVisibleTo(dialog));
    dialog->trustButton()->click();
    QCOMPARE(trusted.size(), 1);
    QCOMPARE(trusted.at(0).at(0).toByteArray(), m_server.serverCertificateSha256());

    // The panel ran the test again with the pin, and the pin is enough without the CA.
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    result = finished.at(1).at(0).value<ConnectionTestResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(findFolder(result.folders, u"INBOX"_s));
    QVERIFY(!panel.trustDialog());
}

void Tst_ConnectionTest::pinMismatchOffersNewCertificate()
{
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    const QByteArray oldPin(32, '\xab');
    spec.connection.pinnedSha256 = oldPin;
    panel.setInput(spec, kPassword);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    QSignalSpy trusted(&panel, &ConnectionTestPanel::certificateTrusted);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.at(0).at(0).value<ConnectionTestResult>();
    QCOMPARE(result.error.kind, ErrorKind::TlsPinMismatch);
    QCOMPARE(result.error.fingerprintSha256, m_server.serverCertificateSha256());
    QVERIFY2(panel.statusText().contains(u"changed"_s), qPrintable(panel.statusText()));

    CertificateTrustDialog *dialog = panel.trustDialog();
    QVERIFY(dialog);
    auto *changed = dialog->findChild<QLabel *>(u"changedWarning"_s);
    QVERIFY(changed->isVisibleTo(dialog));
    QVERIFY(changed->text().contains(CertificateTrustDialog::fingerprintHalves(oldPin, u' ')));
    // Refusing keeps the old pin: nothing trusted, nothing re-run.
    dialog->refuseButton()->click();
    QTRY_VERIFY(!panel.trustDialog());
    QCOMPARE(trusted.size(), 0);
    QVERIFY(!panel.isRunning());
}

void Tst_ConnectionTest::startTlsUnavailable()
{
    // A server that greets without STARTTLS in its capabilities.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            socket->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plaintext only\r\n");
    });
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.security = AccountConfig::Security::StartTls;
    spec.connection.port = server.serverPort();
    panel.setInput(spec, kPassword);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().error.kind,
             ErrorKind::StartTlsUnavailable);
    QVERIFY2(panel.statusText().contains(u"STARTTLS"_s), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(u"993"_s), qPrintable(panel.statusText()));
}

void Tst_ConnectionTest::hostNotFound()
{
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.host = u"mailbell-test.invalid"_s; // RFC 6761: never resolves
    spec.connection.connectAddress.clear();
    panel.setInput(spec, kPassword);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().error.kind,
             ErrorKind::HostNotFound);
    QVERIFY2(panel.statusText().contains(u"server name"_s), qPrintable(panel.statusText()));
}

void Tst_ConnectionTest::refused()
{
    MailEngine engine;
    TestRecorder recorder(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.port = m_refusingPort.localPort();
    const quint64 id = engine.testConnection(spec, kPassword);
    QVERIFY(recorder.waitFor(id));
    QCOMPARE(recorder.results.value(id).error.kind, ErrorKind::ConnectionRefused);
    QVERIFY(!recorder.stages.value(id).contains(Stage::LoggingIn));
}

void Tst_ConnectionTest::neverGreetsTimesOut()
{
    QTcpServer silent; // accepts (the kernel does) and never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    MailEngine engine;
    ConnectionTestPanel panel(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.security = AccountConfig::Security::StartTls;
    spec.connection.port = silent.serverPort();
    spec.connection.greetingTimeoutMs = 1500;
    panel.setInput(spec, kPassword);
    QSignalSpy finished(&panel, &ConnectionTestPanel::testFinished);
    panel.startTest();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().error.kind, ErrorKind::Timeout);
    QVERIFY2(panel.statusText().contains(u"did not answer in time"_s),
             qPrintable(panel.statusText()));
}

void Tst_ConnectionTest::cancelEndsTheTest()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    MailEngine engine;
    TestRecorder recorder(&engine);
    AccountSpec spec = specFor(u"folders"_s);
    spec.connection.security = AccountConfig::Security::StartTls;
    spec.connection.port = silent.serverPort();
    spec.connection.greetingTimeoutMs = 600'000;
    const quint64 id = engine.testConnection(spec, kPassword);
    const quint64 other = engine.testConnection(specFor(u"folders"_s), kPassword);
    QCOMPARE_NE(id, other);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.stages.value(id).contains(Stage::Connecting), kWaitMs);
    engine.cancelConnectionTest(id);
    QVERIFY(recorder.waitFor(id));
    QCOMPARE(recorder.results.value(id).error.kind, ErrorKind::Cancelled);
    // The other test is not disturbed, and every test finishes exactly once.
    QVERIFY(recorder.waitFor(other));
    QVERIFY(!recorder.results.value(other).error.isError());
    engine.cancelConnectionTest(other); // already finished: nothing more
    // Signals arrive in order: once a later test finished, nothing more came for these two.
    const quint64 last = engine.testConnection(spec, kPassword);
    engine.cancelConnectionTest(last);
    QVERIFY(recorder.waitFor(last));
    QCOMPARE(recorder.finishedCount.value(id), 1);
    QCOMPARE(recorder.finishedCount.value(other), 1);
}

void Tst_ConnectionTest::watchedAccountsAreLeftAlone()
{
    // A watched account runs in the same engine; testing the same account with a wrong
    // password neither disturbs it nor asks for its password, and writes no seen state.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(u"seen.json"_s);
    MailEngine engine;
    TestRecorder recorder(&engine);
    QList<AccountStatus> states;
    QStringList passwordRequests;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&states](const AccountStatus &status) { states.append(status); });
    connect(&engine, &MailEngine::passwordRequired, this,
            [&passwordRequests](const QString &id) { passwordRequests.append(id); });
    const AccountSpec watched = specFor(u"watched"_s);
    engine.start({watched}, store);
    engine.setPassword(watched.id, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(
        !states.isEmpty() && states.constLast().state == AccountStatus::State::Online, kWaitMs);
    const qsizetype statesBefore = states.size();
    const qsizetype requestsBefore = passwordRequests.size();
    QFile file(store);
    const QByteArray storeBefore = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();

    const quint64 id = engine.testConnection(watched, u"wrong"_s);
    QVERIFY(recorder.waitFor(id));
    QCOMPARE(recorder.results.value(id).error.kind, ErrorKind::AuthFailed);
    const quint64 ok = engine.testConnection(watched, kPassword);
    QVERIFY(recorder.waitFor(ok));
    QVERIFY(!recorder.results.value(ok).error.isError());

    QCOMPARE(states.size(), statesBefore);
    QCOMPARE(passwordRequests.size(), requestsBefore);
    QVERIFY(file.open(QIODevice::ReadOnly) || storeBefore.isEmpty());
    QCOMPARE(file.readAll(), storeBefore);
}

QTEST_MAIN(Tst_ConnectionTest)
#include "tst_connectiontest.moc"
