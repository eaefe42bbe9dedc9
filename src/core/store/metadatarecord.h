// MetadataRecord: what the store knows about one product of Apple's catalog (name, bundle id,
// version, icon), shared by every token. lookupStatus says whether Apple's lookup found it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct MetadataRecord
{
    static inline const QString pending = QStringLiteral("pending");
    static inline const QString found = QStringLiteral("found");
    static inline const QString notFound = QStringLiteral("not_found");

    QString adamId;
    QString name;
    QString bundleId;
    QString version;
    QString artist;
    QString kind;    // iosSoftware, macSoftware, ebook...
    QString genre;   // the first genre name
    QByteArray icon; // PNG; empty until downloaded
    QString iconUrl;
    QDateTime fetchedAt;
    QString lookupStatus = pending;
};
