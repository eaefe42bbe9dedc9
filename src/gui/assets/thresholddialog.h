// ThresholdDialog: asks for an asset's own low-license threshold (in percent of its total), or
// for the global threshold to apply to it again.
#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QSpinBox;

class ThresholdDialog : public QDialog
{
    Q_OBJECT

public:
    ThresholdDialog(const QString &assetName, std::optional<int> current, int globalPct,
                    QWidget *parent = nullptr);

    // nullopt: use the global threshold.
    std::optional<int> threshold() const;
    void setThreshold(std::optional<int> percent);

private:
    QCheckBox *m_useGlobal = nullptr;
    QSpinBox *m_percent = nullptr;
};
