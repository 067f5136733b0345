#include "badgeiconengine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStringList>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxShownCount = 99;

QString resourceFor(BadgeIconEngine::State state)
{
    switch (state) {
    case BadgeIconEngine::State::Idle:
        return u":/icons/tray-idle.svg"_s;
    case BadgeIconEngine::State::Unread:
        return u":/icons/tray-unread.svg"_s;
    case BadgeIconEngine::State::Error:
        return u":/icons/tray-error.svg"_s;
    }
    return {};
}

} // namespace

BadgeIconEngine::BadgeIconEngine(State state, int count, bool paused)
    : m_state(state)
    , m_count(std::max(count, 0))
    , m_paused(paused)
    , m_renderer(new QSvgRenderer(resourceFor(state)))
{ }

BadgeIconEngine::~BadgeIconEngine()
{
    delete m_renderer;
}

QIcon BadgeIconEngine::icon(State state, int count, bool paused)
{
    return QIcon(new BadgeIconEngine(state, count, paused));
}

QColor BadgeIconEngine::pauseSignColor()
{
    return QColor(0x5e, 0x5c, 0x64);
}

QString BadgeIconEngine::badgeText(int count)
{
    if (count <= 0)
        return {};
    if (count > maxShownCount)
        return QString::number(maxShownCount) + u'+';
    return QString::number(count);
}

void BadgeIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                            QIcon::State state)
{
    Q_UNUSED(state);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (mode == QIcon::Disabled)
        painter->setOpacity(0.5);
    // Square and centred, whatever the rect's shape.
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF square(rect.x() + (rect.width() - side) / 2.0,
                        rect.y() + (rect.height() - side) / 2.0, side, side);
    if (m_paused) {
        // Faded, not gone: the state (unread, error) still reads through. Faded as a whole
        // (through a layer): the SVG's overlapping shapes faded one by one would show seams.
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QImage layer((square.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        layer.fill(Qt::transparent);
        {
            QPainter layerPainter(&layer);
            layerPainter.setRenderHint(QPainter::Antialiasing);
            m_renderer->render(&layerPainter, QRectF(QPointF(0, 0), QSizeF(layer.size())));
        }
        layer.setDevicePixelRatio(dpr);
        painter->save();
        painter->setOpacity(painter->opacity() * 0.45);
        painter->drawImage(square.topLeft(), layer);
        painter->restore();
    } else {
        m_renderer->render(painter, square);
    }
    paintBadge(painter, square);
    if (m_paused)
        paintPauseSign(painter, square);
    painter->restore();
}

void BadgeIconEngine::paintPauseSign(QPainter *painter, const QRectF &rect) const
{
    // In device pixels, like the badge, so the bars land on whole pixels.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal side = rect.width() * dpr;
    const qreal diameter = std::round(side * (side <= 24 ? 0.62 : 0.5));
    painter->save();
    painter->scale(1.0 / dpr, 1.0 / dpr);
    const QRectF disc(std::round(rect.left() * dpr), std::round(rect.bottom() * dpr - diameter),
                      diameter, diameter);
    const qreal outline = std::max(1.0, std::round(side / 24.0));
    painter->setPen(QPen(QColor(255, 255, 255, 230), outline));
    painter->setBrush(pauseSignColor());
    const qreal inset = outline / 2.0;
    painter->drawEllipse(disc.adjusted(inset, inset, -inset, -inset));
    // Two white bars, at least a pixel wide and a pixel apart.
    const qreal bar = std::max(1.0, std::round(diameter * 0.14));
    const qreal gap = std::max(1.0, std::round(diameter * 0.14));
    const qreal height = std::round(diameter * 0.42);
    const qreal left = std::round(disc.center().x() - bar - gap / 2.0);
    const qreal top = std::round(disc.center().y() - height / 2.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(left, top, bar, height));
    painter->drawRect(QRectF(left + bar + gap, top, bar, height));
    painter->restore();
}

void BadgeIconEngine::paintBadge(QPainter *painter, const QRectF &rect) const
{
    const QString full = badgeText(m_count);
    if (full.isEmpty())
        return;
    // Work in device pixels so the pill and digits land on whole pixels at any scale.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal side = rect.width() * dpr;
    // Large enough to read at 16 px; at large sizes the bell keeps more of the icon.
    const qreal height = std::round(side * (side <= 24 ? 0.62 : 0.5));
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(1, int(height * 0.74)));

    // The longest text that fits the icon's width with digits still readable: "99+", then
    // "9+", then a plain dot. Digits are never squeezed below legibility nor clipped.
    const int minPixelSize = std::max(7, int(std::round(height * 0.5)));
    QString text;
    qreal pillWidth = 0;
    QStringList candidates {full};
    if (full.size() > 1)
        candidates.append(full.size() > 2 ? u"9+"_s : QString());
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        // A pill's round ends already give wide text room; one digit needs more.
        const qreal pad = height * (candidate.size() > 1 ? 0.2 : 0.3);
        QFont trial = font;
        qreal width = QFontMetricsF(trial).horizontalAdvance(candidate);
        while (width + 2 * pad > side && trial.pixelSize() > minPixelSize) {
            trial.setPixelSize(trial.pixelSize() - 1);
            width = QFontMetricsF(trial).horizontalAdvance(candidate);
        }
        if (width + 2 * pad <= side) {
            text = candidate;
            pillWidth = width + 2 * pad;
            font = trial;
            break;
        }
    }
    const qreal width =
        text.isEmpty() ? height : std::min(side, std::max(height, std::ceil(pillWidth)));

    painter->save();
    painter->scale(1.0 / dpr, 1.0 / dpr);
    const QRectF pill(std::round(rect.right() * dpr - width), std::round(rect.top() * dpr), width,
                      height);
    const qreal outline = std::max(1.0, std::round(side / 24.0));
    // A light ring separates the badge from the bell and from dark panels.
    painter->setPen(QPen(QColor(255, 255, 255, 230), outline));
    painter->setBrush(QColor(0xc0, 0x1c, 0x28));
    const qreal inset = outline / 2.0;
    const QRectF body = pill.adjusted(inset, inset, -inset, -inset);
    painter->drawRoundedRect(body, body.height() / 2.0, body.height() / 2.0);
    if (text.isEmpty()) {
        // Too small for any digits: a white dot says "more than fits".
        const qreal dot = height * 0.3;
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawEllipse(pill.center(), dot / 2, dot / 2);
    } else {
        // Centre the ink, not the line box: digits have no descenders, so centring the font's
        // height would set them high. Whole pixels keep the baseline crisp.
        const QRectF ink = QFontMetricsF(font).tightBoundingRect(text);
        const QPointF origin(std::round(pill.center().x() - ink.center().x()),
                             std::round(pill.center().y() - ink.center().y()));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(origin, text);
    }
    painter->restore();
}

QPixmap BadgeIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap BadgeIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                      qreal scale)
{
    // size is in device pixels here; the pixmap carries the scale so painting code measures
    // in device-independent pixels like any other icon.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    if (size.isEmpty())
        return pixmap;
    pixmap.setDevicePixelRatio(scale);
    QPainter painter(&pixmap);
    const QSizeF logical = QSizeF(size) / scale;
    paint(&painter, QRect(QPoint(0, 0), logical.toSize()), mode, state);
    return pixmap;
}

QList<QSize> BadgeIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    // What StatusNotifierItem hosts pick from; any other size is painted on demand too.
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24),
            QSize(32, 32), QSize(48, 48), QSize(64, 64)};
}

QIconEngine *BadgeIconEngine::clone() const
{
    return new BadgeIconEngine(m_state, m_count, m_paused);
}

QString BadgeIconEngine::key() const
{
    return u"mailbell-badge"_s;
}
