// TabOrder: keyboard focus order of the licensing dialogs, set for a whole list of widgets at once
// (QWidget::setTabOrder with a list is Qt 6.6).
#pragma once

#include <initializer_list>

class QWidget;

namespace TabOrder {

// Tab moves from each widget to the next one of the list.
void chain(std::initializer_list<QWidget *> widgets);

} // namespace TabOrder
