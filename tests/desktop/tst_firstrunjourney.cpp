// The first-run journey (issue 9): the real mailbell binary started with no account in a
// virtual desktop (Xvfb, tint2's tray, dunst, an unlocked gnome-keyring), driven from outside by
// keyboard as a newcomer would: the welcome, address and password, the server settings a local
// address needs, the certificate of a CA this machine does not know (trusted by Tab + Space),
// the folders, Add Account; then new mail (and only it: the unread mail from before is listed,
// not announced), its notification, the summary window, Mark all as read from the tray menu,
// and the server's unseen count and the badge at 0. One screenshot a
// step in MAILBELL_DESKTOP_OUT (journey-NN-step.png). Run through desktop-session.sh only.
#include "desktoptools.h"
#include "dovecotfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DesktopTools;

namespace {

constexpr int kWaitMs = 30'000;
const QString kUser = u"journey"_s;
const QString kPassword = u"journey-pw-4b1e"_s;
const QByteArray kSubject = "Welcome aboard: your first notification";

QByteArray message(const QByteArray &subject, const QByteArray &id)
{
    return "From: Grace Hopper <grace@example.org>\r\nTo: journey@localhost\r\nSubject: " + subject
        + "\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <" + id
        + "@example.org>\r\n\r\nA ship in port is safe, but that is not what ships are for.\r\n";
}

// Unseen messages in INBOX as the server counts them (doveadm search), -1 when unknown.
int serverUnseen(DovecotFixture &server)
{
    const auto found =
        server.doveadm({u"search"_s, u"-u"_s, kUser, u"mailbox"_s, u"INBOX"_s, u"unseen"_s});
    if (!found)
        return -1;
    return int(found->trimmed().isEmpty() ? 0 : found->trimmed().split('\n').size());
}

bool waitForWindow(const QString &titlePattern)
{
    return QTest::qWaitFor([&] { return windowExists(titlePattern); }, kWaitMs);
}

bool waitForActiveWindow(const QString &titlePart)
{
    return QTest::qWaitFor([&] { return activeWindowTitle().contains(titlePart); }, kWaitMs);
}

} // namespace

class Tst_FirstRunJourney : public QObject
{
    Q_OBJECT

private slots:
    void fromFirstStartToMarkAllRead();
};

void Tst_FirstRunJourney::fromFirstStartToMarkAllRead()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run through desktop-session.sh");
    // An unlocked keyring on the session's bus, as a logged-in desktop has.
    QProcess keyring;
    keyring.start(u"sh"_s,
                  {u"-c"_s,
                   u"printf %s journey-keyring | gnome-keyring-daemon "
                   "--unlock --components=secrets"_s});
    QVERIFY(keyring.waitForFinished(15'000));
    QCOMPARE(keyring.exitCode(), 0);

    DovecotFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createUser(kUser, kPassword));
    // Unread mail from before the first start: listed, not announced, and marked read with the
    // rest.
    QVERIFY(server.appendMessage(kUser, u"INBOX"_s, message("Older unread mail", "journey-0")));
    const QString accountsFile =
        qEnvironmentVariable("XDG_CONFIG_HOME") + u"/mailbell/accounts.conf"_s;
    QVERIFY(!QFile::exists(accountsFile)); // a first start

    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(MAILBELL_BINARY), {});
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&app] { stop(app); });

    // 1. The welcome, with the address field focused.
    QVERIFY2(waitForActiveWindow(u"Welcome to Mailbell"_s), "no welcome");
    QTest::qWait(500);
    screenshot(u"journey-01-welcome"_s);

    // 2. Address, Tab, password.
    type(kUser + u"@localhost"_s);
    keys({u"Tab"_s});
    type(kPassword);
    screenshot(u"journey-02-address"_s);
    keys({u"Return"_s}); // Continue: a local name has nothing to look up; the server opens

    // 3. The server settings, the server field focused: server, security (TLS), port, user.
    QTest::qWait(1000);
    keys({u"ctrl+a"_s});
    type(server.host());
    keys({u"Tab"_s, u"Tab"_s, u"ctrl+a"_s});
    type(QString::number(server.imapsPort()));
    keys({u"Tab"_s, u"ctrl+a"_s});
    type(kUser);
    screenshot(u"journey-03-server"_s);
    keys({u"Return"_s}); // Continue: the connection test

    // 4. The certificate from an unknown CA: Tab from "Do not trust" to "Trust", Space.
    QVERIFY2(waitForActiveWindow(u"Untrusted certificate"_s), "no certificate question");
    QTest::qWait(300);
    screenshot(u"journey-04-certificate"_s);
    keys({u"Tab"_s, u"space"_s});

    // 5. The test passes with the pin and the folders are proposed; Return adds the account.
    QVERIFY(waitForActiveWindow(u"Welcome to Mailbell"_s));
    QTest::qWait(3000);
    screenshot(u"journey-05-folders"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (QFile::exists(accountsFile))
                return true;
            if (activeWindowTitle().contains(u"Welcome to Mailbell"_s))
                keys({u"Return"_s}); // a test still running ignores it
            return QTest::qWaitFor([&] { return QFile::exists(accountsFile); }, 1500);
        },
        kWaitMs));
    QFile accounts(accountsFile);
    QVERIFY(accounts.open(QIODevice::ReadOnly));
    const QByteArray saved = accounts.readAll();
    QVERIFY2(saved.contains("pinned-sha256"), saved.constData());
    QVERIFY2(!saved.contains(kPassword.toUtf8()), "a password in the accounts file");

    // 6. Watching, with the password from the keyring: no question, no error.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto who = server.doveadm({u"who"_s, u"-1"_s});
            return who && who->contains(kUser.toUtf8());
        },
        kWaitMs));
    QTest::qWait(1500);
    QVERIFY2(!windowExists(u"Password"_s), "a password was asked for");
    QVERIFY2(!windowExists(u"Settings"_s), "the settings dialog is open");
    const int badgeBefore = badgePixels(screenshot(u"journey-06-watching"_s));

    // 7. New mail: a notification and the badge.
    QVERIFY(server.appendMessage(kUser, u"INBOX"_s, message(kSubject, "journey-1")));
    QVERIFY(QTest::qWaitFor([] { return dunstDisplayed() > 0; }, kWaitMs));
    QTest::qWait(500);
    const int badgeWithMail = badgePixels(screenshot(u"journey-07-notification"_s));
    // The badge counts the server's unread mail, the older message included.
    QVERIFY2(
        badgeBefore > 10 && badgeWithMail > 10,
        qPrintable(u"badge pixels before %1, with mail %2"_s.arg(badgeBefore).arg(badgeWithMail)));
    QCOMPARE(serverUnseen(server), 2);
    QVERIFY2(!dunstHistory().join(u'\n').contains(u"Older unread mail"_s),
             "mail from before the start was announced");

    // 8. The notification's default action opens the summary.
    run(u"dunstctl"_s, {u"action"_s, u"0"_s});
    QVERIFY2(waitForWindow(u"Welcome aboard"_s), "the summary window did not open");
    QTest::qWait(500);
    screenshot(u"journey-08-summary"_s);

    // 9. Mark all as read from the tray menu: right-click the icon, then its Alt letter.
    const QRect icon = trayIconGeometry(u"mailbell"_s);
    QVERIFY2(!icon.isEmpty(), "no tray icon");
    run(u"xdotool"_s,
        {u"mousemove"_s, QString::number(icon.center().x()), QString::number(icon.center().y()),
         u"click"_s, u"3"_s});
    QTest::qWait(700);
    screenshot(u"journey-09-menu"_s);
    keys({u"m"_s});
    QVERIFY2(QTest::qWaitFor([&] { return serverUnseen(server) == 0; }, kWaitMs),
             "the server still counts unseen mail");
    QVERIFY(QTest::qWaitFor([] { return badgePixels(screenshot(u"journey-10-all-read"_s)) <= 0; },
                            kWaitMs));
}

QTEST_GUILESS_MAIN(Tst_FirstRunJourney)
#include "tst_firstrunjourney.moc"
