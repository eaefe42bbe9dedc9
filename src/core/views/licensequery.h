// LicenseQuery: the read model of the Licenses table and of an asset's holders: the licenses of
// every token (a million rows) counted and read a page at a time, with the app's name and type,
// the token's name and, on request, the holder's e-mail/status (users) or name/owner (devices).
//
// Every plan is answered from an index: users' and devices' licenses are two parts, each read in
// the order of its partial indexes (ux_assignments_user/_device for the natural order "token, app,
// pricing, holder"; idx_assignments_user/_serial for the holder order and the prefix search), and
// a page that spans both parts is put together from the two. The names are joined on primary keys
// for the rows of the page only.
#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

struct LicenseViewRow
{
    qint64 id = 0;
    QString tokenId;
    QString tokenName;
    QString adamId;
    QString pricingParam;
    QString productType; // from the token's asset row; empty when the asset is gone
    QString name;        // from asset_metadata; empty when unknown
    QString clientUserId;
    QString serialNumber;
    // With holder details only:
    QString userEmail;  // of the user's active row (else the newest one)
    QString userStatus; // Registered, Associated, Retired...; empty when the user list lacks it
    QString deviceName; // from the devices the organization imported
    QString deviceOwner;

    bool isDevice() const { return !serialNumber.isEmpty(); }
    QString holder() const { return isDevice() ? serialNumber : clientUserId; }
};

class LicenseQuery
{
public:
    enum class Holders { Any, Users, Devices };
    enum class Order {
        Natural,    // users' licenses, then devices': each by token, app, pricing, holder
        Holder,     // users by clientUserId, then devices by serial (descending: the exact reverse)
        HolderKind, // users first (descending: devices first), each part in the natural order
    };

    struct Filter
    {
        QString tokenId;      // empty = every token
        QString adamId;       // empty = every asset (set with tokenId and pricingParam)
        QString pricingParam; // empty = both
        Holders holders = Holders::Any;
        // Prefix of the holder, case-sensitive for users; serial numbers are matched upper-cased.
        // A search reads the holder indexes, so it orders by holder.
        QString search;
    };

    explicit LicenseQuery(Database &db);

    void setFilter(const Filter &filter) { m_filter = filter; }
    const Filter &filter() const { return m_filter; }
    void setOrder(Order order, bool descending = false);
    Order order() const { return m_order; }
    bool descending() const { return m_descending; }
    // Fill the holder details of the rows (one asset's holders; off for the big table).
    void setHolderDetails(bool on) { m_holderDetails = on; }

    Result<qint64> count() const;
    // Rows [offset, offset + limit) in the current order.
    Result<QList<LicenseViewRow>> page(qint64 offset, int limit) const;

    // SQLite's plans of the count and page statements of each part (tests and benchmarks).
    Result<QStringList> explain() const;

private:
    struct Part
    {
        bool devices = false;
        QString where;      // of the page: "s.col IS NOT NULL AND ..."
        QString countWhere; // of the count (the same rows, maybe another index)
        QVariantList values;
        QString orderBy;
    };
    QList<Part> parts() const;
    // Counts are remembered per part, so that a page past the first part does not count it again.
    Result<qint64> countPart(const Part &part, bool useCache) const;
    Result<QList<LicenseViewRow>> pagePart(const Part &part, qint64 offset, int limit) const;
    QString pageSql(const Part &part) const;

    Database &m_db;
    Filter m_filter;
    Order m_order = Order::Natural;
    bool m_descending = false;
    bool m_holderDetails = false;
    mutable QHash<QString, qint64> m_partCounts;
};
