// LicensesPage: the page listing every license assignment, by asset and target.
#pragma once

#include "page.h"

class LicensesPage : public Page
{
    Q_OBJECT

public:
    explicit LicensesPage(Console &console, QWidget *parent = nullptr);
};
