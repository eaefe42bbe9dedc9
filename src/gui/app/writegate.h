// WriteGate: the one rule that decides whether a write action may run now, and says why not. Every
// write the console offers (a page's button, a banner's action, a menu entry, a dialog's submit) asks
// it, both to enable the control and again when the action starts, and follows changed(). A console
// opened read-only (another one holds the database) writes nothing at all; offline or with Apple out of
// reach, only the writes that stay on this computer run.
#pragma once

#include <QObject>
#include <QString>

class Console;
class QAbstractButton;
class QAction;

class WriteGate : public QObject
{
    Q_OBJECT

public:
    enum class Reach {
        Apple, // asks Apple to change something: tokens added or renewed, syncs, license jobs, users
        Local, // changes the local database only: token settings and removal, thresholds, imports
    };

    explicit WriteGate(Console &console);

    // Empty when a write of this reach may run now; otherwise a translated reason for a tool tip.
    QString blockedReason(Reach reach) const;
    bool allows(Reach reach) const { return blockedReason(reach).isEmpty(); }

    // Enables `control` when the gate allows `reach` and the action's own condition (`available`, such
    // as a selected row) holds; its tool tip says why not (`unavailable`), or else what it does (`help`).
    void apply(QAbstractButton *control, Reach reach, bool available = true, const QString &unavailable = {},
               const QString &help = {}) const;
    void apply(QAction *control, Reach reach, bool available = true, const QString &unavailable = {},
               const QString &help = {}) const;

Q_SIGNALS:
    // The console went online or offline (or Apple out of reach): controls apply the rule again.
    void changed();

private:
    // The tip and the enabled state of a control, by the rule.
    std::pair<bool, QString> decide(Reach reach, bool available, const QString &unavailable,
                                    const QString &help) const;

    Console &m_console;
};
