#include "userspage.h"

UsersPage::UsersPage(QWidget *parent)
    : Page(tr("Users"), tr("Registered VPP users, their invitations and the licenses they hold."),
           QIcon(QStringLiteral(":/icons/users.svg")),
           {tr("Client user ID"), tr("Email"), tr("Managed Apple Account"), tr("Status"), tr("Licenses"),
            tr("Location")},
           parent)
{
    setObjectName(QStringLiteral("usersPage"));
}
