// End to end with real parts: a real MailEngine on the private Dovecot, NotificationCenter and
// DbusNotifier on a private bus with a fake notification server. APPEND -> Notify; the user's
// "Mark as read" (ActionInvoked) -> the message is \Seen on the server; a message read by
// another client -> its notification is closed.
#include "dbusnotifier.h"
#include "enginerun.h"
#include "fakenotifications.h"
#include "notificationcenter.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using namespace EngineTest;

class TestNotifyDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void markReadActionMakesMessageSeen();
    void readElsewhereClosesNotification();

private:
    // Everything of one run, wired as the app wires it.
    struct Rig
    {
        Rig(TestNotifyDovecot &test, const QString &user)
            : run(test.m_server, user, test.m_dir.filePath(user + u".json"_s))
            , notifier(test.m_client)
            , center(&notifier)
        {
            center.setAccounts({AccountInfo {run.spec.id, u"Work"_s, {}, {}, {}, {}, 993, {}}});
            QObject::connect(run.engine.get(), &MailEngine::messagesArrived, &center,
                             &NotificationCenter::messagesArrived);
            QObject::connect(run.engine.get(), &MailEngine::flagsChanged, &center,
                             &NotificationCenter::flagsChanged);
            QObject::connect(
                run.engine.get(), &MailEngine::messageExpunged, &center,
                [this](const MessageRef &ref, quint32) { center.messageExpunged(ref); });
            QObject::connect(&center, &NotificationCenter::markReadRequested, run.engine.get(),
                             &MailEngine::markSeen);
        }
        EngineRun run;
        DbusNotifier notifier;
        NotificationCenter center;
    };

    bool isSeen(const QString &user, quint32 uid)
    {
        const auto out = m_server.doveadm({u"fetch"_s, u"-u"_s, user, u"flags"_s, u"mailbox"_s,
                                           kInbox, u"uid"_s, QString::number(uid)});
        return out && out->contains("\\Seen");
    }

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    PrivateBus m_bus;
    QDBusConnection m_client {u"none"_s};
    QDBusConnection m_serverBus {u"none"_s};
    std::unique_ptr<FakeNotifications> m_fake;
};

void TestNotifyDovecot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    m_client = QDBusConnection::connectToBus(m_bus.address(), u"client"_s);
    m_serverBus = QDBusConnection::connectToBus(m_bus.address(), u"fake-notifd"_s);
    QVERIFY(m_client.isConnected() && m_serverBus.isConnected());
    m_fake = std::make_unique<FakeNotifications>(
        QStringList {u"actions"_s, u"body"_s, u"body-markup"_s});
    QVERIFY(m_fake->registerOn(m_serverBus));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestNotifyDovecot::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    m_fake.reset();
    QDBusConnection::disconnectFromBus(u"client"_s);
    QDBusConnection::disconnectFromBus(u"fake-notifd"_s);
}

void TestNotifyDovecot::markReadActionMakesMessageSeen()
{
    const QString user = u"notify-markread"_s;
    QVERIFY(m_server.createUser(user, kPassword));
    Rig rig(*this, user);
    rig.run.start();
    QVERIFY(rig.run.waitReady());
    const qsizetype before = m_fake->calls.size();

    const auto uid = m_server.appendMessage(user, kInbox, message("Quarterly <report> & more"));
    QVERIFY(uid);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), before + 1, kWaitMs);
    const FakeNotifications::Call call = m_fake->calls.last();
    QCOMPARE(call.summary, u"Bob Sender"_s);
    QVERIFY2(call.body.startsWith(u"Quarterly &lt;report&gt; &amp; more\n"_s),
             qPrintable(call.body));
    QVERIFY(call.body.endsWith(u"\nWork"_s));
    QVERIFY(call.actions.contains(u"mark-read"_s));
    QVERIFY(!isSeen(user, *uid));

    QSignalSpy markRead(&rig.center, &NotificationCenter::markReadRequested);
    m_fake->invoke(call.id, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(markRead.size(), 1, kWaitMs);
    QVERIFY(QTest::qWaitFor([&] { return isSeen(user, *uid); }, kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->closeCalls.contains(call.id), kWaitMs);
    QCOMPARE(rig.center.activeCount(), 0);
}

void TestNotifyDovecot::readElsewhereClosesNotification()
{
    const QString user = u"notify-elsewhere"_s;
    QVERIFY(m_server.createUser(user, kPassword));
    Rig rig(*this, user);
    rig.run.start();
    QVERIFY(rig.run.waitReady());
    const qsizetype before = m_fake->calls.size();
    const auto uid = m_server.appendMessage(user, kInbox, message("read me on the phone"));
    QVERIFY(uid);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), before + 1, kWaitMs);
    const uint id = m_fake->calls.last().id;
    QCOMPARE(rig.center.activeCount(), 1);

    // Another client reads it: the engine sees the flag change and the notification goes.
    QVERIFY(m_server.addFlags(user, kInbox, *uid, {u"\\Seen"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->closeCalls.contains(id), kWaitMs);
    QCOMPARE(rig.center.activeCount(), 0);
}

// A QApplication: enginerun.h checks the thread through qApp, which means QApplication once
// Widgets is linked (mailbell_notify links it for the tray fallback).
QTEST_MAIN(TestNotifyDovecot)
#include "tst_notify_dovecot.moc"
