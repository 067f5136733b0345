// Issue 9, point 6, in a real (virtual) desktop: the mailbell binary on a desktop WITHOUT a
// tray (desktop-session.sh with MAILBELL_DESKTOP_NO_TRAY=1: Xvfb, openbox, dunst, no tint2)
// shows its stand-in window, titled so; a tray that starts later (tint2, started here) turns
// it into the ordinary recent-messages window and embeds the icon; a tray that goes away
// brings the stand-in back. Screenshots go to MAILBELL_DESKTOP_OUT.
#include "desktoptools.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DesktopTools;

namespace {

// The tray is polled every 3 s (SystemTrayMonitor).
constexpr int kWaitMs = 15'000;

} // namespace

class Tst_DesktopNoTray : public QObject
{
    Q_OBJECT

private slots:
    void trayComesAndGoes();
};

void Tst_DesktopNoTray::trayComesAndGoes()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run through desktop-session.sh");
    // One account on a port nobody listens on: no password dialog, no settings dialog.
    const QString configDir = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/mailbell"_s;
    QVERIFY(QDir().mkpath(configDir));
    QFile accounts(configDir + u"/accounts.conf"_s);
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.write("[notray]\nname = No tray\nhost = 127.0.0.1\nport = 1\nuser = u\n"
                   "password-command = printf x\n");
    accounts.close();

    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(MAILBELL_BINARY), {});
    QVERIFY(app.waitForStarted());
    QProcess tint2;
    auto stopAll = qScopeGuard([&] {
        stop(app);
        stop(tint2);
    });

    QVERIFY2(QTest::qWaitFor([] { return windowExists(u"no system tray found"_s); }, kWaitMs),
             "the stand-in window did not open");
    QTest::qWait(500);
    screenshot(u"notray-1-stand-in"_s);

    tint2.setStandardOutputFile(outDir() + u"/notray-tint2.log"_s);
    tint2.setStandardErrorFile(outDir() + u"/notray-tint2.log"_s);
    tint2.start(u"tint2"_s, {u"-c"_s, QStringLiteral(MAILBELL_TINT2RC)});
    QVERIFY(tint2.waitForStarted());
    QVERIFY2(QTest::qWaitFor([] { return windowExists(u"Recent messages — Mailbell"_s); }, kWaitMs),
             "the window still says there is no tray");
    QVERIFY(!windowExists(u"no system tray found"_s));
    QTest::qWait(1000);
    screenshot(u"notray-2-tray-appeared"_s);

    tint2.terminate();
    QVERIFY(tint2.waitForFinished(5000));
    QVERIFY2(QTest::qWaitFor([] { return windowExists(u"no system tray found"_s); }, kWaitMs),
             "the stand-in window did not come back");
    QCOMPARE(app.state(), QProcess::Running);
    screenshot(u"notray-3-tray-gone"_s);
}

QTEST_GUILESS_MAIN(Tst_DesktopNoTray)
#include "tst_desktopnotray.moc"
