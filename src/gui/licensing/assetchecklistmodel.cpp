#include "assetchecklistmodel.h"

#include "assetwords.h"

#include "core/workspace/inventoryreader.h"

AssetChecklistModel::AssetChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AssetChecklistModel::key(const QString &adamId, const QString &pricingParam)
{
    return QString(adamId + u'\n' + pricingParam);
}

Result<void> AssetChecklistModel::load(Database &db, const QString &tokenId)
{
    QList<Row> rows;
    if (!tokenId.isEmpty()) {
        InventoryReader reader(db);
        const auto visited = reader.forEachAsset(tokenId, [&](const InventoryReader::AssetRow &row) {
            rows.append({row.asset, row.name});
        });
        if (!visited)
            return visited.error();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const QString &left = a.name.isEmpty() ? a.asset.adamId : a.name;
        const QString &right = b.name.isEmpty() ? b.asset.adamId : b.name;
        return QString::localeAwareCompare(left, right) < 0;
    });
    QSet<QString> kept;
    for (const Row &r : rows) {
        const QString k = key(r.asset.adamId, r.asset.pricingParam);
        if (m_checked.contains(k))
            kept.insert(k);
    }
    const bool checkedChanges = kept != m_checked;
    beginResetModel();
    m_rows = rows;
    m_checked = kept;
    endResetModel();
    if (checkedChanges)
        Q_EMIT checkedChanged();
    return {};
}

void AssetChecklistModel::clear()
{
    const bool hadChecked = !m_checked.isEmpty();
    beginResetModel();
    m_rows.clear();
    m_checked.clear();
    endResetModel();
    if (hadChecked)
        Q_EMIT checkedChanged();
}

int AssetChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AssetRecord &a = row.asset;
    const bool book = a.productType == QLatin1String("Book");
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name.isEmpty() ? a.adamId : row.name;
        case AdamIdColumn:
            return a.adamId;
        case PricingColumn:
            return AssetWords::pricingText(a.pricingParam);
        case KindColumn:
            return AssetWords::typeText(a.productType);
        case AvailableColumn:
            if (role == SortRole)
                return a.unlimited ? std::numeric_limits<qint64>::max() : a.availableCount;
            return a.unlimited ? tr("unlimited") : tr("%1 of %2").arg(a.availableCount).arg(a.totalCount);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        if (book)
            return tr("A book: licenses go to users only.");
        if (!a.deviceAssignable)
            return tr("This app cannot be assigned to devices.");
    }
    if (role == Qt::TextAlignmentRole && index.column() == AvailableColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool AssetChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags AssetChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AssetChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AdamIdColumn:
        return tr("Adam ID");
    case PricingColumn:
        return tr("Pricing");
    case KindColumn:
        return tr("Kind");
    case AvailableColumn:
        return tr("Available");
    default:
        return {};
    }
}

int AssetChecklistModel::rowOf(const QString &adamId, const QString &pricingParam) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const AssetRecord &a = m_rows.at(i).asset;
        if (a.adamId == adamId && (pricingParam.isEmpty() || a.pricingParam == pricingParam))
            return i;
    }
    return -1;
}

QString AssetChecklistModel::displayName(const QString &adamId) const
{
    for (const Row &r : m_rows)
        if (r.asset.adamId == adamId && !r.name.isEmpty())
            return r.name;
    return adamId;
}

bool AssetChecklistModel::isChecked(int row) const
{
    const AssetRecord &a = m_rows.at(row).asset;
    return m_checked.contains(key(a.adamId, a.pricingParam));
}

void AssetChecklistModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_rows.size() || isChecked(row) == checked)
        return;
    const AssetRecord &a = m_rows.at(row).asset;
    if (checked)
        m_checked.insert(key(a.adamId, a.pricingParam));
    else
        m_checked.remove(key(a.adamId, a.pricingParam));
    const QModelIndex i = index(row, NameColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QList<AssetRef> AssetChecklistModel::checkedAssets() const
{
    QList<AssetRef> out;
    for (const Row &r : m_rows)
        if (m_checked.contains(key(r.asset.adamId, r.asset.pricingParam)))
            out.append({r.asset.adamId, r.asset.pricingParam});
    return out;
}
