#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

// Paints one recent message in three lines: sender and relative time, subject, preview; an
// account colour stripe on the left, a dot and bold text while unread, a flag mark when flagged.
// Reads RecentMessagesModel's roles. All text is drawn as plain text.
class RecentMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RecentMessageDelegate(QObject *parent = nullptr);

    // What "now" is for the relative times (tests pin it; default: the system clock).
    void setClock(std::function<QDateTime()> clock);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::function<QDateTime()> m_clock;
};
