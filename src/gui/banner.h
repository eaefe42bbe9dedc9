// Banner: one message strip (severity, text, optional action button) shown by BannerBar.
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

enum class BannerSeverity { Info, Warning, Error };

class Banner : public QFrame
{
    Q_OBJECT

public:
    Banner(const QString &id, BannerSeverity severity, const QString &text, const QString &actionText,
           QWidget *parent = nullptr);

    QString id() const { return m_id; }
    BannerSeverity severity() const { return m_severity; }
    QString text() const;
    QString actionText() const;

    void setContent(BannerSeverity severity, const QString &text, const QString &actionText);
    // The action button, enabled or not; `tip` says why it is not (or what it does).
    void setActionEnabled(bool enabled, const QString &tip = {});
    QPushButton *actionButton() const { return m_actionButton; }

signals:
    void actionTriggered(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySeverity();

    QString m_id;
    BannerSeverity m_severity;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QPushButton *m_actionButton = nullptr;
};
