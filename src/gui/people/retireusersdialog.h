// RetireUsersDialog: retires the VPP users selected on the Users page. Shows the dry run of a
// RetireUsers request per token at once (users already retired are left out and said so), and
// starts one job per token when the admin confirms.
#pragma once

#include "core/licensing/licenseplan.h"
#include "core/licensing/licenserequest.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class Console;
class MessageLabel;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class RetireUsersDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QString tokenId;
        QString clientUserId;
        QString status;
    };

    RetireUsersDialog(Console &console, const QList<Target> &targets, QWidget *parent = nullptr);

    // The plans, once planning is over (isPlanning()).
    const QList<LicensePlan> &plans() const { return m_plans; }
    bool isPlanning() const { return m_pending > 0; }
    // Starts the jobs; the dialog closes once every one started.
    void start();

Q_SIGNALS:
    void jobStarted(qint64 jobId);

private:
    void planAll(const QList<Target> &targets);
    void planNext(QList<LicenseRequest> requests);
    void startNext();
    void updateButtons();
    void showError(const QString &text);

    Console &m_console;
    QLabel *m_summary = nullptr;
    MessageLabel *m_error = nullptr;
    QPlainTextEdit *m_planText = nullptr;
    QPushButton *m_retire = nullptr;
    QList<LicensePlan> m_plans;
    QStringList m_texts;
    QStringList m_errors;
    qsizetype m_pending = 0; // requests still being planned
    int m_started = 0;
    bool m_starting = false;
};
