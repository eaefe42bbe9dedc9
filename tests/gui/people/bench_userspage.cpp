// bench_userspage: the Users page at scale. Starts the in-process simulator with a generated
// organization (a small one by default; pass --generate users=200000,assignments=1000000 for the
// real size), syncs it through the console like an admin would, then times what the page does:
// the first load (count + first block), a jump to the middle and to the end of the table, a token
// filter, a status filter, prefix searches and the e-mail order. CTest runs a small smoke pass; no
// timing is asserted.
#include "app/console.h"
#include "consolefixture.h"
#include "core/views/userquery.h"
#include "people/userspage.h"
#include "people/usertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 timed(const QString &what, const std::function<QString()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const QString note = work();
    const qint64 ms = timer.elapsed();
    out() << QStringLiteral("%1: %2 ms (%3)").arg(what, -28).arg(ms, 6).arg(note) << Qt::endl;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption generate(QStringLiteral("generate"), QStringLiteral("OrgGenerator spec."),
                                      QStringLiteral("spec"),
                                      QStringLiteral("assets=20,users=3000,assignments=6000,locations=2"));
    parser.addOption(generate);
    parser.process(app);

    ConsoleFixture fixture;
    ConsoleFixture::Options options;
    options.generatorSpec = parser.value(generate);
    options.syncTokens = false; // synced below, with a timeout for the real size
    QElapsedTimer setup;
    setup.start();
    if (!fixture.start(options) || !fixture.syncAll(30 * 60 * 1000)) {
        out() << "setup failed: " << fixture.errorString() << Qt::endl;
        return 1;
    }
    out() << "organization " << options.generatorSpec << " synced in " << setup.elapsed() << " ms"
          << Qt::endl;

    UsersPage page(fixture.console());
    UserTableModel *model = page.model();
    const auto rows = [model] { return QStringLiteral("%1 rows").arg(model->rowCount()); };
    const auto read = [model](int row) {
        const auto user = model->userAt(qMax(0, row));
        return QStringLiteral("row %1: %2, %3 licenses")
            .arg(row)
            .arg(user.clientUserId)
            .arg(model->index(qMax(0, row), UserTableModel::LicensesColumn).data().toLongLong());
    };
    timed(QStringLiteral("first load"), [&] {
        page.activate();
        return QString(rows() + QStringLiteral(", ") + read(0));
    });
    timed(QStringLiteral("jump to the middle"), [&] { return read(model->rowCount() / 2); });
    timed(QStringLiteral("jump to the end"), [&] { return read(model->rowCount() - 1); });
    const QString firstToken = fixture.tokenId(0);
    timed(QStringLiteral("token filter"), [&] {
        model->setFilter({firstToken, {}, {}});
        return QString(rows() + QStringLiteral(", ") + read(0));
    });
    timed(QStringLiteral("token filter, deep block"), [&] { return read(model->rowCount() * 3 / 4); });
    timed(QStringLiteral("status Retired"), [&] {
        model->setFilter({{}, QStringLiteral("Retired"), {}});
        return QString(rows() + QStringLiteral(", ") + read(model->rowCount() / 2));
    });
    model->setFilter({});
    const QString someone = model->userAt(model->rowCount() / 3).clientUserId;
    const QString email = model->index(model->rowCount() / 3, UserTableModel::EmailColumn).data().toString();
    timed(QStringLiteral("search clientUserId prefix"), [&] {
        model->setFilter({{}, {}, someone.left(someone.size() - 2)});
        return rows();
    });
    timed(QStringLiteral("search e-mail prefix"), [&] {
        model->setFilter({{}, {}, email.left(4)});
        return QString(rows() + QStringLiteral(", ") + read(model->rowCount() - 1));
    });
    model->setFilter({});
    timed(QStringLiteral("e-mail order, middle"), [&] {
        model->sort(UserTableModel::EmailColumn, Qt::DescendingOrder);
        return read(model->rowCount() / 2);
    });
    out() << "1 passed, 0 failed" << Qt::endl;
    return 0;
}
