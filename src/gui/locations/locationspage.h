// LocationsPage: the page listing the content tokens of every location, with their health and expiry.
#pragma once

#include "page.h"

class LocationsPage : public Page
{
    Q_OBJECT

public:
    explicit LocationsPage(Console &console, QWidget *parent = nullptr);
};
