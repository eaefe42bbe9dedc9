// AuditActions: the human words for the stable action names of the audit log ("token.add" ->
// "Token added"). An action this build does not know is shown as stored.
#pragma once

#include <QCoreApplication>
#include <QString>

class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    static QString displayName(const QString &action);
};
