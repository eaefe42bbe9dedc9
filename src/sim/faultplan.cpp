#include "faultplan.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
    const char *alias;
};

constexpr KindName kKinds[] = {
    {FaultKind::RateLimited, "429", "rate-limit"},
    {FaultKind::Unavailable, "503", "unavailable"},
    {FaultKind::InternalError, "500", "internal"},
    {FaultKind::ErrorIn200, "error-in-200", "200-error"},
    {FaultKind::TruncatedJson, "truncate", "truncated"},
    {FaultKind::InvalidJson, "invalid-json", "garbage"},
    {FaultKind::DropConnection, "drop", "drop-connection"},
};

} // namespace

std::optional<FaultKind> FaultPlan::kindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name) || name == QLatin1String(k.alias))
            return k.kind;
    return std::nullopt;
}

QString FaultPlan::kindName(FaultKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QString();
}

QStringList FaultPlan::kindNames()
{
    QStringList names;
    for (const KindName &k : kKinds)
        names.append(QString::fromLatin1(k.name));
    return names;
}

std::optional<ArmedFault> FaultPlan::parse(const QString &spec, QString *error)
{
    QString rest = spec.trimmed();
    ArmedFault fault;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        fault.pathContains = rest.mid(at + 1);
        rest.truncate(at);
    }
    bool ok = true;
    if (const qsizetype pct = rest.indexOf(u'%'); pct >= 0) {
        fault.percent = rest.mid(pct + 1).toInt(&ok);
        if (!ok || fault.percent < 1 || fault.percent > 100) {
            *error = QStringLiteral("fault '%1': the percentage must be 1..100").arg(spec);
            return std::nullopt;
        }
        fault.remaining = -1;
        rest.truncate(pct);
    }
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        fault.remaining = rest.mid(colon + 1).toInt(&ok);
        if (!ok || fault.remaining < 1) {
            *error = QStringLiteral("fault '%1': the count must be a positive number").arg(spec);
            return std::nullopt;
        }
        rest.truncate(colon);
    }
    const auto kind = kindFromName(rest);
    if (!kind) {
        *error = QStringLiteral("unknown fault '%1' (known: %2)").arg(rest, kindNames().join(u", "_s));
        return std::nullopt;
    }
    fault.kind = *kind;
    return fault;
}

std::optional<ArmedFault> FaultPlan::fromJson(const QJsonObject &object, QString *error)
{
    const auto kind = kindFromName(object.value(u"kind"_s).toString());
    if (!kind) {
        *error = QStringLiteral("unknown fault kind (known: %1)").arg(kindNames().join(u", "_s));
        return std::nullopt;
    }
    ArmedFault fault;
    fault.kind = *kind;
    fault.remaining = object.value(u"count"_s).toInt(1);
    fault.percent = qBound(1, object.value(u"percent"_s).toInt(100), 100);
    if (object.contains(u"percent"_s) && !object.contains(u"count"_s))
        fault.remaining = -1;
    fault.pathContains = object.value(u"path"_s).toString();
    fault.retryAfterSeconds = qMax(0, object.value(u"retryAfter"_s).toInt(1));
    fault.errorNumber = object.value(u"errorNumber"_s).toInt(0);
    if (fault.remaining == 0 || fault.remaining < -1) {
        *error = QStringLiteral("count must be positive");
        return std::nullopt;
    }
    return fault;
}

QJsonObject ArmedFault::toJson() const
{
    return {{u"kind"_s, FaultPlan::kindName(kind)},
            {u"count"_s, remaining},
            {u"percent"_s, percent},
            {u"path"_s, pathContains},
            {u"retryAfter"_s, retryAfterSeconds},
            {u"errorNumber"_s, errorNumber}};
}

std::optional<ArmedFault> FaultPlan::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        ArmedFault &fault = m_faults[i];
        if (!fault.pathContains.isEmpty() && !path.contains(fault.pathContains))
            continue;
        if (fault.percent < 100 && int(m_random.bounded(100)) >= fault.percent)
            continue;
        const ArmedFault hit = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.remove(i);
        return hit;
    }
    return std::nullopt;
}
