#include "core/views/holdersearch.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

void HolderSearch::add(Kind kind, const QString &key, const QString &detail, const QStringList &labels)
{
    const int target = int(m_targets.size());
    m_targets.append({kind, key, detail});
    QSet<QString> seen;
    for (const QString &label : labels) {
        if (label.isEmpty())
            continue;
        const QString folded = label.toCaseFolded();
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        m_entries.append({folded, label, target});
    }
}

Result<HolderSearch> HolderSearch::build(Database &db)
{
    if (!db.isOpen())
        return StoreError::notOpen();
    HolderSearch search;
    // One row per clientUserId across tokens: the same person on two tokens is one suggestion.
    QSqlQuery users(db.connection());
    users.setForwardOnly(true);
    if (!users.exec(QStringLiteral("SELECT client_user_id, email, managed_apple_id FROM vpp_users "
                                   "ORDER BY client_user_id")))
        return db.failure(users, QStringLiteral("search: users"));
    QString last;
    QStringList labels;
    QString email;
    auto flushUser = [&] {
        if (!last.isEmpty())
            search.add(Kind::User, last, email, labels);
    };
    while (users.next()) {
        const QString id = users.value(0).toString();
        if (id != last) {
            flushUser();
            last = id;
            labels = {id};
            email.clear();
        }
        const QString mail = users.value(1).toString();
        if (email.isEmpty())
            email = mail;
        labels << mail << users.value(2).toString();
    }
    flushUser();

    QSet<QString> serials;
    QSqlQuery devices(db.connection());
    devices.setForwardOnly(true);
    if (!devices.exec(
            QStringLiteral("SELECT serial_number, name, owner FROM devices ORDER BY serial_number")))
        return db.failure(devices, QStringLiteral("search: devices"));
    while (devices.next()) {
        const QString serial = devices.value(0).toString();
        serials.insert(serial);
        search.add(Kind::Device, serial, devices.value(1).toString(),
                   {serial, devices.value(1).toString(), devices.value(2).toString()});
    }
    // Serials that hold licences without being in the imported inventory (its index gives them
    // in order, without a sort).
    QSqlQuery held(db.connection());
    held.setForwardOnly(true);
    if (!held.exec(QStringLiteral("SELECT DISTINCT serial_number FROM assignments "
                                  "WHERE serial_number IS NOT NULL ORDER BY serial_number")))
        return db.failure(held, QStringLiteral("search: serials"));
    while (held.next()) {
        const QString serial = held.value(0).toString();
        if (!serials.contains(serial))
            search.add(Kind::Device, serial, {}, {serial});
    }
    return search;
}

QList<HolderSearch::Match> HolderSearch::suggest(const QString &text, int limit) const
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle.isEmpty() || limit <= 0)
        return {};
    struct Hit
    {
        Rank rank;
        qsizetype length;
        int entry;
    };
    // The best hit per target only.
    QHash<int, Hit> best;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry &e = m_entries.at(i);
        const qsizetype at = e.folded.indexOf(needle);
        if (at < 0)
            continue;
        const Rank rank = at > 0                             ? Rank::Substring
                          : e.folded.size() == needle.size() ? Rank::Exact
                                                             : Rank::Prefix;
        const Hit hit{rank, e.folded.size(), i};
        const auto found = best.find(e.target);
        if (found == best.end())
            best.insert(e.target, hit);
        else if (std::pair(int(rank), hit.length) < std::pair(int(found->rank), found->length))
            *found = hit;
    }
    QList<Hit> hits(best.cbegin(), best.cend());
    const auto better = [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.length != b.length)
            return a.length < b.length;
        return m_entries.at(a.entry).folded < m_entries.at(b.entry).folded;
    };
    const qsizetype count = std::min<qsizetype>(limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + count, hits.end(), better);
    QList<Match> matches;
    matches.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Entry &e = m_entries.at(hits.at(i).entry);
        const Target &t = m_targets.at(e.target);
        matches.append({t.kind, t.key, e.label, t.detail == e.label ? QString() : t.detail, hits.at(i).rank});
    }
    return matches;
}
