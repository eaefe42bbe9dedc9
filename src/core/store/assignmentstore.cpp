#include "core/store/assignmentstore.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/readsnapshot.h"
#include "core/store/schema.h"
#include "core/store/sqlvalues.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList tokenColumns = {QStringLiteral("token_id"), QStringLiteral("adam_id"),
                                  QStringLiteral("pricing_param"), QStringLiteral("client_user_id"),
                                  QStringLiteral("serial_number")};
const QString rowColumns = tokenColumns.join(QStringLiteral(", "));
const QString selectRow = QStringLiteral("SELECT adam_id, pricing_param, client_user_id, serial_number ");

// Portable SQL of the full-sync diff. The staging tables live in the connection's temporary space:
// AssignmentStore's own (applyFull) or a sync run's StagingArea.
const QString defaultStaging = QStringLiteral("assignment_staging");
const QString dropStaging = QStringLiteral("DROP TABLE IF EXISTS assignment_staging");
const QString createStaging =
    QStringLiteral("CREATE TEMP TABLE assignment_staging (adam_id TEXT NOT NULL, "
                   "pricing_param TEXT NOT NULL, client_user_id TEXT, serial_number TEXT)");
QString indexStaging(const SqlDialect &dialect, const QString &table)
{
    return dialect.createTempIndexSql(
        table + QStringLiteral("_key"), table,
        QStringLiteral("adam_id, pricing_param, client_user_id, serial_number"));
}
const QString dropGone = QStringLiteral("DROP TABLE IF EXISTS assignment_gone");
// Ids of the token's rows that the new set no longer has (one scan, used for the sample and the delete).
QString collectGone(const QString &table)
{
    return QStringLiteral(
               "CREATE TEMP TABLE assignment_gone AS SELECT id FROM assignments WHERE token_id = ? AND ("
               "(client_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %1 s WHERE "
               "s.adam_id = assignments.adam_id AND s.pricing_param = assignments.pricing_param AND "
               "s.client_user_id = assignments.client_user_id)) OR "
               "(serial_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %1 s WHERE "
               "s.adam_id = assignments.adam_id AND s.pricing_param = assignments.pricing_param AND "
               "s.client_user_id IS NULL AND s.serial_number = assignments.serial_number)))")
        .arg(table);
}
// Staged rows the token does not hold yet (each target kind on its own partial unique index).
QString collectNew(const QString &table)
{
    return QStringLiteral(
               "CREATE TEMP TABLE %1_new AS SELECT s.adam_id, s.pricing_param, s.client_user_id, "
               "s.serial_number FROM %1 s WHERE "
               "(s.client_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM assignments a WHERE "
               "a.token_id = ? AND a.adam_id = s.adam_id AND a.pricing_param = s.pricing_param AND "
               "a.client_user_id = s.client_user_id)) OR "
               "(s.client_user_id IS NULL AND NOT EXISTS (SELECT 1 FROM assignments a WHERE "
               "a.token_id = ? AND a.adam_id = s.adam_id AND a.pricing_param = s.pricing_param AND "
               "a.serial_number = s.serial_number))")
        .arg(table);
}
QString collectGoneInto(const QString &table)
{
    QString sql = collectGone(table);
    return sql.replace(QStringLiteral("CREATE TEMP TABLE assignment_gone AS"),
                       QStringLiteral("CREATE TEMP TABLE %1_gone AS").arg(table));
}
QString insertFromStaging(const QString &table)
{
    return QStringLiteral(
               "INSERT INTO assignments (token_id, adam_id, pricing_param, client_user_id, serial_number) "
               "SELECT ?, s.adam_id, s.pricing_param, s.client_user_id, s.serial_number FROM %1 s WHERE "
               "1 = 1 "
               "ORDER BY s.adam_id, s.pricing_param, s.client_user_id, s.serial_number ON CONFLICT DO "
               "NOTHING")
        .arg(table);
}

AssignmentRecord recordFromQuery(const QSqlQuery &q, int first, const QString &tokenId)
{
    AssignmentRecord r;
    r.tokenId = tokenId;
    r.adamId = q.value(first).toString();
    r.pricingParam = q.value(first + 1).toString();
    r.clientUserId = q.value(first + 2).toString();
    r.serialNumber = q.value(first + 3).toString();
    return r;
}

VppError invalidRow(const AssignmentRecord &row)
{
    return VppError::make(VppError::Kind::Usage, QStringLiteral("store.invalidAssignment"),
                          QCoreApplication::translate("AssignmentStore",
                                                      "An assignment needs an asset and exactly one user or "
                                                      "device."),
                          QString(),
                          QStringLiteral("adamId=%1 clientUserId=%2 serial=%3")
                              .arg(row.adamId, row.clientUserId, row.serialNumber));
}

bool isValid(const AssignmentRecord &row)
{
    return !row.adamId.isEmpty() && !row.pricingParam.isEmpty() &&
           (row.clientUserId.isEmpty() != row.serialNumber.isEmpty());
}

// WHERE clause (after "token_id = ?") and its values for a filter.
QString filterSql(const SqlDialect &dialect, const AssignmentFilter &filter, QVariantList &values)
{
    QString sql;
    if (!filter.adamId.isEmpty()) {
        sql += QStringLiteral(" AND adam_id = ?");
        values << filter.adamId;
    }
    if (!filter.pricingParam.isEmpty()) {
        sql += QStringLiteral(" AND pricing_param = ?");
        values << filter.pricingParam;
    }
    if (filter.target == AssignmentFilter::Target::Users)
        sql += QStringLiteral(" AND client_user_id IS NOT NULL");
    else if (filter.target == AssignmentFilter::Target::Devices)
        sql += QStringLiteral(" AND serial_number IS NOT NULL");
    if (!filter.search.isEmpty()) {
        QString pattern = filter.search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern += QLatin1Char('%');
        const QString like = dialect.caseInsensitiveLike();
        sql += QStringLiteral(" AND (client_user_id %1 ? ESCAPE '\\' OR serial_number %1 ? ESCAPE '\\')")
                   .arg(like);
        values << pattern << pattern;
    }
    return sql;
}

} // namespace

AssignmentStore::AssignmentStore(Database &db)
    : m_db(db)
{}

Result<qint64> AssignmentStore::insertRows(const QString &table, const QString &tokenId,
                                           const QList<AssignmentRecord> &rows)
{
    // Many rows per statement: the per-statement cost of the Qt driver dominates single-row
    // inserts. (Passing rows as one JSON text through json_each was measured slower.) Without a
    // token (the staging table) the token column is left out: every bound value counts.
    constexpr qsizetype batchRows = 50;
    const bool withToken = !tokenId.isEmpty();
    const QStringList columns = withToken ? tokenColumns : tokenColumns.mid(1);
    const int perRow = int(columns.size());
    const int first = withToken ? 1 : 0;
    const qsizetype fullBatches = rows.size() / batchRows;
    const int tailRows = int(rows.size() % batchRows);
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant token(tokenId);

    QSqlQuery batch(m_db.connection());
    if (fullBatches > 0 && !batch.prepare(m_db.dialect().insertOrIgnoreSql(table, columns, int(batchRows))))
        return m_db.failure(batch, QStringLiteral("prepare bulk insert"));
    QSqlQuery tail(m_db.connection());
    if (tailRows > 0 && !tail.prepare(m_db.dialect().insertOrIgnoreSql(table, columns, tailRows)))
        return m_db.failure(tail, QStringLiteral("prepare bulk insert"));

    qint64 inserted = 0;
    for (qsizetype start = 0; start < rows.size(); start += batchRows) {
        QSqlQuery &query = start / batchRows < fullBatches ? batch : tail;
        const qsizetype end = qMin(rows.size(), start + batchRows);
        for (qsizetype i = start; i < end; ++i) {
            const AssignmentRecord &row = rows.at(i);
            if (!isValid(row))
                return invalidRow(row);
            const int base = int(i - start) * perRow;
            if (withToken)
                query.bindValue(base, token);
            query.bindValue(base + first, row.adamId);
            query.bindValue(base + first + 1, row.pricingParam);
            query.bindValue(base + first + 2,
                            row.clientUserId.isEmpty() ? nullText : QVariant(row.clientUserId));
            query.bindValue(base + first + 3,
                            row.serialNumber.isEmpty() ? nullText : QVariant(row.serialNumber));
        }
        if (!query.exec())
            return m_db.failure(query, QStringLiteral("bulk insert into ") + table);
        inserted += query.numRowsAffected();
    }
    return inserted;
}

Result<void> AssignmentStore::setLookupIndexes(bool present)
{
    for (const auto &[name, createSql] : Schema::assignmentLookupIndexes()) {
        const Result<void> done =
            m_db.exec(present ? createSql : QStringLiteral("DROP INDEX IF EXISTS ") + name);
        if (!done)
            return done;
    }
    return {};
}

Result<qint64> AssignmentStore::scalar(const QString &sql, const QVariantList &values,
                                       const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_db.failure(query, what);
    return query.value(0).toLongLong();
}

Result<QList<AssignmentRecord>> AssignmentStore::sample(const QString &sql, const QString &tokenId,
                                                        int limit) const
{
    QList<AssignmentRecord> rows;
    if (limit <= 0)
        return rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql + QStringLiteral(" LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("sample assignment changes"));
    while (query.next())
        rows.append(recordFromQuery(query, 0, tokenId));
    return rows;
}

Result<qint64> AssignmentStore::maxAssignmentId() const
{
    return scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM assignments"), {},
                  QStringLiteral("max id"));
}

Result<QList<AssignmentRecord>> AssignmentStore::rowsAfter(qint64 id, const QString &tokenId, int limit) const
{
    return sample(selectRow + QStringLiteral("FROM assignments WHERE id > %1 ORDER BY id").arg(id), tokenId,
                  limit);
}

Result<qint64> AssignmentStore::execCount(const QString &sql, const QVariantList &values, const QString &what)
{
    return m_db.execCount(sql, values, what);
}

Result<AssignmentDiff> AssignmentStore::applyFull(const QString &tokenId, const QList<AssignmentRecord> &rows,
                                                  int sampleLimit)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    if (tokenId.isEmpty())
        return invalidRow(AssignmentRecord());
    // The rows in memory take the same path as a streamed pass: staged, then diffed in SQL.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (const Result<void> begun = beginStaging(); !begun)
        return begun.error();
    if (const Result<qint64> staged = stageRows(rows); !staged)
        return staged.error();
    const Result<AssignmentDiff> diff = applyStagedFull(tokenId, sampleLimit);
    if (!diff)
        return diff;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return diff;
}

Result<void> AssignmentStore::beginStaging()
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    for (const QString &sql : {dropStaging, createStaging}) {
        if (const Result<void> done = m_db.exec(sql); !done)
            return done;
    }
    return {};
}

Result<qint64> AssignmentStore::stageRows(const QList<AssignmentRecord> &rows)
{
    return insertRows(defaultStaging, QString(), rows);
}

Result<void> AssignmentStore::discardStaging()
{
    for (const QString &sql : {dropGone, dropStaging}) {
        if (const Result<void> dropped = m_db.exec(sql); !dropped)
            return dropped;
    }
    return {};
}

Result<AssignmentDiff> AssignmentStore::applyStagedFull(const QString &tokenId, int sampleLimit)
{
    const Result<AssignmentDiff> diff = applyStagedFull(tokenId, defaultStaging, sampleLimit);
    if (const Result<void> dropped = discardStaging(); !dropped)
        return dropped.error();
    return diff;
}

Result<AssignmentDiff> AssignmentStore::applyStagedDelta(const QString &tokenId, int sampleLimit)
{
    const Result<AssignmentDiff> diff = applyStagedDelta(tokenId, defaultStaging, sampleLimit);
    if (const Result<void> dropped = discardStaging(); !dropped)
        return dropped.error();
    return diff;
}

Result<AssignmentDiff> AssignmentStore::applyStagedFull(const QString &tokenId, const QString &table,
                                                        int sampleLimit)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QElapsedTimer timer;
    timer.start();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Result<qint64> existing = countForToken(tokenId);
    if (!existing)
        return existing.error();
    const Result<qint64> staged =
        scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table, {}, QStringLiteral("count staging"));
    if (!staged)
        return staged.error();
    const Result<qint64> maxId = maxAssignmentId();
    if (!maxId)
        return maxId.error();
    // Same rule as applyFull: rebuild the lookup indexes when this pass brings most of the table.
    bool rebuild = false;
    if (staged.value() >= bulkThreshold && existing.value() < staged.value() / 2) {
        const Result<qint64> tableRows =
            scalar(QStringLiteral("SELECT COUNT(*) FROM assignments"), {}, QStringLiteral("count table"));
        if (!tableRows)
            return tableRows.error();
        rebuild = tableRows.value() - existing.value() < staged.value();
    }
    AssignmentDiff diff;
    if (existing.value() > 0) {
        // Only the diff looks rows up in the staging table; a token without rows skips the index
        // and the ordered insert below sorts the staged rows once.
        if (const Result<void> indexed = m_db.exec(indexStaging(m_db.dialect(), table)); !indexed)
            return indexed.error();
        if (const Result<void> dropped = m_db.exec(dropGone); !dropped)
            return dropped.error();
        if (const Result<qint64> collected = execCount(collectGone(table), {tokenId}, QStringLiteral("diff"));
            !collected)
            return collected.error();
        const Result<QList<AssignmentRecord>> gone =
            sample(selectRow + QStringLiteral("FROM assignments WHERE id IN (SELECT id FROM assignment_gone) "
                                              "ORDER BY id"),
                   tokenId, sampleLimit);
        if (!gone)
            return gone.error();
        diff.removedSample = gone.value();
        const Result<qint64> removed =
            execCount(QStringLiteral("DELETE FROM assignments WHERE id IN (SELECT id FROM assignment_gone)"),
                      {}, QStringLiteral("remove stale assignments"));
        if (!removed)
            return removed.error();
        diff.removed = removed.value();
    }
    if (rebuild) {
        if (const Result<void> dropped = setLookupIndexes(false); !dropped)
            return dropped.error();
    }
    const Result<qint64> added =
        execCount(insertFromStaging(table), {tokenId}, QStringLiteral("add new assignments"));
    if (!added)
        return added.error();
    diff.added = added.value();
    if (rebuild) {
        if (const Result<void> created = setLookupIndexes(true); !created)
            return created.error();
    }
    const Result<QList<AssignmentRecord>> fresh = rowsAfter(maxId.value(), tokenId, sampleLimit);
    if (!fresh)
        return fresh.error();
    diff.addedSample = fresh.value();
    if (const Result<void> dropped = m_db.exec(dropGone); !dropped)
        return dropped.error();
    diff.total = existing.value() - diff.removed + diff.added;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcStore).noquote() << "staged full assignment pass" << tokenId << "rows" << staged.value()
                              << "added" << diff.added << "removed" << diff.removed
                              << (rebuild ? "(indexes rebuilt)" : "") << "in" << timer.elapsed() << "ms";
    return diff;
}

Result<std::optional<AssignmentStore::PreparedDiff>>
AssignmentStore::prepareStagedFull(const QString &tokenId, const QString &table)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    const Result<qint64> version = m_db.dataVersion();
    if (!version)
        return version.error();
    // A read snapshot (deferred: no lock) for the counts and the diff; only TEMP tables are written.
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status().error();
    const Result<qint64> existing = countForToken(tokenId);
    if (!existing)
        return existing.error();
    if (existing.value() == 0)
        return std::optional<PreparedDiff>();
    for (const QString &sql : QStringList{indexStaging(m_db.dialect(), table),
                                          QStringLiteral("DROP TABLE IF EXISTS ") +
                                              m_db.dialect().tempTable(table + QStringLiteral("_gone")),
                                          QStringLiteral("DROP TABLE IF EXISTS ") +
                                              m_db.dialect().tempTable(table + QStringLiteral("_new"))}) {
        if (const Result<void> ran = m_db.exec(sql); !ran)
            return ran.error();
    }
    if (const Result<qint64> gone =
            execCount(collectGoneInto(table), {tokenId}, QStringLiteral("prepare gone"));
        !gone)
        return gone.error();
    if (const Result<qint64> fresh =
            execCount(collectNew(table), {tokenId, tokenId}, QStringLiteral("prepare new"));
        !fresh)
        return fresh.error();
    if (const Result<void> committed = snapshot.commit(); !committed)
        return committed.error();
    return std::optional<PreparedDiff>(PreparedDiff{version.value(), existing.value()});
}

Result<AssignmentDiff> AssignmentStore::applyPreparedFull(const QString &tokenId, const QString &table,
                                                          const PreparedDiff &prepared, int sampleLimit)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    const QString gone = table + QStringLiteral("_gone");
    const QString fresh = table + QStringLiteral("_new");
    auto dropPrepared = [&] {
        (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(gone));
        (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_db.dialect().tempTable(fresh));
    };
    const Result<qint64> version = m_db.dataVersion();
    if (!version)
        return version.error();
    if (version.value() != prepared.dataVersion) {
        // Another connection wrote meanwhile (a job's outcome, another seat): the diff is computed
        // again, now under the lock.
        dropPrepared();
        qCInfo(lcStore).noquote() << "prepared diff of" << tokenId
                                  << "is stale: computed again under the lock";
        return applyStagedFull(tokenId, table, sampleLimit);
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Result<qint64> maxId = maxAssignmentId();
    if (!maxId)
        return maxId.error();
    AssignmentDiff diff;
    const Result<QList<AssignmentRecord>> goneRows =
        sample(selectRow + QStringLiteral("FROM assignments WHERE id IN (SELECT id FROM %1) ORDER BY id")
                               .arg(m_db.dialect().tempTable(gone)),
               tokenId, sampleLimit);
    if (!goneRows)
        return goneRows.error();
    diff.removedSample = goneRows.value();
    const Result<qint64> removed =
        execCount(QStringLiteral("DELETE FROM assignments WHERE id IN (SELECT id FROM %1)")
                      .arg(m_db.dialect().tempTable(gone)),
                  {}, QStringLiteral("remove stale assignments"));
    if (!removed)
        return removed.error();
    diff.removed = removed.value();
    const Result<qint64> added =
        execCount(insertFromStaging(fresh), {tokenId}, QStringLiteral("add new assignments"));
    if (!added)
        return added.error();
    diff.added = added.value();
    const Result<QList<AssignmentRecord>> freshRows = rowsAfter(maxId.value(), tokenId, sampleLimit);
    if (!freshRows)
        return freshRows.error();
    diff.addedSample = freshRows.value();
    diff.total = prepared.existing - diff.removed + diff.added;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    dropPrepared();
    return diff;
}

Result<AssignmentDiff> AssignmentStore::applyStagedDelta(const QString &tokenId, const QString &table,
                                                         int sampleLimit)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Result<qint64> maxId = maxAssignmentId();
    if (!maxId)
        return maxId.error();
    AssignmentDiff diff;
    const Result<qint64> added =
        execCount(insertFromStaging(table), {tokenId}, QStringLiteral("add assignments"));
    if (!added)
        return added.error();
    diff.added = added.value();
    const Result<QList<AssignmentRecord>> fresh = rowsAfter(maxId.value(), tokenId, sampleLimit);
    if (!fresh)
        return fresh.error();
    diff.addedSample = fresh.value();
    const Result<qint64> total = countForToken(tokenId);
    if (!total)
        return total.error();
    diff.total = total.value();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return diff;
}

Result<AssignmentDiff> AssignmentStore::applyDelta(const QString &tokenId,
                                                   const QList<AssignmentRecord> &upserts,
                                                   const QList<AssignmentRecord> &removals)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();

    AssignmentDiff diff;
    constexpr int sampleLimit = 100;
    const QVariant nullText(QMetaType::fromType<QString>());
    QSqlQuery insert(m_db.connection());
    insert.prepare(m_db.dialect().insertOrIgnoreSql(QStringLiteral("assignments"), tokenColumns));
    for (const AssignmentRecord &row : upserts) {
        if (!isValid(row))
            return invalidRow(row);
        insert.bindValue(0, tokenId);
        insert.bindValue(1, row.adamId);
        insert.bindValue(2, row.pricingParam);
        insert.bindValue(3, row.clientUserId.isEmpty() ? nullText : QVariant(row.clientUserId));
        insert.bindValue(4, row.serialNumber.isEmpty() ? nullText : QVariant(row.serialNumber));
        if (!insert.exec())
            return m_db.failure(insert, QStringLiteral("upsert assignment"));
        if (insert.numRowsAffected() > 0) {
            ++diff.added;
            if (diff.addedSample.size() < sampleLimit)
                diff.addedSample.append(row);
        }
    }

    QSqlQuery removeUser(m_db.connection());
    removeUser.prepare(QStringLiteral("DELETE FROM assignments WHERE token_id = ? AND adam_id = ? AND "
                                      "pricing_param = ? AND client_user_id = ?"));
    QSqlQuery removeDevice(m_db.connection());
    removeDevice.prepare(QStringLiteral("DELETE FROM assignments WHERE token_id = ? AND adam_id = ? AND "
                                        "pricing_param = ? AND serial_number = ?"));
    for (const AssignmentRecord &row : removals) {
        if (!isValid(row))
            return invalidRow(row);
        QSqlQuery &remove = row.isDevice() ? removeDevice : removeUser;
        remove.bindValue(0, tokenId);
        remove.bindValue(1, row.adamId);
        remove.bindValue(2, row.pricingParam);
        remove.bindValue(3, row.target());
        if (!remove.exec())
            return m_db.failure(remove, QStringLiteral("remove assignment"));
        if (remove.numRowsAffected() > 0) {
            ++diff.removed;
            if (diff.removedSample.size() < sampleLimit)
                diff.removedSample.append(row);
        }
    }
    const Result<qint64> total = countForToken(tokenId);
    if (!total)
        return total.error();
    diff.total = total.value();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return diff;
}

Result<qint64> AssignmentStore::removeTargets(const QString &tokenId, const QStringList &clientUserIds,
                                              const QStringList &serialNumbers)
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    qint64 removed = 0;
    const QList<std::pair<QString, const QStringList *>> parts = {
        {QStringLiteral("client_user_id"), &clientUserIds},
        {QStringLiteral("serial_number"), &serialNumbers}};
    for (const auto &[column, targets] : parts) {
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM assignments WHERE token_id = ? AND ") + column +
                       QStringLiteral(" = ?"));
        for (const QString &target : *targets) {
            remove.bindValue(0, tokenId);
            remove.bindValue(1, target);
            if (!remove.exec())
                return m_db.failure(remove, QStringLiteral("remove assignments of target"));
            removed += remove.numRowsAffected();
        }
    }
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return removed;
}

Result<qint64> AssignmentStore::countForToken(const QString &tokenId, const AssignmentFilter &filter) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    // Counted per target kind so that each count runs on one of the partial unique indexes.
    qint64 total = 0;
    for (const AssignmentFilter::Target kind :
         {AssignmentFilter::Target::Users, AssignmentFilter::Target::Devices}) {
        if (filter.target != AssignmentFilter::Target::Any && filter.target != kind)
            continue;
        AssignmentFilter part = filter;
        part.target = kind;
        QVariantList values{tokenId};
        const QString where = filterSql(m_db.dialect(), part, values);
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE token_id = ?") + where);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return m_db.failure(query, QStringLiteral("count assignments"));
        total += query.value(0).toLongLong();
    }
    return total;
}

Result<QList<AssignmentRecord>> AssignmentStore::page(const QString &tokenId, qint64 offset, int limit,
                                                      const AssignmentFilter &filter) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QVariantList values{tokenId};
    const QString where = filterSql(m_db.dialect(), filter, values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT adam_id, pricing_param, client_user_id, serial_number FROM assignments "
                       "WHERE token_id = ?") +
        where + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("page assignments"));
    QList<AssignmentRecord> rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(recordFromQuery(query, 0, tokenId));
    return rows;
}

Result<QList<AssignmentRecord>> AssignmentStore::holdingsOf(const QString &clientUserIdOrSerial) const
{
    if (!m_db.isOpen())
        return StoreError::notOpen();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + rowColumns +
                  QStringLiteral(" FROM assignments WHERE client_user_id = ? UNION ALL SELECT ") +
                  rowColumns + QStringLiteral(" FROM assignments WHERE serial_number = ? ORDER BY 1, 2, 3"));
    query.addBindValue(clientUserIdOrSerial);
    query.addBindValue(clientUserIdOrSerial);
    if (!query.exec())
        return m_db.failure(query, QStringLiteral("holdings"));
    QList<AssignmentRecord> rows;
    while (query.next())
        rows.append(recordFromQuery(query, 1, query.value(0).toString()));
    return rows;
}
