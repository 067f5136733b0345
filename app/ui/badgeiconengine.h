#pragma once

#include <QIconEngine>
#include <QString>

class QSvgRenderer;

// Paints a tray state icon (an SVG bell) with the unread count as a badge, at exactly the pixel
// size and device pixel ratio asked for, so it stays crisp on any panel and scale factor. Counts
// above 99 read "99+"; where that would not be legible (16 px) "9+", else a dot; 0: no badge.
class BadgeIconEngine : public QIconEngine
{
public:
    enum class State { Idle, Unread, Error };

    BadgeIconEngine(State state, int count);
    ~BadgeIconEngine() override;

    // A QIcon that owns a new engine.
    static QIcon icon(State state, int count);
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

    State m_state;
    int m_count;
    QSvgRenderer *m_renderer; // owned
};
