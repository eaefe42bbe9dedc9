// ConsoleLock: one console per database. A QLockFile beside the database ("<database>.lock") is
// held while the console runs; a second start finds it held and learns which process has it
// (pid, host, application) to tell the admin, who may then open the database read-only. A lock
// left by a process that died is taken over.
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

class ConsoleLock
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString appName;
    };

    explicit ConsoleLock(const QString &databasePath);
    ~ConsoleLock();

    static QString lockPathFor(const QString &databasePath);

    // Takes the lock without waiting. False when another process holds it (see holder()) or the
    // lock file cannot be written (see errorText()).
    bool tryLock();
    bool isLocked() const;
    const Holder &holder() const { return m_holder; }
    // "VPP Desk (process 1234 on host pc-7)": who holds the lock, for the message box.
    QString holderText() const;
    QString errorText() const { return m_error; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Holder m_holder;
    QString m_error;
};
