#include "tokenassignmenttab.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(22, 0, 0, 6);
    return label;
}

} // namespace

TokenAssignmentTab::TokenAssignmentTab(QWidget *parent)
    : QWidget(parent)
    , m_device(new QRadioButton(tr("&Device"), this))
    , m_user(new QRadioButton(tr("&User"), this))
    , m_mandatory(new QCheckBox(tr("&Mandatory (users cannot remove the app)"), this))
    , m_autoInstall(new QCheckBox(tr("Automatically &install updates"), this))
    , m_preventBackup(new QCheckBox(tr("&Prevent backup of app data"), this))
    , m_dataRoaming(new QCheckBox(tr("Data &roaming"), this))
    , m_cellular(new QCheckBox(tr("&Cellular data"), this))
    , m_vpn(new QLineEdit(this))
    , m_sso(new QLineEdit(this))
{
    m_device->setObjectName(QStringLiteral("deviceRadio"));
    m_user->setObjectName(QStringLiteral("userRadio"));
    m_mandatory->setObjectName(QStringLiteral("mandatoryCheck"));
    m_autoInstall->setObjectName(QStringLiteral("autoInstallCheck"));
    m_preventBackup->setObjectName(QStringLiteral("preventBackupCheck"));
    m_dataRoaming->setObjectName(QStringLiteral("dataRoamingCheck"));
    m_cellular->setObjectName(QStringLiteral("cellularCheck"));
    m_vpn->setObjectName(QStringLiteral("vpnProfileEdit"));
    m_sso->setObjectName(QStringLiteral("ssoProfileEdit"));
    m_vpn->setPlaceholderText(tr("None"));
    m_sso->setPlaceholderText(tr("None"));

    auto *typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_device);
    typeGroup->addButton(m_user);
    auto *typeBox = new QGroupBox(tr("Assignment type"), this);
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->addWidget(m_device);
    typeLayout->addWidget(explanation(tr("One license per device (serial number). No Apple Account is needed "
                                         "and the user is not asked anything."),
                                      typeBox));
    typeLayout->addWidget(m_user);
    typeLayout->addWidget(explanation(tr("One license per user, whatever the number of their devices. The "
                                         "user needs an Apple Account and must accept an invitation first."),
                                      typeBox));

    auto *defaultsBox = new QGroupBox(tr("Default app settings"), this);
    auto *defaultsLayout = new QFormLayout(defaultsBox);
    defaultsLayout->addRow(m_mandatory);
    defaultsLayout->addRow(m_autoInstall);
    defaultsLayout->addRow(m_preventBackup);
    defaultsLayout->addRow(m_dataRoaming);
    defaultsLayout->addRow(m_cellular);
    auto *vpnLabel = new QLabel(tr("&VPN profile:"), defaultsBox);
    vpnLabel->setBuddy(m_vpn);
    defaultsLayout->addRow(vpnLabel, m_vpn);
    auto *ssoLabel = new QLabel(tr("Single &Sign-On profile:"), defaultsBox);
    ssoLabel->setBuddy(m_sso);
    defaultsLayout->addRow(ssoLabel, m_sso);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(typeBox);
    layout->addWidget(defaultsBox);
    layout->addStretch(1);

    setAssignmentType(QStringLiteral("device"));
    setAppDefaults(TokenAppDefaults());
}

QString TokenAssignmentTab::assignmentType() const
{
    return m_user->isChecked() ? QStringLiteral("user") : QStringLiteral("device");
}

void TokenAssignmentTab::setAssignmentType(const QString &type)
{
    (type == QLatin1String("user") ? m_user : m_device)->setChecked(true);
}

TokenAppDefaults TokenAssignmentTab::appDefaults() const
{
    TokenAppDefaults d;
    d.mandatory = m_mandatory->isChecked();
    d.autoInstallUpdates = m_autoInstall->isChecked();
    d.preventBackup = m_preventBackup->isChecked();
    d.dataRoaming = m_dataRoaming->isChecked();
    d.cellularData = m_cellular->isChecked();
    d.vpnProfile = m_vpn->text().trimmed();
    d.ssoProfile = m_sso->text().trimmed();
    return d;
}

void TokenAssignmentTab::setAppDefaults(const TokenAppDefaults &d)
{
    m_mandatory->setChecked(d.mandatory);
    m_autoInstall->setChecked(d.autoInstallUpdates);
    m_preventBackup->setChecked(d.preventBackup);
    m_dataRoaming->setChecked(d.dataRoaming);
    m_cellular->setChecked(d.cellularData);
    m_vpn->setText(d.vpnProfile);
    m_sso->setText(d.ssoProfile);
}
