// Resume from suspend reaches the app: logind's PrepareForSleep(true) then (false), emitted on a
// stand-in system bus by a fake org.freedesktop.login1, become aboutToSleep() and resumed().
#include "privatebus.h"
#include "tray/systemevents.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class Tst_SystemEvents : public QObject
{
    Q_OBJECT

private slots:
    void prepareForSleepBecomesResumed();
    void noSystemBusIsFine();
    void constructionNeverWaitsForTheBus();
};

void Tst_SystemEvents::prepareForSleepBecomesResumed()
{
    PrivateBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    QDBusConnection logind = QDBusConnection::connectToBus(bus.address(), u"fake-logind"_s);
    QVERIFY(logind.isConnected());
    QVERIFY(logind.registerService(u"org.freedesktop.login1"_s));
    QDBusConnection app = QDBusConnection::connectToBus(bus.address(), u"app"_s);
    QVERIFY(app.isConnected());

    SystemEvents events(app);
    QVERIFY(events.watchesSleep());
    QSignalSpy sleeping(&events, &SystemEvents::aboutToSleep);
    QSignalSpy resumed(&events, &SystemEvents::resumed);

    auto prepareForSleep = [&](bool start) {
        QDBusMessage signal =
            QDBusMessage::createSignal(u"/org/freedesktop/login1"_s,
                                       u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
        signal << start;
        QVERIFY(logind.send(signal));
    };
    prepareForSleep(true);
    QTRY_COMPARE_WITH_TIMEOUT(sleeping.size(), 1, 10'000);
    QCOMPARE(resumed.size(), 0);
    prepareForSleep(false);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10'000);
    QCOMPARE(sleeping.size(), 1);

    // The same signal from someone who is not logind is not a resume.
    QDBusConnection stranger = QDBusConnection::connectToBus(bus.address(), u"stranger"_s);
    QDBusMessage forged = QDBusMessage::createSignal(
        u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
    forged << false;
    QVERIFY(stranger.send(forged));
    prepareForSleep(false); // a marker that the forged one was processed before it
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 2, 10'000);
    QTest::qWait(100);
    QCOMPARE(resumed.size(), 2);

    QDBusConnection::disconnectFromBus(u"stranger"_s);
    QDBusConnection::disconnectFromBus(u"app"_s);
    QDBusConnection::disconnectFromBus(u"fake-logind"_s);
}

void Tst_SystemEvents::noSystemBusIsFine()
{
    const QDBusConnection none =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent"_s, u"none"_s);
    QVERIFY(!none.isConnected());
    SystemEvents events(none);
    QVERIFY(!events.watchesSleep());
    QDBusConnection::disconnectFromBus(u"none"_s);
}

void Tst_SystemEvents::constructionNeverWaitsForTheBus()
{
    // With the bus frozen, asking it anything synchronously (GetNameOwner of logind's name)
    // would block for the D-Bus timeout (25 s); the watch is set up without waiting, and
    // logind's signals are believed once its owner is known.
    PrivateBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    QDBusConnection logind = QDBusConnection::connectToBus(bus.address(), u"slow-logind"_s);
    QVERIFY(logind.isConnected());
    QVERIFY(logind.registerService(u"org.freedesktop.login1"_s));
    QDBusConnection app = QDBusConnection::connectToBus(bus.address(), u"slow-app"_s);
    QVERIFY(app.isConnected());

    QVERIFY(bus.freeze());
    QElapsedTimer timer;
    timer.start();
    auto events = std::make_unique<SystemEvents>(app);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(bus.thaw());
    qInfo("the constructor took %lld ms with the bus frozen", elapsed);
    // 5 s: far above a constructor that only sends, far below the 25 s of a blocking call.
    QVERIFY2(elapsed < 5000, qPrintable(u"the constructor took %1 ms"_s.arg(elapsed)));
    QVERIFY(events->watchesSleep());

    QSignalSpy resumed(events.get(), &SystemEvents::resumed);
    QDBusMessage signal = QDBusMessage::createSignal(
        u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
    signal << false;
    // The owner is learnt asynchronously: a signal sent before that is dropped, so send until
    // one arrives.
    QVERIFY(QTest::qWaitFor(
        [&] {
            logind.send(signal);
            return QTest::qWaitFor([&] { return !resumed.isEmpty(); }, 200);
        },
        10'000));

    events.reset();
    QDBusConnection::disconnectFromBus(u"slow-app"_s);
    QDBusConnection::disconnectFromBus(u"slow-logind"_s);
}

QTEST_GUILESS_MAIN(Tst_SystemEvents)
#include "tst_systemevents.moc"
