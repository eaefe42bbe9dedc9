#include "simresponse.h"

#include "simerrors.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

SimResponse SimResponse::json(const QJsonObject &object, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::error(int errorNumber, int status)
{
    return error(errorNumber, status, SimErrors::message(errorNumber));
}

SimResponse SimResponse::error(int errorNumber, int status, const QString &message)
{
    return json({{u"errorNumber"_s, errorNumber}, {u"errorMessage"_s, message}}, status);
}

SimResponse SimResponse::raw(const QByteArray &body, const QByteArray &contentType, int status)
{
    SimResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

void SimResponse::writeTo(QTcpSocket *socket, std::optional<FaultKind> mangle) const
{
    QByteArray payload = body;
    QByteArray type = contentType;
    qsizetype announced = -1;
    if (mangle == FaultKind::TruncatedJson) {
        payload.truncate(qMax<qsizetype>(1, payload.size() / 2));
    } else if (mangle == FaultKind::InvalidJson) {
        payload = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                    "<h1>Bad Gateway</h1></body></html>");
        type = QByteArrayLiteral("text/html");
    } else if (mangle == FaultKind::DropConnection) {
        announced = payload.size() + 64;
        payload.truncate(payload.size() / 2);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + type + "\r\n";
    head += "Content-Length: " + QByteArray::number(announced >= 0 ? announced : payload.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(payload);
    if (mangle == FaultKind::DropConnection) {
        socket->flush();
        socket->abort();
    }
}
