#include "simevent.h"

using namespace Qt::StringLiterals;

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
    QJsonObject o{{u"eventStatus"_s, eventStatus},
                  {u"eventType"_s, eventType},
                  {u"numCompleted"_s, numCompleted},
                  {u"numRequested"_s, numRequested}};
    if (!failures.isEmpty()) {
        QJsonArray list;
        for (const Failure &f : failures) {
            QJsonObject info;
            info.insert(u"clientUserIds"_s, QJsonArray::fromStringList(f.clientUserIds));
            info.insert(u"serialNumbers"_s, QJsonArray::fromStringList(f.serialNumbers));
            QJsonArray assetList;
            for (const SimAssetRef &a : f.assets)
                assetList.append(QJsonObject{{u"adamId"_s, a.adamId}, {u"pricingParam"_s, a.pricingParam}});
            info.insert(u"assets"_s, assetList);
            list.append(QJsonObject{{u"errorNumber"_s, f.errorNumber},
                                    {u"errorMessage"_s, f.errorMessage},
                                    {u"errorInfo"_s, info}});
        }
        o.insert(u"failures"_s, list);
    }
    return o;
}
