// FailureRecord: a failure as the database keeps it (sync_runs.error): a stable code with its
// untranslated parameters as a JSON object, never a sentence in the language of the process that
// wrote it. text() makes the translated sentence when it is shown; a row written before codes holds
// a sentence, which is shown as it is.
#pragma once

#include "core/common/vpperror.h"

#include <QCoreApplication>
#include <QString>

class FailureRecord
{
    Q_DECLARE_TR_FUNCTIONS(FailureRecord)

public:
    // {"code":"apple.9621","kind":"apple","appleErrorNumber":9621,"httpStatus":401}; empty for no error.
    static QString encode(const VppError &error);
    // The translated sentence for a stored value; an old sentence as it is.
    static QString text(const QString &stored);
};
