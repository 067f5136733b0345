// AccountsFile: the `mailbell watch` accounts file. Valid files (defaults, every key, comments,
// CRLF, BOM), per-account problems that name the line, account and key and skip only that account
// (missing keys, bad port / security / numbers, a password in the file, duplicate ids, garbage
// lines, bad headers), warnings that keep the account (unknown and repeated keys), and files that
// cannot be read.
#include "accountsfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;

namespace {

const QByteArray kWork = "[work]\n"
                         "host = imap.example.org\n"
                         "user = alice\n"
                         "password-command = pass show mail/work\n";

} // namespace

class Tst_AccountsFile : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void everyKey();
    void settingsDialogKeys();
    void cafile();
    void load();
    void appendAccount();
    void notRegularFile();
};

void Tst_AccountsFile::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("ids"); // accounts that load
    QTest::addColumn<QStringList>("errors"); // substrings, one per expected error, in order
    QTest::addColumn<QStringList>("warnings"); // substrings, one per expected warning

    QTest::newRow("minimal-valid")
        << kWork << QStringList {u"work"_s} << QStringList() << QStringList();
    QTest::newRow("empty-file") << QByteArray() << QStringList() << QStringList() << QStringList();
    QTest::newRow("comments-only")
        << QByteArray("# nothing\n; here\n\n") << QStringList() << QStringList() << QStringList();
    QTest::newRow("crlf-and-bom") << QByteArray("\xEF\xBB\xBF")
            + QByteArray(kWork).replace("\n", "\r\n")
                                  << QStringList {u"work"_s} << QStringList() << QStringList();
    QTest::newRow("two-accounts") << kWork + "\n[home]\nhost=h\nuser=u\npassword-command=x\n"
                                  << QStringList {u"work"_s, u"home"_s} << QStringList()
                                  << QStringList();

    QTest::newRow("neg-missing-host")
        << QByteArray("[a]\nuser=u\npassword-command=x\n") << QStringList()
        << QStringList {u"accounts.conf:1: account \"a\": key \"host\" is missing"_s}
        << QStringList();
    QTest::newRow("neg-missing-user")
        << QByteArray("[a]\nhost=h\n") << QStringList()
        << QStringList {u"key \"user\" is missing"_s} << QStringList();
    // No password command: the password is in the keyring. The account loads.
    QTest::newRow("no-password-command-means-keyring")
        << QByteArray("[a]\nhost=h\nuser=u\n") << QStringList {u"a"_s} << QStringList()
        << QStringList();
    QTest::newRow("neg-bad-color")
        << kWork + "[bad]\nhost=h\nuser=u\ncolor = blurple\n"
        << QStringList {u"work"_s} << QStringList {u"key \"color\": must be a colour"_s}
        << QStringList();
    QTest::newRow("neg-port-99999-keeps-valid-account")
        << kWork + "[bad]\nhost=h\nuser=u\npassword-command=x\nport = 99999\n"
        << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:9: account \"bad\", key \"port\": must be a number from 1 "
                        "to 65535, not \"99999\"; account \"bad\" skipped"_s}
        << QStringList();
    QTest::newRow("neg-port-text")
        << kWork + "port = imaps\n"
        << QStringList() << QStringList {u"key \"port\": must be a number"_s} << QStringList();
    QTest::newRow("neg-security-ssl")
        << kWork + "security = ssl\n"
        << QStringList()
        << QStringList {u"account \"work\", key \"security\": must be tls, starttls or plain, not "
                        "\"ssl\""_s}
        << QStringList();
    QTest::newRow("neg-security-uppercase")
        << kWork + "security = TLS\n"
        << QStringList() << QStringList {u"key \"security\""_s} << QStringList();
    QTest::newRow("neg-password-in-file")
        << kWork + "password = hunter2\n"
        << QStringList()
        << QStringList {u"key \"password\": the accounts file must never hold a password"_s}
        << QStringList();
    QTest::newRow("neg-password-message-has-no-secret")
        << kWork + "Password = hunter2\n"
        << QStringList() << QStringList {u"account \"work\", key \"password\""_s} << QStringList();
    QTest::newRow("neg-idle-renewal-30-over-rfc2177")
        << kWork + "idle-renewal-minutes = 30\n"
        << QStringList()
        << QStringList {u"key \"idle-renewal-minutes\": must be a number from 1 to 29"_s}
        << QStringList();
    QTest::newRow("neg-poll-interval-1s")
        << kWork + "poll-interval-seconds = 1\n"
        << QStringList()
        << QStringList {u"key \"poll-interval-seconds\": must be a number from 10 to 3600"_s}
        << QStringList();
    QTest::newRow("neg-enabled-maybe")
        << kWork + "enabled = maybe\n"
        << QStringList() << QStringList {u"key \"enabled\": must be true or false"_s}
        << QStringList();
    QTest::newRow("neg-folders-empty-item")
        << kWork + "folders = INBOX,,Sent\n"
        << QStringList() << QStringList {u"key \"folders\": is a comma-separated list"_s}
        << QStringList();
    QTest::newRow("neg-garbage-line")
        << kWork + "this is not a key\n"
        << QStringList()
        << QStringList {u"accounts.conf:5: account \"work\": \"this is not a key\" is not a "
                        "\"key = value\" line"_s}
        << QStringList();
    QTest::newRow("neg-duplicate-id")
        << kWork + kWork << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:5: account \"work\": the id \"work\" is already used"_s}
        << QStringList();
    QTest::newRow("neg-duplicate-via-id-key")
        << kWork + "[other]\nid = work\nhost=h\nuser=u\npassword-command=x\n"
        << QStringList {u"work"_s} << QStringList {u"the id \"work\" is already used"_s}
        << QStringList();
    QTest::newRow("neg-broken-header-skips-its-lines")
        << QByteArray("[broken\nhost=h\nuser=u\npassword-command=x\n") + kWork
        << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:1: a section header must look like [account-id]"_s}
        << QStringList();
    QTest::newRow("neg-empty-header")
        << QByteArray("[ ]\nhost=h\n") + kWork << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:1: empty section name"_s} << QStringList();
    QTest::newRow("neg-invalid-utf8-line")
        << kWork + "name = \xFF\xFE\n"
        << QStringList() << QStringList {u"accounts.conf:5: the line is not valid UTF-8"_s}
        << QStringList();

    // A NUL is an error with its line: it would cut the value short wherever it is used.
    QTest::newRow("neg-nul-in-value")
        << kWork + QByteArray("name = a\0b\n", 11) << QStringList()
        << QStringList {u"accounts.conf:5: the line holds a NUL byte; account \"work\" skipped"_s}
        << QStringList();
    QTest::newRow("neg-nul-keeps-valid-account")
        << kWork + QByteArray("[bad]\nhost=h\nuser=u\nname = x\0y\n", 31) << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:8: the line holds a NUL byte; account \"bad\" skipped"_s}
        << QStringList();
    QTest::newRow("neg-nul-before-sections")
        << QByteArray("#\0\n", 3) + kWork << QStringList {u"work"_s}
        << QStringList {u"accounts.conf:1: the line holds a NUL byte"_s} << QStringList();

    QTest::newRow("neg-auth-cram")
        << kWork + "[bad]\nhost=h\nuser=u\nauth = cram-md5\n"
        << QStringList {u"work"_s}
        << QStringList {u"key \"auth\": must be password, xoauth2 or oauthbearer"_s}
        << QStringList();
    QTest::newRow("neg-oauth-without-provider")
        << QByteArray("[g]\nhost=h\nuser=u\nauth = xoauth2\n") << QStringList()
        << QStringList {u"key \"oauth-provider\" is missing"_s} << QStringList();
    QTest::newRow("neg-oauth-provider-yahoo")
        << QByteArray("[g]\nhost=h\nuser=u\nauth = xoauth2\noauth-provider = yahoo\n")
        << QStringList() << QStringList {u"must be google or microsoft"_s} << QStringList();
    QTest::newRow("neg-oauth-with-password-command")
        << QByteArray("[g]\nhost=h\nuser=u\nauth = oauthbearer\noauth-provider = google\n"
                      "password-command = x\n")
        << QStringList() << QStringList {u"cannot be used with OAuth 2"_s} << QStringList();
    QTest::newRow("neg-password-store-file")
        << QByteArray("[a]\nhost=h\nuser=u\npassword-store = file\n") << QStringList()
        << QStringList {u"must be keyring or ask"_s} << QStringList();
    QTest::newRow("neg-pin-short")
        << QByteArray("[a]\nhost=h\nuser=u\npinned-sha256 = AB:CD\n") << QStringList()
        << QStringList {u"must be a SHA-256 fingerprint"_s} << QStringList();
    QTest::newRow("neg-pin-not-hex")
        << QByteArray("[a]\nhost=h\nuser=u\npinned-sha256 = ") + QByteArray(64, 'g') + "\n"
        << QStringList() << QStringList {u"must be a SHA-256 fingerprint"_s} << QStringList();
    QTest::newRow("neg-show-preview-sometimes")
        << QByteArray("[a]\nhost=h\nuser=u\nshow-preview = sometimes\n") << QStringList()
        << QStringList {u"key \"show-preview\": must be true or false"_s} << QStringList();
    QTest::newRow("neg-compress-maybe")
        << QByteArray("[a]\nhost=h\nuser=u\ncompress = maybe\n") << QStringList()
        << QStringList {u"key \"compress\": must be true or false"_s} << QStringList();
    QTest::newRow("warn-unknown-key-account-kept")
        << kWork + "colour = red\n"
        << QStringList {u"work"_s} << QStringList()
        << QStringList {u"accounts.conf:5: account \"work\": unknown key \"colour\" is ignored"_s};
    QTest::newRow("warn-repeated-key-last-wins")
        << kWork + "host = imap2.example.org\n"
        << QStringList {u"work"_s} << QStringList()
        << QStringList {u"key \"host\" is given again; line 5 wins"_s};
    QTest::newRow("warn-line-before-any-section")
        << QByteArray("host = h\n") + kWork << QStringList {u"work"_s} << QStringList()
        << QStringList {u"accounts.conf:1: \"host = h\" is outside any [account] section"_s};
}

void Tst_AccountsFile::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);

    const AccountsFile::Result result = AccountsFile::parse(text, u"accounts.conf"_s);
    QStringList actualIds;
    for (const AccountsFile::Account &account : result.accounts)
        actualIds.append(account.spec.id);
    QCOMPARE(actualIds, ids);
    QCOMPARE(result.errors.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i)
        QVERIFY2(result.errors.at(i).contains(errors.at(i)), qPrintable(result.errors.at(i)));
    QCOMPARE(result.warnings.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(result.warnings.at(i).contains(warnings.at(i)), qPrintable(result.warnings.at(i)));
    for (const QString &error : result.errors)
        QVERIFY2(!error.contains(u"hunter2"_s), qPrintable(error));
}

void Tst_AccountsFile::everyKey()
{
    const QByteArray text = "# my accounts\n"
                            "[work]\n"
                            "id = work-id\n"
                            "name = Work mail\n"
                            "host = imap.example.org\n"
                            "port = 1143\n"
                            "security = starttls\n"
                            "user = alice@example.org\n"
                            "password-command = pass show \"mail/work account\"\n"
                            "folders = INBOX, Lists/Qt , Entwürfe, INBOX\n"
                            "connect-address = 127.0.0.1\n"
                            "idle-renewal-minutes = 10\n"
                            "poll-interval-seconds = 60\n"
                            "max-connections = 2\n"
                            "enabled = no\n"
                            "open-command = thunderbird -mail %u\n"
                            "color = #3465a4\n"
                            "[defaults]\nhost=h\nuser=u\npassword-command=x\nsecurity=plain\n";
    const AccountsFile::Result result = AccountsFile::parse(text, u"a.conf"_s);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.accounts.size(), 2);
    const AccountsFile::Account &work = result.accounts.at(0);
    QCOMPARE(work.spec.id, u"work-id"_s);
    QCOMPARE(work.spec.displayName, u"Work mail"_s);
    QCOMPARE(work.spec.connection.host, u"imap.example.org"_s);
    QCOMPARE(work.spec.connection.port, quint16(1143));
    QCOMPARE(work.spec.connection.security, AccountConfig::Security::StartTls);
    QCOMPARE(work.spec.connection.user, u"alice@example.org"_s);
    QCOMPARE(work.passwordCommand, u"pass show \"mail/work account\""_s);
    QCOMPARE(work.spec.folders, (QStringList {u"INBOX"_s, u"Lists/Qt"_s, u"Entwürfe"_s}));
    QCOMPARE(work.spec.connection.connectAddress, u"127.0.0.1"_s);
    QCOMPARE(work.spec.idleRenewalMs, 10 * 60 * 1000);
    QCOMPARE(work.spec.pollIntervalMs, 60 * 1000);
    QCOMPARE(work.spec.maxConnections, 2);
    QCOMPARE(work.spec.enabled, false);
    QCOMPARE(work.openCommand, u"thunderbird -mail %u"_s);
    QCOMPARE(work.color, QColor(0x34, 0x65, 0xa4));

    QCOMPARE(work.email, QString());
    QCOMPARE(work.spec.connection.authMethod, AccountConfig::AuthMethod::Password);
    QCOMPARE(work.passwordStore, AccountsFile::Account::PasswordStore::Keyring);
    QCOMPARE(work.showPreview, true);
    QCOMPARE(work.spec.previewLength, 200);

    const AccountsFile::Account &defaults = result.accounts.at(1);
    QCOMPARE(defaults.spec.id, u"defaults"_s);
    QCOMPARE(defaults.spec.displayName, QString());
    QCOMPARE(defaults.spec.connection.security, AccountConfig::Security::Plain);
    QCOMPARE(defaults.spec.connection.port, quint16(143));
    QCOMPARE(defaults.spec.folders, QStringList {u"INBOX"_s});
    QCOMPARE(defaults.spec.idleRenewalMs, 29 * 60 * 1000);
    QCOMPARE(defaults.spec.enabled, true);
}

void Tst_AccountsFile::settingsDialogKeys()
{
    const QByteArray pin(32, '\xab');
    const QByteArray text = "[gmail]\n"
                            "host = imap.gmail.com\n"
                            "user = alice@gmail.com\n"
                            "email = alice@gmail.com\n"
                            "auth = xoauth2\n"
                            "oauth-provider = google\n"
                            "oauth-client-id = 123.apps.googleusercontent.com\n"
                            "show-preview = off\n"
                            "compress = off\n"
                            "[home]\n"
                            "host = mail.home.example\n"
                            "user = bob\n"
                            "password-store = ask\n"
                            "pinned-sha256 = "
        + pin.toHex(':')
        + "\n[ms]\nhost=outlook.office365.com\nuser=c@x.org\nauth=oauthbearer\n"
          "oauth-provider=microsoft\npinned-sha256="
        + pin.toHex().toUpper() + "\n";
    const AccountsFile::Result result = AccountsFile::parse(text, u"a.conf"_s);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.accounts.size(), 3);
    const AccountsFile::Account &gmail = result.accounts.at(0);
    QCOMPARE(gmail.email, u"alice@gmail.com"_s);
    QCOMPARE(gmail.spec.connection.authMethod, AccountConfig::AuthMethod::XOAuth2);
    QCOMPARE(gmail.oauthProvider, u"google"_s);
    QCOMPARE(gmail.oauthClientId, u"123.apps.googleusercontent.com"_s);
    QCOMPARE(gmail.showPreview, false);
    QCOMPARE(gmail.spec.previewLength, 0); // no text leaves the server for a notification
    QCOMPARE(gmail.spec.connection.compress, false);
    QVERIFY(gmail.spec.connection.pinnedSha256.isEmpty());
    const AccountsFile::Account &home = result.accounts.at(1);
    QCOMPARE(home.passwordStore, AccountsFile::Account::PasswordStore::Ask);
    QCOMPARE(home.spec.connection.compress, true);
    QCOMPARE(home.spec.connection.pinnedSha256, pin);
    const AccountsFile::Account &ms = result.accounts.at(2);
    QCOMPARE(ms.spec.connection.authMethod, AccountConfig::AuthMethod::OAuthBearer);
    QCOMPARE(ms.oauthProvider, u"microsoft"_s);
    QCOMPARE(ms.spec.connection.pinnedSha256, pin);
}

void Tst_AccountsFile::cafile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notPem = dir.filePath(u"not.pem"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();

    AccountsFile::Result result =
        AccountsFile::parse(kWork + "cafile = " + notPem.toUtf8() + "\n", u"a.conf"_s);
    QCOMPARE(result.accounts.size(), 0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).contains(u"key \"cafile\": \""_s + notPem
                                          + u"\" holds no PEM certificate"_s),
             qPrintable(result.errors.at(0)));

    result = AccountsFile::parse(kWork + "cafile = /nonexistent/ca.pem\n", u"a.conf"_s);
    QCOMPARE(result.accounts.size(), 0);
    QVERIFY(result.errors.value(0).contains(u"cannot read \"/nonexistent/ca.pem\""_s));
}

void Tst_AccountsFile::load()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AccountsFile::Result result = AccountsFile::load(dir.filePath(u"missing.conf"_s));
    QCOMPARE(result.accounts.size(), 0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).contains(u"cannot read the accounts file"_s));

    const QString path = dir.filePath(u"accounts.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kWork + "colour = red\n");
    file.close();
    result = AccountsFile::load(path);
    QCOMPARE(result.accounts.size(), 1);
    QVERIFY(result.warnings.value(0).startsWith(u"accounts.conf:5:"_s));

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(AccountsFile::maxFileBytes + 1, '#'));
    file.close();
    result = AccountsFile::load(path);
    QCOMPARE(result.accounts.size(), 0);
    QVERIFY(result.errors.value(0).contains(u"larger than"_s));

    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    QCOMPARE(AccountsFile::defaultPath(), dir.path() + u"/mailbell/accounts.conf"_s);
}

void Tst_AccountsFile::appendAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new/folder/accounts.conf"_s);
    const QList<std::pair<QString, QString>> keys {
        {u"name"_s, u"Mine"_s}, {u"host"_s, u"imap.example.org"_s}, {u"user"_s, u"me"_s}};

    // A missing file (and folder) is created, private to the user.
    QCOMPARE(AccountsFile::appendAccount(path, u"mine"_s, keys), QString());
    // Nobody but the user (no group or other bits).
    QCOMPARE(QFile::permissions(path),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                 | QFileDevice::WriteUser);
    AccountsFile::Result result = AccountsFile::load(path);
    QCOMPARE(result.accounts.size(), 1);
    QCOMPARE(result.accounts.constFirst().spec.connection.host, u"imap.example.org"_s);
    QCOMPARE(result.accounts.constFirst().spec.displayName, u"Mine"_s);

    // What is already there stays, comments included.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# my comment\n" + kWork.chopped(1)); // no final newline
    file.close();
    QCOMPARE(AccountsFile::appendAccount(path, u"mine"_s, keys), QString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    QVERIFY(text.startsWith("# my comment\n"));
    result = AccountsFile::load(path);
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.accounts.size(), 2);

    // Refused, and the file is left as it was.
    QVERIFY(AccountsFile::appendAccount(path, u"mine"_s, keys).contains(u"already exists"_s));
    QVERIFY(!AccountsFile::appendAccount(path, u"x"_s, {{u"password"_s, u"pw"_s}}).isEmpty());
    QVERIFY(
        !AccountsFile::appendAccount(path, u"y"_s, {{u"host"_s, u"h\nuser = evil"_s}}).isEmpty());
    QVERIFY(!AccountsFile::appendAccount(path, u"bad]id"_s, keys).isEmpty());
    QVERIFY(!AccountsFile::appendAccount(path, u"nohost"_s, {{u"user"_s, u"u"_s}}).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

// Only regular files are read or replaced: a FIFO (standing in for any device) is an error naming
// it, at once, and is left as it is.
void Tst_AccountsFile::notRegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"accounts.conf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString words = fifo + u" is a named pipe (FIFO), not a regular file"_s;

    QElapsedTimer timer;
    timer.start();
    ::alarm(5); // opening a FIFO without a writer blocks: end the test rather than hang
    AccountsFile::Result result = AccountsFile::load(fifo);
    ::alarm(0);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(result.accounts.size(), 0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).contains(words), qPrintable(result.errors.at(0)));

    ::alarm(5);
    const QString appended = AccountsFile::appendAccount(
        fifo, u"mine"_s, {{u"host"_s, u"imap.example.org"_s}, {u"user"_s, u"me"_s}});
    ::alarm(0);
    QVERIFY2(appended.contains(words), qPrintable(appended));
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());

    // cafile = a FIFO: QSslCertificate::fromPath() would block on it.
    ::alarm(5);
    result = AccountsFile::parse(kWork + "cafile = " + QFile::encodeName(fifo) + "\n", u"a.conf"_s);
    ::alarm(0);
    QCOMPARE(result.accounts.size(), 0);
    QVERIFY2(result.errors.value(0).contains(u"key \"cafile\": "_s + words),
             qPrintable(result.errors.value(0)));

    // A value with a NUL is never written.
    const QString regular = dir.filePath(u"regular.conf"_s);
    const QString nul = AccountsFile::appendAccount(
        regular, u"x"_s, {{u"host"_s, u"h"_s + QChar(0) + u"x"_s}, {u"user"_s, u"u"_s}});
    QVERIFY2(nul.contains(u"without NUL"_s), qPrintable(nul));
    QVERIFY(!QFile::exists(regular));
}

QTEST_GUILESS_MAIN(Tst_AccountsFile)
#include "tst_accountsfile.moc"
