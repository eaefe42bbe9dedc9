// DevicesPage: the page listing devices by serial number and the groups used for assignment.
#pragma once

#include "page.h"

class DevicesPage : public Page
{
    Q_OBJECT

public:
    explicit DevicesPage(Console &console, QWidget *parent = nullptr);
};
