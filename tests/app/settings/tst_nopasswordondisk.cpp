// The whole tray app with a real keyring never puts a password in a file: the app runs (as a
// child of this test, under its own session bus with an unlocked gnome-keyring-daemon, with
// HOME and every XDG folder in a temporary root) against the Dovecot fixture; the password is
// typed into the password dialog and remembered in the keyring; new mail arrives; settings,
// state, the autostart entry and the protocol log are written. Then every file under the root
// is read and the password, in plain text, UTF-16 and its base64 forms, is found in none.
#include "credentialstore.h"
#include "dovecotfixture.h"
#include "keyringsession.h"
#include "settings/accountsfile.h"
#include "settings/settingsfile.h"
#include "settings/settingsstore.h"
#include "tray/passworddialog.h"
#include "tray/trayapplication.h"
#include "ui/recentmessagesmodel.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;

namespace {

constexpr int kWaitMs = 60'000;
constexpr auto kChildVariable = "MAILBELL_TEST_GREP_CHILD";
const QString kUser = u"grepuser"_s;
const QString kPassword = u"Zq7xDistinctivePass4711w"_s;

// The byte strings a leaked password would show up as.
QList<QByteArray> needles()
{
    const QByteArray pw = kPassword.toUtf8();
    QByteArray plain(1, '\0'); // SASL PLAIN: authzid NUL authcid NUL password
    plain += kUser.toUtf8();
    plain += '\0';
    plain += pw;
    const QByteArray userColonPassword = QByteArray(kUser.toUtf8() + ':' + pw);
    QList<QByteArray> result {
        pw, QByteArray(reinterpret_cast<const char *>(kPassword.utf16()), kPassword.size() * 2),
        plain.toBase64(), userColonPassword.toBase64()};
    // base64 of the password wherever it sits in a longer text: the part not touched by its
    // neighbours, for each of the three alignments.
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = QByteArray(QByteArray(offset, 'x') + pw).toBase64();
        const int skip = offset == 0 ? 0 : 4;
        result.append(encoded.mid(skip, encoded.size() - skip - 4));
    }
    return result;
}

PasswordDialog *visiblePasswordDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<PasswordDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class Tst_NoPasswordOnDisk : public QObject
{
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void passwordIsInNoFile();
    void trayInSession();
};

void Tst_NoPasswordOnDisk::passwordIsInNoFile()
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("the parent's part");
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(),
             "gnome-keyring-daemon is missing (Debian: gnome-keyring)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.createUser(kUser, kPassword));

    const QString root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(root + u"/rt"_s));
    QVERIFY(QFile::setPermissions(
        root + u"/rt"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString config = m_dir.filePath(u"bare-session.conf"_s);
    QVERIFY(KeyringSession::writeBareSessionConfig(config));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    environment.insert(u"HOME"_s, root + u"/home"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    environment.insert(u"XDG_STATE_HOME"_s, root + u"/state"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, root + u"/rt"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"GREP_TEST_PORT"_s, QString::number(m_server.imapsPort()));
    environment.insert(u"GREP_TEST_CA"_s, m_server.caCertificatePath());
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStandardPaths::findExecutable(u"dbus-run-session"_s),
                {u"--config-file="_s + config, u"--"_s, u"sh"_s, u"-c"_s,
                 KeyringSession::unlockedKeyring + u" exec \"$0\" trayInSession"_s,
                 QCoreApplication::applicationFilePath()});
    QVERIFY2(child.waitForStarted(kWaitMs), qPrintable(child.errorString()));

    // The child says when it is online; then new mail arrives for it.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAll()).contains("GREP-TEST-ONLINE")
                                 || child.state() == QProcess::NotRunning,
                             kWaitMs);
    QVERIFY2(output.contains("GREP-TEST-ONLINE"), output.constData());
    QVERIFY(m_server.appendMessage(kUser, u"INBOX"_s,
                                   "From: Ada <ada@example.org>\r\nSubject: grep test\r\n"
                                   "Message-ID: <grep@example.org>\r\n\r\nHello.\r\n"));
    QVERIFY2(child.waitForFinished(3 * kWaitMs), output.constData());
    output += child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    QVERIFY2(output.contains("PASS   : Tst_NoPasswordOnDisk::trayInSession()"), output.constData());

    // Every regular file the app (and the keyring daemon) wrote.
    const QList<QByteArray> leaks = needles();
    QStringList files;
    QByteArray everything;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue; // sockets
        QFile found(path);
        QVERIFY2(found.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = found.readAll();
        files.append(QDir(root).relativeFilePath(path));
        everything += content;
        for (const QByteArray &leak : leaks)
            QVERIFY2(!content.contains(leak),
                     qPrintable(path + u" holds the password as "_s
                                + QString::fromLatin1(leak.toHex())));
    }
    qInfo("read %d files: %s", int(files.size()), qPrintable(files.join(u", "_s)));
    // The files that matter were there to read, and hold what they should.
    for (const QString &expected :
         {u"config/mailbell/accounts.conf"_s, u"config/mailbell/settings.conf"_s,
          u"config/autostart/org.mailbell.Mailbell.desktop"_s, u"state/mailbell/tray-seen.json"_s,
          u"state/mailbell/recent.json"_s, u"cache/mailbell/protocol.log"_s})
        QVERIFY2(files.contains(expected),
                 qPrintable(expected + u" missing from "_s + files.join(u", "_s)));
    QVERIFY(everything.contains(QByteArray("user = " + kUser.toUtf8())));
    QVERIFY(everything.contains("grep test")); // the recent list
    QVERIFY(everything.contains(" LOGIN ") || everything.contains(" AUTHENTICATE ")); // the log
    QVERIFY(std::any_of(files.cbegin(), files.cend(),
                        [](const QString &f) { return f.contains(u"keyrings/"_s); }));
}

void Tst_NoPasswordOnDisk::trayInSession()
{
    if (!qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("runs in the session that passwordIsInNoFile starts");
    QVERIFY(CredentialStore::secretServiceAvailable());
    SettingsStore settings;
    AccountsFile::Account account;
    account.spec.id = u"grep"_s;
    account.spec.displayName = u"Grep"_s;
    account.spec.connection.host = u"imap.test"_s;
    account.spec.connection.connectAddress = u"127.0.0.1"_s;
    account.spec.connection.port = quint16(qEnvironmentVariableIntValue("GREP_TEST_PORT"));
    account.spec.connection.user = kUser;
    account.caFile = qEnvironmentVariable("GREP_TEST_CA");
    account.spec.connection.caCertificates = QSslCertificate::fromPath(account.caFile);
    QCOMPARE(settings.saveAccounts({account}), QString());
    NotificationSettings notifications;
    notifications.vipSenders = {u"ada@example.org"_s};
    QCOMPARE(settings.saveNotifications(notifications), QString());
    QCOMPARE(settings.saveGeneral({u"de"_s, true}), QString());

    {
        TrayApplication app(TrayApplication::Paths::defaults());
        app.setSettingsFile(SettingsFile::defaultPath());
        const QString log = qEnvironmentVariable("XDG_CACHE_HOME") + u"/mailbell/protocol.log"_s;
        QVERIFY(QDir().mkpath(QFileInfo(log).absolutePath()));
        app.engine()->setProtocolLogFile(log);
        AccountStatus last;
        connect(app.engine(), &ImapCore::MailEngine::accountStatusChanged, this,
                [&last](const AccountStatus &status) { last = status; });
        app.start();
        // Nothing in the keyring yet: the password is asked for, typed, and remembered.
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visiblePasswordDialog()) != nullptr, kWaitMs);
        QVERIFY(!dialog->isKeyringUnavailable());
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->setText(kPassword);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);

        CredentialStore store;
        QString saved;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool done = false;
                store.read(u"grep"_s, [&](const CredentialStore::Result &r) {
                    saved = r.password;
                    done = true;
                });
                (void)QTest::qWaitFor([&] { return done; }, 10'000);
                return saved == kPassword;
            }(),
            kWaitMs);

        std::puts("GREP-TEST-ONLINE");
        std::fflush(stdout);
        QTRY_COMPARE_WITH_TIMEOUT(app.recentModel()->rowCount(), 1, kWaitMs);
    } // the app saves its state as it quits
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    Tst_NoPasswordOnDisk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nopasswordondisk.moc"
