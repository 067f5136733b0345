// ManualCheck, "Check now" as the user sees it, fed the engine's signals by hand (short timings):
// it runs until every account has answered (an account that was not online must report its new
// attempt; none may be connecting), news has stopped coming, and the minimum time passed, or
// until the maximum; the result says what was found in a line or a few. The tray icon shows
// "Checking…" (menu item disabled, tooltip) while it runs and the result afterwards.
#include "tray/manualcheck.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::ErrorKind;
using ImapCore::ImapError;
using State = ImapCore::AccountStatus::State;

namespace {

constexpr int kMinimumMs = 200;
constexpr int kQuietMs = 100;
constexpr int kMaximumMs = 3'000;

AccountInfo account(const QString &id, const QString &name)
{
    AccountInfo info;
    info.id = id;
    info.displayName = name;
    return info;
}

AccountStatus status(const QString &id, State state, ErrorKind kind = ErrorKind::None)
{
    AccountStatus s;
    s.accountId = id;
    s.state = state;
    if (kind != ErrorKind::None)
        s.error = ImapError::make(kind, u"connection refused"_s);
    return s;
}

QAction *checkAction(const TrayIcon &tray)
{
    for (QAction *action : tray.menu()->actions()) {
        if (action->text().contains(u"Check"_s))
            return action;
    }
    return nullptr;
}

} // namespace

class Tst_ManualCheck : public QObject
{
    Q_OBJECT

private slots:
    void onlineAccountsNothingNew();
    void newMailIsCounted();
    void accountInErrorIsAwaited();
    void accountStillFailingIsNamed();
    void givesUpAtTheMaximum();
    void trayShowsCheckingThenResult();
};

void Tst_ManualCheck::onlineAccountsNothingNew()
{
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, kMaximumMs);
    check.setAccounts({account(u"a"_s, u"Home"_s), account(u"b"_s, u"Work"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Online));
    check.accountStatusChanged(status(u"b"_s, State::Online));
    QSignalSpy running(&check, &ManualCheck::runningChanged);
    QSignalSpy finished(&check, &ManualCheck::finished);
    QElapsedTimer clock;
    clock.start();
    check.start();
    check.start(); // a second click while it runs changes nothing
    QVERIFY(check.isRunning());
    QCOMPARE(running.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(clock.elapsed() >= kMinimumMs); // long enough to be seen
    QCOMPARE(running.count(), 2);
    const auto result = finished.first().first().value<ManualCheck::Result>();
    QCOMPARE(result.newMessages, 0);
    QCOMPARE(result.text, u"No new mail"_s);
    QVERIFY(result.problems.isEmpty());
}

void Tst_ManualCheck::newMailIsCounted()
{
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, kMaximumMs);
    check.setAccounts({account(u"a"_s, u"Home"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Online));
    QSignalSpy finished(&check, &ManualCheck::finished);
    check.messagesArrived(5); // before the check: not its finding
    check.start();
    check.messagesArrived(2);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<ManualCheck::Result>();
    QCOMPARE(result.newMessages, 2);
    QVERIFY2(result.text.startsWith(u"2 new message"_s), qPrintable(result.text));
}

void Tst_ManualCheck::accountInErrorIsAwaited()
{
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, kMaximumMs);
    check.setAccounts({account(u"a"_s, u"Home"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Error, ErrorKind::TlsUntrusted));
    QSignalSpy finished(&check, &ManualCheck::finished);
    check.start();
    QTest::qWait(kMinimumMs * 2);
    QCOMPARE(finished.count(), 0); // its retry has not answered yet
    check.accountStatusChanged(status(u"a"_s, State::Connecting));
    QTest::qWait(kQuietMs * 2);
    QCOMPARE(finished.count(), 0);
    check.accountStatusChanged(status(u"a"_s, State::Online));
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<ManualCheck::Result>();
    QCOMPARE(result.text, u"No new mail"_s);
}

void Tst_ManualCheck::accountStillFailingIsNamed()
{
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, kMaximumMs);
    check.setAccounts({account(u"a"_s, u"Home"_s), account(u"b"_s, u"Work"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Online));
    check.accountStatusChanged(status(u"b"_s, State::Reconnecting, ErrorKind::ConnectionRefused));
    QSignalSpy finished(&check, &ManualCheck::finished);
    check.start();
    check.accountStatusChanged(status(u"b"_s, State::Connecting));
    check.accountStatusChanged(status(u"b"_s, State::Reconnecting, ErrorKind::ConnectionRefused));
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<ManualCheck::Result>();
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().startsWith(u"Work: "_s), qPrintable(result.text));
    QVERIFY2(result.text.startsWith(u"No new mail\nWork: "_s), qPrintable(result.text));
}

void Tst_ManualCheck::givesUpAtTheMaximum()
{
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, 600);
    check.setAccounts({account(u"a"_s, u"Home"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Reconnecting, ErrorKind::ConnectionRefused));
    QSignalSpy finished(&check, &ManualCheck::finished);
    check.start();
    check.accountStatusChanged(status(u"a"_s, State::Connecting)); // and never an answer
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!check.isRunning());
    const auto result = finished.first().first().value<ManualCheck::Result>();
    QVERIFY2(result.text.contains(u"Home: "_s), qPrintable(result.text));
}

void Tst_ManualCheck::trayShowsCheckingThenResult()
{
    TrayIcon tray;
    ManualCheck check;
    check.setTimings(kMinimumMs, kQuietMs, kMaximumMs);
    check.setAccounts({account(u"a"_s, u"Home"_s)});
    tray.setAccounts({account(u"a"_s, u"Home"_s)});
    check.accountStatusChanged(status(u"a"_s, State::Online));
    connect(&check, &ManualCheck::runningChanged, &tray, &TrayIcon::setChecking);
    connect(&check, &ManualCheck::finished, &tray,
            [&tray](const ManualCheck::Result &result) { tray.setLastCheck(result.text); });
    QAction *action = checkAction(tray);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Check now"_s);
    check.start();
    QCOMPARE(action->text(), u"Checking…"_s);
    QVERIFY(!action->isEnabled());
    QVERIFY2(tray.toolTip().endsWith(u"Checking for new mail…"_s), qPrintable(tray.toolTip()));
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    tray.menu()->adjustSize();
    QVERIFY(tray.menu()->grab().save(QStringLiteral(SCREENSHOT_DIR "/tray-menu-checking.png")));
    QTRY_VERIFY(!check.isRunning());
    QCOMPARE(action->text(), u"&Check now"_s);
    QVERIFY(action->isEnabled());
    QVERIFY2(tray.toolTip().endsWith(u"No new mail"_s), qPrintable(tray.toolTip()));
}

QTEST_MAIN(Tst_ManualCheck)
#include "tst_manualcheck.moc"
