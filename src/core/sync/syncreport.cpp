#include "core/sync/syncreport.h"

#include <QJsonArray>

qint64 SyncReport::elapsedMs() const
{
    if (!startedAt.isValid())
        return 0;
    const QDateTime end = finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc();
    return startedAt.msecsTo(end);
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject phases;
    for (const auto &[name, ms] : phaseMs)
        phases.insert(name, ms);
    QJsonObject o{
        {QStringLiteral("tokenId"), tokenId},
        {QStringLiteral("token"), tokenName},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("kind"), full ? QStringLiteral("full") : QStringLiteral("incremental")},
        {QStringLiteral("firstSync"), firstSync},
        {QStringLiteral("outcome"), outcomeKey(outcome)},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsedMs"), elapsedMs()},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("users"), users},
        {QStringLiteral("assignments"), assignments},
        {QStringLiteral("assignmentsAdded"), assignmentsAdded},
        {QStringLiteral("assignmentsRemoved"), assignmentsRemoved},
        {QStringLiteral("newAssets"), newAssets},
        {QStringLiteral("removedAssets"), removedAssets},
        {QStringLiteral("countsChanged"), countsChanged},
        {QStringLiteral("usersChanged"), usersChanged},
        {QStringLiteral("changeRows"), changeRows},
        {QStringLiteral("metadataFound"), metadataFound},
        {QStringLiteral("metadataNotFound"), metadataNotFound},
        {QStringLiteral("iconsStored"), iconsStored},
        {QStringLiteral("metadataErrors"), metadataErrors},
        {QStringLiteral("applyWaitMs"), applyWaitMs},
        {QStringLiteral("lockHeldMs"), lockHeldMs},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("restarts"), restarts},
        {QStringLiteral("usersFellBackToFull"), usersFellBackToFull},
        {QStringLiteral("assignmentsFellBackToFull"), assignmentsFellBackToFull},
        {QStringLiteral("phaseMs"), phases},
    };
    if (error.isError()) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("kind"), VppError::kindName(error.kind)},
                             {QStringLiteral("code"), error.code},
                             {QStringLiteral("message"), error.message},
                             {QStringLiteral("advice"), error.advice},
                             {QStringLiteral("appleErrorNumber"), error.appleErrorNumber},
                             {QStringLiteral("httpStatus"), error.httpStatus}});
    }
    return o;
}

QString SyncReport::summary() const
{
    const QString seconds = QString::number(double(elapsedMs()) / 1000.0, 'f', 1);
    if (outcome == Outcome::Failed)
        return tr("%1: sync failed after %2 s: %3").arg(tokenName, seconds, error.toDisplayString());
    if (outcome == Outcome::Cancelled)
        return tr("%1: sync cancelled after %2 s; nothing was changed").arg(tokenName, seconds);
    const QString kind = full ? tr("full sync") : tr("incremental sync");
    QString line = tr("%1: %2, %n asset(s)", nullptr, int(assets)).arg(tokenName, kind);
    line += tr(", %n user(s)", nullptr, int(users));
    line += tr(", %n assignment(s) (+%1 / -%2)", nullptr, int(assignments))
                .arg(assignmentsAdded)
                .arg(assignmentsRemoved);
    if (newAssets > 0)
        line += tr(", %n new asset(s)", nullptr, int(newAssets));
    if (countsChanged > 0)
        line += tr(", %n asset(s) with new counts", nullptr, int(countsChanged));
    line += tr(", in %1 s").arg(seconds);
    return line;
}
