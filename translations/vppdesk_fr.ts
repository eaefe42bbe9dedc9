<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssetChecklistModel</name>
    <message>
        <location filename="../src/gui/licensing/assetchecklistmodel.cpp" line="+86"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A book: licenses go to users only.</source>
        <translation>Un livre : les licences vont uniquement aux utilisateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app cannot be assigned to devices.</source>
        <translation>Cette app ne peut pas être attribuée à des appareils.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam ID</source>
        <translation>ID Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Disponibles</translation>
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
        <translation>Illimité · %1 attribuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 total · %2 assigned · %3 available · %4 retired</source>
        <translation>%1 au total · %2 attribuées · %3 disponibles · %4 retirées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low on licenses</source>
        <translation>peu de licences</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search client user IDs</source>
        <translation>Rechercher des ID utilisateur client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search serial numbers</source>
        <translation>Rechercher des numéros de série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token Details</source>
        <translation>Détails du &amp;jeton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Added by the sync of %1</source>
        <translation>Ajouté par la synchronisation du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the inventory at the first sync (%1)</source>
        <translation>Déjà dans l&apos;inventaire lors de la première synchronisation (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found in Apple&apos;s catalog</source>
        <translation>Trouvé dans le catalogue d&apos;Apple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in Apple&apos;s catalog (removed from sale or not public)</source>
        <translation>Introuvable dans le catalogue d&apos;Apple (retiré de la vente ou non public)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not looked up yet</source>
        <translation>Pas encore recherché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it came in:</source>
        <translation>Provenance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata:</source>
        <translation>Métadonnées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam ID:</source>
        <translation>ID Adam :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing:</source>
        <translation>Tarification :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle ID:</source>
        <translation>Identifiant de paquet :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Developer / author:</source>
        <translation>Développeur / auteur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device assignable:</source>
        <translation>Attribuable aux appareils :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocable:</source>
        <translation>Révocable :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms:</source>
        <translation>Plateformes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % (this asset&apos;s own)</source>
        <translation>%1 % (propre à ce contenu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (the global threshold)</source>
        <translation>%1 % (seuil global)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-license threshold:</source>
        <translation>Seuil de licences faibles :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User licenses (%1)</source>
        <translation>Licences &amp;utilisateur (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device licenses (%1)</source>
        <translation>Licences d&apos;a&amp;ppareil (%1)</translation>
    </message>
</context>
<context>
    <name>AssetHolderModel</name>
    <message>
        <location filename="../src/gui/assets/assetholdermodel.cpp" line="+32"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in the user list</source>
        <translation>Absent de la liste des utilisateurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before %1</source>
        <translation>Avant le %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before %1 or not recorded</source>
        <translation>Avant le %1 ou non enregistré</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <location filename="../src/gui/assets/assettablemodel.cpp" line="+71"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not in the catalog yet</source>
        <translation>Pas encore dans le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam ID: %1</source>
        <translation>ID Adam : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle ID: %1</source>
        <translation>Identifiant de paquet : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing: %1</source>
        <translation>Tarification : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlimited: free apps have no license limit.</source>
        <translation>Illimité : les apps gratuites n&apos;ont pas de limite de licences.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 licenses assigned</source>
        <translation>%1 licences attribuées sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low: fewer than %1 % of the licenses are available.</source>
        <translation>Faible : moins de %1 % des licences sont disponibles.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <location filename="../src/gui/assets/assetspage.cpp" line="+27"/>
        <source>Apps &amp; Books</source>
        <translation>Apps et livres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased apps and books with their license counts across all locations.</source>
        <translation>Apps et livres achetés, avec leurs nombres de licences sur tous les sites.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unassign…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Threshold…</source>
        <translation>Définir le &amp;seuil…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search name, Adam ID or bundle ID</source>
        <translation>Rechercher un nom, un ID Adam ou un identifiant de paquet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;pps</source>
        <translation>A&amp;pps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Books</source>
        <translation>&amp;Livres</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+135"/>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>&amp;Low availability</source>
        <translation>Disponibilité &amp;faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In &amp;catalog</source>
        <translation>Dans le &amp;catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only assets whose name and icon were found in Apple&apos;s catalog</source>
        <translation>Uniquement les contenus dont le nom et l&apos;icône ont été trouvés dans le catalogue d&apos;Apple</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The assets could not be read: %1</source>
        <translation>Les contenus n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The threshold could not be saved: %1</source>
        <translation>Le seuil n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln contenu</numerusform>
            <numerusform>%Ln contenus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 of %L2 assets</source>
        <translation>%L1 contenus sur %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln low on licenses</source>
        <translation>
            <numerusform>%Ln à court de licences</numerusform>
            <numerusform>%Ln à court de licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="vanished">
            <numerusform>%n contenu</numerusform>
            <numerusform>%n contenus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation type="vanished">%1 contenus sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n low on licenses</source>
        <translation type="vanished">
            <numerusform>%n à court de licences</numerusform>
            <numerusform>%n à court de licences</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation type="vanished">Identifiant de paquet</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="vanished">Plateformes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Total</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="vanished">Attribuées</translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="vanished">Disponibles</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="vanished">Retirées</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="vanished">Utilisation</translation>
    </message>
</context>
<context>
    <name>AttentionMonitor</name>
    <message>
        <location filename="../src/gui/app/attentionmonitor.cpp" line="+77"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Update Token…</source>
        <translation>Mettre à jour le jeton…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over…</source>
        <translation>Prendre en charge…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Token…</source>
        <translation>Supprimer le jeton…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 of %3 left)</source>
        <translation>%1 (%2 sur %3 restantes)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n app(s) or book(s) running low on licenses: %1.</source>
        <translation>
            <numerusform>%n app ou livre à court de licences : %1.</numerusform>
            <numerusform>%n apps ou livres à court de licences : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo mode: Fjord &amp; Finch Ltd is a simulated organization served on this computer. Nothing reaches Apple, and the demo tokens and inventory are discarded when you quit.</source>
        <translation>Mode démo : Fjord &amp; Finch Ltd est une organisation simulée servie sur cet ordinateur. Rien n&apos;est envoyé à Apple, et les jetons et l&apos;inventaire de démo sont supprimés lorsque vous quittez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working offline: the inventory stored on this computer is shown; syncs and changes to Apple are turned off.</source>
        <translation>Hors ligne : l&apos;inventaire enregistré sur cet ordinateur est affiché ; les synchronisations et les modifications chez Apple sont désactivées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Online</source>
        <translation>Passer en ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../src/gui/records/auditactions.cpp" line="+11"/>
        <source>Token added</source>
        <translation>Jeton ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token renewed</source>
        <translation>Jeton renouvelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token removed</source>
        <translation>Jeton supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location taken over</source>
        <translation>Site pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses assigned</source>
        <translation>Licences attribuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses unassigned</source>
        <translation>Licences retirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenses revoked</source>
        <translation>Licences révoquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users created</source>
        <translation>Utilisateurs créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users updated</source>
        <translation>Utilisateurs mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users retired</source>
        <translation>Utilisateurs mis hors service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job finished</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job cancelled</source>
        <translation>Tâche annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices imported</source>
        <translation>Appareils importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups imported</source>
        <translation>Groupes importés</translation>
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
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Chaque action effectuée dans VPP Desk, dans un journal infalsifiable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every entry&apos;s hash: an entry edited, inserted or removed after it was written is found.</source>
        <translation>Vérifier l&apos;empreinte de chaque entrée : toute entrée modifiée, insérée ou supprimée après son écriture est détectée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search actor, token or details</source>
        <translation>Rechercher un auteur, un jeton ou des détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not verify: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Intact: %Ln entry(s) checked</source>
        <translation>
            <numerusform>Intact : %Ln entrée vérifiée</numerusform>
            <numerusform>Intact : %Ln entrées vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tampered at entry #%1: %2</source>
        <translation>Falsifié à l&apos;entrée n° %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampered: %1</source>
        <translation>Falsifié : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="vanished">Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="vanished">Résultat</translation>
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
    <message>
        <location line="+3"/>
        <source>With --demo: serve a generated organization instead of the sample one, e.g. &quot;assets=2000,users=200000,assignments=1000000,locations=2&quot;.</source>
        <translation>Avec --demo : servir une organisation générée au lieu de l&apos;organisation d&apos;exemple, p. ex. &quot;assets=2000,users=200000,assignments=1000000,locations=2&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>spécification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on a page: locations, assets, licenses, users, devices, jobs, history or audit.</source>
        <translation>Ouvrir sur une page : locations, assets, licenses, users, devices, jobs, history ou audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation>Page inconnue &quot;%1&quot; : utilisez l&apos;une de %2.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../src/gui/app/console.cpp" line="+49"/>
        <source>The console is already open.</source>
        <translation>La console est déjà ouverte.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Working offline: changes to Apple are turned off (File &gt; Work Offline).</source>
        <translation>Hors ligne : les modifications chez Apple sont désactivées (Fichier &gt; Travailler hors ligne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apple&apos;s service cannot be reached: changes are turned off until it can.</source>
        <translation>Le service d&apos;Apple est injoignable : les modifications sont désactivées jusqu&apos;à ce qu&apos;il le redevienne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple&apos;s service cannot be reached (%1): changes are turned off until it can.</source>
        <translation>Le service d&apos;Apple est injoignable (%1) : les modifications sont désactivées jusqu&apos;à ce qu&apos;il le redevienne.</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../src/gui/consolestatusbar.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sync in progress</source>
        <translation>Annuler la synchronisation en cours</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+35"/>
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
    <name>CsvPreviewModel</name>
    <message>
        <location filename="../src/gui/people/csvpreviewmodel.cpp" line="+61"/>
        <source>Column %1 (ignored)</source>
        <translation>Colonne %1 (ignorée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../src/gui/app/demosession.cpp" line="+36"/>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démo : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo is already running.</source>
        <translation>La démo est déjà en cours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organization to generate is not understood: %1</source>
        <translation>L&apos;organisation à générer n&apos;est pas comprise : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo simulator could not listen on 127.0.0.1: %1</source>
        <translation>Le simulateur de démo n&apos;a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The demo token of %1 could not be added: %2</source>
        <translation>Le jeton de démo de %1 n&apos;a pas pu être ajouté : %2</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../src/gui/people/devicetablemodel.cpp" line="+34"/>
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
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Never reported</source>
        <translation>Jamais signalé</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../src/gui/people/devicespage.cpp" line="+39"/>
        <source>Devices &amp; Groups</source>
        <translation>Appareils et groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices by serial number, and the groups licenses are assigned through.</source>
        <translation>Les appareils par numéro de série, et les groupes par lesquels les licences sont attribuées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import devices or groups from a CSV file (no connection to Apple needed).</source>
        <translation>Importer des appareils ou des groupes depuis un fichier CSV (aucune connexion à Apple nécessaire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial, name or owner starts with…</source>
        <translation>Numéro de série, nom ou propriétaire commençant par…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Devices</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+58"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No groups yet: import a groups CSV (group, member, kind).</source>
        <translation>Aucun groupe pour l&apos;instant : importez un CSV de groupes (group, member, kind).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a group to see its members.</source>
        <translation>Sélectionnez un groupe pour voir ses membres.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Distribution group of any token.</source>
        <translation>N&apos;est le groupe de distribution d&apos;aucun jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution group of: %1.</source>
        <translation>Groupe de distribution de : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="vanished">Numéro de série</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Groupe</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="vanished">Licences</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="vanished">Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
</context>
<context>
    <name>GroupMemberModel</name>
    <message>
        <location filename="../src/gui/people/groupmembermodel.cpp" line="+41"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../src/gui/people/grouptablemodel.cpp" line="+49"/>
        <source>Not a Distribution group of any token</source>
        <translation>N&apos;est le groupe de distribution d&apos;aucun jeton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributes for</source>
        <translation>Distribue pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/gui/records/historypage.cpp" line="+23"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each sync and what it changed since the one before.</source>
        <translation>Chaque synchronisation et ce qu&apos;elle a changé depuis la précédente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+107"/>
        <location line="+5"/>
        <source>Select a run to see what it changed.</source>
        <translation>Sélectionnez une exécution pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What the sync of %1 started %2 changed:</source>
        <comment>token, time</comment>
        <translation>Ce qu&apos;a modifié la synchronisation de %1 lancée le %2 :</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln more not kept</source>
        <translation>
            <numerusform>%Ln autre non conservée</numerusform>
            <numerusform>%Ln autres non conservées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync keeps a limited number of change rows (none on a token&apos;s first sync); its counts are always complete.</source>
        <translation>Une synchronisation conserve un nombre limité de lignes de modification (aucune lors de la première synchronisation d&apos;un jeton) ; ses totaux sont toujours complets.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Début</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Genre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Durée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="vanished">Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="vanished">Supprimés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Résultat</translation>
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
        <translation>Haute qualité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Asset</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam ID</source>
        <translation>ID Adam</translation>
    </message>
</context>
<context>
    <name>HoldingsUserModel</name>
    <message>
        <location filename="../src/gui/records/holdingsusermodel.cpp" line="+20"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Associated</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Client user ID</source>
        <translation>ID utilisateur client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed Apple ID</source>
        <translation>Compte Apple géré</translation>
    </message>
</context>
<context>
    <name>HoldingsView</name>
    <message>
        <location filename="../src/gui/records/holdingsview.cpp" line="+25"/>
        <source>Who Holds What</source>
        <translation>Qui détient quoi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Client user ID, e-mail address or serial number</source>
        <translation>ID utilisateur client, adresse e-mail ou numéro de série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Trouver :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+67"/>
        <source>Type a client user ID, an e-mail address or a serial number.</source>
        <translation>Saisissez un ID utilisateur client, une adresse e-mail ou un numéro de série.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Double-click a license to open its asset.</source>
        <translation>Double-cliquez sur une licence pour ouvrir son contenu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found for “%1”: no user, e-mail address or device with licenses on any token.</source>
        <translation>Aucun résultat pour « %1 » : aucun utilisateur, aucune adresse e-mail ni aucun appareil avec des licences sur un jeton.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln licence</numerusform>
            <numerusform>%Ln licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>on %Ln token(s)</source>
        <translation>
            <numerusform>sur %Ln jeton</numerusform>
            <numerusform>sur %Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds no license.</source>
        <translation>« %1 » ne détient aucune licence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” holds %2 %3.</source>
        <comment>query, licenses, tokens</comment>
        <translation>« %1 » détient %2 %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Matching users: %Ln</source>
        <translation>
            <numerusform>Utilisateurs correspondants : %Ln</numerusform>
            <numerusform>Utilisateurs correspondants : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Licenses: %Ln</source>
        <translation>
            <numerusform>Licences : %Ln</numerusform>
            <numerusform>Licences : %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../src/gui/people/importcsvdialog.cpp" line="+37"/>
        <location line="+96"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Devices (serial, name, owner, last seen)</source>
        <translation>&amp;Appareils (serial, name, owner, last seen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Groups (group, member, kind)</source>
        <translation>&amp;Groupes (group, member, kind)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file exported from your MDM or HR system</source>
        <translation>Un fichier CSV exporté de votre MDM ou de votre SIRH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Skip bad rows</source>
        <translation>Ig&amp;norer les lignes incorrectes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the valid rows and leave the bad ones out.</source>
        <translation>Importer les lignes valides et laisser de côté les lignes incorrectes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import:</source>
        <translation>Importer :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns from the header row: %1</source>
        <translation>Colonnes de la ligne d&apos;en-tête : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No header row; columns taken in the usual order: %1</source>
        <translation>Pas de ligne d&apos;en-tête ; colonnes prises dans l&apos;ordre habituel : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s), all valid.</source>
        <translation>
            <numerusform>%n ligne, toutes valides.</numerusform>
            <numerusform>%n lignes, toutes valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n ligne : </numerusform>
            <numerusform>%n lignes : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s).</source>
        <translation>
            <numerusform>%n ligne incorrecte.</numerusform>
            <numerusform>%n lignes incorrectes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported %n device(s).</source>
        <translation>
            <numerusform>%n appareil importé.</numerusform>
            <numerusform>%n appareils importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n membership(s)</source>
        <translation>
            <numerusform>%n appartenance importée</numerusform>
            <numerusform>%n appartenances importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n group(s).</source>
        <translation>
            <numerusform>dans %n groupe.</numerusform>
            <numerusform>dans %n groupes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne incorrecte ignorée.</numerusform>
            <numerusform>%n lignes incorrectes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the bad rows, or check &quot;Skip bad rows&quot;.</source>
        <translation>Corrigez les lignes incorrectes ou cochez « Ignorer les lignes incorrectes ».</translation>
    </message>
</context>
<context>
    <name>JobBatchesModel</name>
    <message>
        <location filename="../src/gui/licensing/jobbatchesmodel.cpp" line="+12"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At Apple, pending</source>
        <translation>Chez Apple, en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done with failures</source>
        <translation>Terminée avec des échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>Non acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apple event</source>
        <translation>Événement Apple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks done</source>
        <translation>Opérations terminées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <location filename="../src/gui/app/jobcontroller.cpp" line="+58"/>
        <location line="+13"/>
        <source>Job %1 does not exist.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The token of this job no longer exists.</source>
        <translation>Le jeton de cette tâche n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>JobFailuresModel</name>
    <message>
        <location filename="../src/gui/licensing/jobfailuresmodel.cpp" line="+24"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apple error</source>
        <translation>Erreur Apple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../src/gui/licensing/jobtablemodel.cpp" line="+87"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register users</source>
        <translation>Enregistrer des utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update users</source>
        <translation>Mettre à jour des utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire users</source>
        <translation>Mettre des utilisateurs hors service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Partiellement échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 requests, %3 of %4 tasks</source>
        <translation>%1 requêtes sur %2, %3 opérations sur %4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed targets</source>
        <translation>Cibles en échec</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../src/gui/licensing/jobspage.cpp" line="+26"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments and revocations sent to Apple, followed until every target is done.</source>
        <translation>Attributions et révocations envoyées à Apple, suivies jusqu&apos;à ce que chaque cible soit traitée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry &amp;failed</source>
        <translation>Réessayer les &amp;échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+98"/>
        <source>Failed targets</source>
        <translation>Cibles en échec</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Requests to Apple</source>
        <translation>Requêtes envoyées à Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select a job to see its requests and failed targets.</source>
        <translation>Sélectionnez une tâche pour voir ses requêtes et ses cibles en échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No license job yet.</source>
        <translation>Aucune tâche de licences pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed targets (%1)</source>
        <translation>Cibles en échec (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Job %1: %2 on %3, %4. %n failed target(s).</source>
        <translation>
            <numerusform>Tâche %1 : %2 sur %3, %4. %n cible en échec.</numerusform>
            <numerusform>Tâche %1 : %2 sur %3, %4. %n cibles en échec.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select a job.</source>
        <translation>Sélectionnez une tâche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job is still running.</source>
        <translation>La tâche est toujours en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job has no failed targets.</source>
        <translation>La tâche n&apos;a aucune cible en échec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new job with the failed targets of this one.</source>
        <translation>Lancer une nouvelle tâche avec les cibles en échec de celle-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending and following this job. Requests Apple already accepted still run.</source>
        <translation>Arrêter l&apos;envoi et le suivi de cette tâche. Les requêtes déjà acceptées par Apple se poursuivent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a running job can be cancelled.</source>
        <translation>Seule une tâche en cours peut être annulée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting a retry of job %1…</source>
        <translation>Lancement d&apos;une nouvelle tentative de la tâche %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job %1 retries the failed targets of job %2.</source>
        <translation>La tâche %1 réessaie les cibles en échec de la tâche %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 cancelled.</source>
        <translation>Tâche %1 annulée.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="vanished">Tâche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="vanished">Cibles</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Échouées</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">État</translation>
    </message>
</context>
<context>
    <name>LicenseOperationDialog</name>
    <message>
        <location filename="../src/gui/licensing/licenseoperationdialog.cpp" line="+83"/>
        <source>Assign licenses</source>
        <translation>Attribuer des licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign licenses</source>
        <translation>Retirer des licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke every revocable license</source>
        <translation>Révoquer toutes les licences révocables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps and books</source>
        <translation>Apps et livres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name or Adam ID</source>
        <translation>Rechercher par nom ou ID Adam</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send beyond the available count (&amp;oversubscribe)</source>
        <translation>Envoyer au-delà du nombre disponible (&amp;surallocation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets beyond the available licenses are sent as well: Apple refuses them (9709) unless more licenses are bought before the job runs.</source>
        <translation>Les cibles au-delà des licences disponibles sont aussi envoyées : Apple les refuse (9709), sauf si d&apos;autres licences sont achetées avant l&apos;exécution de la tâche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Force: the token is managed by another MDM</source>
        <translation>&amp;Forcer : le jeton est géré par un autre MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses change behind the other MDM&apos;s back: it will not know about them and may undo them. Use this only during a migration.</source>
        <translation>Les licences changent à l&apos;insu de l&apos;autre MDM : il n&apos;en saura rien et risque de les annuler. N&apos;utilisez cette option que pendant une migration.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review the operation to see what it will do. Nothing is sent until you run it.</source>
        <translation>Vérifiez l&apos;opération pour voir ce qu&apos;elle fera. Rien n&apos;est envoyé tant que vous ne l&apos;exécutez pas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Review</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;un</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location line="+103"/>
        <source>%n asset(s) chosen</source>
        <translation>
            <numerusform>%n contenu choisi</numerusform>
            <numerusform>%n contenus choisis</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No token yet: add a location first.</source>
        <translation>Aucun jeton pour l&apos;instant : ajoutez d&apos;abord un site.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Assign Licenses</source>
        <translation>Attribuer des licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassign Licenses</source>
        <translation>Retirer des licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke Licenses</source>
        <translation>Révoquer des licences</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Something changed: review the operation again before running it.</source>
        <translation>Quelque chose a changé : vérifiez à nouveau l&apos;opération avant de l&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a token.</source>
        <translation>Choisissez un jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one app or book.</source>
        <translation>Choisissez au moins une app ou un livre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one user, device or group.</source>
        <translation>Indiquez au moins un utilisateur, un appareil ou un groupe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was planned.</source>
        <translation>Rien n&apos;a été planifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting the job…</source>
        <translation>Lancement de la tâche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the operation first.</source>
        <translation>Vérifiez d&apos;abord l&apos;opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to send: every target is skipped or left out.</source>
        <translation>Rien à envoyer : chaque cible est ignorée ou écartée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run now: %1</source>
        <translation>Exécution impossible pour le moment : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Lancement…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Started as job %1. It goes on when this dialog is closed; follow it on the Jobs page.</source>
        <translation>Lancée en tant que tâche %1. Elle se poursuit lorsque cette fenêtre est fermée ; suivez-la sur la page Tâches.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Job %1: sending %n request(s) to Apple…</source>
        <translation>
            <numerusform>Tâche %1 : envoi de %n requête à Apple…</numerusform>
            <numerusform>Tâche %1 : envoi de %n requêtes à Apple…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Job %1: %2 of %3 requests done, %4 of %5 tasks completed.</source>
        <translation>Tâche %1 : %2 requêtes traitées sur %3, %4 opérations terminées sur %5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 is done: every target got what was asked.</source>
        <translation>La tâche %1 est terminée : chaque cible a obtenu ce qui était demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 finished with failures: the Jobs page lists the targets and retries them.</source>
        <translation>La tâche %1 s&apos;est terminée avec des échecs : la page Tâches liste les cibles et permet de les réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 failed: the Jobs page shows Apple&apos;s answers.</source>
        <translation>La tâche %1 a échoué : la page Tâches affiche les réponses d&apos;Apple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 was cancelled.</source>
        <translation>La tâche %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 ended: %2.</source>
        <translation>Tâche %1 terminée : %2.</translation>
    </message>
</context>
<context>
    <name>LicensePlanSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/licensing/licenseplansummary.cpp" line="+5"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 is free (unlimited): %n new license(s).</source>
        <translation>
            <numerusform>%1 est gratuit (illimité) : %n nouvelle licence.</numerusform>
            <numerusform>%1 est gratuit (illimité) : %n nouvelles licences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2, %3 available: everything is sent as asked (oversubscribe), Apple will refuse %4 (9709) unless more licenses are bought first.</source>
        <translation>%1 : %2 nécessaires, %3 disponibles : tout est envoyé comme demandé (surallocation), Apple en refusera %4 (9709) sauf si d&apos;autres licences sont achetées avant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs %2, %3 available: %4 will not be licensed.</source>
        <translation>%1 : %2 nécessaires, %3 disponibles : %4 ne recevront pas de licence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs %2, %3 available.</source>
        <translation>%1 : %2 nécessaires, %3 disponibles.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Books go to users only: %n device(s) left out.</source>
        <translation>
            <numerusform>Les livres vont uniquement aux utilisateurs : %n appareil écarté.</numerusform>
            <numerusform>Les livres vont uniquement aux utilisateurs : %n appareils écartés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n device(s) left out: the developer allows user licenses only.</source>
        <translation>
            <numerusform>%n appareil écarté : le développeur n&apos;autorise que les licences utilisateur.</numerusform>
            <numerusform>%n appareils écartés : le développeur n&apos;autorise que les licences utilisateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left out: not in the token&apos;s Distribution groups.</source>
        <translation>%1 écartés : hors des groupes de distribution du jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 keep their license: it cannot be taken back.</source>
        <translation>%1 conservent leur licence : elle ne peut pas être reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already hold the license: skipped.</source>
        <translation>%1 détiennent déjà la licence : ignorés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hold no such license: skipped.</source>
        <translation>%1 ne détiennent pas cette licence : ignorés.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) not registered as VPP users: sent, but Apple will refuse them (9609).</source>
        <translation>
            <numerusform>%n utilisateur non enregistré comme utilisateur VPP : envoyé, mais Apple le refusera (9609).</numerusform>
            <numerusform>%n utilisateurs non enregistrés comme utilisateurs VPP : envoyés, mais Apple les refusera (9609).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) already registered: Apple will refuse them (9716).</source>
        <translation>
            <numerusform>%n utilisateur déjà enregistré : Apple le refusera (9716).</numerusform>
            <numerusform>%n utilisateurs déjà enregistrés : Apple les refusera (9716).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n revocable license(s) known in the inventory will be removed.</source>
        <translation>
            <numerusform>%n licence révocable connue dans l&apos;inventaire sera supprimée.</numerusform>
            <numerusform>%n licences révocables connues dans l&apos;inventaire seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books stay with their users: book licenses cannot be revoked.</source>
        <translation>Les livres restent à leurs utilisateurs : les licences de livres ne peuvent pas être révoquées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing will be sent to Apple.</source>
        <translation>Rien ne sera envoyé à Apple.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) to Apple, </source>
        <translation>
            <numerusform>%n requête à Apple, </numerusform>
            <numerusform>%n requêtes à Apple, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) in all.</source>
        <translation>
            <numerusform>%n opération en tout.</numerusform>
            <numerusform>%n opérations en tout.</numerusform>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder kind</source>
        <translation>Type de détenteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (Adam ID %2)</source>
        <translation>%1 (ID Adam %2)</translation>
    </message>
</context>
<context>
    <name>LicenseTargetsWidget</name>
    <message>
        <location filename="../src/gui/licensing/licensetargetswidget.cpp" line="+18"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clientUserIds, separated by commas</source>
        <translation>clientUserIds, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serial numbers, separated by commas</source>
        <translation>numéros de série, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Paste a list: one per line or separated by commas</source>
        <translation>Collez une liste : un par ligne ou séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>u&amp;sers</source>
        <translation>ut&amp;ilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de&amp;vices</source>
        <translation>app&amp;areils</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These are:</source>
        <translation>Il s&apos;agit de :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices:</source>
        <translation>Appar&amp;eils :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pasted list:</source>
        <translation>&amp;Liste collée :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No groups yet: import one on the Devices &amp; Groups page.</source>
        <translation>Aucun groupe pour l&apos;instant : importez-en un sur la page Appareils et groupes.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1, and the members of group &quot;%2&quot;</source>
        <translation>%1, et les membres du groupe « %2 »</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../src/gui/assets/licensespage.cpp" line="+18"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every license assignment, to a user or to a device, on every location.</source>
        <translation>Chaque attribution de licence, à un utilisateur ou à un appareil, sur tous les sites.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+111"/>
        <source>All locations</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Users and devices</source>
        <translation>Utilisateurs et appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client user ID or serial number starts with…</source>
        <translation>ID utilisateur client ou numéro de série commençant par…</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%Ln license(s)</source>
        <translation>
            <numerusform>%Ln licence</numerusform>
            <numerusform>%Ln licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation type="vanished">
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="vanished">Contenu</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="vanished">Attribuée à</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="vanished">Type de cible</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="vanished">Attribuée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">État</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../src/gui/locations/locationspage.cpp" line="+21"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content tokens, one per location: their health, expiry and last sync.</source>
        <translation>Les jetons de contenu, un par site : leur état, leur expiration et leur dernière synchronisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Token…</source>
        <translation>&amp;Ajouter un jeton…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update…</source>
        <translation>&amp;Mettre à jour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync a&amp;ll</source>
        <translation>Tout s&amp;ynchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Sync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take Over Management…</source>
        <translation>&amp;Prendre en charge la gestion…</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+39"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+29"/>
        <source>Select a token first.</source>
        <translation>Sélectionnez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Add the content token (.vpptoken) of a location.</source>
        <translation>Ajouter le jeton de contenu (.vpptoken) d&apos;un site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the selected token with a new file of the same location.</source>
        <translation>Renouveler le jeton sélectionné avec un nouveau fichier du même site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name and settings of the selected token.</source>
        <translation>Modifier le nom et les réglages du jeton sélectionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected token and the local inventory of its location.</source>
        <translation>Supprimer le jeton sélectionné et l&apos;inventaire local de son site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the selected token with Apple now.</source>
        <translation>Synchroniser maintenant le jeton sélectionné avec Apple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every token with Apple now.</source>
        <translation>Synchroniser maintenant tous les jetons avec Apple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no token to sync.</source>
        <translation>Il n&apos;y a aucun jeton à synchroniser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the selected token&apos;s sync, or every sync when the selected token is not syncing.</source>
        <translation>Annuler la synchronisation du jeton sélectionné, ou toutes les synchronisations si le jeton sélectionné n&apos;est pas en cours de synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sync is running.</source>
        <translation>Aucune synchronisation en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this console the manager of the selected location at Apple.</source>
        <translation>Faire de cette console le gestionnaire du site sélectionné chez Apple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This console already manages the location.</source>
        <translation>Cette console gère déjà le site.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove the token “%1”?

The local inventory of %2 (apps and books, licenses, users, sync history and jobs) is deleted from this computer, and the token&apos;s secret from the keychain. Apple keeps the location&apos;s licenses and assignments: add the token again to see them.</source>
        <translation>Supprimer le jeton « %1 » ?

L&apos;inventaire local de %2 (apps et livres, licences, utilisateurs, historique des synchronisations et tâches) est supprimé de cet ordinateur, et le secret du jeton du trousseau. Apple conserve les licences et les attributions du site : ajoutez à nouveau le jeton pour les voir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this location</source>
        <translation>ce site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was removed with the local inventory of %2.</source>
        <translation>« %1 » a été supprimé avec l&apos;inventaire local de %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No management tool has claimed %1 at Apple yet.</source>
        <translation>Aucun outil de gestion n&apos;a encore revendiqué %1 chez Apple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unnamed tool</source>
        <translation>un outil sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple says %1 is managed by “%2” (id %3).</source>
        <translation>D&apos;après Apple, %1 est géré par « %2 » (ID %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple says %1 is managed by “%2” (id %3, %4).</source>
        <translation>D&apos;après Apple, %1 est géré par « %2 » (ID %3, %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking over writes this console&apos;s identity, “%1” (%2, id %3), to Apple. The other tool is not told: if it still manages %4, the two will undo each other&apos;s work. Take over management of %4?</source>
        <translation>La prise en charge transmet l&apos;identité de cette console, « %1 » (%2, ID %3), à Apple. L&apos;autre outil n&apos;est pas prévenu : s&apos;il gère encore %4, les deux annuleront mutuellement leur travail. Prendre en charge la gestion de %4 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over Management</source>
        <translation>Prendre en charge la gestion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This console now manages %1.</source>
        <translation>Cette console gère désormais %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Motif</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="vanished">Expire le</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Pays</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="vanished">Dernière synchro</translation>
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
        <location filename="../src/gui/mainwindow.cpp" line="+133"/>
        <source>Find a user, email or serial number…</source>
        <translation>Rechercher un utilisateur, une adresse e-mail ou un numéro de série…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sync All Locations</source>
        <translation>&amp;Synchroniser tous les sites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse the stored inventory without contacting Apple</source>
        <translation>Parcourir l&apos;inventaire enregistré sans contacter Apple</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign Licenses…</source>
        <translation>&amp;Attribuer des licences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unassign Licenses…</source>
        <translation>&amp;Retirer des licences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke All Licenses of…</source>
        <translation>Ré&amp;voquer toutes les licences de…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sync of %1: %2</source>
        <translation>Synchronisation de %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Job %1 ended: %2</source>
        <translation>Tâche %1 terminée : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Syncing %1: %2 (%3 of %4 pages)</source>
        <translation>Synchronisation de %1 : %2 (%3 pages sur %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>Synchronisation de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n job(s) running: %1 of %2 done</source>
        <translation>
            <numerusform>%n tâche en cours : %1 sur %2 terminées</numerusform>
            <numerusform>%n tâches en cours : %1 sur %2 terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync queued…</source>
        <translation>Synchronisation en file d&apos;attente…</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>PlanNotesModel</name>
    <message>
        <location filename="../src/gui/licensing/plannotesmodel.cpp" line="+23"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, with a warning</source>
        <translation>Envoyé, avec un avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will not be licensed</source>
        <translation>Ne recevra pas de licence</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/gui/app/preferencesdialog.cpp" line="+28"/>
        <source>Sync each location on its own interval</source>
        <translation>Synchroniser chaque site selon son propre intervalle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An app or book is low on licenses when fewer than this share of its licenses is available. An asset&apos;s own threshold (Apps &amp; Books &gt; Set Threshold) wins.</source>
        <translation>Une app ou un livre est à court de licences lorsque moins de cette part de ses licences est disponible. Le seuil propre à un contenu (Apps et livres &gt; Définir le seuil) l&apos;emporte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often a running job asks Apple for its status. Apple asks for 30 seconds.</source>
        <translation>Fréquence à laquelle une tâche en cours demande son état à Apple. Apple demande 30 secondes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo keeps its inventory in a temporary file; this setting applies to normal starts.</source>
        <translation>La démo conserve son inventaire dans un fichier temporaire ; ce réglage s&apos;applique aux démarrages normaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new location is used from the next start (an empty file is created if none is there).</source>
        <translation>Un nouvel emplacement est utilisé à partir du prochain démarrage (un fichier vide est créé s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Low-license threshold:</source>
        <translation>Seuil de licences &amp;faibles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation>Synchronisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job status interval:</source>
        <translation>&amp;Intervalle d&apos;état des tâches :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory &amp;database:</source>
        <translation>Base d&apos;in&amp;ventaire :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Inventory Database</source>
        <translation>Base d&apos;inventaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/main.cpp" line="+79"/>
        <location line="+29"/>
        <source>VPP Desk Demo</source>
        <translation>VPP Desk Démo</translation>
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
        <translation>La base d&apos;inventaire n&apos;a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>RegisterUsersDialog</name>
    <message>
        <location filename="../src/gui/people/registerusersdialog.cpp" line="+25"/>
        <source>Register Users</source>
        <translation>Enregistrer des utilisateurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One user per line: clientUserId, e-mail (optional), Managed Apple Account (optional)
emp-1042,ada.lovelace@example.com</source>
        <translation>Un utilisateur par ligne : clientUserId, e-mail (facultatif), compte Apple géré (facultatif)
emp-1042,ada.lovelace@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Charger un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the list and show what would be sent to Apple; nothing is sent.</source>
        <translation>Vérifier la liste et afficher ce qui serait envoyé à Apple ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run a dry run to see what will be sent.</source>
        <translation>Lancez une simulation pour voir ce qui sera envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run:</source>
        <translation>Simulation :</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load Users</source>
        <translation>Charger des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a token first: users are registered on a token.</source>
        <translation>Ajoutez d&apos;abord un jeton : les utilisateurs sont enregistrés sur un jeton.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s) of the list are invalid; fix them first.</source>
        <translation>
            <numerusform>%n ligne de la liste n&apos;est pas valide ; corrigez-la d&apos;abord.</numerusform>
            <numerusform>%n lignes de la liste ne sont pas valides ; corrigez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type at least one clientUserId, or load a CSV file.</source>
        <translation>Saisissez au moins un clientUserId ou chargez un fichier CSV.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Run a dry run first.</source>
        <translation>Lancez d&apos;abord une simulation.</translation>
    </message>
</context>
<context>
    <name>RetireUsersDialog</name>
    <message>
        <location filename="../src/gui/people/retireusersdialog.cpp" line="+19"/>
        <source>Retire Users</source>
        <translation>Mettre des utilisateurs hors service</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Retire</source>
        <translation>&amp;Mettre hors service</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n user(s) will be retired: they lose their licenses that can be revoked, and need a new invitation to come back.</source>
        <translation>
            <numerusform>%n utilisateur sera mis hors service : il perd ses licences révocables et aura besoin d&apos;une nouvelle invitation pour revenir.</numerusform>
            <numerusform>%n utilisateurs seront mis hors service : ils perdent leurs licences révocables et auront besoin d&apos;une nouvelle invitation pour revenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected user(s) are retired already and left out.</source>
        <translation>
            <numerusform>%n utilisateur sélectionné est déjà hors service et est écarté.</numerusform>
            <numerusform>%n utilisateurs sélectionnés sont déjà hors service et sont écartés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every selected user is retired already.</source>
        <translation>Tous les utilisateurs sélectionnés sont déjà hors service.</translation>
    </message>
</context>
<context>
    <name>SyncChangeModel</name>
    <message>
        <location filename="../src/gui/records/syncchangemodel.cpp" line="+20"/>
        <source>License assigned</source>
        <translation>Licence attribuée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License removed</source>
        <translation>Licence supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset added</source>
        <translation>Contenu ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset removed</source>
        <translation>Contenu supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts changed</source>
        <translation>Nombres modifiés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
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
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental</source>
        <translation>Incrémentielle</translation>
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
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Contenus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Added</source>
        <translation>+ Ajoutées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>- Removed</source>
        <translation>- Supprimées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New assets</source>
        <translation>Nouveaux contenus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts changed</source>
        <translation>Nombres modifiés</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../src/gui/app/syncworker.cpp" line="+32"/>
        <source>Another sync is still running.</source>
        <translation>Une autre synchronisation est toujours en cours.</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../src/gui/assets/thresholddialog.cpp" line="+16"/>
        <source>Low-License Threshold</source>
        <translation>Seuil de licences faibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &lt;b&gt;%1&lt;/b&gt; as low on licenses when fewer than this share of its licenses is available.</source>
        <translation>Signaler &lt;b&gt;%1&lt;/b&gt; comme à court de licences lorsque moins de cette part de ses licences est disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use the global threshold (%1 %)</source>
        <translation>&amp;Utiliser le seuil global (%1 %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
</context>
<context>
    <name>TokenAssignmentTab</name>
    <message>
        <location filename="../src/gui/locations/tokenassignmenttab.cpp" line="+27"/>
        <source>&amp;Device</source>
        <translation>&amp;Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>Uti&amp;lisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandatory (users cannot remove the app)</source>
        <translation>&amp;Obligatoire (les utilisateurs ne peuvent pas supprimer l&apos;app)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically &amp;install updates</source>
        <translation>&amp;Installer automatiquement les mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prevent backup of app data</source>
        <translation>Empêcher la &amp;sauvegarde des données de l&apos;app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;roaming</source>
        <translation>Itinéran&amp;ce des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cellular data</source>
        <translation>Do&amp;nnées cellulaires</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment type</source>
        <translation>Type d&apos;attribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One license per device (serial number). No Apple Account is needed and the user is not asked anything.</source>
        <translation>Une licence par appareil (numéro de série). Aucun compte Apple n&apos;est nécessaire et rien n&apos;est demandé à l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One license per user, whatever the number of their devices. The user needs an Apple Account and must accept an invitation first.</source>
        <translation>Une licence par utilisateur, quel que soit son nombre d&apos;appareils. L&apos;utilisateur a besoin d&apos;un compte Apple et doit d&apos;abord accepter une invitation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default app settings</source>
        <translation>Réglages par défaut des apps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;VPN profile:</source>
        <translation>Profil &amp;VPN :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single &amp;Sign-On profile:</source>
        <translation>Profil d&apos;aut&amp;hentification unique :</translation>
    </message>
</context>
<context>
    <name>TokenDetailTab</name>
    <message>
        <location filename="../src/gui/locations/tokendetailtab.cpp" line="+43"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add apps &amp;automatically</source>
        <translation>&amp;Ajouter les apps automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically update a&amp;pps</source>
        <translation>&amp;Mettre à jour les apps automatiquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the location&apos;s city</source>
        <translation>p. ex. la ville du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .vpptoken file downloaded from Apple Business Manager</source>
        <translation>Le fichier .vpptoken téléchargé depuis Apple Business Manager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or paste the file&apos;s contents here</source>
        <translation>Ou collez ici le contenu du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New purchases of this location appear in the console without being added one by one.</source>
        <translation>Les nouveaux achats de ce site apparaissent dans la console sans être ajoutés un par un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices install new versions of this location&apos;s apps on their own.</source>
        <translation>Les appareils installent d&apos;eux-mêmes les nouvelles versions des apps de ce site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual only</source>
        <translation>Manuelle uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between automatic syncs of this token; 0 syncs only when asked.</source>
        <translation>Secondes entre les synchronisations automatiques de ce jeton ; 0 ne synchronise que sur demande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token &amp;name:</source>
        <translation>&amp;Nom du jeton :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token &amp;file:</source>
        <translation>&amp;Fichier du jeton :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenu :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;interval:</source>
        <translation>&amp;Intervalle de synchronisation :</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choose a Content Token</source>
        <translation>Choisir un jeton de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content tokens (*.vpptoken);;All files (*)</source>
        <translation>Jetons de contenu (*.vpptoken);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../src/gui/locations/tokendialog.cpp" line="+41"/>
        <source>Add Token</source>
        <translation>Ajouter un jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Token “%1”</source>
        <translation>Modifier le jeton « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update Token “%1”</source>
        <translation>Mettre à jour le jeton « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token &amp;Detail</source>
        <translation>&amp;Détails du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dist&amp;ribution</source>
        <translation>Dist&amp;ribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment &amp;type</source>
        <translation>&amp;Type d&apos;attribution</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>Mettre à jo&amp;ur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&amp;Replace Anyway…</source>
        <translation>Remplacer &amp;quand même…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Asking Apple…</source>
        <translation>Interrogation d&apos;Apple…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a name for the token, such as the location&apos;s city.</source>
        <translation>Saisissez un nom pour le jeton, comme la ville du site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token named “%1” already exists. Choose another name.</source>
        <translation>Un jeton nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the token&apos;s .vpptoken file with Browse…, or paste its contents.</source>
        <translation>Choisissez le fichier .vpptoken du jeton avec Parcourir…, ou collez son contenu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Asking Apple to check the token…</source>
        <translation>Vérification du jeton auprès d&apos;Apple…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The token was added, but its settings could not be saved: %1</source>
        <translation>Le jeton a été ajouté, mais ses réglages n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” added for %2 (%3), expires on %4. The first sync has started.</source>
        <translation>« %1 » ajouté pour %2 (%3), expire le %4. La première synchronisation a démarré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking Apple which location the new file is for…</source>
        <translation>Recherche auprès d&apos;Apple du site auquel correspond le nouveau fichier…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Apple to check the new file…</source>
        <translation>Vérification du nouveau fichier auprès d&apos;Apple…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The new file is in place, but the settings could not be saved: %1</source>
        <translation>Le nouveau fichier est en place, mais les réglages n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” now manages %2 (it managed %3); it expires on %4.</source>
        <translation>« %1 » gère désormais %2 (il gérait %3) ; il expire le %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” renewed: it now expires on %2 (it expired on %3).</source>
        <translation>« %1 » renouvelé : il expire désormais le %2 (il expirait le %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings of “%1” were saved.</source>
        <translation>Les réglages de « %1 » ont été enregistrés.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This token is for %1, not %2. Nothing was changed: download the token of %2 from Apple Business Manager, or replace anyway to make “%3” manage %1.</source>
        <translation>Ce jeton est pour %1, pas pour %2. Rien n&apos;a été modifié : téléchargez le jeton de %2 depuis Apple Business Manager, ou remplacez quand même pour que « %3 » gère %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” manages %2. Replacing its file with the token of another location makes it manage that location instead: the next sync replaces the local inventory of %2 with the other location&apos;s. Replace anyway?</source>
        <translation>« %1 » gère %2. Remplacer son fichier par le jeton d&apos;un autre site lui fait gérer ce site à la place : la prochaine synchronisation remplace l&apos;inventaire local de %2 par celui de l&apos;autre site. Remplacer quand même ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with Another Location</source>
        <translation>Remplacer par un autre site</translation>
    </message>
</context>
<context>
    <name>TokenDistributionTab</name>
    <message>
        <location filename="../src/gui/locations/tokendistributiontab.cpp" line="+19"/>
        <source>Choose the groups of users and devices this token serves. No group checked: the token serves everybody.</source>
        <translation>Choisissez les groupes d&apos;utilisateurs et d&apos;appareils que ce jeton dessert. Aucun groupe coché : le jeton dessert tout le monde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users outside these groups get the app without a license, and the license count is not reduced.</source>
        <translation>Les utilisateurs hors de ces groupes obtiennent l&apos;app sans licence, et le nombre de licences n&apos;est pas réduit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no groups yet. Import them on the Users or Devices page.</source>
        <translation>Il n&apos;y a pas encore de groupe. Importez-les sur la page Utilisateurs ou Appareils.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This token serves everybody.</source>
        <translation>Ce jeton dessert tout le monde.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This token serves %n group(s).</source>
        <translation>
            <numerusform>Ce jeton dessert %n groupe.</numerusform>
            <numerusform>Ce jeton dessert %n groupes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../src/gui/locations/tokentablemodel.cpp" line="+102"/>
        <source>checking the token</source>
        <translation>vérification du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apps and books</source>
        <translation>apps et livres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licenses</source>
        <translation>licences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app details</source>
        <translation>détails des apps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Syncing: %1, page %2 of %3</source>
        <translation>Synchronisation : %1, page %2 sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing: %1, page %2</source>
        <translation>Synchronisation : %1, page %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing: %1…</source>
        <translation>Synchronisation : %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../src/gui/people/usertablemodel.cpp" line="+52"/>
        <source>Client user ID</source>
        <translation>ID utilisateur client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managed Apple Account</source>
        <translation>Compte Apple géré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered: invited, has not joined yet</source>
        <translation>Enregistré : invité, pas encore inscrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Associated</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated: joined with an Apple Account</source>
        <translation>Associé : inscrit avec un compte Apple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired: no longer a VPP user</source>
        <translation>Hors service : n&apos;est plus un utilisateur VPP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user is active again: the licenses are counted on the active row.</source>
        <translation>Cet utilisateur est de nouveau actif : les licences sont comptées sur la ligne active.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An invitation code is on record: the link can be copied.</source>
        <translation>Un code d&apos;invitation est enregistré : le lien peut être copié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../src/gui/people/userspage.cpp" line="+34"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered VPP users, their invitations and the licenses they hold.</source>
        <translation>Les utilisateurs VPP enregistrés, leurs invitations et les licences qu&apos;ils détiennent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register Users…</source>
        <translation>&amp;Enregistrer des utilisateurs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;etire…</source>
        <translation>&amp;Mettre hors service…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Invitation Link</source>
        <translation>Copier le lien d&apos;&amp;invitation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client user ID or e-mail starts with…</source>
        <translation>ID utilisateur client ou e-mail commençant par…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Register new VPP users on a token (dry run first).</source>
        <translation>Enregistrer de nouveaux utilisateurs VPP sur un jeton (simulation d&apos;abord).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the users to retire.</source>
        <translation>Sélectionnez les utilisateurs à mettre hors service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the selected users (dry run first).</source>
        <translation>Mettre hors service les utilisateurs sélectionnés (simulation d&apos;abord).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invitation link of the selected registered user to the clipboard.</source>
        <translation>Copier dans le presse-papiers le lien d&apos;invitation de l&apos;utilisateur enregistré sélectionné.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Registration job %1 started.</source>
        <translation>Tâche d&apos;enregistrement %1 lancée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retire job %1 started.</source>
        <translation>Tâche de mise hors service %1 lancée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2: only a registered user who has not joined yet has an invitation.</source>
        <translation>%1 est %2 : seul un utilisateur enregistré qui ne s&apos;est pas encore inscrit a une invitation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation link needs Apple&apos;s service configuration: %1</source>
        <translation>Le lien d&apos;invitation nécessite la configuration du service d&apos;Apple : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting the invitation link…</source>
        <translation>Récupération du lien d&apos;invitation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The invitation link of %1 is on the clipboard.</source>
        <translation>Le lien d&apos;invitation de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Client user ID</source>
        <translation type="vanished">ID utilisateur client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Managed Apple Account</source>
        <translation type="vanished">Compte Apple géré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Statut</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="vanished">Licences</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Site</translation>
    </message>
</context>
<context>
    <name>ReclaimPage</name>
    <message>
        <source>Reclaim</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Licenses that could be taken back: on devices not seen for a while, on retired or unregistered users, outside a location&apos;s Distribution groups. Tick them and review the revoke.</source>
        <translation>Licences qui pourraient être reprises : sur des appareils non vus depuis longtemps, chez des utilisateurs retirés ou non inscrits, hors des groupes de distribution d&apos;un site. Cochez-les et vérifiez la révocation.</translation>
    </message>
    <message>
        <source>Review &amp;Revoke…</source>
        <translation>Vérifier la &amp;révocation…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
</context>
</TS>
