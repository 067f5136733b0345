#pragma once

#include <QColor>
#include <QIconEngine>
#include <QString>

class QSvgRenderer;

// Paints a tray state icon (an SVG bell) with the unread count as a badge, at exactly the pixel
// size and device pixel ratio asked for, so it stays crisp on any panel and scale factor. Counts
// above 99 read "99+"; where that would not be legible (16 px) "9+", else a dot; 0: no badge.
// Paused notifications: the bell fades and a pause sign sits at its bottom left, away from the
// count, so "nothing will pop up" is visible at a glance.
class BadgeIconEngine : public QIconEngine
{
public:
    enum class State { Idle, Unread, Error };

    BadgeIconEngine(State state, int count, bool paused = false);
    ~BadgeIconEngine() override;

    // A QIcon that owns a new engine.
    static QIcon icon(State state, int count, bool paused = false);
    // The pause sign's fill (tests find it by this colour).
    static QColor pauseSignColor();
    // The text the badge shows for a count: "" for 0 or less, "7", "99+".
    static QString badgeText(int count);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    void paintBadge(QPainter *painter, const QRectF &rect) const;
    void paintPauseSign(QPainter *painter, const QRectF &rect) const;

    State m_state;
    int m_count;
    bool m_paused;
    QSvgRenderer *m_renderer; // owned
};
