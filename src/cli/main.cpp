#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vppdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPPDESK_VERSION));
    QTextStream(stderr) << QCoreApplication::translate("main", "vppdesk-cli: no commands yet") << Qt::endl;
    return 2;
}
