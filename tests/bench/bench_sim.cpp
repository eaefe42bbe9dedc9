// bench_sim: how fast vppsim builds a large organization and serves one full pass over its
// assignments through real loopback HTTP (page size 1000, five pages in flight per token, as
// Apple allows). Prints wall times, pages, bytes and peak memory.
#include "orggenerator.h"
#include "vppsim.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

#include <functional>

namespace {

struct PassResult
{
    qint64 pages = 0;
    qint64 items = 0;
    qint64 bytes = 0;
    qint64 errors = 0;
};

// Walks every assignment page of one token, keeping `parallel` requests in flight.
PassResult fullPass(QNetworkAccessManager &nam, const QString &v2Url, const QString &token, int parallel)
{
    PassResult result;
    QEventLoop loop;
    int totalPages = -1;
    int nextPage = 0;
    int inFlight = 0;
    std::function<void()> pump;
    auto request = [&](int page) {
        QUrl url(v2Url + QStringLiteral("/assignments"));
        if (page > 0)
            url.setQuery(QUrlQuery{{QStringLiteral("pageIndex"), QString::number(page)}});
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.get(r);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --inFlight;
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            if (reply->error() != QNetworkReply::NoError || !json.contains(QStringLiteral("assignments"))) {
                ++result.errors;
            } else {
                ++result.pages;
                result.bytes += body.size();
                result.items += json.value(QStringLiteral("assignments")).toArray().size();
                totalPages = json.value(QStringLiteral("totalPages")).toInt();
            }
            pump();
        });
    };
    pump = [&] {
        if (totalPages < 0) {
            if (nextPage == 0) // the first page tells how many there are
                request(nextPage++);
            else if (inFlight == 0)
                loop.quit();
            return;
        }
        while (inFlight < parallel && nextPage < totalPages)
            request(nextPage++);
        if (inFlight == 0 && nextPage >= totalPages)
            loop.quit();
    };
    pump();
    loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Organization to generate."),
                      QStringLiteral("SPEC"),
                      QStringLiteral("assets=2000,users=200000,assignments=1000000,locations=2")});
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("Page size."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.process(app);
    QTextStream out(stdout);

    QString error;
    const auto spec = OrgGeneratorSpec::parse(parser.value(QStringLiteral("generate")), &error);
    if (!spec) {
        out << "bench_sim: " << error << Qt::endl;
        return 2;
    }
    VppSim sim;
    sim.config().pageSize = parser.value(QStringLiteral("page-size")).toInt();
    sim.config().enforceRateLimit = false;

    QElapsedTimer timer;
    timer.start();
    OrgGenerator::generate(sim.state(), *spec, QDateTime::currentDateTimeUtc());
    const qint64 generateMs = timer.elapsed();
    out << "generate " << parser.value(QStringLiteral("generate")) << ": " << generateMs << " ms" << Qt::endl;

    if (!sim.listen(0, &error)) {
        out << "bench_sim: " << error << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    PassResult total;
    timer.restart();
    for (int location = 0; location < sim.state().locationCount(); ++location) {
        const PassResult pass = fullPass(nam, sim.v2Url(), sim.tokenFor(location), 5);
        total.pages += pass.pages;
        total.items += pass.items;
        total.bytes += pass.bytes;
        total.errors += pass.errors;
    }
    const qint64 serveMs = timer.elapsed();
    qint64 expected = 0;
    for (int location = 0; location < sim.state().locationCount(); ++location)
        expected += sim.state().location(location)->liveAssignmentCount();
    out << "full assignment pass: " << total.items << " assignments in " << total.pages << " pages, "
        << total.bytes / (1024 * 1024) << " MiB, " << serveMs << " ms, " << total.errors << " errors"
        << Qt::endl;
    out << "peak memory: " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;
    if (total.errors > 0 || total.items != expected) {
        out << "bench_sim: expected " << expected << " assignments" << Qt::endl;
        return 1;
    }
    return 0;
}
