// ArrivalPacer: a burst reaches the consumer in slices, one per event-loop turn, in order; small
// batches go straight through; flush() hands over the rest at once so later news cannot overtake
// an arrival.
#include "arrivalpacer.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using ImapCore::MessageSummary;

namespace {

QList<MessageSummary> messages(quint32 first, quint32 count)
{
    QList<MessageSummary> list;
    for (quint32 uid = first; uid < first + count; ++uid) {
        MessageSummary m;
        m.accountId = u"a"_s;
        m.folder = u"INBOX"_s;
        m.uid = uid;
        list.append(m);
    }
    return list;
}

QList<quint32> uidsOf(const QList<QList<MessageSummary>> &slices)
{
    QList<quint32> uids;
    for (const auto &slice : slices) {
        for (const MessageSummary &m : slice)
            uids.append(m.uid);
    }
    return uids;
}

QList<quint32> range(quint32 first, quint32 count)
{
    QList<quint32> uids;
    for (quint32 uid = first; uid < first + count; ++uid)
        uids.append(uid);
    return uids;
}

} // namespace

class TestArrivalPacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallBatchIsImmediate();
    void burstIsSlicedPerTurn();
    void eventsRunBetweenSlices();
    void flushDeliversTheRestInOrder();
    void arrivalsDuringABurstQueueBehindIt();
};

void TestArrivalPacer::smallBatchIsImmediate()
{
    QList<QList<MessageSummary>> got;
    ArrivalPacer pacer([&](const QList<MessageSummary> &s) { got.append(s); }, 4);
    pacer.add(messages(1, 4));
    QCOMPARE(got.size(), 1); // no event-loop turn needed
    QCOMPARE(uidsOf(got), range(1, 4));
    pacer.add({});
    QCOMPARE(got.size(), 1);
}

void TestArrivalPacer::burstIsSlicedPerTurn()
{
    QList<QList<MessageSummary>> got;
    ArrivalPacer pacer([&](const QList<MessageSummary> &s) { got.append(s); }, 4);
    pacer.add(messages(1, 10));
    QCOMPARE(got.size(), 0); // nothing while the caller's event is still running
    QCOMPARE(pacer.pending(), 10);
    QTRY_COMPARE(pacer.pending(), 0);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).size(), 4);
    QCOMPARE(got.at(1).size(), 4);
    QCOMPARE(got.at(2).size(), 2);
    QCOMPARE(uidsOf(got), range(1, 10));
}

void TestArrivalPacer::eventsRunBetweenSlices()
{
    // The point of pacing: a timer due meanwhile runs between two slices, not after all of them.
    QStringList trace;
    ArrivalPacer pacer(
        [&](const QList<MessageSummary> &s) {
            trace.append(u"slice "_s + QString::number(s.size()));
        },
        2);
    pacer.add(messages(1, 6));
    QTimer::singleShot(0, [&] { trace.append(u"timer"_s); });
    QTRY_COMPARE(pacer.pending(), 0);
    QTRY_VERIFY(trace.contains(u"timer"_s));
    QCOMPARE(trace.size(), 4);
    QVERIFY2(trace.indexOf(u"timer"_s) < 3, qPrintable(trace.join(u", "_s)));
}

void TestArrivalPacer::flushDeliversTheRestInOrder()
{
    QList<QList<MessageSummary>> got;
    ArrivalPacer pacer([&](const QList<MessageSummary> &s) { got.append(s); }, 3);
    pacer.add(messages(1, 8));
    pacer.flush(); // before any turn: everything, in one call
    QCOMPARE(got.size(), 1);
    QCOMPARE(uidsOf(got), range(1, 8));
    QTest::qWait(20); // and nothing comes after it
    QCOMPARE(got.size(), 1);

    // A flush from inside the consumer (a flag change handled while a slice is announced).
    got.clear();
    ArrivalPacer *self = nullptr;
    ArrivalPacer reentrant(
        [&](const QList<MessageSummary> &s) {
            got.append(s);
            if (got.size() == 1)
                self->flush();
        },
        3);
    self = &reentrant;
    reentrant.add(messages(1, 8));
    QTRY_COMPARE(reentrant.pending(), 0);
    QTest::qWait(20);
    QCOMPARE(got.size(), 2);
    QCOMPARE(uidsOf(got), range(1, 8));
    reentrant.flush(); // nothing left: no call
    QCOMPARE(got.size(), 2);
}

void TestArrivalPacer::arrivalsDuringABurstQueueBehindIt()
{
    QList<QList<MessageSummary>> got;
    ArrivalPacer pacer([&](const QList<MessageSummary> &s) { got.append(s); }, 5);
    pacer.add(messages(1, 12));
    pacer.add(messages(13, 1)); // small, but must not jump the queue
    QCOMPARE(got.size(), 0);
    QTRY_COMPARE(pacer.pending(), 0);
    QCOMPARE(uidsOf(got), range(1, 13));
}

QTEST_GUILESS_MAIN(TestArrivalPacer)
#include "tst_arrivalpacer.moc"
