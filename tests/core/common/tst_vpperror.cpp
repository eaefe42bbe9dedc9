// Tests of VppError's routed codes: the code an error is made with is the one a branch tests, as
// an enum, whether the producer named the enum or its text.
#include "core/common/result.h"
#include "core/common/vpperror.h"

#include <QTest>

#include <tuple>

using Code = VppError::Code;

class TestVppError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesConvertBothWays()
    {
        for (int i = int(Code::Other) + 1; i <= int(Code::AppleOutcomeUnknown); ++i) {
            const QString text = VppError::codeText(Code(i));
            QVERIFY(text.contains(u'.'));
            QCOMPARE(VppError::codeFromText(text), Code(i));
        }
        QCOMPARE(VppError::codeFromText(QStringLiteral("token.notBase64")), Code::Other);
    }

    void madeWithTheEnumOrItsText()
    {
        const VppError byEnum =
            VppError::make(VppError::Kind::Store, Code::StoreBusy, QStringLiteral("busy"));
        QCOMPARE(byEnum.code, QStringLiteral("store.busy")); // scripts and --json keep the text
        QVERIFY(byEnum.is(Code::StoreBusy));
        QVERIFY(!byEnum.is(Code::StoreDuplicate));
        const VppError byText = VppError::make(VppError::Kind::Network,
                                               QStringLiteral("apple.outcomeUnknown"), QStringLiteral("?"));
        QVERIFY(byText.is(Code::AppleOutcomeUnknown));
        QVERIFY(
            VppError::make(VppError::Kind::Usage, QStringLiteral("token.badInterval"), {}).is(Code::Other));
        QVERIFY(!VppError().is(Code::Other)); // no error is no code
    }

    void kindsConvertBothWays()
    {
        for (int i = int(VppError::Kind::None); i <= int(VppError::Kind::Internal); ++i)
            QCOMPARE(VppError::kindFromName(VppError::kindName(VppError::Kind(i))), VppError::Kind(i));
        QCOMPARE(VppError::kindFromName(QStringLiteral("nonsense")), VppError::Kind::Internal);
    }

    void resultIsNodiscard()
    {
        // Compile-time: ignoring a Result is a warning (an error with -Werror); the few places that
        // may ignore one say why with std::ignore.
        const auto make = []() -> Result<int> { return 7; };
        std::ignore = make(); // the value is not needed here
        QCOMPARE(make().value(), 7);
    }
};

QTEST_GUILESS_MAIN(TestVppError)
#include "tst_vpperror.moc"
