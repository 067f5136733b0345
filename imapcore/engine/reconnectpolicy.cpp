#include "engine/reconnectpolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace ImapCore {

ReconnectPolicy::ReconnectPolicy()
    : ReconnectPolicy(Options {})
{ }

ReconnectPolicy::ReconnectPolicy(Options options, RandomSource random)
    : m_options(options)
    , m_random(std::move(random))
{
    m_options.initialMs = std::max(1, m_options.initialMs);
    m_options.maxMs = std::max(m_options.initialMs, m_options.maxMs);
    m_options.factor = std::max(1.0, m_options.factor);
}

double ReconnectPolicy::random()
{
    const double value = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(value, 0.0, 1.0);
}

int ReconnectPolicy::nextDelayMs()
{
    const double initial = m_options.initialMs;
    const double cap = m_options.maxMs;
    // Bounded exponent: factor^n overflows nothing once it passed the cap.
    const double exponential =
        std::min(cap, initial * std::pow(m_options.factor, std::min(m_attempts, 64)));
    double delay = exponential;
    switch (m_options.jitter) {
    case Jitter::None:
        break;
    case Jitter::Full:
        delay = initial + (exponential - initial) * random();
        break;
    case Jitter::Decorrelated: {
        const double upper = std::min(cap, std::max(initial, m_previousMs * 3.0));
        delay = initial + (upper - initial) * random();
        break;
    }
    }
    delay = std::clamp(delay, initial, cap);
    m_previousMs = delay;
    if (m_attempts < 1000)
        ++m_attempts;
    return int(std::lround(delay));
}

void ReconnectPolicy::connectionLost(qint64 uptimeMs)
{
    if (uptimeMs >= m_options.stableMs)
        reset();
}

void ReconnectPolicy::reset()
{
    m_attempts = 0;
    m_previousMs = 0;
}

} // namespace ImapCore
