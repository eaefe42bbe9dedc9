// Migration: one numbered step of the schema. Its statements are portable SQL with ${...} markers
// that the SqlDialect expands; Database applies each migration in one transaction.
#pragma once

#include <QString>
#include <QStringList>

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};
