#include "screenfit.h"

#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ScreenFit {

QSize usableSize(const QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return {};
    const int chrome = int(std::ceil(desktopChromeDevicePixels / screen->devicePixelRatio()));
    return screen->availableGeometry().size() - QSize(0, chrome);
}

QSize initialSize(const QWidget *window, QSize wanted)
{
    const QSize usable = usableSize(window);
    if (!usable.isValid())
        return wanted;
    const int border =
        int(std::ceil(windowBorderDevicePixels / window->screen()->devicePixelRatio()));
    return wanted.boundedTo(usable - QSize(2 * border, 2 * border));
}

void growToContents(QWidget *window)
{
    QLayout *layout = window->layout();
    // Before show() Qt sizes the window from its hints, which already count the contents.
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (needed <= window->height())
        return;
    window->resize(initialSize(window, QSize(window->width(), needed)));
}

void growToScrolledContents(QWidget *window, QScrollArea *area)
{
    QWidget *contents = area->widget();
    if (!contents || !window->isVisible())
        return;
    const int needed = contents->hasHeightForWidth()
        ? contents->heightForWidth(area->viewport()->width())
        : contents->sizeHint().height();
    const int extra = needed - area->viewport()->height();
    if (extra <= 0)
        return;
    const QSize wanted = initialSize(window, QSize(window->width(), window->height() + extra));
    if (wanted.height() <= window->height())
        return;
    window->resize(wanted);
    keepOnScreen(window);
}

void keepOnScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const int overflow = window->frameGeometry().bottom() - available.bottom();
    if (overflow > 0)
        window->move(window->x(), std::max(available.top(), window->y() - overflow));
}

} // namespace ScreenFit
