// HoldingsUserModel: the VPP users the help-desk search matched (by client user id or e-mail), on
// every token, with their status. Small: loaded whole.
#pragma once

#include "core/workspace/inventoryreader.h"

#include <QAbstractTableModel>

class HoldingsUserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientUserIdColumn,
        EmailColumn,
        StatusColumn,
        TokenColumn,
        ManagedAppleIdColumn,
        ColumnCount
    };

    explicit HoldingsUserModel(QObject *parent = nullptr);

    void setUsers(const QList<InventoryReader::UserRow> &users);

    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InventoryReader::UserRow> m_users;
};
