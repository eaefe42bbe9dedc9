// GroupMemberModel: the members of one group (users by clientUserId, devices by serial number with
// the device's name when it is known), loaded whole from GroupQuery when a group is selected.
#pragma once

#include "core/views/groupquery.h"

#include <QAbstractTableModel>

class Database;

class GroupMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, KindColumn, DeviceNameColumn, ColumnCount };

    explicit GroupMemberModel(Database &db, QObject *parent = nullptr);

    // Shows the members of `groupId` (0: none); the error that left the list empty, or empty.
    QString setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_groupId = 0;
    QList<GroupQuery::MemberRow> m_members;
};
