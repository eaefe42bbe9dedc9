<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppleTransport</name>
    <message numerus="yes">
        <location filename="../src/core/apple/appletransport.cpp" line="40"/>
        <source>Apple&apos;s service did not finish answering within %n second(s).</source>
        <translation>
            <numerusform>Apple&apos;s service did not finish answering within %n second.</numerusform>
            <numerusform>Apple&apos;s service did not finish answering within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="vanished">
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low on licenses</source>
        <translation type="vanished">
            <numerusform>%n low on licenses</numerusform>
            <numerusform>%n low on licenses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/assets/assetspage.cpp" line="337"/>
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/assets/assetspage.cpp" line="339"/>
        <source>%Ln low on licenses</source>
        <translation>
            <numerusform>%Ln low on licenses</numerusform>
            <numerusform>%Ln low on licenses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionMonitor</name>
    <message numerus="yes">
        <location filename="../src/gui/app/attentionmonitor.cpp" line="126"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/app/attentionmonitor.cpp" line="127"/>
        <source>%n app(s) or book(s) running low on licenses: %1.</source>
        <translation>
            <numerusform>%n app or book running low on licenses: %1.</numerusform>
            <numerusform>%n apps or books running low on licenses: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <location filename="../src/cli/auditcommands.cpp" line="35"/>
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry checked).</numerusform>
            <numerusform>The audit log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../src/gui/records/auditpage.cpp" line="156"/>
        <source>Intact: %Ln entry(s) checked</source>
        <translation>
            <numerusform>Intact: %Ln entry checked</numerusform>
            <numerusform>Intact: %Ln entries checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceImporter</name>
    <message numerus="yes">
        <location filename="../src/core/licensing/deviceimporter.cpp" line="303"/>
        <source>%n row(s) of the file are invalid; nothing was imported.</source>
        <translation>
            <numerusform>%n row of the file is invalid; nothing was imported.</numerusform>
            <numerusform>%n rows of the file are invalid; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/people/devicespage.cpp" line="141"/>
        <location filename="../src/gui/people/devicespage.cpp" line="199"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/devicespage.cpp" line="198"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../src/gui/records/historypage.cpp" line="177"/>
        <source>%Ln more not kept</source>
        <translation>
            <numerusform>%Ln more not kept</numerusform>
            <numerusform>%Ln more not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsView</name>
    <message numerus="yes">
        <location filename="../src/gui/records/holdingsview.cpp" line="147"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln license</numerusform>
            <numerusform>%Ln licenses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/records/holdingsview.cpp" line="148"/>
        <source>on %Ln token(s)</source>
        <translation>
            <numerusform>on %Ln token</numerusform>
            <numerusform>on %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/records/holdingsview.cpp" line="153"/>
        <source>Matching users: %Ln</source>
        <translation>
            <numerusform>Matching users: %Ln</numerusform>
            <numerusform>Matching users: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/records/holdingsview.cpp" line="156"/>
        <source>Licenses: %Ln</source>
        <translation>
            <numerusform>Licenses: %Ln</numerusform>
            <numerusform>Licenses: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="203"/>
        <source>%n row(s), all valid.</source>
        <translation>
            <numerusform>%n row, valid.</numerusform>
            <numerusform>%n rows, all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="204"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="204"/>
        <source>%n bad row(s).</source>
        <translation>
            <numerusform>%n bad row.</numerusform>
            <numerusform>%n bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="262"/>
        <source>Imported %n device(s).</source>
        <translation>
            <numerusform>Imported %n device.</numerusform>
            <numerusform>Imported %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="263"/>
        <source>Imported %n membership(s)</source>
        <translation>
            <numerusform>Imported %n membership</numerusform>
            <numerusform>Imported %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="264"/>
        <source>in %n group(s).</source>
        <translation>
            <numerusform>in %n group.</numerusform>
            <numerusform>in %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/importcsvdialog.cpp" line="266"/>
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>%n bad row skipped.</numerusform>
            <numerusform>%n bad rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message numerus="yes">
        <location filename="../src/cli/inventorycommands.cpp" line="247"/>
        <source>Licenses (%n):</source>
        <translation>
            <numerusform>Licenses (%n):</numerusform>
            <numerusform>Licenses (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/licensing/jobspage.cpp" line="193"/>
        <source>Job %1: %2 on %3, %4. %n failed target(s).</source>
        <translation>
            <numerusform>Job %1: %2 on %3, %4. %n failed target.</numerusform>
            <numerusform>Job %1: %2 on %3, %4. %n failed targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseCommands</name>
    <message numerus="yes">
        <location filename="../src/cli/licensecommands.cpp" line="125"/>
        <source>Job %1: %2 (%3 of %n task(s) completed).</source>
        <translation>
            <numerusform>Job %1: %2 (%3 of %n task completed).</numerusform>
            <numerusform>Job %1: %2 (%3 of %n tasks completed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/licensecommands.cpp" line="275"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseOperationDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseoperationdialog.cpp" line="230"/>
        <location filename="../src/gui/licensing/licenseoperationdialog.cpp" line="333"/>
        <source>%n asset(s) chosen</source>
        <translation>
            <numerusform>%n asset chosen</numerusform>
            <numerusform>%n assets chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseoperationdialog.cpp" line="481"/>
        <source>Job %1: sending %n request(s) to Apple…</source>
        <translation>
            <numerusform>Job %1: sending %n request to Apple…</numerusform>
            <numerusform>Job %1: sending %n requests to Apple…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensePlan</name>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="201"/>
        <source>%1: unlimited (free) asset, %n new license(s).</source>
        <translation>
            <numerusform>%1: unlimited (free) asset, %n new license.</numerusform>
            <numerusform>%1: unlimited (free) asset, %n new licenses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="208"/>
        <source>%n target(s) will not be licensed</source>
        <translation>
            <numerusform>%n target will not be licensed</numerusform>
            <numerusform>%n targets will not be licensed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="221"/>
        <source>%n revocable license(s) known in the inventory will be removed.</source>
        <translation>
            <numerusform>%n revocable license known in the inventory will be removed.</numerusform>
            <numerusform>%n revocable licenses known in the inventory will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="226"/>
        <source>%n request(s) to Apple, </source>
        <translation>
            <numerusform>%n request to Apple, </numerusform>
            <numerusform>%n requests to Apple, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="227"/>
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n task.</numerusform>
            <numerusform>%n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="231"/>
        <location filename="../src/core/licensing/licenseplan.cpp" line="235"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="233"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="256"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensePlanSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="0"/>
        <source>Licenses that go: %1 and %n more.</source>
        <translation>
            <numerusform>Licenses that go: %1 and %n more.</numerusform>
            <numerusform>Licenses that go: %1 and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="5"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="6"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="34"/>
        <source>%1 is free (unlimited): %n new license(s).</source>
        <translation>
            <numerusform>%1 is free (unlimited): %n new license.</numerusform>
            <numerusform>%1 is free (unlimited): %n new licenses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="55"/>
        <source>Books go to users only: %n device(s) left out.</source>
        <translation>
            <numerusform>Books go to users only: %n device left out.</numerusform>
            <numerusform>Books go to users only: %n devices left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="58"/>
        <source>%n device(s) left out: the developer allows user licenses only.</source>
        <translation>
            <numerusform>%n device left out: the developer allows user licenses only.</numerusform>
            <numerusform>%n devices left out: the developer allows user licenses only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="69"/>
        <source>%n user(s) not registered as VPP users: sent, but Apple will refuse them (9609).</source>
        <translation>
            <numerusform>%n user not registered as a VPP user: sent, but Apple will refuse them (9609).</numerusform>
            <numerusform>%n users not registered as VPP users: sent, but Apple will refuse them (9609).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="72"/>
        <source>%n user(s) already registered: Apple will refuse them (9716).</source>
        <translation>
            <numerusform>%n user already registered: Apple will refuse them (9716).</numerusform>
            <numerusform>%n users already registered: Apple will refuse them (9716).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="75"/>
        <source>%n revocable license(s) known in the inventory will be removed.</source>
        <translation>
            <numerusform>%n revocable license known in the inventory will be removed.</numerusform>
            <numerusform>%n revocable licenses known in the inventory will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="84"/>
        <source>%n request(s) to Apple, </source>
        <translation>
            <numerusform>%n request to Apple, </numerusform>
            <numerusform>%n requests to Apple, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="85"/>
        <source>%n task(s) in all.</source>
        <translation>
            <numerusform>%n task in all.</numerusform>
            <numerusform>%n tasks in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/assets/licensespage.cpp" line="0"/>
        <source>&amp;Revoke All Licenses of %n Holder(s)…</source>
        <translation>
            <numerusform>&amp;Revoke All Licenses of %n Holder…</numerusform>
            <numerusform>&amp;Revoke All Licenses of %n Holders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/assets/licensespage.cpp" line="0"/>
        <source>&amp;Unassign %n License(s)…</source>
        <translation>
            <numerusform>&amp;Unassign %n License…</numerusform>
            <numerusform>&amp;Unassign %n Licenses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation type="vanished">
            <numerusform>%n license</numerusform>
            <numerusform>%n licenses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/assets/licensespage.cpp" line="157"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln license</numerusform>
            <numerusform>%Ln licenses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="396"/>
        <source>Syncing %n location(s): %1 of %2 pages</source>
        <translation>
            <numerusform>Syncing %n location: %1 of %2 pages</numerusform>
            <numerusform>Syncing %n locations: %1 of %2 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="388"/>
        <source>%n job(s) running: %1 of %2 done</source>
        <translation>
            <numerusform>%n job running: %1 of %2 done</numerusform>
            <numerusform>%n jobs running: %1 of %2 done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <location filename="../src/core/sync/pagefetcher.h" line="121"/>
        <source>Apple&apos;s %1 list kept changing while it was being read (%n restart(s)).</source>
        <translation>
            <numerusform>Apple&apos;s %1 list kept changing while it was being read (%n restart).</numerusform>
            <numerusform>Apple&apos;s %1 list kept changing while it was being read (%n restarts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/pagefetcher.h" line="103"/>
        <source>Reading Apple&apos;s %1 list took longer than %n minute(s).</source>
        <translation>
            <numerusform>Reading Apple&apos;s %1 list took longer than %n minute.</numerusform>
            <numerusform>Reading Apple&apos;s %1 list took longer than %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterUsersDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/people/registerusersdialog.cpp" line="150"/>
        <source>%n line(s) of the list are invalid; fix them first.</source>
        <translation>
            <numerusform>%n line of the list is invalid; fix it first.</numerusform>
            <numerusform>%n lines of the list are invalid; fix them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetireUsersDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/people/retireusersdialog.cpp" line="70"/>
        <source>%n user(s) will be retired: they lose their licenses that can be revoked, and need a new invitation to come back.</source>
        <translation>
            <numerusform>%n user will be retired: they lose their licenses that can be revoked, and need a new invitation to come back.</numerusform>
            <numerusform>%n users will be retired: they lose their licenses that can be revoked, and need a new invitation to come back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/people/retireusersdialog.cpp" line="75"/>
        <source>%n selected user(s) are retired already and left out.</source>
        <translation>
            <numerusform>%n selected user is retired already and left out.</numerusform>
            <numerusform>%n selected users are retired already and left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <location filename="../src/core/sync/syncreport.cpp" line="84"/>
        <source>%1: %2, %n asset(s)</source>
        <translation>
            <numerusform>%1: %2, %n asset</numerusform>
            <numerusform>%1: %2, %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncreport.cpp" line="85"/>
        <source>, %n user(s)</source>
        <translation>
            <numerusform>, %n user</numerusform>
            <numerusform>, %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncreport.cpp" line="86"/>
        <source>, %n assignment(s) (+%1 / -%2)</source>
        <translation>
            <numerusform>, %n assignment (+%1 / -%2)</numerusform>
            <numerusform>, %n assignments (+%1 / -%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncreport.cpp" line="90"/>
        <source>, %n new asset(s)</source>
        <translation>
            <numerusform>, %n new asset</numerusform>
            <numerusform>, %n new assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/sync/syncreport.cpp" line="92"/>
        <source>, %n asset(s) with new counts</source>
        <translation>
            <numerusform>, %n asset with new counts</numerusform>
            <numerusform>, %n assets with new counts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/locations/tokendialog.cpp" line="175"/>
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDistributionTab</name>
    <message numerus="yes">
        <location filename="../src/gui/locations/tokendistributiontab.cpp" line="103"/>
        <source>This token serves %n group(s).</source>
        <translation>
            <numerusform>This token serves %n group.</numerusform>
            <numerusform>This token serves %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenHealth</name>
    <message numerus="yes">
        <location filename="../src/core/token/tokenhealth.cpp" line="93"/>
        <source>Expires in %n day(s) (on %1).</source>
        <translation>
            <numerusform>Expires in %n day (on %1).</numerusform>
            <numerusform>Expires in %n days (on %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/locations/tokentablemodel.cpp" line="185"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message numerus="yes">
        <location filename="../src/core/token/tokenvault.cpp" line="305"/>
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../src/gui/people/userspage.cpp" line="132"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <location filename="../src/core/sync/syncengine.cpp" line="104"/>
        <source>The sync of “%1” took longer than %n minute(s) and was stopped; the inventory was left as it was.</source>
        <translation>
            <numerusform>The sync of “%1” took longer than %n minute and was stopped; the inventory was left as it was.</numerusform>
            <numerusform>The sync of “%1” took longer than %n minutes and was stopped; the inventory was left as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReclaimCommand</name>
    <message numerus="yes">
        <source>%n license(s) could be reclaimed. Per app:</source>
        <translation>
            <numerusform>%n license could be reclaimed. Per app:</numerusform>
            <numerusform>%n licenses could be reclaimed. Per app:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReclaimPage</name>
    <message numerus="yes">
        <source>%n license(s) could be reclaimed; the totals per app are below.</source>
        <translation>
            <numerusform>%n license could be reclaimed; the totals per app are below.</numerusform>
            <numerusform>%n licenses could be reclaimed; the totals per app are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunwayQuery</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
