#pragma once

#include <QDateTime>
#include <QObject>
#include <QtGlobal>

namespace ImapCore {

// A timer made by a Clock: the part of QTimer the engine uses. Like QTimer, start(ms) also sets
// the interval, and a repeating timer fires every interval() until stop().
class Timer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(int ms) { m_interval = std::max(0, ms); }
    int interval() const { return m_interval; }

    // (Re)starts with interval().
    void start() { start(m_interval); }
    // (Re)starts with a new interval.
    virtual void start(int ms) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Milliseconds until the next timeout; -1 when inactive.
    virtual int remainingTime() const = 0;

Q_SIGNALS:
    void timeout();

private:
    bool m_singleShot = false;
    int m_interval = 0;
};

// Where the engine reads the time and gets its timers, so tests can drive protocol timing with a
// manual clock instead of waiting (tests/support/manualclock.h). Clock::system() is the real one
// on QTimer, QElapsedTimer and QDateTime; it has no state, so one instance serves every thread.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds from an arbitrary start that never jumps (suspend, NTP, DST do not move it).
    virtual qint64 monotonicMs() const = 0;
    // The wall-clock time, UTC (for what users read, such as the next reconnect attempt).
    virtual QDateTime nowUtc() const = 0;
    // A stopped timer owned by parent, living in the caller's thread. type is QTimer's precision
    // hint (a real clock may fire a Qt::CoarseTimer up to 5 % late, a VeryCoarseTimer at whole
    // seconds).
    virtual Timer *createTimer(QObject *parent, Qt::TimerType type = Qt::CoarseTimer) = 0;

    static Clock *system();
};

} // namespace ImapCore
