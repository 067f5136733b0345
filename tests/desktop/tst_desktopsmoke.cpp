// The desktop smoke test: the real mailbell binary in a real (virtual) desktop with an XEmbed
// tray (tint2) and a real notification server (dunst), against the Dovecot fixture. A message
// APPENDed from another connection must show up as a dunst notification carrying its subject
// and as a badge on the tray icon; invoking the notification's default action must open the
// message-summary window. Screenshots go to MAILBELL_DESKTOP_OUT for people to look at.
// MAILBELL_BINARY=/usr/bin/mailbell runs the installed package instead (its icon from the
// hicolor theme, its desktop file).
// Run through desktop-session.sh (ctest does), never on a user's desktop.
#include "desktoptools.h"
#include "dovecotfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DesktopTools;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = u"desktop-pw"_s;
const QByteArray kSubject = "Smoke test: tray, badge & summary";

// The built binary, or the installed one when MAILBELL_BINARY names it (CI's package step).
QString mailbellBinary()
{
    const QString installed = qEnvironmentVariable("MAILBELL_BINARY");
    return installed.isEmpty() ? QStringLiteral(MAILBELL_BINARY) : installed;
}

} // namespace

class Tst_DesktopSmoke : public QObject
{
    Q_OBJECT

private slots:
    void newMailInTheDesktop();
};

void Tst_DesktopSmoke::newMailInTheDesktop()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run through desktop-session.sh");
    DovecotFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.createUser(u"desktop"_s, kPassword));

    const QString configDir = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/mailbell"_s;
    QVERIFY(QDir().mkpath(configDir));
    QFile accounts(configDir + u"/accounts.conf"_s);
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.write(u"[desktop]\nname = Desktop\nhost = imap.test\nconnect-address = %1\n"
                   "port = %2\nuser = desktop\ncafile = %3\npassword-command = printf %4\n"_s
                       .arg(server.host(), QString::number(server.imapsPort()),
                            server.caCertificatePath(), kPassword)
                       .toUtf8());
    accounts.close();

    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(mailbellBinary(), {});
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&app] { stop(app); });

    // Logged in and watching: the session shows in doveadm who; IDLE follows at once.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto who = server.doveadm({u"who"_s, u"-1"_s});
            return who && who->contains("desktop");
        },
        kWaitMs));
    QTest::qWait(1500);
    const int badgeBefore = badgePixels(screenshot(u"desktop-1-idle"_s));

    const QByteArray rfc822 =
        "From: Grace Hopper <grace@example.org>\r\nTo: desktop@example.org\r\n"
        "Subject: "
        + kSubject
        + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\nMessage-ID: <smoke@example.org>\r\n\r\n"
          "Found the bug: a moth in relay 70.\r\n";
    QVERIFY(server.appendMessage(u"desktop"_s, u"INBOX"_s, rfc822));

    // dunst shows it (its history, read at the end, holds it once closed).
    QVERIFY(QTest::qWaitFor(
        [] {
            return run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).trimmed().toInt() > 0;
        },
        kWaitMs));
    QTest::qWait(500); // let dunst draw
    const QImage withMail = screenshot(u"desktop-2-notification"_s);
    const int badgeAfter = badgePixels(withMail);
    QVERIFY2(badgeAfter > badgeBefore + 10,
             qPrintable(u"badge pixels before %1, after %2"_s.arg(badgeBefore).arg(badgeAfter)));

    // The default action (a click on the notification) opens the summary window.
    run(u"dunstctl"_s, {u"action"_s, u"0"_s});
    QVERIFY2(QTest::qWaitFor([] { return windowExists(u"Smoke test"_s); }, kWaitMs),
             "the message-summary window did not open");
    QTest::qWait(500);
    screenshot(u"desktop-3-summary"_s);

    run(u"dunstctl"_s, {u"close-all"_s});
    QVERIFY(QTest::qWaitFor(
        [] {
            for (const QString &shown : dunstHistory()) {
                if (shown.contains(QString::fromUtf8(kSubject).toHtmlEscaped())
                    || shown.contains(QString::fromUtf8(kSubject)))
                    return true;
            }
            return false;
        },
        kWaitMs));
}

QTEST_GUILESS_MAIN(Tst_DesktopSmoke)
#include "tst_desktopsmoke.moc"
