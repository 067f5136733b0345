#include "manualclock.h"

#include <QCoreApplication>
#include <QEvent>

#include <limits>

using namespace Qt::StringLiterals;

class ManualTimer final : public ImapCore::Timer
{
public:
    ManualTimer(ManualClock *clock, QObject *parent)
        : ImapCore::Timer(parent)
        , m_clock(clock)
    { }
    ~ManualTimer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }

    void start(int ms) override
    {
        setInterval(ms);
        if (!m_clock)
            return;
        m_active = true;
        arm(m_clock->m_now + interval());
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int remainingTime() const override
    {
        return m_active && m_clock ? int(m_deadline - m_clock->m_now) : -1;
    }

    void arm(qint64 deadline)
    {
        m_deadline = deadline;
        m_sequence = m_clock->m_nextSequence++;
    }

    ManualClock *m_clock;
    bool m_active = false;
    qint64 m_deadline = 0;
    quint64 m_sequence = 0;
};

ManualClock::ManualClock(const QDateTime &wallStart)
    : m_wallStart(wallStart.isValid() ? wallStart.toUTC()
                                      : QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
{ }

ManualClock::~ManualClock()
{
    for (ManualTimer *timer : std::as_const(m_timers)) {
        timer->m_clock = nullptr;
        timer->m_active = false;
    }
}

ImapCore::Timer *ManualClock::createTimer(QObject *parent, Qt::TimerType)
{
    auto *timer = new ManualTimer(this, parent);
    m_timers.append(timer);
    return timer;
}

void ManualClock::deliverPostedEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

ManualTimer *ManualClock::earliest(qint64 limit) const
{
    ManualTimer *best = nullptr;
    for (ManualTimer *timer : m_timers) {
        if (!timer->m_active || timer->m_deadline > limit)
            continue;
        if (!best || timer->m_deadline < best->m_deadline
            || (timer->m_deadline == best->m_deadline && timer->m_sequence < best->m_sequence))
            best = timer;
    }
    return best;
}

void ManualClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    const qint64 target = m_now + std::max<qint64>(0, ms);
    deliverPostedEvents();
    // A repeating zero-interval timer would fire forever without time passing.
    constexpr int maxFirings = 100'000;
    for (int firings = 0; firings < maxFirings; ++firings) {
        ManualTimer *timer = earliest(target);
        if (!timer)
            break;
        m_now = std::max(m_now, timer->m_deadline);
        if (timer->isSingleShot())
            timer->m_active = false;
        else
            timer->arm(m_now + std::max(1, timer->interval()));
        m_fired.append(timer->objectName());
        Q_EMIT timer->timeout();
        deliverPostedEvents();
        if (firings + 1 == maxFirings)
            qWarning("ManualClock: %d timers fired in one advance; stopping", maxFirings);
    }
    m_now = target;
    deliverPostedEvents();
}

qint64 ManualClock::nextDueInMs() const
{
    const ManualTimer *timer = earliest(std::numeric_limits<qint64>::max());
    return timer ? std::max<qint64>(0, timer->m_deadline - m_now) : -1;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 due = nextDueInMs();
    if (due < 0)
        return false;
    advance(due);
    return true;
}

void ManualClock::settleServing(const std::function<void()> &serve, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        serve();
        settle();
    }
    serve();
}

void ManualClock::passServing(qint64 ms, const std::function<void()> &serve, int rounds)
{
    const qint64 end = m_now + ms;
    settleServing(serve, rounds);
    for (int firings = 0; firings < 10'000; ++firings) {
        const qint64 due = nextDueInMs();
        if (due < 0 || m_now + due > end)
            break;
        advance(due);
        settleServing(serve, rounds);
    }
    advance(end - m_now);
    settleServing(serve, rounds);
}

QList<ManualClock::Armed> ManualClock::armedTimers() const
{
    QList<const ManualTimer *> armed;
    for (const ManualTimer *timer : m_timers) {
        if (timer->m_active)
            armed.append(timer);
    }
    std::sort(armed.begin(), armed.end(), [](const ManualTimer *a, const ManualTimer *b) {
        return a->m_deadline != b->m_deadline ? a->m_deadline < b->m_deadline
                                              : a->m_sequence < b->m_sequence;
    });
    QList<Armed> result;
    for (const ManualTimer *timer : std::as_const(armed))
        result.append({timer->objectName(), timer->m_deadline - m_now, timer->interval(),
                       timer->isSingleShot()});
    return result;
}

ManualClock::Snapshot ManualClock::snapshot() const
{
    Snapshot snapshot;
    snapshot.now = m_now;
    snapshot.nextSequence = m_nextSequence;
    snapshot.fired = m_fired;
    for (ManualTimer *timer : m_timers)
        snapshot.timers.append({timer, timer->m_active, timer->isSingleShot(), timer->interval(),
                                timer->m_deadline, timer->m_sequence});
    return snapshot;
}

bool ManualClock::restore(const Snapshot &snapshot)
{
    if (snapshot.timers.size() != m_timers.size())
        return false;
    for (qsizetype i = 0; i < m_timers.size(); ++i) {
        if (snapshot.timers.at(i).timer != m_timers.at(i))
            return false;
    }
    m_now = snapshot.now;
    m_nextSequence = snapshot.nextSequence;
    m_fired = snapshot.fired;
    for (const Snapshot::TimerState &state : snapshot.timers) {
        state.timer->m_active = state.active;
        state.timer->setSingleShot(state.singleShot);
        state.timer->setInterval(state.interval);
        state.timer->m_deadline = state.deadline;
        state.timer->m_sequence = state.sequence;
    }
    return true;
}

QStringList ManualClock::armedTimerNames() const
{
    QStringList names;
    for (const Armed &armed : armedTimers())
        names.append(armed.name.isEmpty() ? u"(unnamed)"_s : armed.name);
    return names;
}
