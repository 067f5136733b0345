#include "recentmessagedelegate.h"

#include "recentmessagesmodel.h"
#include "relativetime.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace {

constexpr int stripeWidth = 4;
constexpr int margin = 8; // around the text block
constexpr int lineGap = 2;
constexpr int dotSize = 8;

} // namespace

RecentMessageDelegate::RecentMessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{ }

void RecentMessageDelegate::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QSize RecentMessageDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() * 2 + QFontMetrics(option.font).height()
        + 2 * lineGap + 2 * margin;
    return {320, height};
}

void RecentMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style's own selection and hover background, so the list looks native.
    opt.text.clear();
    opt.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool unread = index.data(RecentMessagesModel::UnreadRole).toBool();
    const bool flagged = index.data(RecentMessagesModel::FlaggedRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = opt.rect;

    // Account colour stripe.
    const QColor accountColor = index.data(RecentMessagesModel::AccountColorRole).value<QColor>();
    painter->fillRect(QRect(rect.left(), rect.top() + 1, stripeWidth, rect.height() - 2),
                      accountColor);

    QFont regular = opt.font;
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics regularMetrics(regular);
    const QFontMetrics boldMetrics(bold);
    const QFont &emphasis = unread ? bold : regular;
    const QFontMetrics &emphasisMetrics = unread ? boldMetrics : regularMetrics;

    const int dotColumn = rect.left() + stripeWidth + margin;
    const int textLeft = dotColumn + dotSize + margin / 2;
    const int textRight = rect.right() - margin;
    int y = rect.top() + margin;

    // Line 1: sender, relative time on the right.
    const int line1Height = boldMetrics.height();
    const QString when =
        RelativeTime::format(index.data(RecentMessagesModel::DateRole).toDateTime(), m_clock());
    const int whenWidth = regularMetrics.horizontalAdvance(when);
    painter->setFont(regular);
    painter->setPen(dimColor);
    painter->drawText(QRect(textRight - whenWidth, y, whenWidth, line1Height),
                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, when);
    const int senderWidth = std::max(0, textRight - textLeft - whenWidth - margin);
    painter->setFont(emphasis);
    painter->setPen(textColor);
    painter->drawText(
        QRect(textLeft, y, senderWidth, line1Height),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        emphasisMetrics.elidedText(index.data(RecentMessagesModel::SenderRole).toString(),
                                   Qt::ElideRight, senderWidth));
    if (unread) {
        // The unread dot, in the highlight colour (or the text colour on a selected row).
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? textColor : opt.palette.color(group, QPalette::Highlight));
        painter->drawEllipse(
            QRectF(dotColumn, y + (line1Height - dotSize) / 2.0, dotSize, dotSize));
    }
    y += line1Height + lineGap;

    // Line 2: subject, a flag mark on the right when flagged.
    int subjectRight = textRight;
    if (flagged) {
        const int side = boldMetrics.height() * 2 / 3;
        const QRect flagRect(textRight - side, y + (line1Height - side) / 2, side, side);
        // Red, or the highlighted text colour on a selected row where red on blue would blur.
        const QColor flagColor = selected ? textColor : QColor(0xe0, 0x1b, 0x24);
        painter->setPen(QPen(flagColor, 1.5));
        painter->setBrush(flagColor);
        // A pennant on a pole: plain shapes, so no font needs the glyph.
        painter->drawLine(flagRect.topLeft(), flagRect.bottomLeft());
        const QPolygonF pennant({QPointF(flagRect.left(), flagRect.top()),
                                 QPointF(flagRect.right(), flagRect.top() + side * 0.3),
                                 QPointF(flagRect.left(), flagRect.top() + side * 0.6)});
        painter->drawPolygon(pennant);
        subjectRight = flagRect.left() - margin / 2;
    }
    painter->setFont(emphasis);
    painter->setPen(textColor);
    const int subjectWidth = std::max(0, subjectRight - textLeft);
    painter->drawText(
        QRect(textLeft, y, subjectWidth, line1Height),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        emphasisMetrics.elidedText(index.data(RecentMessagesModel::SubjectRole).toString(),
                                   Qt::ElideRight, subjectWidth));
    y += line1Height + lineGap;

    // Line 3: preview, dimmed.
    painter->setFont(regular);
    painter->setPen(dimColor);
    const int previewWidth = std::max(0, textRight - textLeft);
    painter->drawText(
        QRect(textLeft, y, previewWidth, regularMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        regularMetrics.elidedText(index.data(RecentMessagesModel::PreviewRole).toString(),
                                  Qt::ElideRight, previewWidth));

    // A hairline between messages, from the text column on, as mail clients draw it.
    if (!selected) {
        QColor line = opt.palette.color(group, QPalette::Text);
        line.setAlphaF(0.12f);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(line);
        painter->drawLine(textLeft, rect.bottom(), rect.right(), rect.bottom());
    }
    painter->restore();
}
