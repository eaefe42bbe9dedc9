#include "jobspage.h"

JobsPage::JobsPage(Console &console, QWidget *parent)
    : Page(console, tr("Jobs"), tr("Assignments and revocations sent to Apple, followed until every target is done."),
           QIcon(QStringLiteral(":/icons/jobs.svg")),
           parent)
{
    setObjectName(QStringLiteral("jobsPage"));
}
