<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssetsPage</name>
    <message>
        <location filename="../src/gui/assetspage.cpp" line="+4"/>
        <source>Apps &amp; Books</source>
        <translation>Apps et livres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased apps and books with their license counts across all locations.</source>
        <translation>Apps et livres achetés, avec leurs nombres de licences sur tous les sites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle ID</source>
        <translation>Identifiant de paquet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
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
        <translation>Chaque action effectuée dans VPP Desk, dans un journal infalsifiable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <location filename="../src/gui/commandlineoptions.cpp" line="+8"/>
        <source>Admin console for Apple&apos;s Apps and Books licensing (VPP).</source>
        <translation>Console d&apos;administration des licences Apps et livres d&apos;Apple (VPP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run against the built-in simulator of Apple&apos;s service.</source>
        <translation>Utiliser le simulateur intégré du service d&apos;Apple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the inventory database stored in &lt;file&gt;.</source>
        <translation>Ouvrir la base d&apos;inventaire enregistrée dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../src/gui/consolestatusbar.cpp" line="+40"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to Apple&apos;s Apps and Books service</source>
        <translation>Connecté au service Apps et livres d&apos;Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: showing the inventory stored on this computer</source>
        <translation>Non connecté : affichage de l&apos;inventaire enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inventory: never synced</source>
        <translation>Inventaire : jamais synchronisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inventory as of %1</source>
        <translation>Inventaire au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last complete sync: %1</source>
        <translation>Dernière synchronisation complète : %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../src/gui/devicespage.cpp" line="+4"/>
        <source>Devices &amp; Groups</source>
        <translation>Appareils et groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices by serial number, and the groups licenses are assigned through.</source>
        <translation>Les appareils par numéro de série, et les groupes par lesquels les licences sont attribuées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/gui/historypage.cpp" line="+4"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each sync and what it changed since the one before.</source>
        <translation>Chaque synchronisation et ce qu&apos;elle a changé depuis la précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../src/gui/jobspage.cpp" line="+4"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignments and revocations sent to Apple, followed until every target is done.</source>
        <translation>Attributions et révocations envoyées à Apple, suivies jusqu&apos;à ce que chaque cible soit traitée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../src/gui/licensespage.cpp" line="+4"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every license assignment, to a user or to a device, on every location.</source>
        <translation>Chaque attribution de licence, à un utilisateur ou à un appareil, sur tous les sites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned on</source>
        <translation>Attribuée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../src/gui/locationspage.cpp" line="+4"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content tokens, one per location: their health, expiry and last sync.</source>
        <translation>Les jetons de contenu, un par site : leur état, leur expiration et leur dernière synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About VPP Desk</source>
        <translation>À &amp;propos de VPP Desk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+100"/>
        <source>Find a user, email or serial number…</source>
        <translation>Rechercher un utilisateur, une adresse e-mail ou un numéro de série…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>VPP Desk — Demo</source>
        <translation>VPP Desk — Démo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VPP Desk</source>
        <translation>VPP Desk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About VPP Desk</source>
        <translation>À propos de VPP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;VPP Desk %1&lt;/h3&gt;&lt;p&gt;An admin console for Apple&apos;s Apps and Books licensing (VPP): content tokens, apps and books, licenses, users and devices, across every location.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPP Desk %1&lt;/h3&gt;&lt;p&gt;Une console d&apos;administration des licences Apps et livres d&apos;Apple (VPP) : jetons de contenu, apps et livres, licences, utilisateurs et appareils, sur tous les sites.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../src/gui/userspage.cpp" line="+4"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered VPP users, their invitations and the licenses they hold.</source>
        <translation>Les utilisateurs VPP enregistrés, leurs invitations et les licences qu&apos;ils détiennent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client user ID</source>
        <translation>ID utilisateur client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managed Apple Account</source>
        <translation>Compte Apple géré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
</context>
</TS>
