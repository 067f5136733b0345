#include "engine/clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace ImapCore {

namespace {

class SystemTimer final : public Timer
{
public:
    SystemTimer(Qt::TimerType type, QObject *parent)
        : Timer(parent)
        , m_timer(this) // a child, so it follows moveToThread()
    {
        m_timer.setTimerType(type);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }

    void start(int ms) override
    {
        setInterval(ms);
        m_timer.setSingleShot(isSingleShot());
        m_timer.start(interval());
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    int remainingTime() const override { return m_timer.remainingTime(); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    qint64 monotonicMs() const override
    {
        static const QElapsedTimer start = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        return start.elapsed();
    }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    Timer *createTimer(QObject *parent, Qt::TimerType type) override
    {
        return new SystemTimer(type, parent);
    }
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace ImapCore
