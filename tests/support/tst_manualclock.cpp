// ManualClock, the engine tests' time: timers fire at their deadlines in order (ties in arming
// order), handlers may arm timers during an advance, repeating timers re-arm, posted events are
// delivered after each firing, and nothing fires before its time.
#include "manualclock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

class Tst_ManualClock : public QObject
{
    Q_OBJECT

private:
    // A named single-shot timer that logs "name@ms" when it fires.
    Timer *timer(ManualClock &clock, QObject *parent, const QString &name, QStringList &log)
    {
        Timer *t = clock.createTimer(parent);
        t->setObjectName(name);
        t->setSingleShot(true);
        connect(t, &Timer::timeout, parent,
                [&clock, &log, name] { log << u"%1@%2"_s.arg(name).arg(clock.monotonicMs()); });
        return t;
    }

private slots:
    void firesInDeadlineOrderAtTheirTimes()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        timer(clock, &parent, u"late"_s, log)->start(300);
        timer(clock, &parent, u"early"_s, log)->start(100);
        timer(clock, &parent, u"tieFirst"_s, log)->start(200);
        timer(clock, &parent, u"tieSecond"_s, log)->start(200);
        QCOMPARE(clock.armedTimerNames(),
                 (QStringList {u"early"_s, u"tieFirst"_s, u"tieSecond"_s, u"late"_s}));
        clock.advance(99);
        QVERIFY(log.isEmpty());
        clock.advance(1000);
        QCOMPARE(
            log,
            (QStringList {u"early@100"_s, u"tieFirst@200"_s, u"tieSecond@200"_s, u"late@300"_s}));
        QCOMPARE(clock.monotonicMs(), 1099);
        QCOMPARE(clock.armedTimerNames(), QStringList());
    }

    void handlersArmTimersDuringTheAdvance()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        Timer *second = timer(clock, &parent, u"second"_s, log);
        Timer *first = timer(clock, &parent, u"first"_s, log);
        connect(first, &Timer::timeout, &parent, [second] { second->start(50); });
        first->start(100);
        clock.advance(149);
        QCOMPARE(log, QStringList {u"first@100"_s});
        QCOMPARE(second->remainingTime(), 1);
        clock.advance(1);
        QCOMPARE(log, (QStringList {u"first@100"_s, u"second@150"_s}));
    }

    void restartMovesTheDeadlineAndStopDisarms()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        Timer *t = timer(clock, &parent, u"t"_s, log);
        t->start(100);
        clock.advance(60);
        t->start(100); // restarted: due at 160
        clock.advance(99);
        QVERIFY(log.isEmpty());
        clock.advance(1);
        QCOMPARE(log, QStringList {u"t@160"_s});
        QVERIFY(!t->isActive());
        QCOMPARE(t->remainingTime(), -1);
        t->start(10);
        t->stop();
        clock.advance(100);
        QCOMPARE(log.size(), 1);
    }

    void repeatingTimerFiresEveryInterval()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        Timer *t = timer(clock, &parent, u"r"_s, log);
        t->setSingleShot(false);
        t->start(1000);
        clock.advance(3500);
        QCOMPARE(log, (QStringList {u"r@1000"_s, u"r@2000"_s, u"r@3000"_s}));
        QCOMPARE(t->remainingTime(), 500);
        QCOMPARE(clock.takeFired(), (QStringList {u"r"_s, u"r"_s, u"r"_s}));
        QCOMPARE(clock.takeFired(), QStringList());
    }

    // A queued call a firing posts runs before the next timer fires.
    void postedEventsSettleBetweenFirings()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        Timer *a = timer(clock, &parent, u"a"_s, log);
        timer(clock, &parent, u"b"_s, log)->start(20);
        connect(a, &Timer::timeout, &parent, [&] {
            QMetaObject::invokeMethod(
                &parent, [&] { log << u"queued"_s; }, Qt::QueuedConnection);
        });
        a->start(10);
        clock.advance(20);
        QCOMPARE(log, (QStringList {u"a@10"_s, u"queued"_s, u"b@20"_s}));
    }

    void deletedTimersAreForgotten()
    {
        ManualClock clock;
        QStringList log;
        auto *parent = new QObject;
        timer(clock, parent, u"gone"_s, log)->start(10);
        QPointer<QObject> watch(parent);
        parent->deleteLater();
        clock.settle(); // delivers the deferred delete
        QVERIFY(watch.isNull());
        QCOMPARE(clock.nextDueInMs(), -1);
        clock.advance(100);
        QVERIFY(log.isEmpty());
    }

    void wallClockMovesWithMonotonicTime()
    {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.nowUtc(), start);
        clock.advance(90'000);
        QCOMPARE(clock.nowUtc(), start.addSecs(90));
        QCOMPARE(clock.monotonicMs(), 90'000);
    }

    void advanceToNextTimer()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        QVERIFY(!clock.advanceToNextTimer());
        timer(clock, &parent, u"t"_s, log)->start(29 * 60 * 1000);
        QCOMPARE(clock.nextDueInMs(), 29 * 60 * 1000);
        QVERIFY(clock.advanceToNextTimer());
        QCOMPARE(log, QStringList {u"t@1740000"_s});
    }

    // What the fuzz harness relies on to reuse a session: restore() puts the time, the armed
    // timers (deadlines, intervals, arming order) and the fired list back as snapshot() saw them.
    void restorePutsTimeAndTimersBack()
    {
        ManualClock clock;
        QObject parent;
        QStringList log;
        Timer *once = timer(clock, &parent, u"once"_s, log);
        Timer *tie = timer(clock, &parent, u"tie"_s, log);
        Timer *idle = timer(clock, &parent, u"idle"_s, log);
        once->start(100);
        tie->start(300);
        clock.advance(50);
        const ManualClock::Snapshot saved = clock.snapshot();

        clock.advance(1000); // fires once and tie
        idle->setSingleShot(false);
        idle->start(10); // armed after tie: would now win a tie against it
        tie->start(260);
        QVERIFY(clock.restore(saved));
        QCOMPARE(clock.monotonicMs(), 50);
        QCOMPARE(clock.armedTimerNames(), (QStringList {u"once"_s, u"tie"_s}));
        QVERIFY(idle->isSingleShot());
        clock.takeFired();
        log.clear();
        clock.advance(1000);
        QCOMPARE(log, (QStringList {u"once@100"_s, u"tie@300"_s}));

        delete idle; // a timer that is gone: the snapshot no longer fits
        QVERIFY(!clock.restore(saved));
    }
};

QTEST_GUILESS_MAIN(Tst_ManualClock)
#include "tst_manualclock.moc"
