#include "tokendistributiontab.h"

#include "core/store/groupstore.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int GroupIdRole = Qt::UserRole + 1;
}

TokenDistributionTab::TokenDistributionTab(QWidget *parent)
    : QWidget(parent)
    , m_groups(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
{
    auto *intro = new QLabel(tr("Choose the groups of users and devices this token serves. No group "
                                "checked: the token serves everybody."),
                             this);
    intro->setWordWrap(true);
    auto *rule = new QLabel(tr("Users outside these groups get the app without a license, and the "
                               "license count is not reduced."),
                            this);
    rule->setObjectName(QStringLiteral("distributionRule"));
    rule->setWordWrap(true);
    QFont bold = rule->font();
    bold.setBold(true);
    rule->setFont(bold);

    m_groups->setObjectName(QStringLiteral("groupsList"));
    m_groups->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setObjectName(QStringLiteral("distributionSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("groupsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There are no groups yet. Import them on the Users or Devices page."));
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rule);
    layout->addWidget(m_groups, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_summary);
    connect(m_groups, &QListWidget::itemChanged, this, &TokenDistributionTab::updateSummary);
    updateSummary();
}

Result<void> TokenDistributionTab::load(Database &db, const QString &tokenId)
{
    GroupStore store(db);
    const auto groups = store.list();
    if (!groups)
        return groups.error();
    QList<qint64> served;
    if (!tokenId.isEmpty()) {
        const auto tokenGroups = store.tokenGroups(tokenId);
        if (!tokenGroups)
            return tokenGroups.error();
        for (const GroupRecord &group : tokenGroups.value())
            served.append(group.id);
    }
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const GroupRecord &group : groups.value()) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        item->setData(GroupIdRole, group.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(served.contains(group.id) ? Qt::Checked : Qt::Unchecked);
        if (!group.source.isEmpty())
            item->setToolTip(tr("Imported from %1").arg(group.source));
    }
    m_empty->setVisible(groups->isEmpty());
    updateSummary();
    return {};
}

QList<qint64> TokenDistributionTab::checkedGroupIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_groups->count(); ++i) {
        const QListWidgetItem *item = m_groups->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(GroupIdRole).toLongLong());
    }
    return ids;
}

void TokenDistributionTab::setCheckedGroups(const QStringList &names)
{
    for (int i = 0; i < m_groups->count(); ++i) {
        QListWidgetItem *item = m_groups->item(i);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void TokenDistributionTab::updateSummary()
{
    const qsizetype checked = checkedGroupIds().size();
    m_summary->setText(checked == 0 ? tr("This token serves everybody.")
                                    : tr("This token serves %n group(s).", nullptr, int(checked)));
}
