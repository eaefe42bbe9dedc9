// MdmInfo: the cooperative ownership marker Apple echoes in v2 responses ({id, name, metadata}).
// An MDM writes it through POST /client/config when it takes a location; comparing the id with ours
// tells whether another MDM has claimed the location.
#pragma once

#include <QString>

struct MdmInfo
{
    QString id;
    QString name;
    QString metadata;

    // A location whose mdmInfo was never set, or was cleared, carries no owner.
    bool isEmpty() const { return id.isEmpty() && name.isEmpty() && metadata.isEmpty(); }

    friend bool operator==(const MdmInfo &, const MdmInfo &) = default;
};
