// bench_gui: the Apps & Books and Licenses pages at scale. On a generated organization (by default
// 2,000 assets, 200,000 users, 1,000,000 assignments on 2 locations) served by vppsim in-process
// and synced once into a fresh database, it times: constructing each page to its first row shown
// (activate + data()), the searches (Licenses: a client user id prefix and a serial; Apps & Books:
// a name), the Licenses filters and holder order, and scrolling the million-row table (rowAt for
// 200 evenly spread rows and for 2,000 consecutive rows). Prints a table; no timing is asserted.
//
//   bench_gui [--generate SPEC] [--screenshots DIR]
//   VPPDESK_BENCH_GUI_SPEC=assets=50,users=2000,assignments=10000 bench_gui   (a quick run)
#include "assets/assetdetaildialog.h"
#include "assets/assetfilterproxymodel.h"
#include "assets/assetspage.h"
#include "assets/assettablemodel.h"
#include "assets/licensespage.h"
#include "assets/licensetablemodel.h"
#include "consolefixture.h"
#include "mainwindow.h"
#include "settings.h"

#include "benchutil.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>

#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing
{
    QString what;
    double ms = 0;
    QString note;
};

QList<Timing> g_timings;

// Times `work`; `note` is asked after it (row counts of the result).
template<typename F>
double timed(const QString &what, F &&work, const std::function<QString()> &describe = {})
{
    QElapsedTimer t;
    t.start();
    work();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const QString note = describe ? describe() : QString();
    g_timings.append({what, ms, note});
    out() << "  " << what << ": " << QString::number(ms, 'f', 1) << " ms"
          << (note.isEmpty() ? QString() : QString(QStringLiteral(" (") + note + QStringLiteral(")")))
          << Qt::endl;
    return ms;
}

// Waits out the page's search debounce, then applies it (what the timer would do).
void search(LicensesPage &page, const QString &text)
{
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    edit->setText(text);
    Q_EMIT edit->returnPressed(); // applies at once instead of after the 150 ms pause
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString spec = qEnvironmentVariable("VPPDESK_BENCH_GUI_SPEC");
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--generate"));
    if (at >= 0 && at + 1 < args.size())
        spec = args.at(at + 1);
    if (spec.isEmpty())
        spec = QStringLiteral("assets=2000,users=200000,assignments=1000000,locations=2");
    out() << "bench_gui on " << spec << Qt::endl;

    ConsoleFixture fixture;
    ConsoleFixture::Options options;
    options.generatorSpec = spec;
    options.syncTokens = false;
    bool started = false;
    timed(QStringLiteral("generate organization + add tokens"), [&] { started = fixture.start(options); });
    if (!started) {
        out() << "start failed: " << fixture.errorString() << Qt::endl;
        return 1;
    }
    bool synced = false;
    timed(QStringLiteral("first sync of every token"), [&] { synced = fixture.syncAll(30 * 60 * 1000); });
    if (!synced) {
        out() << "the sync failed or timed out" << Qt::endl;
        return 1;
    }
    Console &console = fixture.console();

    // Start-up: the whole window on this inventory, shown and painted (the pages load when first shown).
    {
        Settings settings(fixture.session().temporaryPath(QStringLiteral("bench.ini")));
        std::unique_ptr<MainWindow> window;
        timed(QStringLiteral("MainWindow: construct + show + paint (start-up)"), [&] {
            window = std::make_unique<MainWindow>(console, settings);
            window->setCurrentPage(0);
            window->show();
            QApplication::processEvents();
        });
        timed(QStringLiteral("MainWindow: switch to Licenses + paint"), [&] {
            window->setCurrentPage(2);
            QApplication::processEvents();
        });
    }

    // First rows shown.
    std::unique_ptr<AssetsPage> assets;
    timed(QStringLiteral("AssetsPage: construct"), [&] { assets = std::make_unique<AssetsPage>(console); });
    timed(
        QStringLiteral("AssetsPage: activate + first data()"),
        [&] {
            assets->activate();
            (void)assets->proxy()->index(0, 0).data();
            (void)assets->proxy()->index(0, 0).data(Qt::DecorationRole);
        },
        [&] { return QString(QStringLiteral("%1 assets").arg(assets->model()->rowCount())); });
    assets->resize(1280, 800);
    assets->show();
    timed(QStringLiteral("AssetsPage: show (paint visible rows)"), [&] { QApplication::processEvents(); });

    std::unique_ptr<LicensesPage> licenses;
    timed(QStringLiteral("LicensesPage: construct"),
          [&] { licenses = std::make_unique<LicensesPage>(console); });
    LicenseTableModel *model = licenses->model();
    timed(
        QStringLiteral("LicensesPage: activate (count) + first data()"),
        [&] {
            licenses->activate();
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("%1 licenses").arg(model->rowCount())); });
    licenses->resize(1280, 800);
    licenses->show();
    timed(QStringLiteral("LicensesPage: show (paint visible rows)"), [&] { QApplication::processEvents(); });
    const int total = model->rowCount();
    if (total == 0) {
        out() << "no licenses" << Qt::endl;
        return 1;
    }

    // Scrolling.
    timed(QStringLiteral("Licenses: rowAt 200 evenly spread rows"), [&] {
        for (int i = 0; i < 200; ++i)
            (void)model->rowAt(int(qint64(total - 1) * i / 199));
    });
    const int middle = total / 2;
    timed(QStringLiteral("Licenses: rowAt 2,000 consecutive rows"), [&] {
        for (int i = 0; i < 2000 && middle + i < total; ++i)
            (void)model->rowAt(middle + i);
    });
    timed(QStringLiteral("Licenses: rowAt the last row"), [&] { (void)model->rowAt(total - 1); });

    // Searches.
    const QString user = model->index(total / 3, LicenseTableModel::Holder).data().toString();
    const QString serial = model->index(total - 1, LicenseTableModel::Holder).data().toString();
    const QString userPrefix = user.left(4);
    timed(
        QStringLiteral("Licenses: search user id prefix + first data()"),
        [&] {
            search(*licenses, userPrefix);
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("\"%1\": %2 rows").arg(userPrefix).arg(model->rowCount())); });
    timed(
        QStringLiteral("Licenses: search a whole user id"),
        [&] {
            search(*licenses, user);
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("%1 rows").arg(model->rowCount())); });
    timed(
        QStringLiteral("Licenses: search a serial + first data()"),
        [&] {
            search(*licenses, serial);
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("\"%1\": %2 rows").arg(serial).arg(model->rowCount())); });
    timed(QStringLiteral("Licenses: clear the search"), [&] {
        search(*licenses, QString());
        (void)model->index(0, 0).data();
    });

    // Filters and order.
    auto *tokens = licenses->findChild<QComboBox *>(QStringLiteral("tokenCombo"));
    auto *holders = licenses->findChild<QComboBox *>(QStringLiteral("holdersCombo"));
    timed(
        QStringLiteral("Licenses: location filter + first data()"),
        [&] {
            tokens->setCurrentIndex(1);
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("%1 rows").arg(model->rowCount())); });
    timed(
        QStringLiteral("Licenses: + devices only"),
        [&] {
            holders->setCurrentIndex(2);
            (void)model->index(0, 0).data();
        },
        [&] { return QString(QStringLiteral("%1 rows").arg(model->rowCount())); });
    holders->setCurrentIndex(0);
    timed(
        QStringLiteral("Licenses: location + holder order + last row"),
        [&] {
            licenses->tableView()->horizontalHeader()->setSortIndicator(LicenseTableModel::Holder,
                                                                        Qt::AscendingOrder);
            (void)model->index(0, 0).data();
            (void)model->rowAt(model->rowCount() - 1);
        },
        [&] { return QString(QStringLiteral("%1 rows").arg(model->rowCount())); });
    tokens->setCurrentIndex(0);
    timed(
        QStringLiteral("Licenses: holder order descending, all, + middle row"),
        [&] {
            licenses->tableView()->horizontalHeader()->setSortIndicator(LicenseTableModel::Holder,
                                                                        Qt::DescendingOrder);
            (void)model->index(0, 0).data();
            (void)model->rowAt(model->rowCount() / 2);
        },
        [&] { return QString(QStringLiteral("%1 rows").arg(model->rowCount())); });

    // Apps & Books search (instant, in memory).
    auto *assetSearch = assets->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    timed(
        QStringLiteral("AssetsPage: search \"a\" (each keystroke filters)"),
        [&] { assetSearch->setText(QStringLiteral("a")); },
        [&] { return QString(QStringLiteral("%1 rows").arg(assets->proxy()->rowCount())); });
    timed(
        QStringLiteral("AssetsPage: search \"app\""), [&] { assetSearch->setText(QStringLiteral("app")); },
        [&] { return QString(QStringLiteral("%1 rows").arg(assets->proxy()->rowCount())); });
    assetSearch->clear();
    timed(QStringLiteral("AssetsPage: sort by available"),
          [&] { assets->tableView()->sortByColumn(AssetTableModel::Available, Qt::AscendingOrder); });
    timed(QStringLiteral("AssetsPage: reload (inventory changed)"),
          [&] { console.notifyInventoryChanged({}); });

    // --screenshots DIR: what the pages looked like (to eyeball the layout and the bars).
    const qsizetype shots = args.indexOf(QStringLiteral("--screenshots"));
    if (shots >= 0 && shots + 1 < args.size()) {
        assets->grab().save(args.at(shots + 1) + QStringLiteral("/assetspage.png"));
        licenses->grab().save(args.at(shots + 1) + QStringLiteral("/licensespage.png"));
        const AssetViewRow &first = assets->model()->rows().constFirst();
        assets->selectAsset(first.tokenId, first.adamId, first.pricingParam);
        if (AssetDetailDialog *detail = assets->openDetails()) {
            detail->grab().save(args.at(shots + 1) + QStringLiteral("/assetdetail.png"));
            detail->tabs()->setCurrentIndex(2);
            detail->grab().save(args.at(shots + 1) + QStringLiteral("/assetdetail-token.png"));
            detail->close();
        }
    }

    out() << "\n| step | ms | note |\n|---|---:|---|\n";
    for (const Timing &t : std::as_const(g_timings))
        out() << "| " << t.what << " | " << QString::number(t.ms, 'f', 1) << " | " << t.note << " |\n";
    out() << "\npeak RSS " << BenchUtil::peakRssKib() / 1024 << " MiB" << Qt::endl;
    return 0;
}
