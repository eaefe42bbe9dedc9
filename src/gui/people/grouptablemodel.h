// GroupTableModel: every group with its number of user and device members and the tokens it is a
// Distribution group of. Groups are few (tens to hundreds): the list is loaded whole from GroupQuery.
#pragma once

#include "core/views/groupquery.h"

#include <QAbstractTableModel>

class Database;

class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsersColumn, DevicesColumn, DistributionColumn, SourceColumn, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1 };

    explicit GroupTableModel(Database &db, QObject *parent = nullptr);

    // Loads the groups again; the error that left the list empty, translated, or empty.
    QString reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const GroupQuery::GroupRow *groupAt(int row) const;
    // The row of a group (-1 when absent).
    int rowOf(qint64 groupId) const;

private:
    Database &m_db;
    QList<GroupQuery::GroupRow> m_groups;
};
