// CredentialStore against real Secret Service situations, each in a private session bus this
// test starts (a child run of this same binary, so nothing touches the user's keyring):
// - a real gnome-keyring-daemon, unlocked: write, read, overwrite, remove round trip;
// - DBUS_SESSION_BUS_ADDRESS=disabled: (no bus at all): Unavailable with a clear message;
// - a bus with no Secret Service on it: Unavailable with a clear message.
// The *InSession slots are the child's part; run directly they skip.
#include "credentialstore.h"
#include "keyringsession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Result::Status;

namespace {

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
    void runChild(const QString &function, const QString &shell, const QString &bus = {});
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
    const QString problem = KeyringSession::runChild(*this, function, m_dir.path(), shell, bus);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void Tst_CredentialStore::roundTripWithGnomeKeyring()
{
    if (KeyringSession::inChild())
        QSKIP("the parent's part");
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(),
             "gnome-keyring-daemon is missing (Debian: gnome-keyring, in "
             "scripts/debian-packages.txt)");
    runChild(u"roundTripInSession"_s, KeyringSession::unlockedKeyring);
}

void Tst_CredentialStore::roundTripInSession()
{
    if (!KeyringSession::inChild())
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
    if (KeyringSession::inChild())
        QSKIP("the parent's part");
    runChild(u"noSessionBusInSession"_s, QString(), u"disabled:"_s);
}

void Tst_CredentialStore::noSessionBusInSession()
{
    if (!KeyringSession::inChild())
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
    if (KeyringSession::inChild())
        QSKIP("the parent's part");
    runChild(u"noSecretServiceInSession"_s, QString());
}

void Tst_CredentialStore::noSecretServiceInSession()
{
    if (!KeyringSession::inChild())
        QSKIP("runs in the bus without a Secret Service that noSecretService starts");
    CredentialStore store;
    const CredentialStore::Result result =
        wait([&](auto done) { store.write(u"work"_s, u"pw"_s, done); });
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY2(result.error.contains(u"No keyring"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(Tst_CredentialStore)
#include "tst_credentialstore.moc"
