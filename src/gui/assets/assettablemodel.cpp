#include "assettablemodel.h"

#include "statuscolours.h"

#include <QGuiApplication>

#include "assetwords.h"
#include "core/views/runwayquery.h"

#include <QLocale>
#include <QPixmap>

#include <limits>

AssetTableModel::AssetTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db)
    , m_genericApp(QStringLiteral(":/icons/assets.svg"))
    , m_genericBook(QStringLiteral(":/icons/licenses.svg"))
{}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<void> AssetTableModel::reload(int globalLowThresholdPct)
{
    Result<QList<AssetViewRow>> rows = m_query.load(globalLowThresholdPct);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    m_globalPct = globalLowThresholdPct;
    endResetModel();
    return {};
}

const AssetViewRow *AssetTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AssetTableModel::find(const QString &tokenId, const QString &adamId, const QString &pricingParam) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const AssetViewRow &r = m_rows.at(i);
        if (r.tokenId == tokenId && r.adamId == adamId && r.pricingParam == pricingParam)
            return int(i);
    }
    return -1;
}

QIcon AssetTableModel::icon(const AssetViewRow &row) const
{
    if (row.hasIcon) {
        const auto cached = m_icons.constFind(row.adamId);
        if (cached != m_icons.constEnd())
            return cached.value();
        const Result<QByteArray> png = m_query.icon(row.adamId);
        QPixmap pixmap;
        if (png && pixmap.loadFromData(png.value())) {
            const QIcon decoded(pixmap);
            m_icons.insert(row.adamId, decoded);
            return decoded;
        }
    }
    return row.isBook() ? m_genericBook : m_genericApp;
}

QString AssetTableModel::typeText(const AssetViewRow &row)
{
    return AssetWords::typeText(row.isBook() ? QStringLiteral("Book") : QStringLiteral("App"));
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetViewRow &r = m_rows.at(index.row());
    const QLocale locale;
    const auto count = [&](qint64 value) -> QVariant {
        return r.unlimited ? QVariant(tr("Unlimited")) : QVariant(locale.toString(value));
    };
    const double utilisation =
        r.unlimited || r.totalCount <= 0 ? -1.0 : double(r.assignedCount) / double(r.totalCount);
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name.isEmpty() ? r.adamId : r.name;
        case Type:
            return typeText(r);
        case Platforms:
            return r.platforms.join(QStringLiteral(", "));
        case Token:
            return r.tokenName;
        case Total:
            return count(r.totalCount);
        case Assigned:
            return locale.toString(r.assignedCount);
        case Available:
            return count(r.availableCount);
        case Retired:
            return locale.toString(r.retiredCount);
        case Utilisation:
            return utilisation < 0
                       ? QString()
                       : QString(locale.toString(qRound(utilisation * 100)) + QStringLiteral(" %"));
        case Runway:
            return r.unlimited ? QStringLiteral("—") : RunwayQuery::text(r.runwayDays);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Name) {
            QStringList lines{r.name.isEmpty() ? tr("Not in the catalog yet") : r.name,
                              tr("Adam ID: %1").arg(r.adamId)};
            if (!r.bundleId.isEmpty())
                lines.append(tr("Bundle ID: %1").arg(r.bundleId));
            if (!r.artist.isEmpty())
                lines.append(tr("By %1").arg(r.artist));
            lines.append(tr("Pricing: %1").arg(AssetWords::pricingText(r.pricingParam)));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == Utilisation || (column == Available && r.low)) {
            if (r.unlimited)
                return tr("Unlimited: free apps have no license limit.");
            const QString used = tr("%1 of %2 licenses assigned")
                                     .arg(locale.toString(r.assignedCount), locale.toString(r.totalCount));
            if (!r.low)
                return used;
            const int threshold = r.lowThresholdPct.value_or(m_globalPct);
            return QString(used + QLatin1Char('\n') +
                           tr("Low: fewer than %1 % of the licenses are available.").arg(threshold));
        }
        if (column == Runway)
            return r.runwayDays
                       ? tr("About %1 licenses used per day over the last 30 days.")
                             .arg(locale.toString(r.usedPerDay, 'f', 1))
                       : tr("Not running out: the available licenses did not fall over the last 30 days.");
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        return column == Name ? QVariant(icon(r)) : QVariant();
    case Qt::TextAlignmentRole:
        return (column >= Total && column <= Retired) || column == Runway
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ForegroundRole:
        return column == Available && r.low
                   ? QVariant(StatusColours::text(StatusColours::Tone::Error, QGuiApplication::palette(),
                                                  QPalette::Base))
                   : QVariant();
    case SortRole: {
        constexpr qint64 unlimited = std::numeric_limits<qint64>::max();
        switch (column) {
        case Name:
            return (r.name.isEmpty() ? r.adamId : r.name).toLower();
        case Type:
            return typeText(r);
        case Platforms:
            return r.platforms.join(QLatin1Char(','));
        case Token:
            return r.tokenName.toLower();
        case Total:
            return r.unlimited ? unlimited : r.totalCount;
        case Assigned:
            return r.assignedCount;
        case Available:
            return r.unlimited ? unlimited : r.availableCount;
        case Retired:
            return r.retiredCount;
        case Utilisation:
            return utilisation;
        case Runway:
            return r.runwayDays && !r.unlimited ? *r.runwayDays : std::numeric_limits<double>::max();
        default:
            return {};
        }
    }
    case LowRole:
        return r.low;
    case UtilisationRole:
        return utilisation;
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Platforms:
        return tr("Platforms");
    case Token:
        return tr("Location");
    case Total:
        return tr("Total");
    case Assigned:
        return tr("Assigned");
    case Available:
        return tr("Available");
    case Retired:
        return tr("Retired");
    case Utilisation:
        return tr("Utilisation");
    case Runway:
        return tr("Runway");
    default:
        return {};
    }
}
