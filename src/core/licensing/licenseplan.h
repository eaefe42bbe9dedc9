// LicensePlan: what a license operation will do before anything is sent: the batches (split by
// Apple's limits), the targets skipped or left out and why, the license counts per asset, and a
// translated dry-run text. PlanBatch and PlanNote are its plain parts.
#pragma once

#include "core/licensing/licenserequest.h"

#include <QCoreApplication>
#include <QJsonObject>

// One request to Apple (one event).
struct PlanBatch
{
    int number = 0;
    QList<AssetRef> assets;
    QStringList clientUserIds;
    QStringList serialNumbers;
    QList<RequestUser> users; // user operations

    // Apple's task count: assets x targets for associate/disassociate, targets otherwise.
    qint64 taskCount() const;
    QJsonObject toJson() const;
    static PlanBatch fromJson(const QJsonObject &json);
};

// A target that is not sent as asked, or sent with a known risk.
struct PlanNote
{
    enum class Reason {
        AlreadyAssigned,     // skip: holds the license already, none used
        NotHeld,             // skip (unassign): holds no such license
        NotEnoughLicenses,   // left out: the available count is used up
        OutsideDistribution, // left out: not in the token's Distribution groups
        BookToDevice,        // left out: books go to users only
        NotDeviceAssignable, // left out: the developer does not allow device licenses
        NotRevocable,        // left out (unassign): the license cannot be taken back
        NotRegistered,       // sent, but no active VPP user is known: expect 9609
        AlreadyRegistered,   // sent (create), but an active user exists: expect 9716
        KeptNotRevocable,    // revoke: this license (a book) stays with the user
        NothingHeld,         // revoke: no license known for this target (sent anyway)
    };

    Reason reason = Reason::NotEnoughLicenses;
    QString adamId; // empty when the note is about the target alone
    QString pricingParam;
    QString clientUserId; // one of the two is set
    QString serialNumber;

    bool isSkipped() const { return reason == Reason::AlreadyAssigned || reason == Reason::NotHeld; }
    // Sent anyway: a warning or an information.
    bool isSent() const
    {
        return reason == Reason::NotRegistered || reason == Reason::AlreadyRegistered ||
               reason == Reason::NothingHeld || reason == Reason::KeptNotRevocable;
    }
    // Would have been sent but is left out: "will not be licensed".
    bool isExcluded() const { return !isSkipped() && !isSent(); }
    QString target() const { return serialNumber.isEmpty() ? clientUserId : serialNumber; }
    static QString reasonKey(Reason reason);
    // The translated reason, as the dry-run text words it ("books can be assigned to users only").
    static QString reasonText(Reason reason);
    QJsonObject toJson() const;
};

// License count of one asset for an assign plan.
struct AssetCapacity
{
    AssetRef asset;
    QString productType;
    bool unlimited = false;
    qint64 needed = 0;    // new licenses the request asks for (already-assigned targets not counted)
    qint64 available = 0; // availableCount in the inventory
    qint64 sending = 0;   // new licenses the plan sends

    qint64 shortfall() const { return unlimited ? 0 : qMax<qint64>(0, needed - available); }
};

class LicensePlan
{
    Q_DECLARE_TR_FUNCTIONS(LicensePlan)

public:
    LicenseRequest request; // with group members resolved into the target lists
    QString tokenName;
    QList<PlanBatch> batches;
    QList<PlanNote> notes;
    QList<AssetCapacity> capacity; // assign only
    QList<AssetRef> revocableHeld; // revoke: distinct assets that will be removed
    qint64 revokeAssignments = 0;  // revoke: licenses expected to be removed
    QString limitsNote;            // which limits split the batches, untranslated

    bool isEmpty() const { return batches.isEmpty(); }
    qint64 taskCount() const;
    qint64 excludedCount() const;
    qint64 skippedCount() const;
    // Notes of one reason.
    QList<PlanNote> notesWith(PlanNote::Reason reason) const;

    // The dry run: a translated multi-line text.
    QString toText() const;
    // Apple's field names (adamId, pricingParam, clientUserId, serialNumber) plus "token".
    QJsonObject toJson() const;
    // What the job journal keeps: the request and the batches.
    QJsonObject toJournal() const;
    static LicensePlan fromJournal(const QJsonObject &json);
};
