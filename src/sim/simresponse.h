// One HTTP response of the simulator, written straight to the connection so that faults
// (a truncated body, a connection dropped mid-body) can be produced exactly.
#pragma once

#include "faultplan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

class QTcpSocket;

struct SimResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SimResponse json(const QJsonObject &object, int status = 200);
    // Apple's ErrorResponse {errorNumber, errorMessage}.
    static SimResponse error(int errorNumber, int status);
    static SimResponse error(int errorNumber, int status, const QString &message);
    static SimResponse raw(const QByteArray &body, const QByteArray &contentType, int status = 200);

    // Writes the response; a body-mangling fault (truncate, invalid JSON, drop) changes what is sent.
    void writeTo(QTcpSocket *socket, std::optional<FaultKind> mangle = std::nullopt) const;
};
