#include "reportpdfwriter.h"

#include "core/common/privatefiles.h"
#include "core/views/runwayquery.h"

#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QStringLiteral(" %");
}

// A table: header cells, then rows of cells (already escaped); numbers are right-aligned by the
// caller's choice of columns.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric)
{
    QString out =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
    for (int i = 0; i < headers.size(); ++i)
        out += QStringLiteral("<th align=\"%1\">%2</th>")
                   .arg(numeric.contains(i) ? QStringLiteral("right") : QStringLiteral("left"),
                        esc(headers.at(i)));
    out += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            out +=
                QStringLiteral("<td align=\"%1\">%2</td>")
                    .arg(numeric.contains(i) ? QStringLiteral("right") : QStringLiteral("left"), row.at(i));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace

QString ReportPdfWriter::html(const ReportData &data)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Apps and Books license report")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Generated %1 from the stored inventory. Low: fewer available than %2 % of the total.")
                     .arg(QLocale().toString(data.generatedAt.toLocalTime(), QLocale::LongFormat))
                     .arg(data.lowThresholdPct)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Utilisation by location")));
    QList<QStringList> rows;
    for (const ReportData::Location &l : data.locations)
        rows.append({esc(l.tokenName), esc(l.locationName), num(l.assets), num(l.total), num(l.assigned),
                     num(l.available), percent(l.assigned, l.total)});
    h += table({tr("Location"), tr("Apple location"), tr("Assets"), tr("Purchased"), tr("Assigned"),
                tr("Available"), tr("Used")},
               rows, {2, 3, 4, 5, 6});

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Utilisation by app")));
    rows.clear();
    for (const ReportData::App &a : data.apps) {
        const QString runway = esc(RunwayQuery::text(a.runwayDays));
        rows.append({esc(a.name), esc(a.productType), num(a.locations),
                     a.unlimited ? esc(tr("unlimited")) : num(a.total), num(a.assigned),
                     a.unlimited ? QStringLiteral("—") : num(a.available),
                     a.unlimited ? QStringLiteral("—") : percent(a.assigned, a.total), runway});
    }
    h += table({tr("App or book"), tr("Type"), tr("Locations"), tr("Purchased"), tr("Assigned"),
                tr("Available"), tr("Used"), tr("Runway")},
               rows, {2, 3, 4, 5, 6, 7});

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Low and over-assigned assets")));
    if (data.issues.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        rows.clear();
        for (const ReportData::AssetIssue &i : data.issues)
            rows.append({esc(i.name), esc(i.tokenName), num(i.total), num(i.assigned), num(i.available),
                         esc(i.overAssigned() ? tr("over-assigned") : tr("low"))});
        h += table({tr("App or book"), tr("Location"), tr("Purchased"), tr("Assigned"), tr("Available"),
                    tr("State")},
                   rows, {2, 3, 4});
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Licenses that could be reclaimed")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Held by devices not seen for %1 days, by retired or unregistered users, or outside a "
                    "location's Distribution groups: %2 in all.")
                     .arg(data.reclaimNotSeenDays)
                     .arg(num(data.reclaimableTotal))));
    if (!data.reclaimable.isEmpty()) {
        rows.clear();
        for (const ReportData::Reclaimable &r : data.reclaimable)
            rows.append({esc(r.name), num(r.licenses)});
        h += table({tr("App or book"), tr("Licenses")}, rows, {1});
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Token expiries")));
    rows.clear();
    for (const ReportData::TokenExpiry &e : data.expiries) {
        QString left = QStringLiteral("—");
        if (e.expiresAt.isValid())
            left = e.daysLeft < 0 ? esc(tr("expired")) : esc(tr("%n day(s)", nullptr, int(e.daysLeft)));
        rows.append({esc(e.tokenName), esc(e.locationName),
                     e.expiresAt.isValid() ? esc(QLocale().toString(e.expiresAt.toLocalTime().date()))
                                           : QStringLiteral("—"),
                     left});
    }
    h += table({tr("Location"), tr("Apple location"), tr("Expires"), tr("Left")}, rows, {3});
    return h + QStringLiteral("</body></html>");
}

Result<void> ReportPdfWriter::write(const ReportData &data, const QString &path)
{
    QFile file(path);
    if (!PrivateFiles::open(file, QIODevice::WriteOnly | QIODevice::Truncate))
        return VppError::make(VppError::Kind::Io, QStringLiteral("report.write"),
                              tr("Could not write %1.").arg(path), tr("Choose another folder or file name."),
                              file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Apps and Books license report"));
        pdf.setCreator(QStringLiteral("VPP Desk"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(300);
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 9));
        document.setHtml(html(data));
        document.print(&pdf);
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return VppError::make(VppError::Kind::Io, QStringLiteral("report.write"),
                              tr("Could not write %1.").arg(path), tr("Choose another folder or file name."),
                              file.errorString());
    return {};
}
