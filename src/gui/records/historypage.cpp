#include "historypage.h"

HistoryPage::HistoryPage(Console &console, QWidget *parent)
    : Page(console, tr("History"), tr("Each sync and what it changed since the one before."),
           QIcon(QStringLiteral(":/icons/history.svg")),
           parent)
{
    setObjectName(QStringLiteral("historyPage"));
}
