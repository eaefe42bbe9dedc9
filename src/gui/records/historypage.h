// HistoryPage: the page listing past syncs and the changes each one brought.
#pragma once

#include "page.h"

class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(Console &console, QWidget *parent = nullptr);
};
