#pragma once

#include <QDateTime>
#include <QString>

// "just now", "5 min ago", "3 h ago", "Yesterday", a weekday, else a short date: how long ago a
// message was sent, for lists. The caller passes now so tests (and a repaint timer) control it.
namespace RelativeTime {

QString format(const QDateTime &when, const QDateTime &now);

} // namespace RelativeTime
