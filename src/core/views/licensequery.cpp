#include "core/views/licensequery.h"

#include "core/store/database.h"
#include "core/views/sqlsearch.h"

#include <QSqlQuery>

#include <QVariant>
#include <algorithm>

namespace {

const QString kActiveFirst = QStringLiteral(
    "ORDER BY CASE WHEN u.status IN ('Registered', 'Associated') THEN 0 ELSE 1 END, u.id DESC LIMIT 1");

} // namespace

LicenseQuery::LicenseQuery(Database &db)
    : m_db(db)
{}

void LicenseQuery::setOrder(Order order, bool descending)
{
    m_order = order;
    m_descending = order != Order::Natural && descending;
}

QList<LicenseQuery::Part> LicenseQuery::parts() const
{
    QList<Part> result;
    for (const bool devices : {false, true}) {
        if ((devices && m_filter.holders == Holders::Users) ||
            (!devices && m_filter.holders == Holders::Devices))
            continue;
        const QString col = devices ? QStringLiteral("s.serial_number") : QStringLiteral("s.client_user_id");
        Part part;
        part.devices = devices;
        part.where = col + QStringLiteral(" IS NOT NULL");
        part.countWhere = part.where;
        const QString search = devices ? m_filter.search.trimmed().toUpper() : m_filter.search.trimmed();
        const bool byHolder = m_order == Order::Holder || !search.isEmpty();
        // The conditions after the token's are the same for the count and the page.
        QString rest;
        if (!m_filter.tokenId.isEmpty()) {
            // In the holder order the holder index must drive the plan: without the asset's key,
            // ux_assignments_* (token first) would have SQLite sort the whole token. A search is
            // counted on the holder index too (its range is small); the plain count on ux_*.
            const QString indexed = QStringLiteral(" AND s.token_id = ?");
            const QString unindexed = QStringLiteral(" AND s.token_id || '' = ?");
            const bool noAsset = m_filter.adamId.isEmpty();
            part.where += byHolder && noAsset ? unindexed : indexed;
            part.countWhere += !search.isEmpty() && noAsset ? unindexed : indexed;
            part.values.append(m_filter.tokenId);
        }
        if (!m_filter.adamId.isEmpty()) {
            rest += QStringLiteral(" AND s.adam_id = ?");
            part.values.append(m_filter.adamId);
        }
        if (!m_filter.pricingParam.isEmpty()) {
            rest += QStringLiteral(" AND s.pricing_param = ?");
            part.values.append(m_filter.pricingParam);
        }
        if (!search.isEmpty()) {
            rest += QString(QStringLiteral(" AND ") + col + QStringLiteral(" >= ? AND ") + col +
                            QStringLiteral(" < ?"));
            // A prefix range, which the holder indexes answer (LIKE would not use them).
            const auto [low, high] = SqlSearch::prefixRange(search);
            part.values.append(low);
            part.values.append(high);
        }
        part.where += rest;
        part.countWhere += rest;
        const bool desc = m_order == Order::Holder && m_descending;
        if (byHolder) {
            part.orderBy = desc ? QString(col + QStringLiteral(" DESC, s.id DESC"))
                                : QString(col + QStringLiteral(", s.id"));
        } else {
            part.orderBy = QString(QStringLiteral("s.token_id, s.adam_id, s.pricing_param, ") + col);
        }
        result.append(part);
    }
    if (m_order != Order::Natural && m_descending)
        std::reverse(result.begin(), result.end());
    return result;
}

Result<qint64> LicenseQuery::countPart(const Part &part, bool useCache) const
{
    QString key = part.countWhere;
    for (const QVariant &value : part.values)
        key += QLatin1Char('\x1f') + value.toString();
    if (useCache) {
        const auto cached = m_partCounts.constFind(key);
        if (cached != m_partCounts.constEnd())
            return cached.value();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM assignments s WHERE ") + part.countWhere))
        return m_db.failure(q, QStringLiteral("prepare license count"));
    SqlSearch::bindAll(q, part.values);
    if (!q.exec() || !q.next())
        return m_db.failure(q, QStringLiteral("license count"));
    const qint64 n = q.value(0).toLongLong();
    m_partCounts.insert(key, n);
    return n;
}

Result<qint64> LicenseQuery::count() const
{
    m_partCounts.clear();
    qint64 total = 0;
    for (const Part &part : parts()) {
        const Result<qint64> n = countPart(part, false);
        if (!n)
            return n.error();
        total += n.value();
    }
    return total;
}

QString LicenseQuery::pageSql(const Part &part) const
{
    QString details;
    QString deviceJoin;
    if (m_holderDetails && part.devices) {
        details = QStringLiteral(", d.name, d.owner");
        // Imports keep serials upper case; Apple's may come in any case.
        deviceJoin = QStringLiteral("LEFT JOIN devices d ON d.serial_number = UPPER(s.serial_number) ");
    } else if (m_holderDetails) {
        const QString user = QStringLiteral(
            "FROM vpp_users u WHERE u.token_id = s.token_id AND u.client_user_id = s.client_user_id ");
        details = QString(QStringLiteral(", (SELECT u.email ") + user + kActiveFirst +
                          QStringLiteral("), (SELECT u.status ") + user + kActiveFirst + QStringLiteral(")"));
    }
    return QString(
        QStringLiteral("SELECT s.id, s.token_id, t.name, s.adam_id, s.pricing_param, a.product_type, m.name, "
                       "s.client_user_id, s.serial_number") +
        details + QStringLiteral(" FROM (SELECT s.id AS id FROM assignments s WHERE ") + part.where +
        QStringLiteral(" ORDER BY ") + part.orderBy +
        QStringLiteral(" LIMIT ? OFFSET ?) p CROSS JOIN assignments s "
                       "LEFT JOIN tokens t ON t.id = s.token_id "
                       "LEFT JOIN assets a ON a.token_id = s.token_id AND a.adam_id = s.adam_id "
                       "AND a.pricing_param = s.pricing_param "
                       "LEFT JOIN asset_metadata m ON m.adam_id = s.adam_id ") +
        deviceJoin + QStringLiteral("WHERE s.id = p.id ORDER BY ") + part.orderBy);
}

Result<QList<LicenseViewRow>> LicenseQuery::pagePart(const Part &part, qint64 offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(pageSql(part)))
        return m_db.failure(q, QStringLiteral("prepare license page"));
    SqlSearch::bindAll(q, part.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return m_db.failure(q, QStringLiteral("license page"));
    QList<LicenseViewRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        LicenseViewRow r;
        r.id = q.value(0).toLongLong();
        r.tokenId = q.value(1).toString();
        r.tokenName = q.value(2).toString();
        r.adamId = q.value(3).toString();
        r.pricingParam = q.value(4).toString();
        r.productType = q.value(5).toString();
        r.name = q.value(6).toString();
        r.clientUserId = q.value(7).toString();
        r.serialNumber = q.value(8).toString();
        if (m_holderDetails && part.devices) {
            r.deviceName = q.value(9).toString();
            r.deviceOwner = q.value(10).toString();
        } else if (m_holderDetails) {
            r.userEmail = q.value(9).toString();
            r.userStatus = q.value(10).toString();
        }
        rows.append(r);
    }
    return rows;
}

Result<QList<LicenseViewRow>> LicenseQuery::page(qint64 offset, int limit) const
{
    QList<LicenseViewRow> rows;
    const QList<Part> all = parts();
    for (qsizetype i = 0; i < all.size() && limit > 0; ++i) {
        const Part &part = all.at(i);
        const bool last = i + 1 == all.size();
        // Skip a part the page starts after without walking it: its count comes from its index.
        if (offset > 0 && !last) {
            const Result<qint64> n = countPart(part, true);
            if (!n)
                return n.error();
            if (offset >= n.value()) {
                offset -= n.value();
                continue;
            }
        }
        const Result<QList<LicenseViewRow>> got = pagePart(part, offset, limit);
        if (!got)
            return got.error();
        rows.append(got.value());
        limit -= int(got.value().size());
        offset = 0;
    }
    return rows;
}

Result<QStringList> LicenseQuery::explain() const
{
    QStringList plans;
    for (const Part &part : parts()) {
        const QString inner =
            QString(QStringLiteral("SELECT s.id FROM assignments s WHERE ") + part.where +
                    QStringLiteral(" ORDER BY ") + part.orderBy + QStringLiteral(" LIMIT 10 OFFSET 0"));
        for (const QString &sql :
             {QString(QStringLiteral("SELECT count(*) FROM assignments s WHERE ") + part.countWhere),
              inner}) {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                return m_db.failure(q, QStringLiteral("prepare license plan"));
            SqlSearch::bindAll(q, part.values);
            if (!q.exec())
                return m_db.failure(q, QStringLiteral("license plan"));
            QStringList lines;
            while (q.next())
                lines.append(q.value(3).toString());
            plans.append(lines.join(QStringLiteral("; ")));
        }
    }
    return plans;
}
