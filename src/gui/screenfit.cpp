#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ScreenFit {

QSize bounded(const QWidget *window, const QSize &preferred)
{
    const QScreen *screen = nullptr;
    for (const QWidget *w = window; w && !screen; w = w->parentWidget())
        screen = w->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return preferred;
    // Room for the window manager's frame and title.
    const QSize available = screen->availableGeometry().size() - QSize(16, 48);
    return preferred.boundedTo(available.expandedTo(QSize(320, 240)));
}

void resize(QWidget *window, const QSize &preferred)
{
    window->resize(bounded(window, preferred));
}

} // namespace ScreenFit
