// UsersPage: the page listing the registered VPP users and their invitation status.
#pragma once

#include "page.h"

class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(Console &console, QWidget *parent = nullptr);
};
