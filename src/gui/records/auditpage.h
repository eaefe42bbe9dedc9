// AuditPage: the page listing the tamper-evident log of every action taken.
#pragma once

#include "page.h"

class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(Console &console, QWidget *parent = nullptr);
};
