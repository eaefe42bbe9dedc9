// HolderSearch: the help desk's search as it types. Every VPP user (clientUserId, e-mail, Managed
// Apple Account), every imported device (serial number, name, owner) and every serial number that
// holds a license, folded to lower case in memory once (build(), a few hundred milliseconds at
// 200,000 users, off the GUI thread); a query then matches any of them by prefix or substring,
// case-insensitive, in milliseconds: exact matches first, then prefixes, then substrings, shorter
// and alphabetically first within each. Prefixes come from a sorted index (binary search);
// substrings from one Boyer-Moore pass over all values joined in one buffer; one or two
// characters match prefixes only. Portable: it reads the store with plain SELECTs.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

class Database;

class HolderSearch
{
public:
    enum class Kind { User, Device };
    enum class Rank { Exact, Prefix, Substring };
    struct Match
    {
        Kind kind = Kind::User;
        QString key;    // the clientUserId or the serial number: what HoldingsQuery looks up
        QString label;  // the text that matched, as stored
        QString detail; // the user's e-mail or the device's name, when it is not the label
        Rank rank = Rank::Substring;
    };

    // Reads every searchable value of the store.
    static Result<HolderSearch> build(Database &db);

    // The best `limit` matches of `text` (trimmed; empty: none), one per key.
    QList<Match> suggest(const QString &text, int limit = 20) const;
    qsizetype size() const { return m_entries.size(); }
    // Substring hits looked at per query at most (the prefixes, which rank higher, come first).
    static constexpr int maxSubstringHits = 5000;

private:
    struct Target
    {
        Kind kind;
        QString key;
        QString detail;
    };
    struct Entry
    {
        qsizetype start;  // of its folded text in m_text
        qsizetype length; // of the folded text
        QString label;
        int target;
    };

    void add(Kind kind, const QString &key, const QString &detail, const QStringList &labels);
    void finish(); // sorts the prefix index
    QStringView folded(int entry) const;

    QList<Target> m_targets;
    QList<Entry> m_entries;
    QString m_text;       // every folded value, each followed by a separator
    QList<int> m_byValue; // entries in the order of their folded text
};
