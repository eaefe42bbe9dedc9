#include "core/views/holdersearch.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <QStringMatcher>

#include <algorithm>
#include <numeric>

namespace {

// Ends each value in the joined buffer: a query (trimmed, folded text) never contains it.
constexpr QChar kSeparator = QChar(0x1);

} // namespace

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
        m_entries.append({m_text.size(), folded.size(), label, target});
        m_text += folded;
        m_text += kSeparator;
    }
}

QStringView HolderSearch::folded(int entry) const
{
    const Entry &e = m_entries.at(entry);
    return QStringView(m_text).mid(e.start, e.length);
}

void HolderSearch::finish()
{
    m_byValue.resize(m_entries.size());
    std::iota(m_byValue.begin(), m_byValue.end(), 0);
    std::sort(m_byValue.begin(), m_byValue.end(), [this](int a, int b) { return folded(a) < folded(b); });
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
    // Serials that hold licenses without being in the imported inventory (its index gives them
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
    search.finish();
    return search;
}

QList<HolderSearch::Match> HolderSearch::suggest(const QString &text, int limit) const
{
    QString needle = text.trimmed().toCaseFolded();
    needle.remove(kSeparator);
    if (needle.isEmpty() || limit <= 0)
        return {};
    struct Hit
    {
        Rank rank;
        qsizetype length;
        int entry;
    };
    QList<Hit> hits;
    QSet<int> seen; // entries already hit
    // Prefixes (and exact values): a range of the sorted index.
    const auto first = std::lower_bound(m_byValue.cbegin(), m_byValue.cend(), needle,
                                        [this](int entry, const QString &n) { return folded(entry) < n; });
    for (auto it = first; it != m_byValue.cend() && folded(*it).startsWith(needle); ++it) {
        const qsizetype length = m_entries.at(*it).length;
        hits.append({length == needle.size() ? Rank::Exact : Rank::Prefix, length, *it});
        seen.insert(*it);
    }
    // Substrings: one pass over every value (three characters at least: shorter parts would match
    // nearly everything).
    if (needle.size() >= 3) {
        const QStringMatcher matcher(needle, Qt::CaseSensitive);
        int substrings = 0;
        qsizetype from = 0;
        while (substrings < maxSubstringHits) {
            const qsizetype at = matcher.indexIn(m_text, from);
            if (at < 0)
                break;
            // The entry the hit is in: the last one starting at or before it.
            const auto next = std::upper_bound(m_entries.cbegin(), m_entries.cend(), at,
                                               [](qsizetype pos, const Entry &e) { return pos < e.start; });
            const int entry = int(next - m_entries.cbegin()) - 1;
            if (!seen.contains(entry)) {
                hits.append({Rank::Substring, m_entries.at(entry).length, entry});
                ++substrings;
            }
            from = m_entries.at(entry).start + m_entries.at(entry).length + 1;
        }
    }
    const auto better = [this](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.length != b.length)
            return a.length < b.length;
        return folded(a.entry) < folded(b.entry);
    };
    std::sort(hits.begin(), hits.end(), better);
    // The best hit of each person or device, best first.
    QList<Match> matches;
    QSet<int> targets;
    for (const Hit &hit : std::as_const(hits)) {
        if (matches.size() >= limit)
            break;
        const Entry &e = m_entries.at(hit.entry);
        if (targets.contains(e.target))
            continue;
        targets.insert(e.target);
        const Target &t = m_targets.at(e.target);
        matches.append({t.kind, t.key, e.label, t.detail == e.label ? QString() : t.detail, hit.rank});
    }
    return matches;
}
