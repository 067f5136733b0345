// CredentialStore against real Secret Service situations, each in a private session bus this
// test starts (a child run of this same binary, so nothing touches the user's keyring):
// - a real gnome-keyring-daemon, unlocked: write, read, overwrite, remove round trip;
// - DBUS_SESSION_BUS_ADDRESS=disabled: (no bus at all): Unavailable with a clear message;
// - a bus with no Secret Service on it: Unavailable with a clear message.
// The *InSession slots are the child's part; run directly they skip.
#include "credentialstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Result::Status;

namespace {

constexpr auto kChildVariable = "MAILBELL_TEST_KEYRING_CHILD";

// dbus-daemon's session.conf without service activation: nothing starts by itself.
const QByteArray kBareSession =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig><type>session</type><keep_umask/><listen>unix:tmpdir=/tmp</listen>"
    "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
    "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";

bool inChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

// Runs one CredentialStore call and waits for its callback.
template<typename Call>
CredentialStore::Result wait(Call call)
{
    CredentialStore::Result result;
    bool done = false;
    call([&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60'000))
        result.error = u"no answer within 60 s"_s;
    return result;
}

} // namespace

class Tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    // Runs this binary's slot `function` as a child: under dbus-run-session with the bare
    // config (and `shell` before it, in sh -c), or with `bus` as its session bus address.
    void runChild(const QString &function, const QString &shell, const QString &bus);
    QTemporaryDir m_dir;

private slots:
    void roundTripWithGnomeKeyring();
    void roundTripInSession();
    void noSessionBus();
    void noSessionBusInSession();
    void noSecretService();
    void noSecretServiceInSession();
};

void Tst_CredentialStore::runChild(const QString &function, const QString &shell,
                                   const QString &bus)
{
    QVERIFY(m_dir.isValid());
    const QString home = m_dir.filePath(function);
    QVERIFY(QDir().mkpath(home + u"/rt"_s));
    QVERIFY(QFile::setPermissions(
        home + u"/rt"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString config = m_dir.filePath(u"bare-session.conf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kBareSession);
    file.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    environment.insert(u"HOME"_s, home); // gnome-keyring keeps its keyring file here
    environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/rt"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    // With a display, libsecret may open an unlock prompt and wait for it.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    const QString self = QCoreApplication::applicationFilePath();
    if (bus.isEmpty()) {
        const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        QVERIFY2(!runSession.isEmpty(), "dbus-run-session is missing (Debian: dbus-daemon)");
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        child.setProcessEnvironment(environment);
        child.start(runSession,
                    {u"--config-file="_s + config, u"--"_s, u"sh"_s, u"-c"_s,
                     shell + u" exec \"$0\" \"$1\""_s, self, function});
    } else {
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus);
        child.setProcessEnvironment(environment);
        child.start(self, {function});
    }
    QVERIFY2(child.waitForFinished(120'000), qPrintable(child.errorString()));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : Tst_CredentialStore::"_s + function), qPrintable(output));
}

void Tst_CredentialStore::roundTripWithGnomeKeyring()
{
    if (inChild())
        QSKIP("the parent's part");
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(),
             "gnome-keyring-daemon is missing (Debian: gnome-keyring, in "
             "scripts/debian-packages.txt)");
    // The recipe of shared/notes/desktop-test-rig.md, 3: a new login keyring, unlocked.
    runChild(u"roundTripInSession"_s,
             u"printf %s keyring-pw | gnome-keyring-daemon --unlock --components=secrets "
             ">/dev/null || exit 3;"_s,
             QString());
}

void Tst_CredentialStore::roundTripInSession()
{
    if (!inChild())
        QSKIP("runs inside the keyring session that roundTripWithGnomeKeyring starts");
    CredentialStore store;
    const QString password = u"Pä55 wörd with spaces & \"quotes\""_s;
    CredentialStore::Result result = wait([&](auto done) { store.read(u"work"_s, done); });
    QVERIFY2(result.status == Status::NotFound, qPrintable(result.error));

    result = wait([&](auto done) { store.write(u"work"_s, password, done); });
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    result = wait([&](auto done) { store.write(u"home"_s, u"other"_s, done); });
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    result = wait([&](auto done) { store.read(u"work"_s, done); });
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    QCOMPARE(result.password, password);

    result = wait([&](auto done) { store.write(u"work"_s, u"changed"_s, done); });
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    result = wait([&](auto done) { store.read(u"work"_s, done); });
    QCOMPARE(result.password, u"changed"_s);

    result = wait([&](auto done) { store.remove(u"work"_s, done); });
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    result = wait([&](auto done) { store.read(u"work"_s, done); });
    QVERIFY2(result.status == Status::NotFound, qPrintable(result.error));
    result = wait([&](auto done) { store.remove(u"work"_s, done); }); // already gone
    QVERIFY2(result.status == Status::Found, qPrintable(result.error));
    result = wait([&](auto done) { store.read(u"home"_s, done); }); // the other one stays
    QCOMPARE(result.password, u"other"_s);
}

void Tst_CredentialStore::noSessionBus()
{
    if (inChild())
        QSKIP("the parent's part");
    runChild(u"noSessionBusInSession"_s, QString(), u"disabled:"_s);
}

void Tst_CredentialStore::noSessionBusInSession()
{
    if (!inChild())
        QSKIP("runs with the bus disabled by noSessionBus");
    CredentialStore store;
    for (int i = 0; i < 2; ++i) {
        const CredentialStore::Result result = i == 0
            ? wait([&](auto done) { store.write(u"work"_s, u"pw"_s, done); })
            : wait([&](auto done) { store.read(u"work"_s, done); });
        QCOMPARE(result.status, Status::Unavailable);
        QVERIFY2(result.error.contains(u"session bus (D-Bus)"_s), qPrintable(result.error));
    }
}

void Tst_CredentialStore::noSecretService()
{
    if (inChild())
        QSKIP("the parent's part");
    runChild(u"noSecretServiceInSession"_s, QString(), QString());
}

void Tst_CredentialStore::noSecretServiceInSession()
{
    if (!inChild())
        QSKIP("runs in the bus without a Secret Service that noSecretService starts");
    CredentialStore store;
    const CredentialStore::Result result =
        wait([&](auto done) { store.write(u"work"_s, u"pw"_s, done); });
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY2(result.error.contains(u"No keyring"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(Tst_CredentialStore)
#include "tst_credentialstore.moc"
