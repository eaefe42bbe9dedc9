#include "core/licensing/deviceimporter.h"

#include "core/store/database.h"
#include "core/store/devicestore.h"
#include "core/store/groupstore.h"
#include "core/store/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

struct DeviceImporter::Parsed
{
    bool hasHeader = false;
    QStringList columns;
    QList<std::pair<int, QStringList>> records; // data records with their line
    QList<RowError> errors;
    QList<DeviceRecord> devices;
    QList<std::pair<QString, GroupMember>> members;
    QSet<int> badLines;
};

namespace {

QString normalized(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' '));
    h.remove(QLatin1Char('_'));
    h.remove(QLatin1Char('-'));
    return h;
}

// Canonical column name for a header cell, empty when unknown.
QString columnFor(const QString &header)
{
    const QString h = normalized(header);
    if (h == u"serial" || h == u"serialnumber" || h == u"serialno")
        return QStringLiteral("serial");
    if (h == u"name" || h == u"devicename")
        return QStringLiteral("name");
    if (h == u"owner" || h == u"user" || h == u"assignedto")
        return QStringLiteral("owner");
    if (h == u"lastseen" || h == u"lastcheckin" || h == u"lastcontact")
        return QStringLiteral("lastSeen");
    if (h == u"group" || h == u"groupname")
        return QStringLiteral("group");
    if (h == u"member" || h == u"clientuserid" || h == u"target")
        return QStringLiteral("member");
    if (h == u"kind" || h == u"type" || h == u"memberkind")
        return QStringLiteral("kind");
    return {};
}

QDateTime parseDate(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(QTimeZone::utc());
    }
    if (!dt.isValid()) {
        *ok = false;
        return {};
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no offset given: the export's times are taken as UTC
    return dt.toUTC();
}

bool plausibleSerial(const QString &s)
{
    if (s.size() < 5 || s.size() > 20)
        return false;
    for (const QChar c : s)
        if (!c.isLetterOrNumber())
            return false;
    return true;
}

} // namespace

DeviceImporter::DeviceImporter(Database &db)
    : m_db(db)
{}

QList<std::pair<int, QStringList>> DeviceImporter::parseCsv(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstEnd < 0 ? text.size() : firstEnd);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');
    QList<std::pair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        fields.append(field);
        const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty();
        if (!blank)
            records.append({recordLine, fields});
        fields.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return records;
}

DeviceImporter::Parsed DeviceImporter::parse(Kind kind, const QByteArray &csv) const
{
    Parsed p;
    auto records = parseCsv(csv);
    const QStringList defaults =
        kind == Kind::Devices
            ? QStringList{QStringLiteral("serial"), QStringLiteral("name"), QStringLiteral("owner"),
                          QStringLiteral("lastSeen")}
            : QStringList{QStringLiteral("group"), QStringLiteral("member"), QStringLiteral("kind")};
    p.columns = defaults;
    if (!records.isEmpty()) {
        QStringList mapped;
        int known = 0;
        for (const QString &cell : records.first().second) {
            const QString c = columnFor(cell);
            known += c.isEmpty() ? 0 : 1;
            mapped.append(c);
        }
        // A header names at least the key column of the kind.
        if (mapped.contains(defaults.first()) || known >= 2) {
            p.hasHeader = true;
            p.columns = mapped;
            records.removeFirst();
        }
    }
    p.records = records;

    auto value = [&](const QStringList &row, const QString &column) {
        const qsizetype i = p.columns.indexOf(column);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    auto fail = [&](int line, const QString &message) {
        p.errors.append({line, message});
        p.badLines.insert(line);
    };

    QHash<QString, int> seenSerials;
    QHash<QString, int> seenMembers;
    // Members that are known devices (in the store or this file) count as devices.
    DeviceStore devices(m_db);
    for (const auto &[line, row] : std::as_const(records)) {
        if (kind == Kind::Devices) {
            const QString serial = value(row, QStringLiteral("serial"));
            if (serial.isEmpty()) {
                fail(line, tr("Line %1: the serial number is missing.").arg(line));
                continue;
            }
            if (!plausibleSerial(serial)) {
                fail(line, tr("Line %1: \"%2\" is not a serial number.").arg(line).arg(serial));
                continue;
            }
            if (const int first = seenSerials.value(serial.toUpper()); first > 0) {
                fail(line, tr("Line %1: serial number %2 is a duplicate of line %3.")
                               .arg(line)
                               .arg(serial)
                               .arg(first));
                continue;
            }
            bool ok = true;
            const QString lastSeenText = value(row, QStringLiteral("lastSeen"));
            const QDateTime lastSeen = parseDate(lastSeenText, &ok);
            if (!ok) {
                fail(line, tr("Line %1: \"%2\" is not a date (use 2026-01-31 or 2026-01-31T08:00:00Z).")
                               .arg(line)
                               .arg(lastSeenText));
                continue;
            }
            seenSerials.insert(serial.toUpper(), line);
            p.devices.append({serial.toUpper(),
                              value(row, QStringLiteral("name")),
                              value(row, QStringLiteral("owner")),
                              lastSeen,
                              {}});
        } else {
            const QString group = value(row, QStringLiteral("group"));
            const QString member = value(row, QStringLiteral("member"));
            if (group.isEmpty()) {
                fail(line, tr("Line %1: the group name is missing.").arg(line));
                continue;
            }
            if (member.isEmpty()) {
                fail(line, tr("Line %1: the member (serial number or clientUserId) is missing.").arg(line));
                continue;
            }
            const QString kindText = value(row, QStringLiteral("kind")).toLower();
            GroupMember m{GroupMember::Kind::User, member};
            if (kindText == u"device" || kindText == u"serial") {
                m.kind = GroupMember::Kind::Device;
            } else if (kindText.isEmpty()) {
                const auto known = devices.known({member});
                if (known && known->contains(member))
                    m.kind = GroupMember::Kind::Device;
            } else if (kindText != u"user") {
                fail(line,
                     tr("Line %1: member kind \"%2\" is neither user nor device.").arg(line).arg(kindText));
                continue;
            }
            const QString key = QString(group + u'\n' + m.kindKey() + u'\n' + member);
            if (const int first = seenMembers.value(key); first > 0) {
                // One arg() call: a "%1" in the member or the group is text, not a place for the next.
                fail(line, tr("Line %1: %2 is listed twice in group %3 (first on line %4).")
                               .arg(QString::number(line), member, group, QString::number(first)));
                continue;
            }
            seenMembers.insert(key, line);
            p.members.append({group, m});
        }
    }
    return p;
}

Result<DeviceImporter::Preview> DeviceImporter::preview(Kind kind, const QByteArray &csv, int maxRows) const
{
    const Parsed p = parse(kind, csv);
    Preview preview;
    preview.hasHeader = p.hasHeader;
    preview.columns = p.columns;
    preview.totalRows = int(p.records.size());
    preview.errors = p.errors;
    for (int i = 0; i < p.records.size() && i < maxRows; ++i)
        preview.rows.append(p.records.at(i).second);
    return preview;
}

Result<DeviceImporter::Outcome> DeviceImporter::import(Kind kind, const QByteArray &csv,
                                                       const QString &source, bool skipBadRows)
{
    Parsed p = parse(kind, csv);
    Outcome outcome;
    outcome.errors = p.errors;
    if (!p.errors.isEmpty() && !skipBadRows) {
        QStringList lines;
        for (const RowError &e : std::as_const(p.errors))
            lines.append(e.message);
        return VppError::make(
            VppError::Kind::Parse, QStringLiteral("import.badRows"),
            tr("%n row(s) of the file are invalid; nothing was imported.", nullptr, int(p.errors.size())),
            tr("Fix the rows, or import with the bad rows skipped."), lines.join(u'\n'));
    }
    outcome.skipped = int(p.errors.size());
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (kind == Kind::Devices) {
        for (DeviceRecord &d : p.devices)
            d.source = source;
        const auto written = DeviceStore(m_db).upsert(p.devices);
        if (!written)
            return written.error();
        outcome.imported = int(written.value());
    } else {
        GroupStore groups(m_db);
        QHash<QString, QList<GroupMember>> byGroup;
        QStringList order;
        for (const auto &[group, member] : std::as_const(p.members)) {
            if (!byGroup.contains(group))
                order.append(group);
            byGroup[group].append(member);
        }
        for (const QString &group : std::as_const(order)) {
            const auto id = groups.ensureGroup(group, source);
            if (!id)
                return id.error();
            const auto added = groups.addMembers(id.value(), byGroup.value(group));
            if (!added)
                return added.error();
            outcome.imported += int(added.value());
        }
        outcome.groups = int(order.size());
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<DeviceImporter::Outcome> DeviceImporter::importFile(Kind kind, const QString &path, bool skipBadRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return VppError::make(VppError::Kind::Io, QStringLiteral("import.cannotOpen"),
                              tr("Cannot open %1: %2").arg(path, file.errorString()));
    return import(kind, file.readAll(), QStringLiteral("csv:") + QFileInfo(path).fileName(), skipBadRows);
}
