#include "fallbacknotifier.h"

FallbackNotifier::FallbackNotifier(DbusNotifier *primary, Notifier *fallback, QObject *parent)
    : Notifier(parent)
    , m_primary(primary)
    , m_fallback(fallback)
{
    m_primary->setParent(this);
    m_fallback->setParent(this);
    for (Notifier *backend : {static_cast<Notifier *>(m_primary), m_fallback}) {
        connect(
            backend, &Notifier::actionInvoked, this,
            [this, backend](quint32 h, const QString &key) { onBackendAction(backend, h, key); });
        connect(backend, &Notifier::closed, this,
                [this, backend](quint32 h) { onBackendClosed(backend, h); });
    }
    connect(m_primary, &DbusNotifier::stateChanged, this, &FallbackNotifier::onPrimaryState);
}

quint64 FallbackNotifier::reverseKey(const Notifier *backend, const Notifier *primary, quint32 h)
{
    return (quint64(backend == primary ? 1 : 2) << 32) | h;
}

Notifier *FallbackNotifier::currentBackend() const
{
    return m_primary->state() == DbusNotifier::State::Unavailable ? m_fallback : m_primary;
}

bool FallbackNotifier::supportsActions() const
{
    return currentBackend()->supportsActions();
}

quint32 FallbackNotifier::route(Notifier *backend, quint32 backendHandle, quint32 handle)
{
    if (handle == 0) {
        handle = m_nextHandle++;
        if (m_nextHandle == 0)
            m_nextHandle = 1;
    }
    m_routes.insert(handle, {backend, backendHandle});
    m_handleByBackend.insert(reverseKey(backend, m_primary, backendHandle), handle);
    return handle;
}

quint32 FallbackNotifier::show(const Notification &notification, quint32 replaces)
{
    Notifier *backend = currentBackend();
    const auto existing = m_routes.constFind(replaces);
    if (existing != m_routes.cend()) {
        if (existing->backend == backend) {
            backend->show(notification, existing->backendHandle);
            return replaces;
        }
        // The server came or went since: the old one cannot be replaced in place.
        const Route old = *existing;
        old.backend->close(old.backendHandle);
        m_handleByBackend.remove(reverseKey(old.backend, m_primary, old.backendHandle));
        return route(backend, backend->show(notification), replaces);
    }
    return route(backend, backend->show(notification), 0);
}

void FallbackNotifier::close(quint32 handle)
{
    const auto it = m_routes.constFind(handle);
    if (it == m_routes.cend())
        return;
    const Route r = *it;
    m_routes.erase(it);
    m_handleByBackend.remove(reverseKey(r.backend, m_primary, r.backendHandle));
    r.backend->close(r.backendHandle);
}

void FallbackNotifier::onBackendAction(Notifier *backend, quint32 backendHandle, const QString &key)
{
    const quint32 handle = m_handleByBackend.value(reverseKey(backend, m_primary, backendHandle));
    if (handle != 0)
        Q_EMIT actionInvoked(handle, key);
}

void FallbackNotifier::onBackendClosed(Notifier *backend, quint32 backendHandle)
{
    const quint32 handle = m_handleByBackend.take(reverseKey(backend, m_primary, backendHandle));
    if (handle == 0)
        return;
    m_routes.remove(handle);
    Q_EMIT closed(handle);
}

void FallbackNotifier::onPrimaryState(DbusNotifier::State state)
{
    if (state != DbusNotifier::State::Unavailable)
        return;
    // What was waiting for the server's answer goes to the balloon instead, under the same handle.
    const auto unsent = m_primary->takeUnsent();
    for (const auto &[primaryHandle, notification] : unsent) {
        const quint32 handle =
            m_handleByBackend.take(reverseKey(m_primary, m_primary, primaryHandle));
        if (handle == 0)
            continue;
        route(m_fallback, m_fallback->show(notification), handle);
    }
}
