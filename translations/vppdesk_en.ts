<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>InventoryCommands</name>
    <message numerus="yes">
        <location filename="../src/cli/inventorycommands.cpp" line="246"/>
        <source>Licences (%n):</source>
        <translation>
            <numerusform>Licences (%n):</numerusform>
            <numerusform>Licences (%n):</numerusform>
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
    <name>LicensePlan</name>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="196"/>
        <source>%1: unlimited (free) asset, %n new licence(s).</source>
        <translation>
            <numerusform>%1: unlimited (free) asset, %n new licence.</numerusform>
            <numerusform>%1: unlimited (free) asset, %n new licences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="203"/>
        <source>%n target(s) will not be licensed</source>
        <translation>
            <numerusform>%n target will not be licensed</numerusform>
            <numerusform>%n targets will not be licensed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="216"/>
        <source>%n revocable licence(s) known in the inventory will be removed.</source>
        <translation>
            <numerusform>%n revocable licence known in the inventory will be removed.</numerusform>
            <numerusform>%n revocable licences known in the inventory will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="221"/>
        <source>%n request(s) to Apple, </source>
        <translation>
            <numerusform>%n request to Apple, </numerusform>
            <numerusform>%n requests to Apple, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="222"/>
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n task.</numerusform>
            <numerusform>%n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="226"/>
        <location filename="../src/core/licensing/licenseplan.cpp" line="230"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="228"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/licensing/licenseplan.cpp" line="251"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
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
    <name>TokenVault</name>
    <message numerus="yes">
        <location filename="../src/core/token/tokenvault.cpp" line="282"/>
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/locations/tokendialog.cpp" line="1"/>
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
        <location filename="../src/gui/locations/tokendistributiontab.cpp" line="1"/>
        <source>This token serves %n group(s).</source>
        <translation>
            <numerusform>This token serves %n group.</numerusform>
            <numerusform>This token serves %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/locations/tokentablemodel.cpp" line="1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
