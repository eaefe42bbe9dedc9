// ScreenFit: windows sized for the screen they open on. A dialog designed at 1040x720 opens at most as
// large as the screen's available area (a 1024x700 laptop, a scaled display), never partly off-screen.
#pragma once

#include <QSize>

class QWidget;

namespace ScreenFit {

// The part of `preferred` that fits the available area of the screen `window` (or its parent) is on.
QSize bounded(const QWidget *window, const QSize &preferred);
// Resizes `window` to bounded(window, preferred).
void resize(QWidget *window, const QSize &preferred);

} // namespace ScreenFit
