#include "userspage.h"

UsersPage::UsersPage(Console &console, QWidget *parent)
    : Page(console, tr("Users"), tr("Registered VPP users, their invitations and the licenses they hold."),
           QIcon(QStringLiteral(":/icons/users.svg")),
           parent)
{
    setObjectName(QStringLiteral("usersPage"));
}
