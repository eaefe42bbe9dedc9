<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssetsPage</name>
    <message>
        <location filename="../src/gui/assetspage.cpp" line="+4"/>
        <source>Apps &amp; Books</source>
        <translation>Apps &amp; Bücher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased apps and books with their license counts across all locations.</source>
        <translation>Gekaufte Apps und Bücher mit ihren Lizenzzahlen über alle Standorte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle ID</source>
        <translation>Bundle-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/gui/auditpage.cpp" line="+4"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action taken in VPP Desk, in a tamper-evident log.</source>
        <translation>Jede in VPP Desk ausgeführte Aktion, in einem manipulationssicheren Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
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
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../src/gui/consolestatusbar.cpp" line="+40"/>
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
        <location line="+29"/>
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
    <name>DevicesPage</name>
    <message>
        <location filename="../src/gui/devicespage.cpp" line="+4"/>
        <source>Devices &amp; Groups</source>
        <translation>Geräte &amp; Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices by serial number, and the groups licenses are assigned through.</source>
        <translation>Geräte nach Seriennummer und die Gruppen, über die Lizenzen zugewiesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/gui/historypage.cpp" line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each sync and what it changed since the one before.</source>
        <translation>Jede Synchronisierung und was sie seit der vorherigen geändert hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../src/gui/jobspage.cpp" line="+4"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignments and revocations sent to Apple, followed until every target is done.</source>
        <translation>An Apple gesendete Zuweisungen und Widerrufe, verfolgt bis jedes Ziel erledigt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../src/gui/licensespage.cpp" line="+4"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every license assignment, to a user or to a device, on every location.</source>
        <translation>Jede Lizenzzuweisung an einen Benutzer oder ein Gerät, an jedem Standort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned on</source>
        <translation>Zugewiesen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../src/gui/locationspage.cpp" line="+4"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content tokens, one per location: their health, expiry and last sync.</source>
        <translation>Inhaltstoken, eines pro Standort: Zustand, Ablauf und letzte Synchronisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
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
        <location filename="../src/gui/mainwindow.cpp" line="+100"/>
        <source>Find a user, email or serial number…</source>
        <translation>Benutzer, E-Mail-Adresse oder Seriennummer suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>UsersPage</name>
    <message>
        <location filename="../src/gui/userspage.cpp" line="+4"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered VPP users, their invitations and the licenses they hold.</source>
        <translation>Registrierte VPP-Benutzer, ihre Einladungen und die Lizenzen, die sie halten.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Managed Apple Account</source>
        <translation>Verwalteter Apple Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
</context>
</TS>
