// Against a real notification server: dunst on a private Xvfb display and a private bus. What
// the fake server cannot prove: that a real daemon accepts our Notify calls as they are (hint
// types, actions, markup), shows mail text literally (escaped body, plain summary), and that its
// ActionInvoked (default action and the context menu's "Mark as read") reach
// NotificationCenter as requests. Skips where Xvfb or dunst is missing.
#include "dbusnotifier.h"
#include "notificationcenter.h"
#include "privatebus.h"
#include "requiretool.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::MailAddress;
using ImapCore::MessageRef;
using ImapCore::MessageSummary;

namespace {
constexpr int kWaitMs = 20000;

MessageSummary message(quint32 uid, const QString &subject)
{
    MessageSummary m;
    m.accountId = u"acct-1"_s;
    m.folder = u"INBOX"_s;
    m.uid = uid;
    m.uidValidity = 3;
    m.from = {MailAddress {u"Alice Example"_s, u"alice@example.org"_s, {}}};
    m.subject = subject;
    m.preview = u"See you <b>soon</b> & bring snacks"_s;
    return m;
}
} // namespace

class TestNotifyDunst : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void realServerTakesOurNotifications();

private:
    static void stop(QProcess &process);
    QByteArray dunstctl(const QStringList &arguments);
    int displayed();

    QTemporaryDir m_dir;
    PrivateBus m_bus;
    QProcess m_xvfb;
    QProcess m_dunst;
    QProcessEnvironment m_env;
    QDBusConnection m_client {u"none"_s};
};

void TestNotifyDunst::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QByteArray TestNotifyDunst::dunstctl(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(u"dunstctl"_s, arguments);
    if (!p.waitForFinished(kWaitMs))
        return {};
    return p.readAllStandardOutput().trimmed();
}

int TestNotifyDunst::displayed()
{
    bool ok = false;
    const int n = dunstctl({u"count"_s, u"displayed"_s}).toInt(&ok);
    return ok ? n : -1;
}

void TestNotifyDunst::initTestCase()
{
    QStringList missing;
    for (const QString &tool : {u"Xvfb"_s, u"dunst"_s, u"dunstctl"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    MAILBELL_REQUIRE_TOOL(missing.isEmpty() ? QString()
                                            : u"needs Xvfb, dunst and dunstctl; missing: "_s
                                  + missing.join(u", "_s) + u" (Debian packages xvfb, dunst)"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));

    // -displayfd: the server picks a free display and prints its number.
    m_xvfb.start(
        u"Xvfb"_s,
        {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"800x600x24"_s, u"-nolisten"_s, u"tcp"_s});
    QVERIFY(m_xvfb.waitForStarted(kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_xvfb.canReadLine() || m_xvfb.state() == QProcess::NotRunning; }, kWaitMs));
    const QByteArray display = m_xvfb.readLine().trimmed();
    QVERIFY2(!display.isEmpty(), m_xvfb.readAllStandardError().constData());

    // Notifications stay until closed; the "menu" picks "Mark as read" from dunst's list.
    const QString picker = m_dir.filePath(u"pick-action.sh"_s);
    QFile script(picker);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\ngrep -m1 -F 'Mark as read'\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
    QFile config(m_dir.filePath(u"dunstrc"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[global]\n    dmenu = " + picker.toUtf8()
                 + "\n    font = Monospace 8\n    markup = full\n"
                   "[urgency_low]\n    timeout = 0\n"
                   "[urgency_normal]\n    timeout = 0\n"
                   "[urgency_critical]\n    timeout = 0\n");
    config.close();

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"DISPLAY"_s, u":"_s + QString::fromLatin1(display));
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_bus.address());
    m_env.insert(u"HOME"_s, m_dir.path());
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_dunst.setProcessEnvironment(m_env);
    m_dunst.setProcessChannelMode(QProcess::MergedChannels);
    m_dunst.start(u"dunst"_s, {u"-config"_s, config.fileName()});
    QVERIFY(m_dunst.waitForStarted(kWaitMs));

    m_client = QDBusConnection::connectToBus(m_bus.address(), u"client"_s);
    QVERIFY(m_client.isConnected());
}

void TestNotifyDunst::cleanupTestCase()
{
    m_client = QDBusConnection(u"none"_s);
    QDBusConnection::disconnectFromBus(u"client"_s);
    stop(m_dunst);
    stop(m_xvfb);
}

void TestNotifyDunst::realServerTakesOurNotifications()
{
    // dunst takes its name a moment after it starts; a notifier created earlier finds it then.
    DbusNotifier notifier(m_client);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.state(), DbusNotifier::State::Available, kWaitMs);
    // Debian's default dunstrc has "markup = full", as here: the case where escaping matters.
    QVERIFY2(notifier.capabilities().contains(u"actions"_s)
                 && notifier.capabilities().contains(u"body-markup"_s),
             qPrintable(notifier.capabilities().join(u' ')));
    QTRY_VERIFY_WITH_TIMEOUT(!notifier.serverName().isEmpty(), kWaitMs);
    qInfo("server %s, capabilities %s", qPrintable(notifier.serverName()),
          qPrintable(notifier.capabilities().join(u' ')));

    NotificationCenter center(&notifier);
    center.setAccounts({AccountInfo {u"acct-1"_s, u"Work"_s, {}, {}, {}, {}, 993, {}}});
    QSignalSpy open(&center, &NotificationCenter::openMessageRequested);
    QSignalSpy markRead(&center, &NotificationCenter::markReadRequested);

    center.messagesArrived({message(1, u"<b>x</b> & <img src=file:///etc/passwd>"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, kWaitMs);

    // The context menu's "Mark as read" (dunst lists our actions; the picker chooses it).
    dunstctl({u"context"_s});
    QTRY_COMPARE_WITH_TIMEOUT(markRead.size(), 1, kWaitMs);
    QCOMPARE(markRead.at(0).at(0).value<MessageRef>(),
             (MessageRef {u"acct-1"_s, u"INBOX"_s, 3, 1}));
    // The center closes it at once; dunst confirms.
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, kWaitMs);
    QCOMPARE(center.activeCount(), 0);

    // The default action (a click) opens the message.
    center.messagesArrived({message(2, u"Second"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, kWaitMs);
    dunstctl({u"action"_s, u"0"_s});
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, kWaitMs);
    QCOMPARE(open.at(0).at(0).value<MessageRef>().uid, 2u);
    // Answered, it goes (dunst itself keeps a notification whose action was invoked).
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, kWaitMs);

    MessageSummary hostileSender = message(3, u"Third"_s);
    hostileSender.from = {MailAddress {u"<i>Eve</i> & co"_s, u"eve@example.org"_s, {}}};
    center.messagesArrived({hostileSender});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, kWaitMs);

    // What dunst kept shows the mail text literally: the markup arrived escaped.
    dunstctl({u"close-all"_s});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, kWaitMs);
    const QByteArray history = dunstctl({u"history"_s});
    QVERIFY2(history.contains("Alice Example"), history.constData());
    QVERIFY2(history.contains("&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=file:///etc/passwd&gt;"),
             history.constData());
    QVERIFY2(!history.contains("<b>x</b>"), history.constData());
    // The summary went as plain text (the spec's rule) and dunst escaped it for its own format:
    // escaping it ourselves would have shown "&lt;" to the user.
    QVERIFY2(history.contains("<b>&lt;i&gt;Eve&lt;/i&gt; &amp; co</b>"), history.constData());
    qInfo("dunst history: %s", history.simplified().constData());
}

MAILBELL_TEST_GUILESS_MAIN(TestNotifyDunst)
#include "tst_notify_dunst.moc"
