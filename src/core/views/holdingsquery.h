// HoldingsQuery: the help desk's question "what does this person or device hold?". For a
// clientUserId, an e-mail address or a serial number it gives every license held on every token
// (InventoryReader::find, which answers from the lookup indexes) with the asset's product type, and
// the user rows that matched. With a HolderSearch, part of a name, an e-mail, an id or a serial
// does too, in any case: the holdings of its best matches (only the exact ones when there are).
// Local store only: it works offline.
#pragma once

#include "core/common/result.h"
#include "core/views/holdersearch.h"
#include "core/workspace/inventoryreader.h"

#include <QList>
#include <QString>

class Database;

class HoldingsQuery
{
public:
    struct Licence
    {
        InventoryReader::AssignmentRow row;
        QString productType; // "App" or "Book"; empty when the asset is not in the store
    };
    struct Holdings
    {
        QString query;                      // the text searched for, trimmed
        QList<HolderSearch::Match> matches; // what the text matched (with a HolderSearch)
        QList<Licence> licences;
        QList<InventoryReader::UserRow> users;

        bool isEmpty() const { return licences.isEmpty() && users.isEmpty(); }
    };

    explicit HoldingsQuery(Database &db);

    // The best matches looked up (with a search) are at most `maxMatches`.
    static constexpr int maxMatches = 20;
    Result<Holdings> find(const QString &text, const HolderSearch *search = nullptr) const;

private:
    Database &m_db;
};
