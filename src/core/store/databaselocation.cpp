#include "core/store/databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq connection keywords a URL may pass on (TLS, timeouts, keepalives...). Not "password" nor
// "sslpassword": secrets stay out of URLs.
const QStringList &allowedOptions()
{
    static const QStringList options = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("hostaddr"),
        QStringLiteral("passfile"),
        QStringLiteral("service"),
    };
    return options;
}

VppError badLocation(const QString &message, const QString &advice, const QString &detail = QString())
{
    return VppError::make(VppError::Kind::Store, QStringLiteral("store.badLocation"), message, advice,
                          detail);
}

// A value of a libpq connection string, quoted: 'it''s' is written 'it\'s'.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.contains(QStringLiteral("://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (looksLikeUrl(trimmed))
        return parseUrl(trimmed);
    DatabaseLocation location;
    location.m_path = text;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parseUrl(const QString &text)
{
    const QString scheme = text.section(QStringLiteral("://"), 0, 0).toLower();
    if (scheme != u"postgresql" && scheme != u"postgres") {
        return badLocation(tr("\"%1\" is not a database VPP Desk can open: only postgresql:// URLs and file "
                              "paths are supported.")
                               .arg(scheme + QStringLiteral("://...")),
                           tr("Give a SQLite file path or postgresql://[user@]host[:port]/database."));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return badLocation(tr("The PostgreSQL URL is not valid."),
                           tr("Write it as postgresql://[user@]host[:port]/database[?sslmode=...]."),
                           url.errorString());
    }
    DatabaseLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_host = url.host();
    location.m_port = url.port(-1);
    location.m_user = url.userName();
    location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.password().isEmpty()) {
        return badLocation(tr("The PostgreSQL URL contains a password, which VPP Desk does not accept "
                              "(it would stay in the shell history and the settings)."),
                           tr("Remove the password from the URL and put it in ~/.pgpass, in PGPASSWORD, "
                              "or in the keychain entry \"%1\".")
                               .arg(location.keychainKey()));
    }
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/'))) {
        return badLocation(tr("The PostgreSQL URL names no database."),
                           tr("Add the database name: postgresql://host/database."));
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password" || key == u"sslpassword") {
            return badLocation(tr("The PostgreSQL URL contains a password, which VPP Desk does not accept."),
                               tr("Remove it and put it in ~/.pgpass, in PGPASSWORD or in the keychain."));
        }
        if (!allowedOptions().contains(key)) {
            return badLocation(tr("Unknown PostgreSQL connection option \"%1\".").arg(key),
                               tr("Supported options: %1.").arg(allowedOptions().join(QStringLiteral(", "))));
        }
        if (value.contains(QLatin1Char(';'))) {
            return badLocation(tr("The value of the PostgreSQL option \"%1\" contains a semicolon.").arg(key),
                               tr("Remove the semicolon from the value."));
        }
        location.m_options.append({key, value});
    }
    return location;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options)
        parts << key + QLatin1Char('=') + quoted(value);
    return parts.join(QLatin1Char(';'));
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgreSql())
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setUserName(m_user);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseLocation::keychainKey() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    const int port = m_port > 0 ? m_port : 5432;
    const QString prefix = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return prefix + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + m_databaseName;
}
