// AssetsPage: the page listing the purchased apps and books and how many licenses of each are left.
#pragma once

#include "page.h"

class AssetsPage : public Page
{
    Q_OBJECT

public:
    explicit AssetsPage(Console &console, QWidget *parent = nullptr);
};
