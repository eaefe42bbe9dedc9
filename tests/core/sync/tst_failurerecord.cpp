// Tests of FailureRecord: a failure is stored as a code with untranslated parameters, made into
// words when shown, and a sentence stored by an older version is shown as it is.
#include "core/apple/appleerror.h"
#include "core/sync/failurerecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestFailureRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appleErrorStoredAsItsNumber()
    {
        const VppError error = AppleError::toVppError(9621, QStringLiteral("Token expired"), 401);
        const QString stored = FailureRecord::encode(error);
        const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("apple.9621"));
        QCOMPARE(o.value(QStringLiteral("appleErrorNumber")).toInt(), 9621);
        QVERIFY2(!stored.contains(error.message), qPrintable(stored)); // no sentence in the database
        QCOMPARE(FailureRecord::text(stored),
                 QString(AppleError::explanation(9621) + u' ' + AppleError::advice(9621)));
    }

    void otherErrorsInWordsWithTheirCode()
    {
        const VppError timeout = VppError::make(VppError::Kind::Network, QStringLiteral("network.deadline"),
                                                QStringLiteral("The request took too long."));
        const QString text = FailureRecord::text(FailureRecord::encode(timeout));
        QVERIFY2(text.contains(QStringLiteral("could not be reached")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("network.deadline")), qPrintable(text));
        const VppError busy =
            VppError::make(VppError::Kind::Store, VppError::Code::StoreBusy, QStringLiteral("x"));
        QVERIFY(FailureRecord::text(FailureRecord::encode(busy)).contains(QStringLiteral("store.busy")));
    }

    void noErrorNothingStored()
    {
        QCOMPARE(FailureRecord::encode(VppError()), QString());
        QCOMPARE(FailureRecord::text(QString()), QString());
    }

    void oldSentenceShownAsItIs()
    {
        const QString old = QStringLiteral("[apple] apple.9625: The token was revoked. (apple 9625)");
        QCOMPARE(FailureRecord::text(old), old);
        const QString braces = QStringLiteral("{not json");
        QCOMPARE(FailureRecord::text(braces), braces);
    }
};

QTEST_GUILESS_MAIN(TestFailureRecord)
#include "tst_failurerecord.moc"
