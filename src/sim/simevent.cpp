#include "simevent.h"

void SimEvent::addFailure(int errorNumber, const QString &message, const QString &clientUserId,
                          const QString &serialNumber, const SimAssetRef *asset)
{
    Failure *failure = nullptr;
    for (Failure &f : failures)
        if (f.errorNumber == errorNumber)
            failure = &f;
    if (!failure) {
        failures.append({errorNumber, message, {}, {}, {}});
        failure = &failures.last();
    }
    if (!clientUserId.isEmpty() && !failure->clientUserIds.contains(clientUserId))
        failure->clientUserIds.append(clientUserId);
    if (!serialNumber.isEmpty() && !failure->serialNumbers.contains(serialNumber))
        failure->serialNumbers.append(serialNumber);
    if (asset) {
        bool known = false;
        for (const SimAssetRef &a : failure->assets)
            known = known || (a.adamId == asset->adamId && a.pricingParam == asset->pricingParam);
        if (!known)
            failure->assets.append(*asset);
    }
}

QJsonObject SimEvent::toStatusJson() const
{
    QJsonObject o{{u"eventStatus"_qs, eventStatus},
                  {u"eventType"_qs, eventType},
                  {u"numCompleted"_qs, numCompleted},
                  {u"numRequested"_qs, numRequested}};
    if (!failures.isEmpty()) {
        QJsonArray list;
        for (const Failure &f : failures) {
            QJsonObject info;
            info.insert(u"clientUserIds"_qs, QJsonArray::fromStringList(f.clientUserIds));
            info.insert(u"serialNumbers"_qs, QJsonArray::fromStringList(f.serialNumbers));
            QJsonArray assetList;
            for (const SimAssetRef &a : f.assets)
                assetList.append(QJsonObject{{u"adamId"_qs, a.adamId}, {u"pricingParam"_qs, a.pricingParam}});
            info.insert(u"assets"_qs, assetList);
            list.append(QJsonObject{{u"errorNumber"_qs, f.errorNumber},
                                    {u"errorMessage"_qs, f.errorMessage},
                                    {u"errorInfo"_qs, info}});
        }
        o.insert(u"failures"_qs, list);
    }
    return o;
}
