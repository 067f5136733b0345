// Proves the private Dovecot fixture: TLS with the per-run CA, STARTTLS, logins, mail changes made
// with doveadm as seen over IMAP, IDLE push latency, restart, and that no Dovecot outlives us.
#include "dovecotfixture.h"
#include "imaptestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <memory>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kClientTimeoutMs = 5000;
const QString kPassword = u"s3cret pass"_s;

QByteArray message(const QByteArray &subject)
{
    return "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject
        + "\r\nDate: Wed, 26 Nov 2025 10:00:00 +0000\r\nMessage-ID: <" + subject
        + "@example.org>\r\n\r\nHello.\r\n";
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// A zombie (dead, not yet reaped by whoever inherited it) counts as gone.
bool processExists(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(") ");
    return afterName >= 0 && text.mid(afterName + 2, 1) != "Z";
}

// UID -> flags (without \Recent, which only the first session sees) from UID FETCH replies.
QMap<quint32, QStringList> uidFlags(const QByteArrayList &untagged)
{
    static const QRegularExpression fetch(uR"(^\* \d+ FETCH \((.*)\)$)"_s);
    static const QRegularExpression uid(uR"(UID (\d+))"_s);
    static const QRegularExpression flags(uR"(FLAGS \(([^)]*)\))"_s);
    QMap<quint32, QStringList> result;
    for (const QByteArray &line : untagged) {
        const QRegularExpressionMatch m = fetch.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        const QString items = m.captured(1);
        QStringList list = flags.match(items).captured(1).split(u' ', Qt::SkipEmptyParts);
        list.removeAll(u"\\Recent"_s);
        list.sort();
        result.insert(uid.match(items).captured(1).toUInt(), list);
    }
    return result;
}

std::optional<quint32> selectedUidValidity(const ImapTestClient::Reply &reply)
{
    static const QRegularExpression re(uR"(\[UIDVALIDITY (\d+)\])"_s);
    for (const QByteArray &line : reply.untagged) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            return m.captured(1).toUInt();
    }
    return std::nullopt;
}

bool hasSslError(const QList<QSslError> &errors, QSslError::SslError wanted)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [wanted](const QSslError &e) { return e.error() == wanted; });
}

QString describe(const QList<QSslError> &errors)
{
    QStringList out;
    for (const QSslError &e : errors)
        out << u"%1 (%2)"_s.arg(e.errorString()).arg(int(e.error()));
    return out.join(u"; "_s);
}

} // namespace

class Tst_DovecotFixture : public QObject
{
    Q_OBJECT

private:
    QSslConfiguration trustingConfiguration() const;
    std::unique_ptr<ImapTestClient> session(const QString &user);
    void addUser(const QString &user);

    DovecotFixture m_server;

private slots:
    void initTestCase();
    void cleanupTestCase();

    void implicitTlsWithTrustedCa_data();
    void implicitTlsWithTrustedCa();
    void tlsVerificationFails_data();
    void tlsVerificationFails();
    void startTlsOnPlaintextPort();
    void login_data();
    void login();
    void createUserRejects_data();
    void createUserRejects();
    void appendGivesIncreasingUidsSeenOverImap();
    void flagChangesSeenInFetch();
    void expungeRemovesMessages();
    void createdMailboxIsListed();
    void changeUidValiditySeenBySelect();
    void idleSeesAppendsWithinSeconds();
    void idleSeesExpunge();
    void medianStartupTime();
    void restartKeepsMailPortsAndCertificate();
    void stopLeavesNoProcess();
    void destructorStopsServer();
    void startFailureNamesTheCauseAndLog();
    void serverDiesWhenParentIsKilled();
};

QSslConfiguration Tst_DovecotFixture::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_server.caCertificate()});
    return configuration;
}

void Tst_DovecotFixture::addUser(const QString &user)
{
    QVERIFY2(m_server.createUser(user, kPassword), qPrintable(m_server.errorString()));
}

std::unique_ptr<ImapTestClient> Tst_DovecotFixture::session(const QString &user)
{
    auto client = std::make_unique<ImapTestClient>(kClientTimeoutMs);
    client->setSslConfiguration(trustingConfiguration());
    client->setPeerVerifyName(u"imap.test"_s);
    if (!client->connectToServer(m_server.host(), m_server.imapsPort(),
                                 ImapTestClient::Security::ImplicitTls)
        || !client->login(user, kPassword)) {
        qWarning() << "session for" << user << "failed:" << client->errorString();
        return nullptr;
    }
    return client;
}

void Tst_DovecotFixture::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("fixture started in %lld ms: imap %u, imaps %u, dir %s", timer.elapsed(),
          m_server.imapPort(), m_server.imapsPort(), qPrintable(m_server.directory()));
    QVERIFY(m_server.imapPort() != 0 && m_server.imapsPort() != 0);
    QVERIFY(m_server.imapPort() != m_server.imapsPort());
    QVERIFY(!m_server.caCertificate().isNull());
    QCOMPARE(m_server.serverCertificateSha256().size(), 32);
    QVERIFY(QFile::exists(m_server.caCertificatePath()));
    QVERIFY(QFile::exists(m_server.configPath()));
    QVERIFY(QFile::exists(m_server.logFilePath()));
    QVERIFY(processExists(m_server.masterPid()));
}

void Tst_DovecotFixture::cleanupTestCase()
{
    const qint64 pid = m_server.masterPid();
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QVERIFY(!processExists(pid));
}

void Tst_DovecotFixture::implicitTlsWithTrustedCa_data()
{
    QTest::addColumn<QString>("verifyName");
    QTest::newRow("san-dns-imap.test") << u"imap.test"_s;
    QTest::newRow("san-dns-localhost") << u"localhost"_s;
    QTest::newRow("san-ip-127.0.0.1-default-name") << QString();
}

void Tst_DovecotFixture::implicitTlsWithTrustedCa()
{
    QFETCH(QString, verifyName);
    ImapTestClient client(kClientTimeoutMs);
    client.setSslConfiguration(trustingConfiguration());
    if (!verifyName.isEmpty())
        client.setPeerVerifyName(verifyName);
    QVERIFY2(client.connectToServer(m_server.host(), m_server.imapsPort(),
                                    ImapTestClient::Security::ImplicitTls),
             qPrintable(client.errorString()));
    QVERIFY2(client.greeting().startsWith("* OK"), client.greeting().constData());
    QVERIFY(client.sslErrors().isEmpty());
    QCOMPARE(client.socket().peerCertificate().digest(QCryptographicHash::Sha256),
             m_server.serverCertificateSha256());
}

void Tst_DovecotFixture::tlsVerificationFails_data()
{
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("verifyName");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<int>("expectedError");
    QTest::newRow("untrusted-ca-imaps")
        << false << u"imap.test"_s << false << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("untrusted-ca-starttls")
        << false << u"imap.test"_s << true << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("name-not-in-san-imaps")
        << true << u"other.test"_s << false << int(QSslError::HostNameMismatch);
    QTest::newRow("name-not-in-san-starttls")
        << true << u"other.test"_s << true << int(QSslError::HostNameMismatch);
}

void Tst_DovecotFixture::tlsVerificationFails()
{
    QFETCH(bool, trustCa);
    QFETCH(QString, verifyName);
    QFETCH(bool, startTls);
    QFETCH(int, expectedError);
    ImapTestClient client(kClientTimeoutMs);
    if (trustCa)
        client.setSslConfiguration(trustingConfiguration());
    client.setPeerVerifyName(verifyName);
    bool connected = false;
    if (startTls) {
        QVERIFY2(client.connectToServer(m_server.host(), m_server.imapPort(),
                                        ImapTestClient::Security::Plain),
                 qPrintable(client.errorString()));
        connected = client.startTls();
    } else {
        connected = client.connectToServer(m_server.host(), m_server.imapsPort(),
                                           ImapTestClient::Security::ImplicitTls);
    }
    QVERIFY(!connected);
    QVERIFY2(hasSslError(client.sslErrors(), QSslError::SslError(expectedError)),
             qPrintable(describe(client.sslErrors())));
    if (expectedError != int(QSslError::HostNameMismatch))
        QVERIFY(!hasSslError(client.sslErrors(), QSslError::HostNameMismatch));
}

void Tst_DovecotFixture::startTlsOnPlaintextPort()
{
    addUser(u"starttls"_s);
    ImapTestClient client(kClientTimeoutMs);
    client.setSslConfiguration(trustingConfiguration());
    client.setPeerVerifyName(u"imap.test"_s);
    QVERIFY2(client.connectToServer(m_server.host(), m_server.imapPort(),
                                    ImapTestClient::Security::Plain),
             qPrintable(client.errorString()));
    QVERIFY(!client.socket().isEncrypted());
    const std::optional<ImapTestClient::Reply> before = client.command("CAPABILITY");
    QVERIFY2(before && before->isOk(), qPrintable(client.errorString()));
    QVERIFY2(before->untagged.join(' ').contains(" STARTTLS"),
             before->untagged.join(' ').constData());

    QVERIFY2(client.startTls(), qPrintable(client.errorString()));
    QVERIFY(client.socket().isEncrypted());
    QVERIFY(client.sslErrors().isEmpty());
    const std::optional<ImapTestClient::Reply> after = client.command("CAPABILITY");
    QVERIFY2(after && after->isOk(), qPrintable(client.errorString()));
    // RFC 9051 6.2.1: the capability list changes after TLS; STARTTLS must not be offered again.
    QVERIFY(!after->untagged.join(' ').contains("STARTTLS"));
    QVERIFY2(client.login(u"starttls"_s, kPassword), qPrintable(client.errorString()));
}

void Tst_DovecotFixture::login_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("imaps");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("right-password-imaps") << u"login1"_s << kPassword << true << QByteArray("OK");
    QTest::newRow("right-password-plaintext")
        << u"login1"_s << kPassword << false << QByteArray("OK");
    QTest::newRow("wrong-password")
        << u"login1"_s << u"wrong"_s << true << QByteArray("NO [AUTHENTICATIONFAILED]");
    QTest::newRow("unknown-user") << u"nobody-here"_s << kPassword << true
                                  << QByteArray("NO [AUTHENTICATIONFAILED]");
    QTest::newRow("empty-password")
        << u"login1"_s << QString() << true << QByteArray("NO [AUTHENTICATIONFAILED]");
}

void Tst_DovecotFixture::login()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, imaps);
    QFETCH(QByteArray, expected);
    // Users are added while Dovecot runs: this also proves it re-reads the passwd-file.
    static bool added = false;
    if (!added) {
        addUser(u"login1"_s);
        added = true;
    }
    ImapTestClient client(kClientTimeoutMs);
    client.setSslConfiguration(trustingConfiguration());
    client.setPeerVerifyName(u"imap.test"_s);
    QVERIFY2(client.connectToServer(
                 m_server.host(), imaps ? m_server.imapsPort() : m_server.imapPort(),
                 imaps ? ImapTestClient::Security::ImplicitTls : ImapTestClient::Security::Plain),
             qPrintable(client.errorString()));
    const std::optional<ImapTestClient::Reply> reply = client.command(
        "LOGIN " + ImapTestClient::quoted(user) + ' ' + ImapTestClient::quoted(password));
    QVERIFY2(reply, qPrintable(client.errorString()));
    QVERIFY2(reply->tagged.startsWith(expected), reply->tagged.constData());
}

void Tst_DovecotFixture::createUserRejects_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty-name") << QString() << kPassword;
    QTest::newRow("colon-in-name") << u"a:b"_s << kPassword;
    QTest::newRow("slash-in-name") << u"../passwd"_s << kPassword;
    QTest::newRow("space-in-name") << u"a b"_s << kPassword;
    QTest::newRow("colon-in-password") << u"pw1"_s << u"x:y"_s;
    QTest::newRow("newline-in-password") << u"pw2"_s << u"x\ny"_s;
    QTest::newRow("existing-user") << u"dupe"_s << kPassword;
}

void Tst_DovecotFixture::createUserRejects()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    if (user == u"dupe"_s)
        QVERIFY(m_server.createUser(user, kPassword));
    QVERIFY(!m_server.createUser(user, password));
    QVERIFY(!m_server.errorString().isEmpty());
}

void Tst_DovecotFixture::appendGivesIncreasingUidsSeenOverImap()
{
    const QString user = u"append"_s;
    addUser(user);
    QList<quint32> uids;
    for (int i = 0; i < 3; ++i) {
        const std::optional<quint32> uid =
            m_server.appendMessage(user, u"INBOX"_s, message("append-" + QByteArray::number(i)),
                                   i == 2 ? QStringList {u"\\Seen"_s, u"$Work"_s} : QStringList());
        QVERIFY2(uid, qPrintable(m_server.errorString()));
        uids << *uid;
    }
    QVERIFY(uids.at(0) < uids.at(1) && uids.at(1) < uids.at(2));

    const auto client = session(user);
    QVERIFY(client);
    const std::optional<ImapTestClient::Reply> select = client->command("SELECT INBOX");
    QVERIFY2(select && select->isOk(), qPrintable(client->errorString()));
    QVERIFY(select->untagged.contains("* 3 EXISTS"));
    const std::optional<ImapTestClient::Reply> fetch = client->command("UID FETCH 1:* (UID FLAGS)");
    QVERIFY2(fetch && fetch->isOk(), qPrintable(client->errorString()));
    const QMap<quint32, QStringList> seen = uidFlags(fetch->untagged);
    QCOMPARE(seen.keys(), uids);
    QCOMPARE(seen.value(uids.at(0)), QStringList());
    QCOMPARE(seen.value(uids.at(2)), (QStringList {u"$Work"_s, u"\\Seen"_s}));
    const std::optional<ImapTestClient::Reply> body = client->command(
        "UID FETCH " + QByteArray::number(uids.at(1)) + " BODY.PEEK[HEADER.FIELDS (SUBJECT)]");
    QVERIFY2(body && body->isOk(), qPrintable(client->errorString()));
    QVERIFY(body->untagged.join().contains("Subject: append-1"));
}

void Tst_DovecotFixture::flagChangesSeenInFetch()
{
    const QString user = u"flags"_s;
    const QString mailbox = u"INBOX"_s;
    addUser(user);
    const std::optional<quint32> uid = m_server.appendMessage(user, mailbox, message("flags"));
    QVERIFY2(uid, qPrintable(m_server.errorString()));
    const auto client = session(user);
    QVERIFY(client);
    QVERIFY(client->command("SELECT INBOX").has_value());
    const QByteArray fetch = "UID FETCH " + QByteArray::number(*uid) + " (UID FLAGS)";
    auto flagsNow = [&]() -> QStringList {
        // NOOP first so the session notices changes made by doveadm.
        client->command("NOOP");
        const std::optional<ImapTestClient::Reply> reply = client->command(fetch);
        return reply ? uidFlags(reply->untagged).value(*uid, {u"<missing>"_s})
                     : QStringList {u"<error>"_s};
    };

    QVERIFY(m_server.setFlags(user, mailbox, *uid, {u"\\Seen"_s, u"\\Flagged"_s}));
    QCOMPARE(flagsNow(), (QStringList {u"\\Flagged"_s, u"\\Seen"_s}));
    QVERIFY(m_server.addFlags(user, mailbox, *uid, {u"\\Answered"_s, u"$Label1"_s}));
    QCOMPARE(flagsNow(),
             (QStringList {u"$Label1"_s, u"\\Answered"_s, u"\\Flagged"_s, u"\\Seen"_s}));
    QVERIFY(m_server.removeFlags(user, mailbox, *uid, {u"\\Seen"_s, u"$Label1"_s}));
    QCOMPARE(flagsNow(), (QStringList {u"\\Answered"_s, u"\\Flagged"_s}));
    QVERIFY(m_server.setFlags(user, mailbox, *uid, {u"\\Deleted"_s}));
    QCOMPARE(flagsNow(), QStringList {u"\\Deleted"_s});

    // Negative: a mailbox that does not exist is an error naming the command. (Dovecot 2.3.19's
    // `doveadm flags` even panics there: "assertion failed: (box->opened)".)
    QVERIFY(!m_server.setFlags(user, u"NoSuchBox"_s, *uid, {u"\\Seen"_s}));
    QVERIFY2(m_server.errorString().contains(u"NoSuchBox"_s), qPrintable(m_server.errorString()));
}

void Tst_DovecotFixture::expungeRemovesMessages()
{
    const QString user = u"expunge"_s;
    addUser(user);
    QList<quint32> uids;
    for (int i = 0; i < 4; ++i) {
        const std::optional<quint32> uid =
            m_server.appendMessage(user, u"INBOX"_s, message("expunge-" + QByteArray::number(i)));
        QVERIFY2(uid, qPrintable(m_server.errorString()));
        uids << *uid;
    }
    QVERIFY2(m_server.expunge(user, u"INBOX"_s, {uids.at(0), uids.at(2)}),
             qPrintable(m_server.errorString()));
    const auto client = session(user);
    QVERIFY(client);
    const std::optional<ImapTestClient::Reply> select = client->command("SELECT INBOX");
    QVERIFY(select && select->untagged.contains("* 2 EXISTS"));
    const std::optional<ImapTestClient::Reply> fetch = client->command("UID FETCH 1:* (UID FLAGS)");
    QVERIFY(fetch && fetch->isOk());
    QCOMPARE(uidFlags(fetch->untagged).keys(), (QList<quint32> {uids.at(1), uids.at(3)}));
}

void Tst_DovecotFixture::createdMailboxIsListed()
{
    const QString user = u"mailboxes"_s;
    addUser(user);
    QVERIFY2(m_server.createMailbox(user, u"Work"_s), qPrintable(m_server.errorString()));
    // Maildir++ with Dovecot's default namespace: the hierarchy separator is '.'.
    QVERIFY2(m_server.createMailbox(user, u"Work.Reports 2025"_s),
             qPrintable(m_server.errorString()));
    QVERIFY2(m_server.createMailbox(user, u"Entw\u00fcrfe"_s), qPrintable(m_server.errorString()));
    const std::optional<quint32> uid =
        m_server.appendMessage(user, u"Work.Reports 2025"_s, message("report"));
    QVERIFY2(uid, qPrintable(m_server.errorString()));
    QVERIFY(!m_server.createMailbox(user, u"Work"_s)); // exists already
    const auto client = session(user);
    QVERIFY(client);
    const std::optional<ImapTestClient::Reply> list = client->command("LIST \"\" \"*\"");
    QVERIFY(list && list->isOk());
    const QByteArray all = list->untagged.join('\n');
    QVERIFY2(all.contains("\"Work\"") || all.contains(" Work\n"), all.constData());
    QVERIFY2(all.contains("\".\" \"Work.Reports 2025\""), all.constData());
    // RFC 3501 5.1.3: modified UTF-7 on the wire.
    QVERIFY2(all.contains("Entw&APw-rfe"), all.constData());
    const std::optional<ImapTestClient::Reply> status =
        client->command("STATUS \"Work.Reports 2025\" (MESSAGES UIDNEXT)");
    QVERIFY(status && status->isOk());
    QVERIFY2(status->untagged.join().contains(
                 QByteArray("MESSAGES 1 UIDNEXT " + QByteArray::number(*uid + 1))),
             status->untagged.join().constData());
}

void Tst_DovecotFixture::changeUidValiditySeenBySelect()
{
    const QString user = u"uidvalidity"_s;
    addUser(user);
    QVERIFY(m_server.appendMessage(user, u"INBOX"_s, message("uidvalidity")));
    const std::optional<quint32> before = m_server.uidValidity(user, u"INBOX"_s);
    QVERIFY2(before, qPrintable(m_server.errorString()));
    {
        const auto client = session(user);
        QVERIFY(client);
        const std::optional<ImapTestClient::Reply> select = client->command("SELECT INBOX");
        QVERIFY(select && select->isOk());
        QCOMPARE(selectedUidValidity(*select), before);
    }
    const quint32 wanted = *before + 1000;
    QVERIFY2(m_server.changeUidValidity(user, u"INBOX"_s, wanted),
             qPrintable(m_server.errorString()));
    QCOMPARE(m_server.uidValidity(user, u"INBOX"_s), std::optional<quint32>(wanted));
    const auto client = session(user);
    QVERIFY(client);
    const std::optional<ImapTestClient::Reply> select = client->command("SELECT INBOX");
    QVERIFY(select && select->isOk());
    QCOMPARE(selectedUidValidity(*select), std::optional<quint32>(wanted));

    QVERIFY(!m_server.uidValidity(user, u"NoSuchBox"_s));
    QVERIFY(!m_server.errorString().isEmpty());
}

void Tst_DovecotFixture::idleSeesAppendsWithinSeconds()
{
    const QString user = u"idle"_s;
    addUser(user);
    const auto client = session(user);
    QVERIFY(client);
    const std::optional<ImapTestClient::Reply> select = client->command("SELECT INBOX");
    QVERIFY(select && select->untagged.contains("* 0 EXISTS"));
    QVERIFY2(client->idle(), qPrintable(client->errorString()));

    QList<qint64> fromStart;
    QList<qint64> fromReturn;
    for (int i = 1; i <= 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_server.appendMessage(user, u"INBOX"_s, message("idle-" + QByteArray::number(i))),
                 qPrintable(m_server.errorString()));
        const qint64 appended = timer.elapsed();
        const QByteArray expected = "* " + QByteArray::number(i) + " EXISTS";
        // Far below the 30 s mailbox_idle_check_interval: only inotify can be this quick.
        const std::optional<QByteArray> line = client->waitForUntagged(expected, 10000);
        QVERIFY2(line, qPrintable(client->errorString()));
        fromStart << timer.elapsed();
        fromReturn << timer.elapsed() - appended;
    }
    QStringList all;
    for (qint64 ms : std::as_const(fromStart))
        all << QString::number(ms);
    qInfo("IDLE push latency over 5 appends: median %lld ms from the start of appendMessage, "
          "%lld ms after it returned (each from start: %s ms)",
          median(fromStart), median(fromReturn), qPrintable(all.join(u", "_s)));
    const std::optional<ImapTestClient::Reply> done = client->done();
    QVERIFY2(done && done->isOk(), qPrintable(client->errorString()));
}

void Tst_DovecotFixture::idleSeesExpunge()
{
    const QString user = u"idleexpunge"_s;
    addUser(user);
    const std::optional<quint32> first = m_server.appendMessage(user, u"INBOX"_s, message("keep"));
    const std::optional<quint32> second = m_server.appendMessage(user, u"INBOX"_s, message("drop"));
    QVERIFY(first && second);
    const auto client = session(user);
    QVERIFY(client);
    QVERIFY(client->command("SELECT INBOX").has_value());
    QVERIFY(client->idle());
    QVERIFY(m_server.setFlags(user, u"INBOX"_s, *first, {u"\\Flagged"_s}));
    const std::optional<QByteArray> fetch = client->waitForUntagged("* 1 FETCH", 10000);
    QVERIFY2(fetch && fetch->contains("\\Flagged"), qPrintable(client->errorString()));
    QVERIFY(m_server.expunge(user, u"INBOX"_s, {*second}));
    QVERIFY2(client->waitForUntagged("* 2 EXPUNGE", 10000), qPrintable(client->errorString()));
    QVERIFY(client->done().has_value());
}

void Tst_DovecotFixture::medianStartupTime()
{
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        DovecotFixture server;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        times << timer.elapsed();
        QVERIFY(server.imapsPort() != m_server.imapsPort());
        QVERIFY(server.instanceName() != m_server.instanceName());
    }
    qInfo("fixture start() (certificates + config + Dovecot ready on both ports): median %lld ms, "
          "min %lld ms, max %lld ms over %lld starts",
          median(times), *std::min_element(times.cbegin(), times.cend()),
          *std::max_element(times.cbegin(), times.cend()), qint64(times.size()));
    QVERIFY(median(times) < 10000);
}

void Tst_DovecotFixture::restartKeepsMailPortsAndCertificate()
{
    DovecotFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createUser(u"restart"_s, kPassword));
    const std::optional<quint32> uid =
        server.appendMessage(u"restart"_s, u"INBOX"_s, message("kept"));
    QVERIFY2(uid, qPrintable(server.errorString()));
    const quint16 imap = server.imapPort();
    const quint16 imaps = server.imapsPort();
    const QByteArray fingerprint = server.serverCertificateSha256();
    const qint64 oldPid = server.masterPid();

    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QVERIFY(!processExists(oldPid));
    QVERIFY(server.masterPid() != oldPid);
    QCOMPARE(server.imapPort(), imap);
    QCOMPARE(server.imapsPort(), imaps);
    QCOMPARE(server.serverCertificateSha256(), fingerprint);

    ImapTestClient client(kClientTimeoutMs);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({server.caCertificate()});
    client.setSslConfiguration(configuration);
    client.setPeerVerifyName(u"imap.test"_s);
    QVERIFY2(client.connectToServer(server.host(), imaps, ImapTestClient::Security::ImplicitTls),
             qPrintable(client.errorString()));
    QCOMPARE(client.socket().peerCertificate().digest(QCryptographicHash::Sha256), fingerprint);
    QVERIFY2(client.login(u"restart"_s, kPassword), qPrintable(client.errorString()));
    const std::optional<ImapTestClient::Reply> fetch = client.command("EXAMINE INBOX").has_value()
        ? client.command("UID FETCH 1:* (UID)")
        : std::nullopt;
    QVERIFY(fetch && fetch->isOk());
    QCOMPARE(uidFlags(fetch->untagged).keys(), QList<quint32> {*uid});
}

void Tst_DovecotFixture::stopLeavesNoProcess()
{
    DovecotFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const qint64 pid = server.masterPid();
    QVERIFY(processExists(pid));
    QVERIFY(server.instanceProcesses().contains(pid));
    QVERIFY2(server.instanceProcesses().size() > 1, "expected the master's children too");
    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    QVERIFY(!server.isRunning());
    QVERIFY(!processExists(pid));
    QCOMPARE(server.instanceProcesses(), QList<qint64>());
    QVERIFY(server.stop()); // idempotent
    QTcpServer probe;
    QVERIFY2(probe.listen(QHostAddress::LocalHost, server.imapsPort()), "imaps port still taken");
}

void Tst_DovecotFixture::destructorStopsServer()
{
    QString instance;
    QString config;
    qint64 pid = 0;
    {
        DovecotFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        instance = server.instanceName();
        config = server.configPath();
        pid = server.masterPid();
        QVERIFY(processExists(pid));
    }
    QVERIFY(!processExists(pid));
    QCOMPARE(DovecotFixture::findInstanceProcesses(instance, config), QList<qint64>());
}

void Tst_DovecotFixture::startFailureNamesTheCauseAndLog()
{
    DovecotFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.stop());
    // Someone else takes the plaintext port while the server is down: restart must fail clearly.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, server.imapPort()));
    QVERIFY(!server.restart());
    const QString error = server.errorString();
    QVERIFY2(error.contains(u"Address already in use"_s), qPrintable(error));
    QVERIFY2(error.contains(server.logFilePath()), qPrintable(error));
    QVERIFY(!server.isRunning());
    QCOMPARE(server.instanceProcesses(), QList<qint64>());
    squatter.close();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
}

void Tst_DovecotFixture::serverDiesWhenParentIsKilled()
{
    QProcess child;
    child.setProgram(QStringLiteral(MAILBELL_CRASHCHILD_PATH));
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(15000))
        line += child.readAllStandardOutput();
    const QList<QByteArray> fields = line.trimmed().split('\t');
    QVERIFY2(fields.size() == 5 && fields.first() == "READY",
             QByteArray(line + child.readAllStandardError()).constData());
    const QString directory = QString::fromLocal8Bit(fields.at(1));
    const QString config = QString::fromLocal8Bit(fields.at(2));
    const QString instance = QString::fromLocal8Bit(fields.at(3));
    const qint64 master = fields.at(4).toLongLong();
    QVERIFY(processExists(master));
    QVERIFY(DovecotFixture::findInstanceProcesses(instance, config).size() > 1);

    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QElapsedTimer timer;
    timer.start();
    QList<qint64> left = DovecotFixture::findInstanceProcesses(instance, config);
    while (!left.isEmpty() && timer.elapsed() < 10000) {
        QTest::qWait(20);
        left = DovecotFixture::findInstanceProcesses(instance, config);
    }
    qInfo("all Dovecot processes of the killed parent were gone %lld ms after SIGKILL",
          timer.elapsed());
    QVERIFY2(left.isEmpty(), qPrintable(u"still running: %1"_s.arg(left.size())));
    QVERIFY(!processExists(master));
    // The killed child could not remove its temporary folder.
    QVERIFY(directory.contains(u"mailbell-dovecot-"_s));
    QVERIFY(QDir(directory).removeRecursively());
}

QTEST_GUILESS_MAIN(Tst_DovecotFixture)
#include "tst_dovecotfixture.moc"
