// Fuzz target: the job journal readers (LicensePlan::fromJournal, LicenseRequest::fromJson). The
// input is the journal's JSON text as the job store keeps it.
// Properties: what a reader makes of any journal is written back and read again to the same plan
// (journalRoundTrip), also through the JSON text the store keeps (journalText); the dry-run text and
// the task counts of any such plan can be made.
#include "core/licensing/licenseplan.h"
#include "core/licensing/licenserequest.h"

#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();

    const LicensePlan plan = LicensePlan::fromJournal(json);
    const QJsonObject journal = plan.toJournal();
    const QJsonObject again = LicensePlan::fromJournal(journal).toJournal();
    FuzzCheck::check("journalRoundTrip", again == journal,
                     QStringLiteral("%1 read back as %2").arg(compact(journal), compact(again)));
    const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(journal).toJson()).object();
    FuzzCheck::check("journalText", LicensePlan::fromJournal(stored).toJournal() == journal,
                     QStringLiteral("%1 changed through its JSON text").arg(compact(journal)));
    (void)plan.toText();
    (void)plan.toJson();
    (void)plan.taskCount();
    (void)plan.excludedCount();
    for (const PlanBatch &batch : plan.batches)
        FuzzCheck::check("journalRoundTrip", batch.taskCount() >= 0, QStringLiteral("negative task count"));

    const LicenseRequest request = LicenseRequest::fromJson(json);
    const QJsonObject requestJson = request.toJson();
    FuzzCheck::check("journalRoundTrip", LicenseRequest::fromJson(requestJson).toJson() == requestJson,
                     QStringLiteral("request %1 read back differently").arg(compact(requestJson)));
    (void)LicenseRequest::eventType(request.kind);
    return 0;
}
