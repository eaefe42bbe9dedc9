#include "historypage.h"

HistoryPage::HistoryPage(QWidget *parent)
    : Page(tr("History"), tr("Each sync and what it changed since the one before."),
           QIcon(QStringLiteral(":/icons/history.svg")),
           {tr("Started"), tr("Location"), tr("Kind"), tr("Duration"), tr("Added"), tr("Changed"),
            tr("Removed"), tr("Result")},
           parent)
{
    setObjectName(QStringLiteral("historyPage"));
}
