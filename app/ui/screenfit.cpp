#include "screenfit.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

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

} // namespace ScreenFit
