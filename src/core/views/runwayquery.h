// RunwayQuery: how many days each asset has left before its available licenses run out, at the
// rate they were used over a recent window (30 days by default). From the asset_count_history
// snapshots: the available count carried in at the window's start, each snapshot in the window
// and the current count now, fitted with a least-squares line. No runway when the line does not
// fall, when the history spans less than a day, or for unlimited assets.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class Database;

class RunwayQuery
{
    Q_DECLARE_TR_FUNCTIONS(RunwayQuery)

public:
    struct Estimate
    {
        qint64 available = 0;
        double perDay = 0.0; // licenses used per day (positive: running out)
        std::optional<double> days;
    };

    explicit RunwayQuery(Database &db);

    // "tokenId|adamId|pricingParam" -> the estimate, for every asset with a history.
    Result<QHash<QString, Estimate>> estimates(const QDateTime &now = {}, int windowDays = 30) const;

    static QString key(const QString &tokenId, const QString &adamId, const QString &pricingParam);
    // The fit of (days since the first point, available) points; days left after the last point.
    static Estimate fit(const QList<std::pair<double, double>> &points, qint64 availableNow);
    // Days of runway in words ("12 days", "less than a day"), or "—" when not running out.
    static QString text(const std::optional<double> &days);

private:
    Database &m_db;
};
