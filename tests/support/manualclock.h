#pragma once

#include "engine/clock.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class ManualTimer;

/// A Clock for engine unit tests whose time moves only when the test says so. advance(ms) fires
/// every timer that falls due on the way at its own deadline, earliest first (ties in the order
/// they were armed), including timers the handlers arm or re-arm during the advance; after each
/// firing the events it posted (queued connections, deleteLater) are delivered, so the engine
/// has settled before the next timer fires or advance() returns. Real intervals (29 minutes,
/// 120 seconds) cost no real time. Timers are named by their objectName in armedTimers().
///
/// The clock must outlive the objects using it: declare it before them.
class ManualClock : public ImapCore::Clock
{
public:
    struct Armed
    {
        QString name; // the timer's objectName
        qint64 dueInMs = 0;
        int intervalMs = 0;
        bool singleShot = true;
    };

    // Monotonic time starts at 0; wall time at wallStart (2026-01-01T00:00:00Z by default).
    explicit ManualClock(const QDateTime &wallStart = {});
    ~ManualClock() override;

    qint64 monotonicMs() const override { return m_now; }
    QDateTime nowUtc() const override { return m_wallStart.addMSecs(m_now); }
    ImapCore::Timer *createTimer(QObject *parent, Qt::TimerType type = Qt::CoarseTimer) override;

    // Moves time forward by ms (>= 0), firing what falls due on the way (see the class comment).
    void advance(qint64 ms);
    // Delivers posted events and fires the timers due now: advance(0).
    void settle() { advance(0); }
    // Milliseconds until the earliest armed timer is due; -1 when none is armed.
    qint64 nextDueInMs() const;
    // Advances to the earliest armed timer's deadline (firing it); false when none is armed.
    bool advanceToNextTimer();

    // For a test that plays a fake server, whose serve() answers what the client wrote: the
    // answers and the posted events are delivered, rounds times in turn, then serve() once more;
    // no time passes.
    void settleServing(const std::function<void()> &serve, int rounds = 5);
    // Lets ms pass timer by timer (at most 10,000 firings), settling with serve after each.
    void passServing(qint64 ms, const std::function<void()> &serve, int rounds = 5);

    // The armed timers, earliest first.
    QList<Armed> armedTimers() const;
    // Their names, earliest first.
    QStringList armedTimerNames() const;
    // The names of the timers fired since the last call, in firing order.
    QStringList takeFired() { return std::exchange(m_fired, {}); }

    // The time and every timer's state, for restore(): the fuzz harness reuses one session
    // across inputs and puts the clock back after each. Opaque to callers.
    struct Snapshot
    {
        struct TimerState
        {
            ManualTimer *timer = nullptr;
            bool active = false;
            bool singleShot = true;
            int interval = 0;
            qint64 deadline = 0;
            quint64 sequence = 0;
        };
        qint64 now = 0;
        quint64 nextSequence = 0;
        QStringList fired;
        QList<TimerState> timers;
    };
    Snapshot snapshot() const;
    // Puts the time and the timers back as snapshot() saw them. Returns false (and changes
    // nothing) when the set of live timers is not the one of the snapshot.
    bool restore(const Snapshot &snapshot);

private:
    friend class ManualTimer;
    ManualTimer *earliest(qint64 limit) const;
    static void deliverPostedEvents();

    QDateTime m_wallStart;
    qint64 m_now = 0;
    quint64 m_nextSequence = 0; // arming order, for ties
    QList<ManualTimer *> m_timers; // every live timer made by this clock
    QStringList m_fired;
};
