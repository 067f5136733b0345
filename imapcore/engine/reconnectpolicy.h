#pragma once

#include <QtGlobal>
#include <functional>

namespace ImapCore {

// When to try again after a lost connection: exponential backoff with jitter, between
// Options::initialMs and Options::maxMs (1 s to 5 min by default). Pure arithmetic: no timer,
// no clock; the random source is injectable so tests are deterministic. A connection that
// stayed up for Options::stableMs resets the backoff (connectionLost()).
// A plain value owned by one AccountSession, in the worker thread.
class ReconnectPolicy
{
public:
    enum class Jitter {
        None, // initial * factor^n, capped
        Full, // uniform in [initial, min(max, initial * factor^n)]
        Decorrelated, // uniform in [initial, min(max, previous * 3)] (AWS "decorrelated jitter")
    };

    struct Options
    {
        int initialMs = 1000;
        int maxMs = 5 * 60 * 1000;
        double factor = 2.0;
        int stableMs = 60 * 1000;
        Jitter jitter = Jitter::Full;
    };

    // Returns a number in [0, 1).
    using RandomSource = std::function<double()>;

    ReconnectPolicy();
    explicit ReconnectPolicy(Options options, RandomSource random = {});

    // The delay before the next attempt; each call counts one failed attempt.
    int nextDelayMs();
    // A connection that had been up for uptimeMs was lost: resets the backoff when it was stable.
    void connectionLost(qint64 uptimeMs);
    void reset();

    int attempts() const { return m_attempts; }
    const Options &options() const { return m_options; }

private:
    double random();

    Options m_options;
    RandomSource m_random;
    int m_attempts = 0;
    double m_previousMs = 0;
};

} // namespace ImapCore
