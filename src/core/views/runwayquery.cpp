#include "core/views/runwayquery.h"

#include "core/store/database.h"
#include "core/store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

RunwayQuery::RunwayQuery(Database &db)
    : m_db(db)
{}

QString RunwayQuery::key(const QString &tokenId, const QString &adamId, const QString &pricingParam)
{
    return tokenId + QLatin1Char('|') + adamId + QLatin1Char('|') + pricingParam;
}

RunwayQuery::Estimate RunwayQuery::fit(const QList<std::pair<double, double>> &points, qint64 availableNow)
{
    Estimate e;
    e.available = availableNow;
    if (points.size() < 2 || points.constLast().first - points.constFirst().first < 1.0)
        return e;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[x, y] : points) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(points.size());
    const double denominator = n * sxx - sx * sx;
    if (std::abs(denominator) < 1e-9)
        return e;
    const double slope = (n * sxy - sx * sy) / denominator;
    e.perDay = -slope;
    if (slope < 0)
        e.days = availableNow <= 0 ? 0.0 : double(availableNow) / -slope;
    return e;
}

QString RunwayQuery::text(const std::optional<double> &days)
{
    if (!days)
        return QStringLiteral("—");
    if (*days < 1.0)
        return tr("less than a day");
    if (*days > 3650)
        return tr("over 10 years");
    return tr("%n day(s)", nullptr, int(std::floor(*days)));
}

Result<QHash<QString, RunwayQuery::Estimate>> RunwayQuery::estimates(const QDateTime &when,
                                                                     int windowDays) const
{
    const QDateTime now = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addDays(-windowDays);
    // Every asset's snapshots in the window (on the time index), and the latest one before it (the
    // count carried in: a join on the newest time per asset, found on the asset index).
    const QString carriedIn = QStringLiteral(
        "SELECT h.token_id, h.adam_id, h.pricing_param, h.recorded_at, h.available_count "
        "FROM asset_count_history h JOIN (SELECT token_id, adam_id, pricing_param, MAX(recorded_at) AS "
        "latest "
        "FROM asset_count_history WHERE recorded_at < ? GROUP BY token_id, adam_id, pricing_param) l "
        "ON h.token_id = l.token_id AND h.adam_id = l.adam_id AND h.pricing_param = l.pricing_param "
        "AND h.recorded_at = l.latest");
    const QString inWindow =
        QStringLiteral("SELECT token_id, adam_id, pricing_param, recorded_at, available_count "
                       "FROM asset_count_history WHERE recorded_at >= ?");
    QHash<QString, QList<std::pair<double, double>>> series;
    for (const QString &sql : {carriedIn, inWindow}) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return m_db.failure(q, QStringLiteral("prepare runway history"));
        q.addBindValue(SqlValues::fromDateTime(start));
        if (!q.exec())
            return m_db.failure(q, QStringLiteral("runway history"));
        while (q.next()) {
            QDateTime at = SqlValues::toDateTime(q.value(3));
            if (at < start)
                at = start; // carried in: the count at the window's start
            const double x = double(start.msecsTo(at)) / 86400000.0;
            series[key(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())].append(
                {x, q.value(4).toDouble()});
        }
    }

    QSqlQuery current(m_db.connection());
    current.setForwardOnly(true);
    if (!current.prepare(
            QStringLiteral("SELECT token_id, adam_id, pricing_param, available_count FROM assets "
                           "WHERE unlimited = ?")))
        return m_db.failure(current, QStringLiteral("prepare runway counts"));
    current.addBindValue(false);
    if (!current.exec())
        return m_db.failure(current, QStringLiteral("runway counts"));
    QHash<QString, Estimate> out;
    const double nowX = double(start.msecsTo(now)) / 86400000.0;
    while (current.next()) {
        const QString k =
            key(current.value(0).toString(), current.value(1).toString(), current.value(2).toString());
        auto points = series.value(k);
        if (points.isEmpty())
            continue;
        std::sort(points.begin(), points.end());
        const qint64 available = current.value(3).toLongLong();
        points.append({nowX, double(available)});
        out.insert(k, fit(points, available));
    }
    return out;
}
