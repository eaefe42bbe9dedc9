<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssetChecklistModel</name>
    <message>
        <location filename="../src/gui/licensing/assetchecklistmodel.cpp" line="+86"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A book: licenses go to users only.</source>
        <translation>Ein Buch: Lizenzen gehen nur an Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app cannot be assigned to devices.</source>
        <translation>Diese App kann Geräten nicht zugewiesen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam ID</source>
        <translation>Adam-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Preisstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>AssetDetailDialog</name>
    <message>
        <location filename="../src/gui/assets/assetdetaildialog.cpp" line="+42"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlimited · %1 assigned</source>
        <translation>Unbegrenzt · %1 zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 total · %2 assigned · %3 available · %4 retired</source>
        <translation>%1 gesamt · %2 zugewiesen · %3 verfügbar · %4 außer Betrieb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low on licenses</source>
        <translation>wenige Lizenzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search client user IDs</source>
        <translation>Client-Benutzer-IDs suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search serial numbers</source>
        <translation>Seriennummern suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token Details</source>
        <translation>&amp;Token-Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign…</source>
        <translation>Zuweisung &amp;aufheben…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Added by the sync of %1</source>
        <translation>Durch die Synchronisierung vom %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the inventory at the first sync (%1)</source>
        <translation>Schon bei der ersten Synchronisierung im Inventar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in Apple&apos;s catalog</source>
        <translation>Im Katalog von Apple gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in Apple&apos;s catalog (removed from sale or not public)</source>
        <translation>Nicht im Katalog von Apple gefunden (nicht mehr im Verkauf oder nicht öffentlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not looked up yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it came in:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam ID:</source>
        <translation>Adam-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing:</source>
        <translation>Preisstufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle ID:</source>
        <translation>Bundle-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Developer / author:</source>
        <translation>Entwickler / Autor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device assignable:</source>
        <translation>Gerätezuweisung möglich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocable:</source>
        <translation>Widerrufbar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % (this asset&apos;s own)</source>
        <translation>%1 % (eigener Wert dieses Objekts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (the global threshold)</source>
        <translation>%1 % (globaler Schwellenwert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-license threshold:</source>
        <translation>Schwellenwert für wenige Lizenzen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User licenses (%1)</source>
        <translation>&amp;Benutzerlizenzen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device licenses (%1)</source>
        <translation>&amp;Gerätelizenzen (%1)</translation>
    </message>
</context>
<context>
    <name>AssetHolderModel</name>
    <message>
        <location filename="../src/gui/assets/assetholdermodel.cpp" line="+32"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client user ID</source>
        <translation>Client-Benutzer-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in the user list</source>
        <translation>Nicht in der Benutzerliste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before %1 or not recorded</source>
        <translation>Vor %1 oder nicht erfasst</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <location filename="../src/gui/assets/assettablemodel.cpp" line="+71"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not in the catalog yet</source>
        <translation>Noch nicht im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam ID: %1</source>
        <translation>Adam-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle ID: %1</source>
        <translation>Bundle-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing: %1</source>
        <translation>Preisstufe: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlimited: free apps have no license limit.</source>
        <translation>Unbegrenzt: Kostenlose Apps haben keine Lizenzgrenze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 licenses assigned</source>
        <translation>%1 von %2 Lizenzen zugewiesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low: fewer than %1 % of the licenses are available.</source>
        <translation>Wenige: Weniger als %1 % der Lizenzen sind verfügbar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <location filename="../src/gui/assets/assetspage.cpp" line="+27"/>
        <source>Apps &amp; Books</source>
        <translation>Apps &amp; Bücher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased apps and books with their license counts across all locations.</source>
        <translation>Gekaufte Apps und Bücher mit ihren Lizenzzahlen über alle Standorte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign…</source>
        <translation>Zuweisung &amp;aufheben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Threshold…</source>
        <translation>&amp;Schwellenwert festlegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search name, Adam ID or bundle ID</source>
        <translation>Name, Adam-ID oder Bundle-ID suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;pps</source>
        <translation>A&amp;pps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Books</source>
        <translation>&amp;Bücher</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+135"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>&amp;Low availability</source>
        <translation>&amp;Wenige verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In &amp;catalog</source>
        <translation>Im &amp;Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only assets whose name and icon were found in Apple&apos;s catalog</source>
        <translation>Nur Objekte, deren Name und Symbol im Katalog von Apple gefunden wurden</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The assets could not be read: %1</source>
        <translation>Die Objekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The threshold could not be saved: %1</source>
        <translation>Der Schwellenwert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 of %L2 assets</source>
        <translation>%L1 von %L2 Objekten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln low on licenses</source>
        <translation>
            <numerusform>%Ln mit wenigen Lizenzen</numerusform>
            <numerusform>%Ln mit wenigen Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="vanished">
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation type="vanished">%1 von %2 Objekten</translation>
    </message>
    <message numerus="yes">
        <source>%n low on licenses</source>
        <translation type="vanished">
            <numerusform>%n mit wenigen Lizenzen</numerusform>
            <numerusform>%n mit wenigen Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation type="vanished">Bundle-ID</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="vanished">Plattformen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Gesamt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="vanished">Zugewiesen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="vanished">Verfügbar</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="vanished">Außer Betrieb</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="vanished">Auslastung</translation>
    </message>
</context>
<context>
    <name>AttentionMonitor</name>
    <message>
        <location filename="../src/gui/app/attentionmonitor.cpp" line="+77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Update Token…</source>
        <translation>Token aktualisieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Token…</source>
        <translation>Token entfernen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 of %3 left)</source>
        <translation>%1 (%2 von %3 übrig)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n app(s) or book(s) running low on licenses: %1.</source>
        <translation>
            <numerusform>%n App oder Buch mit wenigen Lizenzen: %1.</numerusform>
            <numerusform>%n Apps oder Bücher mit wenigen Lizenzen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo mode: Fjord &amp; Finch Ltd is a simulated organization served on this computer. Nothing reaches Apple, and the demo tokens and inventory are discarded when you quit.</source>
        <translation>Demomodus: Fjord &amp; Finch Ltd ist eine simulierte Organisation, die auf diesem Computer bereitgestellt wird. Nichts erreicht Apple, und die Demo-Token und das Inventar werden beim Beenden verworfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working offline: the inventory stored on this computer is shown; syncs and changes to Apple are turned off.</source>
        <translation>Offline-Modus: Es wird das auf diesem Computer gespeicherte Inventar angezeigt; Synchronisierungen und Änderungen bei Apple sind deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Online</source>
        <translation>Online gehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../src/gui/records/auditactions.cpp" line="+11"/>
        <source>Token added</source>
        <translation>Token hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token renewed</source>
        <translation>Token erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token removed</source>
        <translation>Token entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location taken over</source>
        <translation>Standort übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses assigned</source>
        <translation>Lizenzen zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses unassigned</source>
        <translation>Lizenzzuweisung aufgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses revoked</source>
        <translation>Lizenzen widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users created</source>
        <translation>Benutzer erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users updated</source>
        <translation>Benutzer aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users retired</source>
        <translation>Benutzer außer Betrieb genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job finished</source>
        <translation>Auftrag abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job cancelled</source>
        <translation>Auftrag abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices imported</source>
        <translation>Geräte importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups imported</source>
        <translation>Gruppen importiert</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../src/gui/records/auditmodel.cpp" line="+34"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/gui/records/auditpage.cpp" line="+22"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action taken in VPP Desk, in a tamper-evident log.</source>
        <translation>Jede in VPP Desk ausgeführte Aktion, in einem manipulationssicheren Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every entry&apos;s hash: an entry edited, inserted or removed after it was written is found.</source>
        <translation>Den Hash jedes Eintrags prüfen: Ein Eintrag, der nach dem Schreiben bearbeitet, eingefügt oder entfernt wurde, wird gefunden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search actor, token or details</source>
        <translation>Ausführende Person, Token oder Details suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tokens</source>
        <translation>Alle Token</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Intact: %Ln entry(s) checked</source>
        <translation>
            <numerusform>Intakt: %Ln Eintrag geprüft</numerusform>
            <numerusform>Intakt: %Ln Einträge geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tampered at entry #%1: %2</source>
        <translation>Manipuliert bei Eintrag #%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampered: %1</source>
        <translation>Manipuliert: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="vanished">Ausgeführt von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Ziel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <location filename="../src/gui/commandlineoptions.cpp" line="+8"/>
        <source>Admin console for Apple&apos;s Apps and Books licensing (VPP).</source>
        <translation>Verwaltungskonsole für die Apps-und-Bücher-Lizenzen von Apple (VPP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run against the built-in simulator of Apple&apos;s service.</source>
        <translation>Mit dem eingebauten Simulator des Apple-Dienstes arbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the inventory database stored in &lt;file&gt;.</source>
        <translation>Die Inventardatenbank aus &lt;Datei&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --demo: serve a generated organization instead of the sample one, e.g. &quot;assets=2000,users=200000,assignments=1000000,locations=2&quot;.</source>
        <translation>Mit --demo: eine generierte Organisation statt der Beispielorganisation bereitstellen, z. B. &quot;assets=2000,users=200000,assignments=1000000,locations=2&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on a page: locations, assets, licenses, users, devices, jobs, history or audit.</source>
        <translation>Auf einer Seite öffnen: locations, assets, licenses, users, devices, jobs, history oder audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Seite &quot;%1&quot;: Verwende eine von %2.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/gui/app/console.cpp" line="+49"/>
        <source>The console is already open.</source>
        <translation>Die Konsole ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Working offline: changes to Apple are turned off (File &gt; Work Offline).</source>
        <translation>Offline-Modus: Änderungen bei Apple sind deaktiviert (Datei &gt; Offline arbeiten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apple&apos;s service cannot be reached: changes are turned off until it can.</source>
        <translation>Der Dienst von Apple ist nicht erreichbar: Änderungen sind deaktiviert, bis er wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple&apos;s service cannot be reached (%1): changes are turned off until it can.</source>
        <translation>Der Dienst von Apple ist nicht erreichbar (%1): Änderungen sind deaktiviert, bis er wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../src/gui/consolestatusbar.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sync in progress</source>
        <translation>Laufende Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to Apple&apos;s Apps and Books service</source>
        <translation>Mit dem Apps-und-Bücher-Dienst von Apple verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: showing the inventory stored on this computer</source>
        <translation>Nicht verbunden: Es wird das auf diesem Computer gespeicherte Inventar angezeigt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Inventory: never synced</source>
        <translation>Inventar: noch nie synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inventory as of %1</source>
        <translation>Inventar vom %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last complete sync: %1</source>
        <translation>Letzte vollständige Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <location filename="../src/gui/people/csvpreviewmodel.cpp" line="+61"/>
        <source>Column %1 (ignored)</source>
        <translation>Spalte %1 (ignoriert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../src/gui/app/demosession.cpp" line="+36"/>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo is already running.</source>
        <translation>Die Demo läuft bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organization to generate is not understood: %1</source>
        <translation>Die zu generierende Organisation ist unverständlich: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo simulator could not listen on 127.0.0.1: %1</source>
        <translation>Der Demo-Simulator konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The demo token of %1 could not be added: %2</source>
        <translation>Das Demo-Token von %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../src/gui/people/devicetablemodel.cpp" line="+34"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Never reported</source>
        <translation>Nie gemeldet</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../src/gui/people/devicespage.cpp" line="+39"/>
        <source>Devices &amp; Groups</source>
        <translation>Geräte &amp; Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices by serial number, and the groups licenses are assigned through.</source>
        <translation>Geräte nach Seriennummer und die Gruppen, über die Lizenzen zugewiesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import devices or groups from a CSV file (no connection to Apple needed).</source>
        <translation>Geräte oder Gruppen aus einer CSV-Datei importieren (keine Verbindung zu Apple nötig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial, name or owner starts with…</source>
        <translation>Seriennummer, Name oder Besitzer beginnt mit…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Groups</source>
        <translation>G&amp;ruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+58"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No groups yet: import a groups CSV (group, member, kind).</source>
        <translation>Noch keine Gruppen: Importiere eine Gruppen-CSV (group, member, kind).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a group to see its members.</source>
        <translation>Wähle eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Distribution group of any token.</source>
        <translation>Keine Verteilungsgruppe eines Tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution group of: %1.</source>
        <translation>Verteilungsgruppe von: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="vanished">Seriennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Gruppe</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="vanished">Lizenzen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="vanished">Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <location filename="../src/gui/people/groupmembermodel.cpp" line="+41"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../src/gui/people/grouptablemodel.cpp" line="+49"/>
        <source>Not a Distribution group of any token</source>
        <translation>Keine Verteilungsgruppe eines Tokens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributes for</source>
        <translation>Verteilt für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/gui/records/historypage.cpp" line="+23"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each sync and what it changed since the one before.</source>
        <translation>Jede Synchronisierung und was sie seit der vorherigen geändert hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+107"/>
        <location line="+5"/>
        <source>Select a run to see what it changed.</source>
        <translation>Wähle einen Lauf aus, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>All tokens</source>
        <translation>Alle Token</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What the sync of %1 started %2 changed:</source>
        <comment>token, time</comment>
        <translation>Was die am %2 gestartete Synchronisierung von %1 geändert hat:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln more not kept</source>
        <translation>
            <numerusform>%Ln weitere nicht aufbewahrt</numerusform>
            <numerusform>%Ln weitere nicht aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync keeps a limited number of change rows (none on a token&apos;s first sync); its counts are always complete.</source>
        <translation>Eine Synchronisierung bewahrt nur eine begrenzte Zahl von Änderungszeilen auf (bei der ersten Synchronisierung eines Tokens keine); ihre Zählungen sind immer vollständig.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Gestartet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Dauer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="vanished">Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="vanished">Entfernt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
</context>
<context>
    <name>HoldingsLicenceModel</name>
    <message>
        <location filename="../src/gui/records/holdingslicencemodel.cpp" line="+22"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High quality</source>
        <translation>Hohe Qualität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Preisstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam ID</source>
        <translation>Adam-ID</translation>
    </message>
</context>
<context>
    <name>HoldingsUserModel</name>
    <message>
        <location filename="../src/gui/records/holdingsusermodel.cpp" line="+20"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Associated</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Client user ID</source>
        <translation>Client-Benutzer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed Apple ID</source>
        <translation>Verwalteter Apple Account</translation>
    </message>
</context>
<context>
    <name>HoldingsView</name>
    <message>
        <location filename="../src/gui/records/holdingsview.cpp" line="+25"/>
        <source>Who Holds What</source>
        <translation>Wer hat was</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Client user ID, e-mail address or serial number</source>
        <translation>Client-Benutzer-ID, E-Mail-Adresse oder Seriennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+67"/>
        <source>Type a client user ID, an e-mail address or a serial number.</source>
        <translation>Gib eine Client-Benutzer-ID, eine E-Mail-Adresse oder eine Seriennummer ein.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Double-click a license to open its asset.</source>
        <translation>Doppelklicke auf eine Lizenz, um ihr Objekt zu öffnen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found for “%1”: no user, e-mail address or device with licenses on any token.</source>
        <translation>Nichts gefunden für „%1“: kein Benutzer, keine E-Mail-Adresse und kein Gerät mit Lizenzen bei einem Token.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln Lizenz</numerusform>
            <numerusform>%Ln Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>on %Ln token(s)</source>
        <translation>
            <numerusform>bei %Ln Token</numerusform>
            <numerusform>bei %Ln Token</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds no license.</source>
        <translation>„%1“ hat keine Lizenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” holds %2 %3.</source>
        <comment>query, licenses, tokens</comment>
        <translation>„%1“ hat %2 %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Matching users: %Ln</source>
        <translation>
            <numerusform>Passende Benutzer: %Ln</numerusform>
            <numerusform>Passende Benutzer: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Licenses: %Ln</source>
        <translation>
            <numerusform>Lizenzen: %Ln</numerusform>
            <numerusform>Lizenzen: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../src/gui/people/importcsvdialog.cpp" line="+37"/>
        <location line="+96"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Devices (serial, name, owner, last seen)</source>
        <translation>&amp;Geräte (serial, name, owner, last seen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Groups (group, member, kind)</source>
        <translation>G&amp;ruppen (group, member, kind)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file exported from your MDM or HR system</source>
        <translation>Eine aus deinem MDM- oder Personalsystem exportierte CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Skip bad rows</source>
        <translation>Fehlerhafte Zeilen ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the valid rows and leave the bad ones out.</source>
        <translation>Die gültigen Zeilen importieren und die fehlerhaften weglassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns from the header row: %1</source>
        <translation>Spalten aus der Kopfzeile: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row; columns taken in the usual order: %1</source>
        <translation>Keine Kopfzeile; Spalten in der üblichen Reihenfolge: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s), all valid.</source>
        <translation>
            <numerusform>%n Zeile, alle gültig.</numerusform>
            <numerusform>%n Zeilen, alle gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s).</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile.</numerusform>
            <numerusform>%n fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported %n device(s).</source>
        <translation>
            <numerusform>%n Gerät importiert.</numerusform>
            <numerusform>%n Geräte importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n membership(s)</source>
        <translation>
            <numerusform>%n Mitgliedschaft importiert</numerusform>
            <numerusform>%n Mitgliedschaften importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n group(s).</source>
        <translation>
            <numerusform>in %n Gruppe.</numerusform>
            <numerusform>in %n Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the bad rows, or check &quot;Skip bad rows&quot;.</source>
        <translation>Korrigiere die fehlerhaften Zeilen oder aktiviere „Fehlerhafte Zeilen überspringen“.</translation>
    </message>
</context>
<context>
    <name>JobBatchesModel</name>
    <message>
        <location filename="../src/gui/licensing/jobbatchesmodel.cpp" line="+12"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At Apple, pending</source>
        <translation>Bei Apple, ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done with failures</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apple event</source>
        <translation>Apple-Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks done</source>
        <translation>Erledigte Vorgänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <location filename="../src/gui/app/jobcontroller.cpp" line="+58"/>
        <location line="+13"/>
        <source>Job %1 does not exist.</source>
        <translation>Auftrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The token of this job no longer exists.</source>
        <translation>Das Token dieses Auftrags existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>JobFailuresModel</name>
    <message>
        <location filename="../src/gui/licensing/jobfailuresmodel.cpp" line="+24"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apple error</source>
        <translation>Apple-Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../src/gui/licensing/jobtablemodel.cpp" line="+87"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register users</source>
        <translation>Benutzer registrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update users</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire users</source>
        <translation>Benutzer außer Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 requests, %3 of %4 tasks</source>
        <translation>%1 von %2 Anfragen, %3 von %4 Vorgängen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed targets</source>
        <translation>Fehlgeschlagene Ziele</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../src/gui/licensing/jobspage.cpp" line="+26"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments and revocations sent to Apple, followed until every target is done.</source>
        <translation>An Apple gesendete Zuweisungen und Widerrufe, verfolgt bis jedes Ziel erledigt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+98"/>
        <source>Failed targets</source>
        <translation>Fehlgeschlagene Ziele</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Requests to Apple</source>
        <translation>Anfragen an Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select a job to see its requests and failed targets.</source>
        <translation>Wähle einen Auftrag aus, um seine Anfragen und fehlgeschlagenen Ziele zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No license job yet.</source>
        <translation>Noch kein Lizenzauftrag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed targets (%1)</source>
        <translation>Fehlgeschlagene Ziele (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Job %1: %2 on %3, %4. %n failed target(s).</source>
        <translation>
            <numerusform>Auftrag %1: %2 für %3, %4. %n fehlgeschlagenes Ziel.</numerusform>
            <numerusform>Auftrag %1: %2 für %3, %4. %n fehlgeschlagene Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select a job.</source>
        <translation>Wähle einen Auftrag aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job is still running.</source>
        <translation>Der Auftrag läuft noch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job has no failed targets.</source>
        <translation>Der Auftrag hat keine fehlgeschlagenen Ziele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new job with the failed targets of this one.</source>
        <translation>Einen neuen Auftrag mit den fehlgeschlagenen Zielen dieses Auftrags starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending and following this job. Requests Apple already accepted still run.</source>
        <translation>Senden und Verfolgen dieses Auftrags beenden. Anfragen, die Apple bereits angenommen hat, laufen weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a running job can be cancelled.</source>
        <translation>Nur ein laufender Auftrag kann abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting a retry of job %1…</source>
        <translation>Wiederholung von Auftrag %1 wird gestartet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 retries the failed targets of job %2.</source>
        <translation>Auftrag %1 wiederholt die fehlgeschlagenen Ziele von Auftrag %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 cancelled.</source>
        <translation>Auftrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">Auftrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Aktion</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="vanished">Ziele</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
</context>
<context>
    <name>LicenseOperationDialog</name>
    <message>
        <location filename="../src/gui/licensing/licenseoperationdialog.cpp" line="+83"/>
        <source>Assign licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign licenses</source>
        <translation>Lizenzzuweisung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke every revocable license</source>
        <translation>Alle widerrufbaren Lizenzen widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps and books</source>
        <translation>Apps und Bücher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name or Adam ID</source>
        <translation>Nach Name oder Adam-ID suchen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send beyond the available count (&amp;oversubscribe)</source>
        <translation>Über die verfügbare Anzahl hinaus senden (&amp;Überbuchen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets beyond the available licenses are sent as well: Apple refuses them (9709) unless more licenses are bought before the job runs.</source>
        <translation>Ziele über die verfügbaren Lizenzen hinaus werden ebenfalls gesendet: Apple lehnt sie ab (9709), sofern nicht vor dem Ausführen des Auftrags weitere Lizenzen gekauft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Force: the token is managed by another MDM</source>
        <translation>Er&amp;zwingen: Das Token wird von einem anderen MDM verwaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses change behind the other MDM&apos;s back: it will not know about them and may undo them. Use this only during a migration.</source>
        <translation>Lizenzen werden ohne Wissen des anderen MDM geändert: Es erfährt nichts davon und macht die Änderungen womöglich rückgängig. Nur während einer Migration verwenden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review the operation to see what it will do. Nothing is sent until you run it.</source>
        <translation>Prüfe den Vorgang, um zu sehen, was er bewirkt. Es wird nichts gesendet, bevor du ihn ausführst.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location line="+103"/>
        <source>%n asset(s) chosen</source>
        <translation>
            <numerusform>%n Objekt ausgewählt</numerusform>
            <numerusform>%n Objekte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No token yet: add a location first.</source>
        <translation>Noch kein Token: Füge zuerst einen Standort hinzu.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Assign Licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassign Licenses</source>
        <translation>Lizenzzuweisung aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke Licenses</source>
        <translation>Lizenzen widerrufen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Something changed: review the operation again before running it.</source>
        <translation>Etwas hat sich geändert: Prüfe den Vorgang erneut, bevor du ihn ausführst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a token.</source>
        <translation>Wähle ein Token aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one app or book.</source>
        <translation>Wähle mindestens eine App oder ein Buch aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one user, device or group.</source>
        <translation>Gib mindestens einen Benutzer, ein Gerät oder eine Gruppe an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was planned.</source>
        <translation>Es wurde nichts geplant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the job…</source>
        <translation>Auftrag wird gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the operation first.</source>
        <translation>Prüfe zuerst den Vorgang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to send: every target is skipped or left out.</source>
        <translation>Nichts zu senden: Jedes Ziel wird übersprungen oder weggelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run now: %1</source>
        <translation>Ausführen derzeit nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Started as job %1. It goes on when this dialog is closed; follow it on the Jobs page.</source>
        <translation>Als Auftrag %1 gestartet. Er läuft weiter, wenn dieses Fenster geschlossen wird; verfolge ihn auf der Seite „Aufträge“.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Job %1: sending %n request(s) to Apple…</source>
        <translation>
            <numerusform>Auftrag %1: %n Anfrage wird an Apple gesendet…</numerusform>
            <numerusform>Auftrag %1: %n Anfragen werden an Apple gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Job %1: %2 of %3 requests done, %4 of %5 tasks completed.</source>
        <translation>Auftrag %1: %2 von %3 Anfragen erledigt, %4 von %5 Vorgängen abgeschlossen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 is done: every target got what was asked.</source>
        <translation>Auftrag %1 ist erledigt: Jedes Ziel hat erhalten, was angefordert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 finished with failures: the Jobs page lists the targets and retries them.</source>
        <translation>Auftrag %1 wurde mit Fehlern abgeschlossen: Die Seite „Aufträge“ listet die Ziele auf und wiederholt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 failed: the Jobs page shows Apple&apos;s answers.</source>
        <translation>Auftrag %1 ist fehlgeschlagen: Die Seite „Aufträge“ zeigt die Antworten von Apple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 was cancelled.</source>
        <translation>Auftrag %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended: %2.</source>
        <translation>Auftrag %1 beendet: %2.</translation>
    </message>
</context>
<context>
    <name>LicensePlanSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="+5"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 is free (unlimited): %n new license(s).</source>
        <translation>
            <numerusform>%1 ist kostenlos (unbegrenzt): %n neue Lizenz.</numerusform>
            <numerusform>%1 ist kostenlos (unbegrenzt): %n neue Lizenzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2, %3 available: everything is sent as asked (oversubscribe), Apple will refuse %4 (9709) unless more licenses are bought first.</source>
        <translation>%1 benötigt %2, %3 verfügbar: Alles wird wie angefordert gesendet (Überbuchen), Apple lehnt %4 ab (9709), sofern nicht vorher weitere Lizenzen gekauft werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs %2, %3 available: %4 will not be licensed.</source>
        <translation>%1 benötigt %2, %3 verfügbar: %4 erhalten keine Lizenz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs %2, %3 available.</source>
        <translation>%1 benötigt %2, %3 verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Books go to users only: %n device(s) left out.</source>
        <translation>
            <numerusform>Bücher gehen nur an Benutzer: %n Gerät weggelassen.</numerusform>
            <numerusform>Bücher gehen nur an Benutzer: %n Geräte weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n device(s) left out: the developer allows user licenses only.</source>
        <translation>
            <numerusform>%n Gerät weggelassen: Der Entwickler erlaubt nur Benutzerlizenzen.</numerusform>
            <numerusform>%n Geräte weggelassen: Der Entwickler erlaubt nur Benutzerlizenzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left out: not in the token&apos;s Distribution groups.</source>
        <translation>%1 weggelassen: nicht in den Verteilungsgruppen des Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 keep their license: it cannot be taken back.</source>
        <translation>%1 behalten ihre Lizenz: Sie kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already hold the license: skipped.</source>
        <translation>%1 haben die Lizenz bereits: übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hold no such license: skipped.</source>
        <translation>%1 haben keine solche Lizenz: übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) not registered as VPP users: sent, but Apple will refuse them (9609).</source>
        <translation>
            <numerusform>%n Benutzer nicht als VPP-Benutzer registriert: gesendet, aber Apple lehnt ihn ab (9609).</numerusform>
            <numerusform>%n Benutzer nicht als VPP-Benutzer registriert: gesendet, aber Apple lehnt sie ab (9609).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) already registered: Apple will refuse them (9716).</source>
        <translation>
            <numerusform>%n Benutzer bereits registriert: Apple lehnt ihn ab (9716).</numerusform>
            <numerusform>%n Benutzer bereits registriert: Apple lehnt sie ab (9716).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n revocable license(s) known in the inventory will be removed.</source>
        <translation>
            <numerusform>%n im Inventar bekannte widerrufbare Lizenz wird entfernt.</numerusform>
            <numerusform>%n im Inventar bekannte widerrufbare Lizenzen werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books stay with their users: book licenses cannot be revoked.</source>
        <translation>Bücher bleiben bei ihren Benutzern: Buchlizenzen können nicht widerrufen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing will be sent to Apple.</source>
        <translation>Es wird nichts an Apple gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) to Apple, </source>
        <translation>
            <numerusform>%n Anfrage an Apple, </numerusform>
            <numerusform>%n Anfragen an Apple, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) in all.</source>
        <translation>
            <numerusform>insgesamt %n Vorgang.</numerusform>
            <numerusform>insgesamt %n Vorgänge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <location filename="../src/gui/assets/licensetablemodel.cpp" line="+50"/>
        <location line="+6"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder kind</source>
        <translation>Inhaberart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>Preisstufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (Adam ID %2)</source>
        <translation>%1 (Adam-ID %2)</translation>
    </message>
</context>
<context>
    <name>LicenseTargetsWidget</name>
    <message>
        <location filename="../src/gui/licensing/licensetargetswidget.cpp" line="+18"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clientUserIds, separated by commas</source>
        <translation>clientUserIds, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serial numbers, separated by commas</source>
        <translation>Seriennummern, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Paste a list: one per line or separated by commas</source>
        <translation>Eine Liste einfügen: eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>u&amp;sers</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de&amp;vices</source>
        <translation>G&amp;eräte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These are:</source>
        <translation>Das sind:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Users:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices:</source>
        <translation>Ge&amp;räte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pasted list:</source>
        <translation>Eingefügte &amp;Liste:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No groups yet: import one on the Devices &amp; Groups page.</source>
        <translation>Noch keine Gruppen: Importiere eine auf der Seite „Geräte &amp; Gruppen“.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1, and the members of group &quot;%2&quot;</source>
        <translation>%1 und die Mitglieder der Gruppe „%2“</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../src/gui/assets/licensespage.cpp" line="+18"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every license assignment, to a user or to a device, on every location.</source>
        <translation>Jede Lizenzzuweisung an einen Benutzer oder ein Gerät, an jedem Standort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+111"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Users and devices</source>
        <translation>Benutzer und Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client user ID or serial number starts with…</source>
        <translation>Client-Benutzer-ID oder Seriennummer beginnt mit…</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln Lizenz</numerusform>
            <numerusform>%Ln Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation type="vanished">
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="vanished">Objekt</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="vanished">Zugewiesen an</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="vanished">Zieltyp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="vanished">Zugewiesen am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../src/gui/locations/locationspage.cpp" line="+21"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content tokens, one per location: their health, expiry and last sync.</source>
        <translation>Inhaltstoken, eines pro Standort: Zustand, Ablauf und letzte Synchronisierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Token…</source>
        <translation>Token &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update…</source>
        <translation>A&amp;ktualisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync a&amp;ll</source>
        <translation>&amp;Alle synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take Over Management…</source>
        <translation>&amp;Verwaltung übernehmen…</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+39"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+29"/>
        <source>Select a token first.</source>
        <translation>Wähle zuerst ein Token aus.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Add the content token (.vpptoken) of a location.</source>
        <translation>Das Inhaltstoken (.vpptoken) eines Standorts hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the selected token with a new file of the same location.</source>
        <translation>Das ausgewählte Token mit einer neuen Datei desselben Standorts erneuern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name and settings of the selected token.</source>
        <translation>Den Namen und die Einstellungen des ausgewählten Tokens ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected token and the local inventory of its location.</source>
        <translation>Das ausgewählte Token und das lokale Inventar seines Standorts entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the selected token with Apple now.</source>
        <translation>Das ausgewählte Token jetzt mit Apple synchronisieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every token with Apple now.</source>
        <translation>Alle Token jetzt mit Apple synchronisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no token to sync.</source>
        <translation>Es gibt kein Token zum Synchronisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the selected token&apos;s sync, or every sync when the selected token is not syncing.</source>
        <translation>Die Synchronisierung des ausgewählten Tokens abbrechen, oder alle Synchronisierungen, wenn das ausgewählte Token nicht synchronisiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sync is running.</source>
        <translation>Es läuft keine Synchronisierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this console the manager of the selected location at Apple.</source>
        <translation>Diese Konsole bei Apple zur Verwaltung des ausgewählten Standorts machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This console already manages the location.</source>
        <translation>Diese Konsole verwaltet den Standort bereits.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove the token “%1”?

The local inventory of %2 (apps and books, licenses, users, sync history and jobs) is deleted from this computer, and the token&apos;s secret from the keychain. Apple keeps the location&apos;s licenses and assignments: add the token again to see them.</source>
        <translation>Token „%1“ entfernen?

Das lokale Inventar von %2 (Apps und Bücher, Lizenzen, Benutzer, Synchronisierungsverlauf und Aufträge) wird von diesem Computer gelöscht und das Geheimnis des Tokens aus dem Schlüsselbund. Apple behält die Lizenzen und Zuweisungen des Standorts: Füge das Token erneut hinzu, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this location</source>
        <translation>diesem Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was removed with the local inventory of %2.</source>
        <translation>„%1“ wurde mit dem lokalen Inventar von %2 entfernt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No management tool has claimed %1 at Apple yet.</source>
        <translation>Bei Apple hat noch kein Verwaltungstool %1 beansprucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed tool</source>
        <translation>ein unbenanntes Tool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple says %1 is managed by “%2” (id %3).</source>
        <translation>Laut Apple wird %1 von „%2“ (ID %3) verwaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple says %1 is managed by “%2” (id %3, %4).</source>
        <translation>Laut Apple wird %1 von „%2“ (ID %3, %4) verwaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking over writes this console&apos;s identity, “%1” (%2, id %3), to Apple. The other tool is not told: if it still manages %4, the two will undo each other&apos;s work. Take over management of %4?</source>
        <translation>Beim Übernehmen wird die Identität dieser Konsole, „%1“ (%2, ID %3), an Apple übermittelt. Das andere Tool wird nicht benachrichtigt: Wenn es %4 noch verwaltet, machen beide gegenseitig ihre Arbeit rückgängig. Verwaltung von %4 übernehmen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over Management</source>
        <translation>Verwaltung übernehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This console now manages %1.</source>
        <translation>Diese Konsole verwaltet jetzt %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Grund</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="vanished">Läuft ab</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Land</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="vanished">Letzte Synchronisierung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+48"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About VPP Desk</source>
        <translation>Ü&amp;ber VPP Desk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+133"/>
        <source>Find a user, email or serial number…</source>
        <translation>Benutzer, E-Mail-Adresse oder Seriennummer suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sync All Locations</source>
        <translation>Alle Standorte &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse the stored inventory without contacting Apple</source>
        <translation>Das gespeicherte Inventar durchsuchen, ohne Apple zu kontaktieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign Licenses…</source>
        <translation>Lizenzen &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unassign Licenses…</source>
        <translation>Lizenzzuweisung &amp;aufheben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke All Licenses of…</source>
        <translation>Alle Lizenzen &amp;widerrufen von…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sync of %1: %2</source>
        <translation>Synchronisierung von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Job %1 ended: %2</source>
        <translation>Auftrag %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Syncing %1: %2 (%3 of %4 pages)</source>
        <translation>Synchronisierung von %1: %2 (%3 von %4 Seiten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>Synchronisierung von %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n job(s) running: %1 of %2 done</source>
        <translation>
            <numerusform>%n Auftrag läuft: %1 von %2 erledigt</numerusform>
            <numerusform>%n Aufträge laufen: %1 von %2 erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync queued…</source>
        <translation>Synchronisierung in Warteschlange…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VPP Desk — Demo</source>
        <translation>VPP Desk — Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VPP Desk</source>
        <translation>VPP Desk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About VPP Desk</source>
        <translation>Über VPP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;VPP Desk %1&lt;/h3&gt;&lt;p&gt;An admin console for Apple&apos;s Apps and Books licensing (VPP): content tokens, apps and books, licenses, users and devices, across every location.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPP Desk %1&lt;/h3&gt;&lt;p&gt;Eine Verwaltungskonsole für die Apps-und-Bücher-Lizenzen von Apple (VPP): Inhaltstoken, Apps und Bücher, Lizenzen, Benutzer und Geräte, über alle Standorte hinweg.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanNotesModel</name>
    <message>
        <location filename="../src/gui/licensing/plannotesmodel.cpp" line="+23"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, with a warning</source>
        <translation>Gesendet, mit Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will not be licensed</source>
        <translation>Erhält keine Lizenz</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/gui/app/preferencesdialog.cpp" line="+28"/>
        <source>Sync each location on its own interval</source>
        <translation>Jeden Standort in seinem eigenen Intervall synchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An app or book is low on licenses when fewer than this share of its licenses is available. An asset&apos;s own threshold (Apps &amp; Books &gt; Set Threshold) wins.</source>
        <translation>Eine App oder ein Buch hat wenige Lizenzen, wenn weniger als dieser Anteil der Lizenzen verfügbar ist. Der eigene Schwellenwert eines Objekts (Apps &amp; Bücher &gt; Schwellenwert festlegen) hat Vorrang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often a running job asks Apple for its status. Apple asks for 30 seconds.</source>
        <translation>Wie oft ein laufender Auftrag Apple nach seinem Status fragt. Apple verlangt 30 Sekunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo keeps its inventory in a temporary file; this setting applies to normal starts.</source>
        <translation>Die Demo speichert ihr Inventar in einer temporären Datei; diese Einstellung gilt für normale Starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new location is used from the next start (an empty file is created if none is there).</source>
        <translation>Ein neuer Speicherort wird ab dem nächsten Start verwendet (eine leere Datei wird erstellt, falls keine vorhanden ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Low-license threshold:</source>
        <translation>Schwellenwert für &amp;wenige Lizenzen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation>Synchronisierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job status interval:</source>
        <translation>Statusabfrage&amp;intervall für Aufträge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory &amp;database:</source>
        <translation>Inventardaten&amp;bank:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Inventory Database</source>
        <translation>Inventardatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/main.cpp" line="+79"/>
        <location line="+29"/>
        <source>VPP Desk Demo</source>
        <translation>VPP Desk Demo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>VPP Desk</source>
        <translation>VPP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory database could not be opened.

%1</source>
        <translation>Die Inventardatenbank konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>RegisterUsersDialog</name>
    <message>
        <location filename="../src/gui/people/registerusersdialog.cpp" line="+25"/>
        <source>Register Users</source>
        <translation>Benutzer registrieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One user per line: clientUserId, e-mail (optional), Managed Apple Account (optional)
emp-1042,ada.lovelace@example.com</source>
        <translation>Ein Benutzer pro Zeile: clientUserId, E-Mail (optional), Verwalteter Apple Account (optional)
emp-1042,ada.lovelace@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load CSV…</source>
        <translation>CSV &amp;laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the list and show what would be sent to Apple; nothing is sent.</source>
        <translation>Die Liste prüfen und zeigen, was an Apple gesendet würde; es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run a dry run to see what will be sent.</source>
        <translation>Starte einen Probelauf, um zu sehen, was gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run:</source>
        <translation>Probelauf:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load Users</source>
        <translation>Benutzer laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a token first: users are registered on a token.</source>
        <translation>Füge zuerst ein Token hinzu: Benutzer werden bei einem Token registriert.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s) of the list are invalid; fix them first.</source>
        <translation>
            <numerusform>%n Zeile der Liste ist ungültig; korrigiere sie zuerst.</numerusform>
            <numerusform>%n Zeilen der Liste sind ungültig; korrigiere sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least one clientUserId, or load a CSV file.</source>
        <translation>Gib mindestens eine clientUserId ein oder lade eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Run a dry run first.</source>
        <translation>Starte zuerst einen Probelauf.</translation>
    </message>
</context>
<context>
    <name>RetireUsersDialog</name>
    <message>
        <location filename="../src/gui/people/retireusersdialog.cpp" line="+19"/>
        <source>Retire Users</source>
        <translation>Benutzer außer Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Retire</source>
        <translation>&amp;Außer Betrieb nehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n user(s) will be retired: they lose their licenses that can be revoked, and need a new invitation to come back.</source>
        <translation>
            <numerusform>%n Benutzer wird außer Betrieb genommen: Er verliert seine widerrufbaren Lizenzen und braucht eine neue Einladung, um zurückzukehren.</numerusform>
            <numerusform>%n Benutzer werden außer Betrieb genommen: Sie verlieren ihre widerrufbaren Lizenzen und brauchen eine neue Einladung, um zurückzukehren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected user(s) are retired already and left out.</source>
        <translation>
            <numerusform>%n ausgewählter Benutzer ist bereits außer Betrieb und wird weggelassen.</numerusform>
            <numerusform>%n ausgewählte Benutzer sind bereits außer Betrieb und werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every selected user is retired already.</source>
        <translation>Alle ausgewählten Benutzer sind bereits außer Betrieb.</translation>
    </message>
</context>
<context>
    <name>SyncChangeModel</name>
    <message>
        <location filename="../src/gui/records/syncchangemodel.cpp" line="+20"/>
        <source>License assigned</source>
        <translation>Lizenz zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License removed</source>
        <translation>Lizenz entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset added</source>
        <translation>Objekt hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset removed</source>
        <translation>Objekt entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts changed</source>
        <translation>Anzahl geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>SyncRunModel</name>
    <message>
        <location filename="../src/gui/records/syncrunmodel.cpp" line="+36"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>- Removed</source>
        <translation>- Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New assets</source>
        <translation>Neue Objekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts changed</source>
        <translation>Anzahl geändert</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../src/gui/app/syncworker.cpp" line="+32"/>
        <source>Another sync is still running.</source>
        <translation>Eine andere Synchronisierung läuft noch.</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../src/gui/assets/thresholddialog.cpp" line="+16"/>
        <source>Low-License Threshold</source>
        <translation>Schwellenwert für wenige Lizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &lt;b&gt;%1&lt;/b&gt; as low on licenses when fewer than this share of its licenses is available.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit wenigen Lizenzen kennzeichnen, wenn weniger als dieser Anteil seiner Lizenzen verfügbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use the global threshold (%1 %)</source>
        <translation>&amp;Globalen Schwellenwert verwenden (%1 %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwellenwert:</translation>
    </message>
</context>
<context>
    <name>TokenAssignmentTab</name>
    <message>
        <location filename="../src/gui/locations/tokenassignmenttab.cpp" line="+27"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandatory (users cannot remove the app)</source>
        <translation>Ver&amp;pflichtend (Benutzer können die App nicht entfernen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically &amp;install updates</source>
        <translation>Updates automatisch &amp;installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prevent backup of app data</source>
        <translation>Backup von App-&amp;Daten verhindern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;roaming</source>
        <translation>Daten-&amp;Roaming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cellular data</source>
        <translation>&amp;Mobile Daten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment type</source>
        <translation>Zuweisungsart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One license per device (serial number). No Apple Account is needed and the user is not asked anything.</source>
        <translation>Eine Lizenz pro Gerät (Seriennummer). Es ist kein Apple Account nötig, und der Benutzer wird nichts gefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One license per user, whatever the number of their devices. The user needs an Apple Account and must accept an invitation first.</source>
        <translation>Eine Lizenz pro Benutzer, unabhängig von der Anzahl seiner Geräte. Der Benutzer benötigt einen Apple Account und muss zuerst eine Einladung annehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default app settings</source>
        <translation>Standardeinstellungen für Apps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;VPN profile:</source>
        <translation>VPN-Pro&amp;fil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single &amp;Sign-On profile:</source>
        <translation>Single-Sign-&amp;On-Profil:</translation>
    </message>
</context>
<context>
    <name>TokenDetailTab</name>
    <message>
        <location filename="../src/gui/locations/tokendetailtab.cpp" line="+43"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add apps &amp;automatically</source>
        <translation>Apps &amp;automatisch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically update a&amp;pps</source>
        <translation>A&amp;pps automatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the location&apos;s city</source>
        <translation>z. B. die Stadt des Standorts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .vpptoken file downloaded from Apple Business Manager</source>
        <translation>Die aus Apple Business Manager geladene .vpptoken-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or paste the file&apos;s contents here</source>
        <translation>Oder den Inhalt der Datei hier einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New purchases of this location appear in the console without being added one by one.</source>
        <translation>Neue Käufe dieses Standorts erscheinen in der Konsole, ohne einzeln hinzugefügt zu werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices install new versions of this location&apos;s apps on their own.</source>
        <translation>Geräte installieren neue Versionen der Apps dieses Standorts selbstständig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual only</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between automatic syncs of this token; 0 syncs only when asked.</source>
        <translation>Sekunden zwischen automatischen Synchronisierungen dieses Tokens; bei 0 wird nur auf Anforderung synchronisiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token &amp;name:</source>
        <translation>Token&amp;name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token &amp;file:</source>
        <translation>Token&amp;datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents:</source>
        <translation>Inha&amp;lt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;interval:</source>
        <translation>Synchronisierungs&amp;intervall:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choose a Content Token</source>
        <translation>Inhaltstoken auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content tokens (*.vpptoken);;All files (*)</source>
        <translation>Inhaltstoken (*.vpptoken);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../src/gui/locations/tokendialog.cpp" line="+41"/>
        <source>Add Token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Token “%1”</source>
        <translation>Token „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update Token “%1”</source>
        <translation>Token „%1“ aktualisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token &amp;Detail</source>
        <translation>Token-De&amp;tails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dist&amp;ribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment &amp;type</source>
        <translation>&amp;Zuweisungsart</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>&amp;Save</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&amp;Replace Anyway…</source>
        <translation>Trotzdem &amp;ersetzen…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Asking Apple…</source>
        <translation>Apple wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a name for the token, such as the location&apos;s city.</source>
        <translation>Gib einen Namen für das Token ein, etwa die Stadt des Standorts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token named “%1” already exists. Choose another name.</source>
        <translation>Ein Token namens „%1“ existiert bereits. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the token&apos;s .vpptoken file with Browse…, or paste its contents.</source>
        <translation>Wähle die .vpptoken-Datei des Tokens mit „Durchsuchen…“ aus oder füge ihren Inhalt ein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Asking Apple to check the token…</source>
        <translation>Apple wird gebeten, das Token zu prüfen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The token was added, but its settings could not be saved: %1</source>
        <translation>Das Token wurde hinzugefügt, aber seine Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” added for %2 (%3), expires on %4. The first sync has started.</source>
        <translation>„%1“ für %2 (%3) hinzugefügt, läuft am %4 ab. Die erste Synchronisierung wurde gestartet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking Apple which location the new file is for…</source>
        <translation>Apple wird gefragt, für welchen Standort die neue Datei ist…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Apple to check the new file…</source>
        <translation>Apple wird gebeten, die neue Datei zu prüfen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The new file is in place, but the settings could not be saved: %1</source>
        <translation>Die neue Datei ist eingesetzt, aber die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” now manages %2 (it managed %3); it expires on %4.</source>
        <translation>„%1“ verwaltet jetzt %2 (vorher %3); es läuft am %4 ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” renewed: it now expires on %2 (it expired on %3).</source>
        <translation>„%1“ erneuert: Es läuft jetzt am %2 ab (bisher am %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings of “%1” were saved.</source>
        <translation>Die Einstellungen von „%1“ wurden gesichert.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This token is for %1, not %2. Nothing was changed: download the token of %2 from Apple Business Manager, or replace anyway to make “%3” manage %1.</source>
        <translation>Dieses Token ist für %1, nicht für %2. Es wurde nichts geändert: Lade das Token von %2 aus Apple Business Manager, oder ersetze trotzdem, damit „%3“ %1 verwaltet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” manages %2. Replacing its file with the token of another location makes it manage that location instead: the next sync replaces the local inventory of %2 with the other location&apos;s. Replace anyway?</source>
        <translation>„%1“ verwaltet %2. Wird seine Datei durch das Token eines anderen Standorts ersetzt, verwaltet es stattdessen diesen Standort: Die nächste Synchronisierung ersetzt das lokale Inventar von %2 durch das des anderen Standorts. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with Another Location</source>
        <translation>Durch anderen Standort ersetzen</translation>
    </message>
</context>
<context>
    <name>TokenDistributionTab</name>
    <message>
        <location filename="../src/gui/locations/tokendistributiontab.cpp" line="+19"/>
        <source>Choose the groups of users and devices this token serves. No group checked: the token serves everybody.</source>
        <translation>Wähle die Gruppen von Benutzern und Geräten aus, die dieses Token bedient. Keine Gruppe markiert: Das Token bedient alle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users outside these groups get the app without a license, and the license count is not reduced.</source>
        <translation>Benutzer außerhalb dieser Gruppen erhalten die App ohne Lizenz, und die Lizenzanzahl wird nicht verringert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no groups yet. Import them on the Users or Devices page.</source>
        <translation>Es gibt noch keine Gruppen. Importiere sie auf der Seite „Benutzer“ oder „Geräte“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This token serves everybody.</source>
        <translation>Dieses Token bedient alle.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This token serves %n group(s).</source>
        <translation>
            <numerusform>Dieses Token bedient %n Gruppe.</numerusform>
            <numerusform>Dieses Token bedient %n Gruppen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../src/gui/locations/tokentablemodel.cpp" line="+102"/>
        <source>checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apps and books</source>
        <translation>Apps und Bücher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app details</source>
        <translation>App-Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Syncing: %1, page %2 of %3</source>
        <translation>Wird synchronisiert: %1, Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing: %1, page %2</source>
        <translation>Wird synchronisiert: %1, Seite %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing: %1…</source>
        <translation>Wird synchronisiert: %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Expires on %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../src/gui/people/usertablemodel.cpp" line="+52"/>
        <source>Client user ID</source>
        <translation>Client-Benutzer-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managed Apple Account</source>
        <translation>Verwalteter Apple Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered: invited, has not joined yet</source>
        <translation>Registriert: eingeladen, noch nicht beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Associated</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated: joined with an Apple Account</source>
        <translation>Verknüpft: mit einem Apple Account beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired: no longer a VPP user</source>
        <translation>Außer Betrieb: kein VPP-Benutzer mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user is active again: the licenses are counted on the active row.</source>
        <translation>Dieser Benutzer ist wieder aktiv: Die Lizenzen werden in der aktiven Zeile gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An invitation code is on record: the link can be copied.</source>
        <translation>Ein Einladungscode ist gespeichert: Der Link kann kopiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../src/gui/people/userspage.cpp" line="+34"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered VPP users, their invitations and the licenses they hold.</source>
        <translation>Registrierte VPP-Benutzer, ihre Einladungen und die Lizenzen, die sie halten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register Users…</source>
        <translation>Benutzer &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;etire…</source>
        <translation>Außer &amp;Betrieb nehmen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Invitation Link</source>
        <translation>&amp;Einladungslink kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>All tokens</source>
        <translation>Alle Token</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client user ID or e-mail starts with…</source>
        <translation>Client-Benutzer-ID oder E-Mail beginnt mit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Register new VPP users on a token (dry run first).</source>
        <translation>Neue VPP-Benutzer bei einem Token registrieren (zuerst Probelauf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the users to retire.</source>
        <translation>Wähle die Benutzer aus, die außer Betrieb genommen werden sollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the selected users (dry run first).</source>
        <translation>Die ausgewählten Benutzer außer Betrieb nehmen (zuerst Probelauf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invitation link of the selected registered user to the clipboard.</source>
        <translation>Den Einladungslink des ausgewählten registrierten Benutzers in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Registration job %1 started.</source>
        <translation>Registrierungsauftrag %1 gestartet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retire job %1 started.</source>
        <translation>Auftrag %1 zum Außerbetriebnehmen gestartet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2: only a registered user who has not joined yet has an invitation.</source>
        <translation>%1 ist %2: Nur ein registrierter Benutzer, der noch nicht beigetreten ist, hat eine Einladung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation link needs Apple&apos;s service configuration: %1</source>
        <translation>Der Einladungslink benötigt die Dienstkonfiguration von Apple: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting the invitation link…</source>
        <translation>Einladungslink wird abgerufen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The invitation link of %1 is on the clipboard.</source>
        <translation>Der Einladungslink von %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Client user ID</source>
        <translation type="vanished">Client-Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-Mail</translation>
    </message>
    <message>
        <source>Managed Apple Account</source>
        <translation type="vanished">Verwalteter Apple Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="vanished">Lizenzen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Standort</translation>
    </message>
</context>
<context>
    <name>ReclaimPage</name>
    <message>
        <source>Reclaim</source>
        <translation>Rückholen</translation>
    </message>
    <message>
        <source>Licenses that could be taken back: on devices not seen for a while, on retired or unregistered users, outside a location&apos;s Distribution groups. Tick them and review the revoke.</source>
        <translation>Lizenzen, die zurückgeholt werden könnten: auf Geräten, die länger nicht gesehen wurden, bei ausgeschiedenen oder nicht registrierten Benutzern, außerhalb der Verteilungsgruppen eines Standorts. Haken setzen und den Widerruf prüfen.</translation>
    </message>
    <message>
        <source>Review &amp;Revoke…</source>
        <translation>&amp;Widerruf prüfen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Bericht…</translation>
    </message>
</context>
</TS>
