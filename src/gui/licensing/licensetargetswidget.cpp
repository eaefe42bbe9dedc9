#include "licensetargetswidget.h"

#include "core/store/groupstore.h"
#include "licenseplansummary.h"
#include "taborder.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>

LicenseTargetsWidget::LicenseTargetsWidget(QWidget *parent)
    : QGroupBox(tr("Targets"), parent)
{
    setObjectName(QStringLiteral("targetsBox"));
    m_usersEdit = new QLineEdit(this);
    m_usersEdit->setObjectName(QStringLiteral("usersEdit"));
    m_usersEdit->setPlaceholderText(tr("clientUserIds, separated by commas"));
    m_serialsEdit = new QLineEdit(this);
    m_serialsEdit->setObjectName(QStringLiteral("serialsEdit"));
    m_serialsEdit->setPlaceholderText(tr("serial numbers, separated by commas"));
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->addItem(tr("(no group)"), QString());
    m_pasteEdit = new QPlainTextEdit(this);
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteEdit->setPlaceholderText(tr("Paste a list: one per line or separated by commas"));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setMaximumHeight(80);
    m_pasteUsers = new QRadioButton(tr("u&sers"), this);
    m_pasteUsers->setObjectName(QStringLiteral("pasteUsersRadio"));
    m_pasteDevices = new QRadioButton(tr("de&vices"), this);
    m_pasteDevices->setObjectName(QStringLiteral("pasteDevicesRadio"));
    m_pasteUsers->setChecked(true);
    m_pasteKind = new QButtonGroup(this);
    m_pasteKind->addButton(m_pasteUsers);
    m_pasteKind->addButton(m_pasteDevices);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("targetsSummary"));

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("These are:"), this));
    kindRow->addWidget(m_pasteUsers);
    kindRow->addWidget(m_pasteDevices);
    kindRow->addStretch();
    auto *form = new QFormLayout(this);
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Users:"), m_usersEdit);
    addRow(tr("&Devices:"), m_serialsEdit);
    addRow(tr("&Group:"), m_groupCombo);
    addRow(tr("&Pasted list:"), m_pasteEdit);
    form->addRow(QString(), kindRow);
    form->addRow(QString(), m_summary);

    const auto onChange = [this] {
        updateSummary();
        Q_EMIT changed();
    };
    connect(m_usersEdit, &QLineEdit::textChanged, this, onChange);
    connect(m_serialsEdit, &QLineEdit::textChanged, this, onChange);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, onChange);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, onChange);
    connect(m_pasteKind, &QButtonGroup::buttonToggled, this, [onChange](QAbstractButton *, bool checked) {
        if (checked)
            onChange();
    });
    TabOrder::chain({m_usersEdit, m_serialsEdit, m_groupCombo, m_pasteEdit, m_pasteUsers, m_pasteDevices});
    updateSummary();
}

QString LicenseTargetsWidget::loadGroups(Database &db)
{
    const QString current = groupName();
    QSignalBlocker block(m_groupCombo);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("(no group)"), QString());
    const auto groups = GroupStore(db).list();
    if (!groups)
        return groups.error().toDisplayString();
    for (const GroupRecord &g : groups.value())
        m_groupCombo->addItem(g.name, g.name);
    m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(current)));
    const bool none = groups->isEmpty();
    m_groupCombo->setEnabled(!none);
    m_groupCombo->setToolTip(none ? tr("No groups yet: import one on the Devices & Groups page.")
                                  : QString());
    return {};
}

QStringList LicenseTargetsWidget::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r\\t]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out.append(item);
    }
    return out;
}

QStringList LicenseTargetsWidget::clientUserIds() const
{
    QStringList out = splitList(m_usersEdit->text());
    if (m_pasteUsers->isChecked())
        for (const QString &id : splitList(m_pasteEdit->toPlainText()))
            if (!out.contains(id))
                out.append(id);
    return out;
}

QStringList LicenseTargetsWidget::serialNumbers() const
{
    QStringList out = splitList(m_serialsEdit->text());
    if (m_pasteDevices->isChecked())
        for (const QString &serial : splitList(m_pasteEdit->toPlainText()))
            if (!out.contains(serial))
                out.append(serial);
    return out;
}

QString LicenseTargetsWidget::groupName() const
{
    return m_groupCombo->currentData().toString();
}

void LicenseTargetsWidget::setUsers(const QStringList &clientUserIds)
{
    m_usersEdit->setText(clientUserIds.join(QStringLiteral(", ")));
}

void LicenseTargetsWidget::setDevices(const QStringList &serialNumbers)
{
    m_serialsEdit->setText(serialNumbers.join(QStringLiteral(", ")));
}

void LicenseTargetsWidget::setGroup(const QString &name)
{
    m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(name)));
}

void LicenseTargetsWidget::setPastedList(const QString &text, bool devices)
{
    (devices ? m_pasteDevices : m_pasteUsers)->setChecked(true);
    m_pasteEdit->setPlainText(text);
}

QWidget *LicenseTargetsWidget::firstField() const
{
    return m_usersEdit;
}

QWidget *LicenseTargetsWidget::lastField() const
{
    return m_pasteDevices;
}

void LicenseTargetsWidget::updateSummary()
{
    QString text = LicensePlanSummary::targetsText(clientUserIds().size(), serialNumbers().size());
    if (!groupName().isEmpty())
        text = tr("%1, and the members of group \"%2\"").arg(text, groupName());
    m_summary->setText(text);
}
