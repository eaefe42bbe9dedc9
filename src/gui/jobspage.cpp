#include "jobspage.h"

JobsPage::JobsPage(QWidget *parent)
    : Page(tr("Jobs"), tr("Assignments and revocations sent to Apple, followed until every target is done."),
           QIcon(QStringLiteral(":/icons/jobs.svg")),
           {tr("Job"), tr("Action"), tr("Targets"), tr("Done"), tr("Failed"), tr("Started"), tr("Status")},
           parent)
{
    setObjectName(QStringLiteral("jobsPage"));
}
