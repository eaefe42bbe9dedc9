#include "thresholddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ThresholdDialog::ThresholdDialog(const QString &assetName, std::optional<int> current, int globalPct,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("thresholdDialog"));
    setWindowTitle(tr("Low-License Threshold"));

    auto *intro = new QLabel(
        tr("Show <b>%1</b> as low on licenses when fewer than this share of its licenses is available.")
            .arg(assetName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_useGlobal = new QCheckBox(tr("&Use the global threshold (%1 %)").arg(globalPct), this);
    m_useGlobal->setObjectName(QStringLiteral("useGlobalThreshold"));
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("thresholdPercent"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(current.value_or(globalPct));

    auto *form = new QFormLayout;
    auto *percentLabel = new QLabel(tr("&Threshold:"), this);
    percentLabel->setBuddy(m_percent);
    form->addRow(m_useGlobal);
    form->addRow(percentLabel, m_percent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useGlobal, &QCheckBox::toggled, m_percent,
            [this](bool global) { m_percent->setEnabled(!global); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setThreshold(current);
}

std::optional<int> ThresholdDialog::threshold() const
{
    if (m_useGlobal->isChecked())
        return std::nullopt;
    return m_percent->value();
}

void ThresholdDialog::setThreshold(std::optional<int> percent)
{
    m_useGlobal->setChecked(!percent.has_value());
    m_percent->setEnabled(percent.has_value());
    if (percent)
        m_percent->setValue(*percent);
}
