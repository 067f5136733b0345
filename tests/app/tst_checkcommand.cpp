// `mailbell check`: the option parser (unit rows), then the real built binary run with QProcess
// against the private Dovecot: counts and exit codes, several folders, the error kinds on
// standard error (auth with the server's text, untrusted CA with the SHA-256 fingerprint,
// refused), bad options, a failing password command, and the protocol log; the reason of a
// refused certificate and what a protocol error did not understand, in the words `mailbell
// watch` prints too. The password command's own rows are in tests/app/credentials.
#include "accountoptions.h"
#include "certificatecases.h"
#include "dovecotfixture.h"
#include "headlessrun.h"
#include "tlslineserver.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;

namespace {

const QString kPassword = u"s3cret-check"_s;
const QString kPasswordCommand = u"/bin/echo "_s + kPassword;
constexpr int kRunMs = 60000;

using Run = HeadlessRun::Finished;

// The built binary, or the installed one when MAILBELL_BINARY names it (CI's package step).
QString mailbellBinary()
{
    const QString installed = qEnvironmentVariable("MAILBELL_BINARY");
    return installed.isEmpty() ? QStringLiteral(MAILBELL_BINARY) : installed;
}

Run runBinary(const QStringList &arguments)
{
    return HeadlessRun::runToEnd(mailbellBinary(), arguments, kRunMs);
}

QByteArray message(const QByteArray &subject)
{
    return "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject
        + "\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <" + subject
        + "@example.org>\r\n\r\nHello.\r\n";
}

AccountOptions::Result parseOptions(const QStringList &options)
{
    QCommandLineParser parser;
    AccountOptions::addTo(parser);
    if (!parser.parse(QStringList {u"mailbell"_s} + options)) {
        AccountOptions::Result result;
        result.error = parser.errorText();
        return result;
    }
    return AccountOptions::parse(parser);
}

} // namespace

class Tst_CheckCommand : public QObject
{
    Q_OBJECT

private:
    QStringList accountArguments(const QString &user, bool trustCa = true) const;

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    // Bound but never listening: connections to its port are refused, and while it stays
    // bound no parallel test can start listening there.
    QTcpSocket m_refusingPort;

private slots:
    void initTestCase();
    void cleanupTestCase();

    void accountOptions_data();
    void accountOptions();
    void nothingUnseen();
    void unseenMail();
    void twoFolders();
    void nonAsciiFolder();
    void errors_data();
    void errors();
    void untrustedCaShowsFingerprint();
    void pinFromTheAdviceConnects();
    void pinForms_data();
    void pinForms();
    void accountFromAccountsFile();
    void accountErrors_data();
    void accountErrors();
    void securityMismatchNamesTheOption_data();
    void securityMismatchNamesTheOption();
    void sameWordsAsWatch_data();
    void sameWordsAsWatch();
    void protocolLogHasNoPassword();
    void startTls();
    void helpAndDispatch_data();
    void helpAndDispatch();
};

QStringList Tst_CheckCommand::accountArguments(const QString &user, bool trustCa) const
{
    QStringList arguments {u"check"_s,
                           u"--host"_s,
                           u"imap.test"_s,
                           u"--connect-address"_s,
                           m_server.host(),
                           u"--port"_s,
                           QString::number(m_server.imapsPort()),
                           u"--user"_s,
                           user,
                           u"--password-command"_s,
                           kPasswordCommand};
    if (trustCa)
        arguments << u"--cafile"_s << m_server.caCertificatePath();
    return arguments;
}

void Tst_CheckCommand::initTestCase()
{
    QVERIFY(QFile::exists(mailbellBinary()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_refusingPort.bind(QHostAddress::LocalHost, 0));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &user :
         {u"check-empty"_s, u"check-unseen"_s, u"check-two"_s, u"check-wrong"_s, u"check-ca"_s,
          u"check-log"_s, u"check-starttls"_s, u"check-utf"_s, u"check-pin"_s, u"check-account"_s,
          u"check-port"_s}) {
        QVERIFY2(m_server.createUser(user, kPassword), qPrintable(m_server.errorString()));
    }
}

void Tst_CheckCommand::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void Tst_CheckCommand::accountOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error"); // substring of the error; empty for success
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("connectAddress");

    const QStringList base {u"--host"_s, u"imap.example.org"_s,   u"--user"_s,
                            u"bob"_s,    u"--password-command"_s, u"pass show mail"_s};
    const int tls = int(AccountConfig::Security::Tls);
    const int starttls = int(AccountConfig::Security::StartTls);
    const int plain = int(AccountConfig::Security::Plain);
    QTest::newRow("defaults-tls-993-inbox")
        << base << QString() << tls << 993 << QStringList {u"INBOX"_s} << QString();
    QTest::newRow("starttls-default-port-143")
        << base + QStringList {u"--security"_s, u"starttls"_s} << QString() << starttls << 143
        << QStringList {u"INBOX"_s} << QString();
    QTest::newRow("plain-explicit-port")
        << base + QStringList {u"--security"_s, u"plain"_s, u"--port"_s, u"1143"_s} << QString()
        << plain << 1143 << QStringList {u"INBOX"_s} << QString();
    QTest::newRow("folders-repeatable-deduplicated")
        << base + QStringList {u"--folder"_s, u"INBOX"_s,    u"--folder"_s,
                               u"Lists/Qt"_s, u"--folder"_s, u"INBOX"_s}
        << QString() << tls << 993 << QStringList {u"INBOX"_s, u"Lists/Qt"_s} << QString();
    QTest::newRow("connect-address")
        << base + QStringList {u"--connect-address"_s, u"127.0.0.1"_s} << QString() << tls << 993
        << QStringList {u"INBOX"_s} << u"127.0.0.1"_s;

    QTest::newRow("neg-missing-host")
        << QStringList {u"--user"_s, u"bob"_s, u"--password-command"_s, u"x"_s}
        << u"--host is required"_s << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-missing-user")
        << QStringList {u"--host"_s, u"h"_s, u"--password-command"_s, u"x"_s}
        << u"--user is required"_s << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-missing-password-command")
        << QStringList {u"--host"_s, u"h"_s, u"--user"_s, u"bob"_s}
        << u"--password-command is required"_s << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-security-bogus")
        << base + QStringList {u"--security"_s, u"bogus"_s}
        << u"--security must be tls, starttls or plain, not \"bogus\""_s << tls << 0
        << QStringList() << QString();
    QTest::newRow("neg-security-uppercase")
        << base + QStringList {u"--security"_s, u"TLS"_s} << u"--security must be"_s << tls << 0
        << QStringList() << QString();
    QTest::newRow("neg-port-99999") << base + QStringList {u"--port"_s, u"99999"_s}
                                    << u"--port must be a number from 1 to 65535, not \"99999\""_s
                                    << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-port-zero") << base + QStringList {u"--port"_s, u"0"_s}
                                   << u"--port must be"_s << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-port-not-a-number")
        << base + QStringList {u"--port"_s, u"imaps"_s} << u"--port must be"_s << tls << 0
        << QStringList() << QString();
    QTest::newRow("neg-port-negative")
        << base + QStringList {u"--port"_s, u"-1"_s} << u"--port must be"_s << tls << 0
        << QStringList() << QString();
    QTest::newRow("neg-empty-folder")
        << base + QStringList {u"--folder"_s, QString()} << u"--folder needs"_s << tls << 0
        << QStringList() << QString();
    QTest::newRow("neg-cafile-missing")
        << base + QStringList {u"--cafile"_s, u"/nonexistent/ca.pem"_s}
        << u"--cafile: cannot read \"/nonexistent/ca.pem\""_s << tls << 0 << QStringList()
        << QString();
    QTest::newRow("neg-cafile-not-pem")
        << base + QStringList {u"--cafile"_s, u"/etc/hostname"_s} << u"holds no PEM certificate"_s
        << tls << 0 << QStringList() << QString();
    QTest::newRow("neg-password-option-not-offered")
        << base + QStringList {u"--password"_s, u"x"_s} << u"Unknown option 'password'"_s << tls
        << 0 << QStringList() << QString();
}

void Tst_CheckCommand::accountOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, error);
    QFETCH(int, security);
    QFETCH(int, port);
    QFETCH(QStringList, folders);
    QFETCH(QString, connectAddress);

    const AccountOptions::Result result = parseOptions(options);
    if (!error.isEmpty()) {
        QVERIFY2(!result.isOk(), "accepted");
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.config().host, u"imap.example.org"_s);
    QCOMPARE(result.config().user, u"bob"_s);
    QCOMPARE(int(result.config().security), security);
    QCOMPARE(int(result.config().port), port);
    QCOMPARE(result.account.spec.folders, folders);
    QCOMPARE(result.config().connectAddress, connectAddress);
    QCOMPARE(result.account.passwordCommand, u"pass show mail"_s);
}

void Tst_CheckCommand::nothingUnseen()
{
    QVERIFY(m_server.appendMessage(u"check-empty"_s, u"INBOX"_s, message("read"), {u"\\Seen"_s}));
    const Run run = runBinary(accountArguments(u"check-empty"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("check-empty@imap.test/INBOX: 0 unseen of 1\n"));
    QCOMPARE(run.err, QByteArray());
}

void Tst_CheckCommand::unseenMail()
{
    const Run before = runBinary(accountArguments(u"check-unseen"_s));
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QCOMPARE(before.out, QByteArray("check-unseen@imap.test/INBOX: 0 unseen of 0\n"));

    QVERIFY(m_server.appendMessage(u"check-unseen"_s, u"INBOX"_s, message("new-1")));
    QVERIFY(m_server.appendMessage(u"check-unseen"_s, u"INBOX"_s, message("new-2")));
    QVERIFY(m_server.appendMessage(u"check-unseen"_s, u"INBOX"_s, message("old"), {u"\\Seen"_s}));
    const Run after = runBinary(accountArguments(u"check-unseen"_s));
    QVERIFY2(after.exitCode == 1, after.err.constData());
    QCOMPARE(after.out, QByteArray("check-unseen@imap.test/INBOX: 2 unseen of 3\n"));
    QCOMPARE(after.err, QByteArray());

    // check looks with STATUS only: it must not have marked anything read.
    const Run again = runBinary(accountArguments(u"check-unseen"_s));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, after.out);
}

void Tst_CheckCommand::twoFolders()
{
    QVERIFY(m_server.createMailbox(u"check-two"_s, u"Lists"_s));
    QVERIFY(m_server.appendMessage(u"check-two"_s, u"Lists"_s, message("list-1")));
    QVERIFY(m_server.appendMessage(u"check-two"_s, u"INBOX"_s, message("in-1"), {u"\\Seen"_s}));
    const Run run = runBinary(accountArguments(u"check-two"_s)
                              << u"--folder"_s << u"INBOX"_s << u"--folder"_s << u"Lists"_s);
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QCOMPARE(run.out,
             QByteArray("check-two@imap.test/INBOX: 0 unseen of 1\n"
                        "check-two@imap.test/Lists: 1 unseen of 1\n"));

    // A folder that does not exist is an error (exit 2) naming it, with the server's text; the
    // folders that worked are still printed.
    const Run missing = runBinary(accountArguments(u"check-two"_s)
                                  << u"--folder"_s << u"INBOX"_s << u"--folder"_s << u"Nope"_s);
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.out, QByteArray("check-two@imap.test/INBOX: 0 unseen of 1\n"));
    QVERIFY2(missing.err.contains("\"Nope\"") && missing.err.contains("the server said"),
             missing.err.constData());
}

void Tst_CheckCommand::nonAsciiFolder()
{
    // RFC 3501 5.1.3: sent as modified UTF-7 ("Entw&APw-rfe"); the STATUS reply names it so too.
    QVERIFY2(m_server.createMailbox(u"check-utf"_s, u"Entwürfe"_s),
             qPrintable(m_server.errorString()));
    QVERIFY(m_server.appendMessage(u"check-utf"_s, u"Entwürfe"_s, message("draft")));
    const Run run = runBinary(accountArguments(u"check-utf"_s) << u"--folder"_s << u"Entwürfe"_s);
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), u"check-utf@imap.test/Entwürfe: 1 unseen of 1\n"_s);
}

void Tst_CheckCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("stderrContains");

    const QString closedPort = QString::number(m_refusingPort.localPort());

    const QStringList ok = accountArguments(u"check-wrong"_s);
    QTest::newRow("wrong-password-auth-failed-with-server-text")
        << (accountArguments(u"check-wrong"_s).mid(0, 10)
            << u"/bin/echo not-it"_s << u"--cafile"_s << m_server.caCertificatePath())
        << QStringList {u"authentication failed"_s, u"Authentication failed."_s};
    QTest::newRow("refused") << QStringList {u"check"_s,      u"--host"_s,
                                             u"127.0.0.1"_s,  u"--port"_s,
                                             closedPort,      u"--user"_s,
                                             u"u"_s,          u"--password-command"_s,
                                             kPasswordCommand}
                             << QStringList {u"connection refused"_s, u"refused the connection"_s,
                                             closedPort};
    QTest::newRow("host-not-found")
        << QStringList {u"check"_s,      u"--host"_s, u"mailbell-test.invalid"_s,
                        u"--user"_s,     u"u"_s,      u"--password-command"_s,
                        kPasswordCommand}
        << QStringList {u"host not found"_s, u"mailbell-test.invalid"_s};
    QTest::newRow("security-bogus") << (QStringList(ok) << u"--security"_s << u"bogus"_s)
                                    << QStringList {u"--security must be tls, starttls or plain"_s};
    QTest::newRow("port-99999") << (QStringList(ok) << u"--port"_s << u"99999"_s)
                                << QStringList {u"--port must be a number from 1 to 65535"_s};
    QTest::newRow("missing-host") << QStringList {u"check"_s, u"--user"_s, u"u"_s,
                                                  u"--password-command"_s, kPasswordCommand}
                                  << QStringList {u"--host is required"_s};
    QTest::newRow("unknown-option")
        << (QStringList(ok) << u"--frobnicate"_s) << QStringList {u"Unknown option 'frobnicate'"_s};
    QTest::newRow("password-command-fails")
        << (accountArguments(u"check-wrong"_s).mid(0, 10) << u"/bin/false"_s)
        << QStringList {u"password command"_s, u"exit code 1"_s};
    QTest::newRow("password-command-missing")
        << (accountArguments(u"check-wrong"_s).mid(0, 10) << u"/nonexistent/pass"_s)
        << QStringList {u"could not be started"_s};
}

void Tst_CheckCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, stderrContains);
    const Run run = runBinary(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    for (const QString &text : std::as_const(stderrContains))
        QVERIFY2(err.contains(text), qPrintable(u"missing \""_s + text + u"\" in: "_s + err));
    QVERIFY(!err.contains(kPassword));
}

void Tst_CheckCommand::untrustedCaShowsFingerprint()
{
    const Run run = runBinary(accountArguments(u"check-ca"_s, false));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const QByteArray fingerprint = m_server.serverCertificateSha256().toHex(':').toUpper();
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY2(run.err.contains("TLS certificate not trusted"), run.err.constData());
    QVERIFY2(run.err.contains(QByteArray(QByteArray("SHA-256 fingerprint: ") + fingerprint)),
             run.err.constData());
}

namespace {

// The lines of standard error after "mailbell check: ".
QStringList adviceLines(const QByteArray &err)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts))
        lines.append(line.startsWith(u"mailbell check: "_s) ? line.mid(16) : line);
    return lines;
}

QString writeAccountsFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

} // namespace

void Tst_CheckCommand::pinFromTheAdviceConnects()
{
    // Without the per-run CA: the reason, the fingerprint and the exact option to trust it.
    const Run refused = runBinary(accountArguments(u"check-pin"_s, false));
    QCOMPARE(refused.exitCode, 2);
    const QString fingerprint =
        QString::fromLatin1(m_server.serverCertificateSha256().toHex(':').toUpper());
    const QStringList lines = adviceLines(refused.err);
    QVERIFY2(lines.size() >= 3, refused.err.constData());
    QCOMPARE(lines.at(0),
             u"TLS certificate not trusted: the server's certificate was issued by an authority "
             "this computer does not know; SHA-256 fingerprint: "_s
                 + fingerprint);
    QVERIFY2(lines.at(1).contains(u"compare its fingerprint"_s), refused.err.constData());
    const QString option = lines.at(2).trimmed();
    QCOMPARE(option, u"--pin-sha256 "_s + fingerprint);
    // Not an account of the accounts file: no accounts.conf line to suggest.
    QVERIFY2(!refused.err.contains("pinned-sha256"), refused.err.constData());

    // The same run with the option pasted from the advice succeeds.
    const Run pinned = runBinary(accountArguments(u"check-pin"_s, false)
                                 << option.split(u' ', Qt::SkipEmptyParts));
    QVERIFY2(pinned.exitCode == 0, pinned.err.constData());
    QCOMPARE(pinned.out, QByteArray("check-pin@imap.test/INBOX: 0 unseen of 0\n"));
    QCOMPARE(pinned.err, QByteArray());
}

void Tst_CheckCommand::pinForms_data()
{
    QTest::addColumn<QString>("form"); // %1: the fingerprint's 64 hex digits, upper case
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrContains");

    QTest::newRow("colons-upper") << u"colons"_s << 0 << QByteArray();
    QTest::newRow("plain-lower") << u"lower"_s << 0 << QByteArray();
    QTest::newRow("colons-lower") << u"colons-lower"_s << 0 << QByteArray();
    QTest::newRow("neg-other-certificate")
        << u"other"_s << 2
        << QByteArray("TLS certificate changed: the server's certificate changed since you "
                      "trusted it");
    QTest::newRow("neg-too-short")
        << u"short"_s << 2 << QByteArray("--pin-sha256 must be a SHA-256 fingerprint");
    QTest::newRow("neg-not-hex") << u"not-hex"_s << 2
                                 << QByteArray("--pin-sha256 must be a SHA-256 fingerprint");
}

void Tst_CheckCommand::pinForms()
{
    QFETCH(QString, form);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrContains);
    const QByteArray sha256 = m_server.serverCertificateSha256();
    QString pin;
    if (form == "colons"_L1)
        pin = QString::fromLatin1(sha256.toHex(':').toUpper());
    else if (form == "lower"_L1)
        pin = QString::fromLatin1(sha256.toHex());
    else if (form == "colons-lower"_L1)
        pin = QString::fromLatin1(sha256.toHex(':'));
    else if (form == "other"_L1)
        pin = QString(64, u'a');
    else if (form == "short"_L1)
        pin = QString::fromLatin1(sha256.left(31).toHex());
    else
        pin = QString(64, u'g');
    const Run run = runBinary(accountArguments(u"check-pin"_s, false) << u"--pin-sha256"_s << pin);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(run.err.contains(stderrContains), run.err.constData());
    if (exitCode == 0)
        QCOMPARE(run.out, QByteArray("check-pin@imap.test/INBOX: 0 unseen of 0\n"));
}

void Tst_CheckCommand::accountFromAccountsFile()
{
    QVERIFY(m_server.createMailbox(u"check-account"_s, u"Lists"_s));
    QVERIFY(m_server.appendMessage(u"check-account"_s, u"Lists"_s, message("list")));
    const QByteArray account = "[work]\nname = Work\nhost = imap.test\nconnect-address = "
        + m_server.host().toUtf8() + "\nport = " + QByteArray::number(m_server.imapsPort())
        + "\nuser = check-account\npassword-command = " + kPasswordCommand.toUtf8() + "\n";
    const QByteArray pinLine =
        "pinned-sha256 = " + m_server.serverCertificateSha256().toHex(':').toUpper() + "\n";

    // The tray app's file, in the default place: --account alone is enough, the pin included.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u"config/mailbell"_s));
    QVERIFY(!writeAccountsFile(home, u"config/mailbell/accounts.conf"_s,
                               "[other]\nhost = other.test\nuser = x\npassword-command = x\n\n"
                                   + account + pinLine)
                 .isEmpty());
    QProcessEnvironment environment = HeadlessRun::environment();
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    const Run run = HeadlessRun::runToEnd(mailbellBinary(), {u"check"_s, u"--account"_s, u"work"_s},
                                          kRunMs, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("Work/INBOX: 0 unseen of 0\n"));
    QCOMPARE(run.err, QByteArray());

    // Its name = value picks it too; options given explicitly override the account's values.
    const Run lists = HeadlessRun::runToEnd(
        mailbellBinary(), {u"check"_s, u"--account"_s, u"Work"_s, u"--folder"_s, u"Lists"_s},
        kRunMs, environment);
    QVERIFY2(lists.exitCode == 1, lists.err.constData());
    QCOMPARE(lists.out, QByteArray("Work/Lists: 1 unseen of 1\n"));

    // Without the pin: the advice names both the option and the accounts file's line.
    const QString unpinned = writeAccountsFile(m_dir, u"unpinned.conf"_s, account);
    QVERIFY(!unpinned.isEmpty());
    const Run refused = runBinary({u"check"_s, u"--account"_s, u"work"_s, u"--config"_s, unpinned});
    QCOMPARE(refused.exitCode, 2);
    const QString fingerprint =
        QString::fromLatin1(m_server.serverCertificateSha256().toHex(':').toUpper());
    const QStringList lines = adviceLines(refused.err);
    QVERIFY2(lines.contains(u"  --pin-sha256 "_s + fingerprint), refused.err.constData());
    QVERIFY2(lines.contains(u"  pinned-sha256 = "_s + fingerprint), refused.err.constData());
    QVERIFY2(refused.err.contains("[work]"), refused.err.constData());
    const Run overridden = runBinary({u"check"_s, u"--account"_s, u"work"_s, u"--config"_s,
                                      unpinned, u"--pin-sha256"_s, fingerprint});
    QVERIFY2(overridden.exitCode == 0, overridden.err.constData());
}

void Tst_CheckCommand::accountErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "check"; %1: the accounts file
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("unknown-name-lists-known-ones")
        << QStringList {u"--account"_s, u"wrok"_s, u"--config"_s, u"%1"_s}
        << u"--account: no account \"wrok\" in %1; its accounts are: home, work."_s;
    QTest::newRow("missing-file")
        << QStringList {u"--account"_s, u"work"_s, u"--config"_s, u"/nonexistent/accounts.conf"_s}
        << u"the accounts file /nonexistent/accounts.conf does not exist"_s;
    QTest::newRow("two-accounts") << QStringList {u"--account"_s, u"work"_s,     u"--account"_s,
                                                  u"home"_s,      u"--config"_s, u"%1"_s}
                                  << u"give one --account"_s;
    QTest::newRow("config-without-account")
        << QStringList {u"--config"_s, u"%1"_s} << u"--config names the accounts file"_s;
    QTest::newRow("bad-override") << QStringList {u"--account"_s, u"work"_s,   u"--config"_s,
                                                  u"%1"_s,        u"--port"_s, u"0"_s}
                                  << u"--port must be a number from 1 to 65535"_s;
}

void Tst_CheckCommand::accountErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const QString path =
        writeAccountsFile(m_dir, u"two-accounts.conf"_s,
                          "[home]\nhost = h.test\nuser = a\npassword-command = x\n"
                          "[work]\nhost = w.test\nuser = b\npassword-command = x\n");
    QVERIFY(!path.isEmpty());
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, path);
    const Run run = runBinary(QStringList {u"check"_s} + arguments);
    QCOMPARE(run.exitCode, 2); // a usage error
    QCOMPARE(run.out, QByteArray());
    const QString wanted = QString(stderrContains).replace(u"%1"_s, path);
    QVERIFY2(QString::fromUtf8(run.err).contains(wanted), run.err.constData());
}

void Tst_CheckCommand::securityMismatchNamesTheOption_data()
{
    QTest::addColumn<bool>("tlsPort"); // the fixture's imapsPort, else its plain imapPort
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("advice"); // %1: the port

    QTest::newRow("tls-to-plain-port")
        << false << u"tls"_s << u"Port %1 speaks plain IMAP; use --security starttls"_s;
    QTest::newRow("starttls-to-tls-port")
        << true << u"starttls"_s << u"Port %1 speaks TLS (implicit TLS); use --security tls"_s;
    QTest::newRow("plain-to-tls-port")
        << true << u"plain"_s << u"Port %1 speaks TLS (implicit TLS); use --security tls"_s;
}

void Tst_CheckCommand::securityMismatchNamesTheOption()
{
    QFETCH(bool, tlsPort);
    QFETCH(QString, security);
    QFETCH(QString, advice);
    const QString port = QString::number(tlsPort ? m_server.imapsPort() : m_server.imapPort());
    QStringList arguments = accountArguments(u"check-port"_s);
    arguments[6] = port;
    arguments << u"--security"_s << security;
    QElapsedTimer timer;
    timer.start();
    const Run run = runBinary(arguments);
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = adviceLines(run.err);
    QVERIFY2(lines.size() == 2, run.err.constData());
    QVERIFY2(lines.at(0).startsWith(u"TLS failed: "_s), run.err.constData());
    QCOMPARE(lines.at(1), advice.arg(port));
    // Well before the 30-second greeting timeout: a silent TLS port is recognised by a probe.
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));

    // The option it names works.
    arguments.last() = tlsPort ? u"tls"_s : u"starttls"_s;
    const Run fixed = runBinary(arguments);
    QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
}

void Tst_CheckCommand::sameWordsAsWatch_data()
{
    QTest::addColumn<int>("which"); // CertificateCases::Case; -1: plain TCP
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QString>("start"); // of the line after "mailbell check: "
    QTest::addColumn<QString>("end");

    QTest::newRow("expired") << int(CertificateCases::Case::Expired) << QByteArray("* OK hi\r\n")
                             << u"TLS certificate not trusted: the server's certificate has "
                                "expired; SHA-256 fingerprint: "_s
                             << QString();
    QTest::newRow("host-mismatch")
        << int(CertificateCases::Case::WrongName) << QByteArray("* OK hi\r\n")
        << u"TLS certificate not trusted: the server's certificate is for another server name "
           "(host name mismatch); SHA-256 fingerprint: "_s
        << QString();
    QTest::newRow("protocol-error")
        << -1 << QByteArray("* 1 FETCH (UID 1) \x1b[31mextra\r\n")
        << u"protocol error: the server sent a response Mailbell did not understand (untagged "
           "FETCH) ("_s
        << u" at byte 18; the server sent: * 1 FETCH (UID 1) \\x1b[31mextra"_s;
}

void Tst_CheckCommand::sameWordsAsWatch()
{
    QFETCH(int, which);
    QFETCH(QByteArray, send);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QString directory = m_dir.filePath(u"certificates"_s);
    CertificateCases certificates;
    QVERIFY(QDir().mkpath(directory));
    QVERIFY2(certificates.generate(directory), qPrintable(certificates.errorString()));
    const auto certificate = CertificateCases::Case(which);
    TlsLineServer server;
    QVERIFY2(which < 0 ? server.listen({}, {}, send)
                       : server.listen(certificates.certificatePath(certificate),
                                       certificates.keyPath(), send),
             qPrintable(server.errorString()));
    QStringList arguments {u"check"_s,
                           u"--host"_s,
                           u"imap.test"_s,
                           u"--connect-address"_s,
                           u"127.0.0.1"_s,
                           u"--port"_s,
                           QString::number(server.port()),
                           u"--user"_s,
                           u"alice"_s,
                           u"--password-command"_s,
                           kPasswordCommand};
    if (which < 0)
        arguments << u"--security"_s << u"plain"_s;
    else
        arguments << u"--cafile"_s << certificates.caCertificatePath();
    const Run run = runBinary(arguments);
    QCOMPARE(run.exitCode, 2);
    // The first line says what went wrong; advice may follow on lines of its own.
    QString line = QString::fromUtf8(run.err).section(u'\n', 0, 0);
    QVERIFY2(line.startsWith(u"mailbell check: "_s), qPrintable(line));
    line.remove(0, 16);
    const QString wanted = end.isEmpty()
        ? start + QString::fromLatin1(certificates.sha256(certificate).toHex(':').toUpper())
        : QString();
    if (end.isEmpty())
        QCOMPARE(line, wanted);
    else
        QVERIFY2(line.startsWith(start) && line.endsWith(end), qPrintable(line));
}

void Tst_CheckCommand::protocolLogHasNoPassword()
{
    const QString logPath = m_dir.filePath(u"protocol.log"_s);
    const Run run = runBinary(accountArguments(u"check-log"_s) << u"--protocol-log"_s << logPath);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(logPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QVERIFY2(log.contains("STATUS INBOX (MESSAGES UNSEEN)"), log.constData());
    QVERIFY2(log.contains("LOGOUT"), log.constData());
    QVERIFY(!log.contains(kPassword.toUtf8()));
    QVERIFY(!log.contains(
        QByteArray(QByteArray(1, '\0') + "check-log" + '\0' + kPassword.toUtf8()).toBase64()));
    QVERIFY(!log.contains(kPassword.toUtf8().toBase64()));

    const Run unwritable = runBinary(accountArguments(u"check-log"_s)
                                     << u"--protocol-log"_s << u"/nonexistent/x.log"_s);
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY2(unwritable.err.contains("protocol log"), unwritable.err.constData());
}

void Tst_CheckCommand::startTls()
{
    QStringList arguments = accountArguments(u"check-starttls"_s);
    arguments[6] = QString::number(m_server.imapPort());
    arguments << u"--security"_s << u"starttls"_s;
    const Run run = runBinary(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("check-starttls@imap.test/INBOX: 0 unseen of 0\n"));
}

void Tst_CheckCommand::helpAndDispatch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stdoutContains");
    QTest::addColumn<QByteArray>("stderrContains");

    // The binary runs without any display here: the tray app says so instead of aborting.
    QTest::newRow("no-subcommand-without-display")
        << QStringList() << 2 << QByteArray() << QByteArray("no display");
    QTest::newRow("top-help-lists-check")
        << QStringList {u"--help"_s} << 0 << QByteArray("check") << QByteArray();
    QTest::newRow("check-help-explains-no-password-option")
        << QStringList {u"check"_s, u"--help"_s} << 0
        << QByteArray("There is no --password option on purpose") << QByteArray();
    QTest::newRow("check-help-usage-names-subcommand")
        << QStringList {u"check"_s, u"--help"_s} << 0 << QByteArray("check [options]")
        << QByteArray();
    // The usage line names the command as users type it, not the path the binary was run by.
    QTest::newRow("top-help-usage-says-mailbell")
        << QStringList {u"--help"_s} << 0 << QByteArray("Usage: mailbell [options]")
        << QByteArray();
    QTest::newRow("check-help-usage-says-mailbell-check")
        << QStringList {u"check"_s, u"--help"_s} << 0
        << QByteArray("Usage: mailbell check [options]") << QByteArray();
    QTest::newRow("watch-help-usage-says-mailbell-watch")
        << QStringList {u"watch"_s, u"--help"_s} << 0
        << QByteArray("Usage: mailbell watch [options]") << QByteArray();
    QTest::newRow("check-help-offers-account-and-pin")
        << QStringList {u"check"_s, u"--help"_s} << 0 << QByteArray("--pin-sha256 <fingerprint>")
        << QByteArray();
    QTest::newRow("unknown-subcommand")
        << QStringList {u"chekc"_s} << 2 << QByteArray() << QByteArray("unknown command \"chekc\"");
    QTest::newRow("check-stray-argument")
        << QStringList {u"check"_s, u"INBOX"_s} << 2 << QByteArray()
        << QByteArray("unexpected argument \"INBOX\"");
}

void Tst_CheckCommand::helpAndDispatch()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stdoutContains);
    QFETCH(QByteArray, stderrContains);
    const Run run = runBinary(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(stdoutContains), run.out.constData());
    QVERIFY2(run.err.contains(stderrContains), run.err.constData());
    if (stderrContains.isEmpty())
        QCOMPARE(run.err, QByteArray());
}

QTEST_GUILESS_MAIN(Tst_CheckCommand)
#include "tst_checkcommand.moc"
