// JobsPage: the page listing license jobs in flight and their outcome per target.
#pragma once

#include "page.h"

class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(Console &console, QWidget *parent = nullptr);
};
