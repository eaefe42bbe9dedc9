// Schema: the ordered list of migrations that builds the inventory database. Append new
// migrations at the end with the next number; never edit one that has shipped.
#pragma once

#include "core/store/migration.h"

#include <QList>

#include <utility>

class Schema
{
public:
    static QList<Migration> migrations();
    // Highest version this build knows; a database with a higher one is refused.
    static int latestVersion();

    // Name of the table holding the applied versions.
    static QString migrationsTable();

    // The non-unique lookup indexes of assignments as the latest migration defines them, as
    // (name, CREATE statement). AssignmentStore drops and rebuilds them around a very large full
    // pass, which is faster than updating them row by row. Keep in step with the migrations.
    static QList<std::pair<QString, QString>> assignmentLookupIndexes();
};
