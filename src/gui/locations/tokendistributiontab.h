// TokenDistributionTab: the Distribution tab of the token dialog: the groups a token serves, as a
// list of every group with a check box, and the rule in words (users outside these groups get the
// app without a license). No group checked = the token serves everybody.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QListWidget;

class TokenDistributionTab : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDistributionTab(QWidget *parent = nullptr);

    // Lists the groups of `db`, checking those the token `tokenId` serves (none for a new token).
    Result<void> load(Database &db, const QString &tokenId);
    // The ids of the checked groups.
    QList<qint64> checkedGroupIds() const;
    // Checks exactly the groups with these names (the others are unchecked).
    void setCheckedGroups(const QStringList &names);

private:
    void updateSummary();

    QListWidget *m_groups = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
};
