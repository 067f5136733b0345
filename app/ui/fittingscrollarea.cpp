#include "fittingscrollarea.h"

#include <QScrollBar>

FittingScrollArea::FittingScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The content's own background, not a list's white.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

QSize FittingScrollArea::sizeHint() const
{
    // Width for the vertical scroll bar too: when it shows, the content must not lose width
    // and start scrolling sideways.
    const int frame = 2 * frameWidth();
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    return content + QSize(frame + verticalScrollBar()->sizeHint().width(), frame);
}

QSize FittingScrollArea::minimumSizeHint() const
{
    // The content's width (never sideways scrolling while the window can be wide enough) and a
    // few lines of its height.
    const int frame = 2 * frameWidth();
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return QSize(width + frame + verticalScrollBar()->sizeHint().width(),
                 fontMetrics().height() * 4);
}
