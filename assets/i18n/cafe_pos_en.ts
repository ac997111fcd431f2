<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <source>Choisir</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Choisissez un compte dans la liste</source>
        <translation>Choose an account from the list</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Doit</source>
        <translation>Owes</translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Encaisser un règlement</source>
        <translation>Take a payment</translation>
    </message>
    <message>
        <source>Relevé</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Choisissez un compte dans la liste</source>
        <translation>Choose an account from the list</translation>
    </message>
</context>
<context>
    <name>AgeCheckDialog</name>
    <message>
        <source>Contrôle de l&apos;âge</source>
        <translation>Age check</translation>
    </message>
    <message>
        <source>Première boisson alcoolisée de ce ticket{0} : la vente d&apos;alcool aux mineurs est interdite. En cas de doute, demandez une pièce d&apos;identité.</source>
        <translation>First alcoholic drink on this ticket{0}: selling alcohol to minors is prohibited. If in doubt, ask for ID.</translation>
    </message>
    <message>
        <source>Majeur (évident)</source>
        <translation>Adult (obviously)</translation>
    </message>
    <message>
        <source>Pièce vérifiée</source>
        <translation>ID checked</translation>
    </message>
    <message>
        <source>Refuser la vente (mineur)</source>
        <translation>Refuse the sale (minor)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Une copie vérifiée de la caisse, ailleurs que sur ce PC.</source>
        <translation>A verified copy of the till, somewhere other than this PC.</translation>
    </message>
    <message>
        <source>Plus tard (Réglages › Sauvegardes)</source>
        <translation>Later (Settings › Backups)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Clé USB (étiquette)</source>
        <translation>USB key (label)</translation>
    </message>
    <message>
        <source>Partage réseau</source>
        <translation>Network share</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>La phrase de secours chiffre la clé de signature du café dans chaque sauvegarde : sur un autre PC, elle seule la rouvre (sinon une nouvelle clé démarre, journalisée). Notez-la sur papier, rangée hors du café ; laissez vide pour plus tard.</source>
        <translation>The recovery passphrase encrypts the café&apos;s signing key in every backup: on another PC only it reopens the key (otherwise a new key starts, journaled). Write it on paper, kept outside the café; leave empty for later.</translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>La même phrase, encore</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>/home/cafe/Sauvegardes ou D:\Sauvegardes</source>
        <translation>/home/cafe/Backups or D:\Backups</translation>
    </message>
    <message>
        <source>Étiquette de la clé, ex. CAFE-SAUVE</source>
        <translation>Key label, e.g. CAFE-SAUVE</translation>
    </message>
    <message>
        <source>\\nas\cafe ou /mnt/nas/cafe</source>
        <translation>\\nas\cafe or /mnt/nas/cafe</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Les deux phrases ne sont pas identiques</source>
        <translation>The two passphrases are not the same</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Clé USB (étiquette)</source>
        <translation>USB stick (label)</translation>
    </message>
    <message>
        <source>Partage réseau</source>
        <translation>Network share</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Où vont les sauvegardes</source>
        <translation>Where backups go</translation>
    </message>
    <message>
        <source>Phrase de secours (12 caractères au moins)</source>
        <translation>Recovery passphrase (at least 12 characters)</translation>
    </message>
    <message>
        <source>La même, une seconde fois</source>
        <translation>The same, once more</translation>
    </message>
    <message>
        <source>Enregistrer la phrase</source>
        <translation>Save the passphrase</translation>
    </message>
    <message>
        <source>Générer une phrase et imprimer la fiche…</source>
        <translation>Generate a passphrase and print the sheet…</translation>
    </message>
    <message>
        <source>Clé de signature : phrase de secours</source>
        <translation>Signing key: recovery passphrase</translation>
    </message>
    <message>
        <source>Les sauvegardes contiennent la clé de signature du café chiffrée avec cette phrase, jamais en clair. Sans elle, une sauvegarde restaurée sur un autre poste démarre une nouvelle clé (changement journalisé).</source>
        <translation>Backups hold the café&apos;s signing key encrypted with this passphrase, never in clear. Without it, a backup restored on another PC starts a new key (a journaled change).</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archiver les exercices clos</source>
        <translation>Archive the closed years</translation>
    </message>
    <message>
        <source>Six ans d&apos;archives annuelles</source>
        <translation>Six years of yearly archives</translation>
    </message>
    <message>
        <source>Chaque exercice clos a son archive signée, vérifiée ici et copiée sur les destinations des sauvegardes. Le détail d&apos;un exercice ne peut être purgé qu&apos;après six ans, une fois son archive vérifiée.</source>
        <translation>Each closed year has its signed archive, verified here and copied to the backup destinations. A year&apos;s detail can be purged only after six years, once its archive is verified.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée pour l&apos;instant.</source>
        <translation>No verified backup yet.</translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0}.</source>
        <translation>Last verified backup: {0}.</translation>
    </message>
    <message>
        <source> — détail purgé le {0} : l&apos;archive est la référence</source>
        <translation> — detail purged on {0}: the archive is the record</translation>
    </message>
    <message>
        <source>Purger le détail de {0}</source>
        <translation>Purge the detail of {0}</translation>
    </message>
    <message>
        <source>Vérification de l&apos;archive {0} et du journal…</source>
        <translation>Checking the archive {0} and the journal…</translation>
    </message>
    <message>
        <source>Seront supprimés de la caisse : {0}.

Les clôtures (Z, mois, année) et leurs grands totaux restent. L&apos;archive {1} reste le document légal de l&apos;exercice {2} : gardez-la, ainsi que ses copies.</source>
        <translation>Will be removed from the till: {0}.

The closures (Z, month, year) and their grand totals stay. The archive {1} remains the legal record of the year {2}: keep it, and its copies.</translation>
    </message>
    <message>
        <source>Purger</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>lignes de ticket</source>
        <translation>ticket lines</translation>
    </message>
    <message>
        <source>lignes de TVA</source>
        <translation>VAT lines</translation>
    </message>
    <message>
        <source>paiements</source>
        <translation>payments</translation>
    </message>
    <message>
        <source>duplicatas</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <source>événements techniques</source>
        <translation>technical events</translation>
    </message>
    <message>
        <source>enregistrements du journal</source>
        <translation>journal records</translation>
    </message>
    <message>
        <source>Détail de {0} purgé ({1}) ; l&apos;archive {2} reste la référence</source>
        <translation>Detail of {0} purged ({1}); the archive {2} remains the record</translation>
    </message>
    <message>
        <source>Purge du détail de {0} en cours…</source>
        <translation>Purging the detail of {0}…</translation>
    </message>
    <message>
        <source>Archives écrites et vérifiées : {0}</source>
        <translation>Archives written and verified: {0}</translation>
    </message>
    <message>
        <source>Chaque exercice clos a déjà son archive</source>
        <translation>Every closed year already has its archive</translation>
    </message>
    <message>
        <source>/home/cafe/Sauvegardes ou D:\Sauvegardes</source>
        <translation>/home/cafe/Backups or D:\Backups</translation>
    </message>
    <message>
        <source>Étiquette de la clé, ex. CAFE-SAUVE</source>
        <translation>Label of the stick, e.g. CAFE-SAUVE</translation>
    </message>
    <message>
        <source>\\nas\cafe ou /mnt/nas/cafe</source>
        <translation>\\nas\cafe or /mnt/nas/cafe</translation>
    </message>
    <message>
        <source>Clés branchées : {0}</source>
        <translation>Sticks plugged in: {0}</translation>
    </message>
    <message>
        <source>Aucune clé USB branchée pour l&apos;instant.</source>
        <translation>No USB stick plugged in for now.</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Les deux phrases ne sont pas identiques</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>Phrase enregistrée : les prochaines sauvegardes contiennent la clé chiffrée</source>
        <translation>Passphrase saved: the next backups hold the key, encrypted</translation>
    </message>
    <message>
        <source>Fiche de secours</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Fiche de secours écrite : {0}. Imprimez-la et rangez-la hors du café.</source>
        <translation>Recovery sheet written: {0}. Print it and keep it outside the café.</translation>
    </message>
    <message>
        <source>Sauvegarde en cours… la caisse reste utilisable.</source>
        <translation>Backing up… the till can keep selling.</translation>
    </message>
</context>
<context>
    <name>BakersPage</name>
    <message>
        <source>Boulangers</source>
        <translation>Bakers</translation>
    </message>
    <message>
        <source>Boulanger</source>
        <translation>Baker</translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Heure limite</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Nouveau boulanger</source>
        <translation>New baker</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Prix de vente</source>
        <translation>Selling price</translation>
    </message>
    <message>
        <source>Prix d&apos;achat</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Articles fournis</source>
        <translation>Items supplied</translation>
    </message>
    <message>
        <source>achat </source>
        <translation>purchase </translation>
    </message>
    <message>
        <source>Ajouter l&apos;article</source>
        <translation>Add the item</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Boulanger et contrat</source>
        <translation>Baker and contract</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Dépôt-vente</source>
        <translation>Sale or return</translation>
    </message>
    <message>
        <source>Achat pour revente</source>
        <translation>Bought for resale</translation>
    </message>
    <message>
        <source>Pourcentage des ventes</source>
        <translation>Share of sales</translation>
    </message>
    <message>
        <source>Montant par article</source>
        <translation>Amount per item</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>1500 = 15 % des ventes, ou 15 = 0,15 € par article</source>
        <translation>1500 = 15 % of sales, or 15 = €0.15 per item</translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Heure limite (la veille)</source>
        <translation>Cut-off (the day before)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Boulanger enregistré</source>
        <translation>Baker saved</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un article dans la liste</source>
        <translation>Choose an item in the list first</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>meilleur jour : {0}</source>
        <translation>best day: {0}</translation>
    </message>
    <message>
        <source>Aucune vente</source>
        <translation>No sales</translation>
    </message>
</context>
<context>
    <name>BreadSection</name>
    <message>
        <source>Retraits</source>
        <translation>Pick-ups</translation>
    </message>
    <message>
        <source>Réception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Invendus</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <source>Réservations</source>
        <translation>Reservations</translation>
    </message>
    <message>
        <source>Relevés</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Boulangers</source>
        <translation>Bakers</translation>
    </message>
</context>
<context>
    <name>CafeIdentityPage</name>
    <message>
        <source>Le café</source>
        <translation>The café</translation>
    </message>
    <message>
        <source>Ces informations sont imprimées sur chaque ticket et chaque rapport ; elles sont vérifiées pendant la saisie.</source>
        <translation>This is printed on every receipt and every report; it is checked as you type.</translation>
    </message>
    <message>
        <source>Rue
Code postal et commune</source>
        <translation>Street
Postcode and town</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>FR + 11 caractères (vide en franchise de TVA)</source>
        <translation>FR + 11 characters (empty if VAT-exempt)</translation>
    </message>
    <message>
        <source>Nom du café</source>
        <translation>Café name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>N° de TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>N° de caisse</source>
        <translation>Register number</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>jours calendaires</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>jours ouvrés (hors fériés)</source>
        <translation>working days (public holidays excluded)</translation>
    </message>
    <message>
        <source>Le code de retrait remplace la pièce d&apos;identité</source>
        <translation>The pick-up code replaces the ID check</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nouveau transporteur</source>
        <translation>New carrier</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Durée de garde</source>
        <translation>Holding period</translation>
    </message>
    <message>
        <source>Retrait par un tiers</source>
        <translation>Collection by a third party</translation>
    </message>
    <message>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>L+l+h</source>
        <translation>L+W+H</translation>
    </message>
    <message>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Limites de dépôt</source>
        <translation>Drop-off limits</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Transporteur enregistré : {0}</source>
        <translation>Carrier saved: {0}</translation>
    </message>
</context>
<context>
    <name>CashSection</name>
    <message>
        <source>Fournisseur payé en espèces</source>
        <translation>Supplier paid in cash</translation>
    </message>
    <message>
        <source>Dépôt en banque</source>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <source>Cash-back</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <source>Retrait d&apos;espèces pour un tiers</source>
        <translation>Cash withdrawal for a third party</translation>
    </message>
    <message>
        <source>Apport de monnaie</source>
        <translation>Change top-up</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Caisse juste</source>
        <translation>Till balances</translation>
    </message>
    <message>
        <source>Excédent de {0}</source>
        <translation>Over by {0}</translation>
    </message>
    <message>
        <source>Manque de {0}</source>
        <translation>Short by {0}</translation>
    </message>
    <message>
        <source>La caisse est fermée</source>
        <translation>The till is closed</translation>
    </message>
    <message>
        <source>Comptez le fond de caisse, billet par billet et pièce par pièce, puis ouvrez.</source>
        <translation>Count the float, note by note and coin by coin, then open.</translation>
    </message>
    <message>
        <source>Ouvrir la caisse</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>Espèces attendues dans le tiroir</source>
        <translation>Cash expected in the drawer</translation>
    </message>
    <message>
        <source>Sortie d&apos;espèces</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Entrée d&apos;espèces</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>ex. 45,50</source>
        <translation>e.g. 45,50</translation>
    </message>
    <message>
        <source>Obligatoire pour « Autre »</source>
        <translation>Required for “Other”</translation>
    </message>
    <message>
        <source>Enregistrer le mouvement</source>
        <translation>Record the movement</translation>
    </message>
    <message>
        <source>Entrée ou sortie d&apos;espèces</source>
        <translation>Cash in or out</translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Précision</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Lecture X</source>
        <translation>X reading</translation>
    </message>
    <message>
        <source>Compter et clôturer la journée (Z)</source>
        <translation>Count and close the day (Z)</translation>
    </message>
    <message>
        <source>Compter et clôturer (Z) — code gérant·e</source>
        <translation>Count and close (Z) — manager&apos;s code</translation>
    </message>
    <message>
        <source>La clôture (Z) est faite par un·e gérant·e : son code est demandé avant le comptage. Les entrées et sorties d&apos;espèces et la lecture X restent ouvertes.</source>
        <translation>The closure (Z) is made by a manager: their code is asked before the count. Cash in and out and the X reading stay open.</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Mouvements d&apos;espèces de la session</source>
        <translation>Cash movements of this session</translation>
    </message>
    <message>
        <source>Comptage de clôture</source>
        <translation>Closing count</translation>
    </message>
    <message>
        <source>Raison de l&apos;écart (obligatoire s&apos;il y en a un)</source>
        <translation>Reason for the difference (required if there is one)</translation>
    </message>
    <message>
        <source>Raison de l&apos;écart</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <source>Valider le comptage et clôturer (Z)</source>
        <translation>Confirm the count and close (Z)</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Ouvrir une nouvelle caisse</source>
        <translation>Open a new till session</translation>
    </message>
    <message>
        <source>Caisse ouverte le {0} à {1} par {2} — fond de caisse {3}</source>
        <translation>Till opened on {0} at {1} by {2} — float {3}</translation>
    </message>
    <message>
        <source>Dont encaissé pour des tiers (presse, timbres…), à leur reverser : {0}</source>
        <translation>Of which collected for others (press, stamps…), to be paid over to them: {0}</translation>
    </message>
    <message>
        <source>Fond de caisse</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Paiements en espèces (rendu déduit)</source>
        <translation>Cash payments (change deducted)</translation>
    </message>
    <message>
        <source>Cash-back remis</source>
        <translation>Cashback handed out</translation>
    </message>
    <message>
        <source>Entrées d&apos;espèces</source>
        <translation>Cash paid in</translation>
    </message>
    <message>
        <source>Sorties d&apos;espèces</source>
        <translation>Cash paid out</translation>
    </message>
    <message>
        <source>Règlements de comptes clients</source>
        <translation>Customer account payments</translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Caisse ouverte avec {0}</source>
        <translation>Till opened with {0}</translation>
    </message>
    <message>
        <source>{0} : {1} enregistré</source>
        <translation>{0}: {1} recorded</translation>
    </message>
    <message>
        <source>La clôture de la journée (Z) demande un·e gérant·e.</source>
        <translation>Closing the day (Z) needs a manager.</translation>
    </message>
    <message>
        <source>Attendu {0} — compté {1} — {2}</source>
        <translation>Expected {0} — counted {1} — {2}</translation>
    </message>
    <message>
        <source>Journée du {0} clôturée. {1}.</source>
        <translation>Day of {0} closed. {1}.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Le catalogue</source>
        <translation>The catalogue</translation>
    </message>
    <message>
        <source>Les produits et leurs prix se modifient ensuite dans Réglages › Catalogue.</source>
        <translation>Products and prices can be changed later in Settings › Catalogue.</translation>
    </message>
    <message>
        <source>Partir du catalogue d&apos;exemple (cafés, boissons, épicerie, presse…)</source>
        <translation>Start from the sample catalogue (coffees, drinks, groceries, press…)</translation>
    </message>
    <message>
        <source>Importer un fichier CSV</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <source>Commencer avec un catalogue vide</source>
        <translation>Start with an empty catalogue</translation>
    </message>
    <message>
        <source>Fichier .csv (séparateur ; ou ,)</source>
        <translation>.csv file (separator ; or ,)</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Le fichier CSV : une ligne par produit, colonnes nom, catégorie, prix, TVA… (voir docs/catalogue-csv.md ; « cafe-pos catalogue export » en écrit un modèle). Les lignes refusées sont signalées à la fin.</source>
        <translation>The CSV file: one line per product, columns name, category, price, VAT… (see docs/catalogue-csv.md; &quot;cafe-pos catalogue export&quot; writes a template). Refused lines are listed at the end.</translation>
    </message>
    <message>
        <source>Catalogue à importer</source>
        <translation>Catalogue to import</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choisissez le fichier CSV du catalogue</source>
        <translation>Choose the catalogue CSV file</translation>
    </message>
    <message>
        <source>{0} lignes de produits lues dans le fichier</source>
        <translation>{0} product lines read from the file</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rechercher un article ou un code-barres…</source>
        <translation>Search an item or a barcode…</translation>
    </message>
    <message>
        <source>Archivés aussi</source>
        <translation>Archived too</translation>
    </message>
    <message>
        <source>Nouvel article</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Catégories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Fichier CSV</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Importer un fichier CSV…</source>
        <translation>Import a CSV file…</translation>
    </message>
    <message>
        <source>Exporter le catalogue en CSV…</source>
        <translation>Export the catalogue as CSV…</translation>
    </message>
    <message>
        <source>Consultation seule : le catalogue se modifie par un·e gérant·e.</source>
        <translation>Read only: the catalogue is changed by a manager.</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>{0} article(s)</source>
        <translation>{0} item(s)</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>« {0} » enregistré</source>
        <translation>“{0}” saved</translation>
    </message>
    <message>
        <source>« {0} » archivé</source>
        <translation>“{0}” archived</translation>
    </message>
    <message>
        <source>« {0} » restauré</source>
        <translation>“{0}” restored</translation>
    </message>
    <message>
        <source>Importer le catalogue</source>
        <translation>Import the catalogue</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporter le catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <source>{0} article(s) exporté(s) dans {1}</source>
        <translation>{0} item(s) exported to {1}</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Active (visible à la vente)</source>
        <translation>Active (shown on the sale screen)</translation>
    </message>
    <message>
        <source>Nouvelle catégorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation> — inactive</translation>
    </message>
    <message>
        <source>Couleur de la catégorie</source>
        <translation>Category colour</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Relevé PDF du transporteur</source>
        <translation>Carrier statement (PDF)</translation>
    </message>
    <message>
        <source>La commission est un revenu de service du café, jamais une vente en caisse. Le relevé ne contient aucun nom.</source>
        <translation>The commission is the café&apos;s service revenue, never a till sale. The statement contains no name.</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total du mois : {0}</source>
        <translation>Month total: {0}</translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation>Statement saved: {0}</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Compté</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Valeur de l&apos;écart</source>
        <translation>Value of the difference</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Nouvel inventaire</source>
        <translation>New count</translation>
    </message>
    <message>
        <source>Scannez chaque article du rayon (12* puis scan = 12)</source>
        <translation>Scan each item on the shelf (12* then scan = 12)</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Compter</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>PDF pour le comptable</source>
        <translation>PDF for the accountant</translation>
    </message>
    <message>
        <source>Valider l&apos;inventaire</source>
        <translation>Validate the count</translation>
    </message>
    <message>
        <source>Tout le magasin</source>
        <translation>Whole shop</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>validé</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>Aucun inventaire : commencez-en un</source>
        <translation>No count: start one</translation>
    </message>
    <message>
        <source>{0} compté(s) · écart {1}</source>
        <translation>{0} counted · difference {1}</translation>
    </message>
    <message>
        <source> · {0} pas encore compté(s)</source>
        <translation> · {0} not counted yet</translation>
    </message>
    <message>
        <source> · validé par {0}</source>
        <translation> · validated by {0}</translation>
    </message>
    <message>
        <source>Commencez d&apos;abord un inventaire</source>
        <translation>Start a count first</translation>
    </message>
    <message>
        <source>{0} : {1} compté(s)</source>
        <translation>{0}: {1} counted</translation>
    </message>
    <message>
        <source>Scannez ou choisissez d&apos;abord un article</source>
        <translation>Scan or pick an item first</translation>
    </message>
    <message>
        <source>Inventaire validé : écart {0}</source>
        <translation>Count validated: difference {0}</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;inventaire</source>
        <translation>Save the count</translation>
    </message>
    <message>
        <source>Inventaire enregistré : {0}</source>
        <translation>Count saved: {0}</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Ouvrir le tiroir</source>
        <translation>Open the drawer</translation>
    </message>
    <message>
        <source>Périphériques</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Imprimante prête</source>
        <translation>Printer ready</translation>
    </message>
    <message>
        <source>Aucune imprimante configurée</source>
        <translation>No printer configured</translation>
    </message>
    <message>
        <source>{0} impression(s) en attente</source>
        <translation>{0} print job(s) waiting</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Aucune imprimante configurée : le tiroir-caisse s&apos;ouvre par l&apos;imprimante (Réglages → Périphériques)</source>
        <translation>No printer configured: the cash drawer opens through the printer (Settings → Devices)</translation>
    </message>
    <message>
        <source>Tiroir-caisse ouvert (enregistré au journal)</source>
        <translation>Cash drawer opened (recorded in the journal)</translation>
    </message>
    <message>
        <source>Afficheur client en panne : {0}</source>
        <translation>Customer display failure: {0}</translation>
    </message>
</context>
<context>
    <name>CountingWidget</name>
    <message>
        <source>Billets</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pièces</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Nombre de {0}</source>
        <translation>Number of {0}</translation>
    </message>
    <message>
        <source>Un de moins</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>Un de plus</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>Total compté : {0}</source>
        <translation>Total counted: {0}</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsPage</name>
    <message>
        <source>Erreur inattendue du périphérique : {0}</source>
        <translation>Unexpected device error: {0}</translation>
    </message>
    <message>
        <source>{0} : un nombre hexadécimal, par exemple 04b8</source>
        <translation>{0}: a hexadecimal number, for example 04b8</translation>
    </message>
    <message>
        <source>Actualiser les ports série</source>
        <translation>Refresh serial ports</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Imprimante de tickets et tiroir-caisse</source>
        <translation>Receipt printer and cash drawer</translation>
    </message>
    <message>
        <source>Selon le modèle</source>
        <translation>Model default</translation>
    </message>
    <message>
        <source>Ouvrir le tiroir pour un paiement en espèces</source>
        <translation>Open the drawer for a cash payment</translation>
    </message>
    <message>
        <source>Vérifier l&apos;état de l&apos;imprimante (papier, capot) à chaque impression</source>
        <translation>Check the printer status (paper, cover) before every print</translation>
    </message>
    <message>
        <source>Image du logo (facultatif)</source>
        <translation>Logo image (optional)</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Ouvrir le tiroir (test)</source>
        <translation>Open the drawer (test)</translation>
    </message>
    <message>
        <source>Branchement</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Adresse IP</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Port réseau</source>
        <translation>Network port</translation>
    </message>
    <message>
        <source>Port série</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <source>USB fabricant (hex)</source>
        <translation>USB vendor ID (hex)</translation>
    </message>
    <message>
        <source>USB produit (hex)</source>
        <translation>USB product ID (hex)</translation>
    </message>
    <message>
        <source>Fichier de périphérique</source>
        <translation>Device file</translation>
    </message>
    <message>
        <source>Nom de l&apos;imprimante Windows</source>
        <translation>Windows printer name</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Page de code CP858 (n°)</source>
        <translation>CP858 code page (number)</translation>
    </message>
    <message>
        <source>Largeur du papier</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Tiroir-caisse</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Délai d&apos;attente</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Afficheur client</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>Afficher un texte de test</source>
        <translation>Show a test text</translation>
    </message>
    <message>
        <source>Jeu de commandes</source>
        <translation>Command set</translation>
    </message>
    <message>
        <source>Message d&apos;accueil</source>
        <translation>Welcome message</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Lire le poids</source>
        <translation>Read the weight</translation>
    </message>
    <message>
        <source>Poids minimum</source>
        <translation>Minimum weight</translation>
    </message>
    <message>
        <source>Portée maximale</source>
        <translation>Maximum capacity</translation>
    </message>
    <message>
        <source>Lecteur de codes-barres</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>Tester : scannez un code</source>
        <translation>Test: scan a code</translation>
    </message>
    <message>
        <source>USB fabricant</source>
        <translation>USB vendor ID</translation>
    </message>
    <message>
        <source>USB produit</source>
        <translation>USB product ID</translation>
    </message>
    <message>
        <source>Connectez-vous d&apos;abord</source>
        <translation>Log in first</translation>
    </message>
    <message>
        <source>Réglages enregistrés : ils s&apos;appliquent au prochain démarrage de la caisse</source>
        <translation>Settings saved: they apply the next time the till starts</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le branchement de l&apos;imprimante</source>
        <translation>Choose the printer&apos;s connection first</translation>
    </message>
    <message>
        <source>Page de test envoyée à l&apos;imprimante ({0}) : vérifiez les accents et le €</source>
        <translation>Test page sent to the printer ({0}): check the accents and the €</translation>
    </message>
    <message>
        <source>Impulsion envoyée au tiroir (broche {0})</source>
        <translation>Pulse sent to the drawer (pin {0})</translation>
    </message>
    <message>
        <source>Aucun afficheur client n&apos;est choisi</source>
        <translation>No customer display is selected</translation>
    </message>
    <message>
        <source>Texte envoyé : l&apos;afficheur doit montrer « Creme brulee » et « 4,50 EUR »</source>
        <translation>Text sent: the display must show “Creme brulee” and “4,50 EUR”</translation>
    </message>
    <message>
        <source>Poids lu : {0}</source>
        <translation>Weight read: {0}</translation>
    </message>
    <message>
        <source>Lecteur clavier : scannez un code dans l&apos;écran de vente. S&apos;il tape « &amp;é&quot;&apos;(-è_çà » au lieu de chiffres, réglez-le en clavier français (AZERTY)</source>
        <translation>Keyboard scanner: scan a code on the sale screen. If it types “&amp;é&quot;&apos;(-è_çà” instead of digits, set it to the French (AZERTY) keyboard layout</translation>
    </message>
    <message>
        <source>Aucun code reçu en {0} s : vérifiez le port et la vitesse</source>
        <translation>No code received in {0} s: check the port and the speed</translation>
    </message>
    <message>
        <source>Code lu : {0}</source>
        <translation>Code read: {0}</translation>
    </message>
</context>
<context>
    <name>DeviceTest</name>
    <message>
        <source>Erreur inattendue de l&apos;imprimante : {0}</source>
        <translation>Unexpected printer error: {0}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>En %</source>
        <translation>As %</translation>
    </message>
    <message>
        <source>En €</source>
        <translation>In €</translation>
    </message>
    <message>
        <source>Supprimer la remise</source>
        <translation>Remove the discount</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>DriverVisitPage</name>
    <message>
        <source>Scannez chaque colis qui part avec le chauffeur</source>
        <translation>Scan each parcel leaving with the driver</translation>
    </message>
    <message>
        <source>Imprimer le bordereau</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>Valider le passage</source>
        <translation>Confirm the visit</translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Retours à remettre</source>
        <translation>Returns to hand over</translation>
    </message>
    <message>
        <source>Dépôts à remettre</source>
        <translation>Drop-offs to hand over</translation>
    </message>
    <message>
        <source>Colis livrés aujourd&apos;hui (onglet Réception) : {0}</source>
        <translation>Parcels delivered today (Reception tab): {0}</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas dans la liste de ce transporteur</source>
        <translation>{0} is not in this carrier&apos;s list</translation>
    </message>
    <message>
        <source>Livrés {0} · retours {1}/{2} · dépôts {3}/{4}</source>
        <translation>Delivered {0} · returns {1}/{2} · drop-offs {3}/{4}</translation>
    </message>
    <message>
        <source>Passage enregistré : {0} retour(s), {1} dépôt(s)</source>
        <translation>Visit recorded: {0} return(s), {1} drop-off(s)</translation>
    </message>
    <message>
        <source> — {0} colis attendu(s) non remis</source>
        <translation> — {0} expected parcel(s) not handed over</translation>
    </message>
</context>
<context>
    <name>DropOffPage</name>
    <message>
        <source>Scannez l&apos;étiquette du colis à expédier</source>
        <translation>Scan the label of the parcel to send</translation>
    </message>
    <message>
        <source>Peser sur la balance</source>
        <translation>Weigh on the scale</translation>
    </message>
    <message>
        <source>Imprimer un reçu de dépôt</source>
        <translation>Print a drop-off receipt</translation>
    </message>
    <message>
        <source>Enregistrer le dépôt</source>
        <translation>Record the drop-off</translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Taille (cm)</source>
        <translation>Size (cm)</translation>
    </message>
    <message>
        <source>Dépôts en attente du chauffeur</source>
        <translation>Drop-offs waiting for the driver</translation>
    </message>
    <message>
        <source>{0} kg au plus</source>
        <translation>{0} kg at most</translation>
    </message>
    <message>
        <source>L + l + h ≤ {0} cm</source>
        <translation>L + W + H ≤ {0} cm</translation>
    </message>
    <message>
        <source>côté ≤ {0} cm</source>
        <translation>side ≤ {0} cm</translation>
    </message>
    <message>
        <source>Limites {0} : {1}</source>
        <translation>{0} limits: {1}</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Pesée en cours…</source>
        <translation>Weighing…</translation>
    </message>
    <message>
        <source>Poids lu sur la balance : {0} g</source>
        <translation>Weight read on the scale: {0} g</translation>
    </message>
    <message>
        <source> — tapez le poids si besoin</source>
        <translation> — type the weight if needed</translation>
    </message>
    <message>
        <source>✔ Dépôt {0} enregistré ({1})</source>
        <translation>✔ Drop-off {0} recorded ({1})</translation>
    </message>
</context>
<context>
    <name>DrunkRefusalButton</name>
    <message>
        <source>Refus : ivresse</source>
        <translation>Refuse: drunk</translation>
    </message>
    <message>
        <source>Aucune carafe d&apos;eau gratuite au catalogue</source>
        <translation>No free jug of water in the catalogue</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Année invalide : « {0} » (format AAAA)</source>
        <translation>Invalid year: “{0}” (format YYYY)</translation>
    </message>
    <message>
        <source>Archive non écrite ({0}) : rien n&apos;a été enregistré</source>
        <translation>Archive not written ({0}): nothing was saved</translation>
    </message>
    <message>
        <source>Ardoise introuvable (n° {0})</source>
        <translation>Tab not found (no. {0})</translation>
    </message>
    <message>
        <source>Article au poids : supprimez la ligne et pesez à nouveau</source>
        <translation>Weighed item: delete the line and weigh again</translation>
    </message>
    <message>
        <source>Article n° {0} introuvable</source>
        <translation>Item no. {0} not found</translation>
    </message>
    <message>
        <source>Aucun article remisable sur ce ticket</source>
        <translation>No discountable item on this ticket</translation>
    </message>
    <message>
        <source>Aucun emplacement : indiquez par exemple « A1-A20, B1-B20 »</source>
        <translation>No location: enter for example “A1-A20, B1-B20”</translation>
    </message>
    <message>
        <source>Aucun numéro de {0} reçu : tapez le numéro</source>
        <translation>No {0} number received: type the number</translation>
    </message>
    <message>
        <source>Aucun tiroir-caisse n&apos;est branché sur cette caisse</source>
        <translation>No cash drawer is connected to this till</translation>
    </message>
    <message>
        <source>Aucune balance n&apos;est configurée : saisissez le poids à la main</source>
        <translation>No scale is configured: enter the weight by hand</translation>
    </message>
    <message>
        <source>Aucune caisse ouverte : ouvrez la caisse en comptant le fond de caisse</source>
        <translation>No till open: open the till by counting the float</translation>
    </message>
    <message>
        <source>Aucune exception aux horaires le {0}</source>
        <translation>No exception to the opening hours on {0}</translation>
    </message>
    <message>
        <source>Aucune imprimante configurée : le tiroir-caisse s&apos;ouvre par l&apos;imprimante</source>
        <translation>No printer configured: the cash drawer opens through the printer</translation>
    </message>
    <message>
        <source>Base de données introuvable : {0}</source>
        <translation>Database not found: {0}</translation>
    </message>
    <message>
        <source>Bon de livraison sans ligne</source>
        <translation>Delivery note without lines</translation>
    </message>
    <message>
        <source>Bon de livraison sans ligne : scannez ou ajoutez au moins un article</source>
        <translation>Delivery note without lines: scan or add at least one item</translation>
    </message>
    <message>
        <source>Bénéficiaire inconnu</source>
        <translation>Unknown recipient</translation>
    </message>
    <message>
        <source>Caractère interdit dans la destination (| ou retour à la ligne)</source>
        <translation>Forbidden character in the destination (| or line break)</translation>
    </message>
    <message>
        <source>Caractères par ligne : 32, 42 ou 48</source>
        <translation>Characters per line: 32, 42 or 48</translation>
    </message>
    <message>
        <source>Carte pain : espèces, carte ou chèque</source>
        <translation>Bread card: cash, card or cheque</translation>
    </message>
    <message>
        <source>Carte pain de {0} insuffisante : reste {1} pour {2}</source>
        <translation>Bread card of {0} insufficient: {1} left for {2}</translation>
    </message>
    <message>
        <source>Cash-back limité à {0} (CMF L112-14)</source>
        <translation>Cash-back limited to {0} (CMF L112-14)</translation>
    </message>
    <message>
        <source>Catalogue de démonstration : ligne {0} refusée ({1})</source>
        <translation>Demo catalogue: line {0} refused ({1})</translation>
    </message>
    <message>
        <source>Catalogue de démonstration introuvable : installation incomplète</source>
        <translation>Demo catalogue not found: incomplete installation</translation>
    </message>
    <message>
        <source>Catégorie introuvable (n° {0})</source>
        <translation>Category not found (no. {0})</translation>
    </message>
    <message>
        <source>Ce boulanger ne reprend pas les invendus (achat pour revente)</source>
        <translation>This baker does not take back unsold items (bought for resale)</translation>
    </message>
    <message>
        <source>Ce boulanger partenaire n&apos;existe pas</source>
        <translation>This partner baker does not exist</translation>
    </message>
    <message>
        <source>Ce catalogue nomme deux fois la même colonne</source>
        <translation>This catalogue names the same column twice</translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas un code presse</source>
        <translation>This code is not a press code</translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas un code presse (il doit commencer par 977)</source>
        <translation>This code is not a press code (it must start with 977)</translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas une étiquette de balance : {0}</source>
        <translation>This code is not a scale label: {0}</translation>
    </message>
    <message>
        <source>Ce compte client n&apos;existe pas</source>
        <translation>This customer account does not exist</translation>
    </message>
    <message>
        <source>Ce compte client n&apos;existe pas ou est fermé</source>
        <translation>This customer account does not exist or is closed</translation>
    </message>
    <message>
        <source>Ce document a déjà été imprimé : utilisez « Réimprimer »</source>
        <translation>This document has already been printed: use “Reprint”</translation>
    </message>
    <message>
        <source>Ce document est en cours d&apos;impression</source>
        <translation>This document is being printed</translation>
    </message>
    <message>
        <source>Ce fournisseur n&apos;existe pas</source>
        <translation>This supplier does not exist</translation>
    </message>
    <message>
        <source>Ce produit n&apos;est pas vendu pour un tiers (cochez « Vendu pour un tiers » dans sa fiche)</source>
        <translation>This product is not sold on behalf of a third party (tick “Sold for a third party” on its form)</translation>
    </message>
    <message>
        <source>Ce produit n&apos;existe pas</source>
        <translation>This product does not exist</translation>
    </message>
    <message>
        <source>Ce produit ne figure pas sur cette réception</source>
        <translation>This product is not on this delivery</translation>
    </message>
    <message>
        <source>Ce ticket a déjà été imprimé : faites un duplicata</source>
        <translation>This ticket has already been printed: print a duplicate</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue cafe-pos (colonnes inconnues : {0}) : la première ligne doit nommer les colonnes, séparées par « ; » ({1};...)</source>
        <translation>This file is not a cafe-pos catalogue (unknown columns: {0}): the first line must name the columns, separated by “;” ({1};...)</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue cafe-pos (colonnes manquantes : {0}) : la première ligne doit nommer les colonnes, séparées par « ; » ({1};...)</source>
        <translation>This file is not a cafe-pos catalogue (missing columns: {0}): the first line must name the columns, separated by “;” ({1};...)</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue du réseau (colonnes inconnues : {0}) : la première ligne doit nommer les colonnes séparées par « ; » ({1})</source>
        <translation>This file is not a network catalogue (unknown columns: {0}): the first line must name the columns separated by “;” ({1})</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue du réseau (colonnes manquantes : {0}) : la première ligne doit nommer les colonnes séparées par « ; » ({1})</source>
        <translation>This file is not a network catalogue (missing columns: {0}): the first line must name the columns separated by “;” ({1})</translation>
    </message>
    <message>
        <source>Ce ticket est déjà encaissé (ticket n° {0}) : rien n&apos;a été enregistré deux fois</source>
        <translation>This ticket is already paid (ticket no. {0}): nothing was recorded twice</translation>
    </message>
    <message>
        <source>Ce ticket est déjà encaissé : rien n&apos;a été enregistré deux fois</source>
        <translation>This ticket is already paid: nothing was recorded twice</translation>
    </message>
    <message>
        <source>Ce titre existe déjà (code {0})</source>
        <translation>This title already exists (code {0})</translation>
    </message>
    <message>
        <source>Certaines lignes ne sont plus sur l&apos;ardoise (payées ou déplacées)</source>
        <translation>Some lines are no longer on the tab (paid or moved)</translation>
    </message>
    <message>
        <source>Ces lignes appartiennent à une ardoise : payez-les depuis l&apos;ardoise</source>
        <translation>These lines belong to a tab: pay them from the tab</translation>
    </message>
    <message>
        <source>Ces lignes de l&apos;ardoise ont changé (déjà payées ou déplacées) : rouvrez-la</source>
        <translation>These tab lines have changed (already paid or moved): reopen it</translation>
    </message>
    <message>
        <source>Ces lignes sont déjà sur une ardoise</source>
        <translation>These lines are already on a tab</translation>
    </message>
    <message>
        <source>Cet article n&apos;est pas fourni par ce boulanger</source>
        <translation>This item is not supplied by this baker</translation>
    </message>
    <message>
        <source>Cet article n&apos;existe pas ou est archivé</source>
        <translation>This item does not exist or is archived</translation>
    </message>
    <message>
        <source>Cet inventaire est déjà validé : ouvrez-en un nouveau</source>
        <translation>This stock count is already validated: open a new one</translation>
    </message>
    <message>
        <source>Cet inventaire n&apos;existe pas</source>
        <translation>This stock count does not exist</translation>
    </message>
    <message>
        <source>Cette ardoise n&apos;existe pas</source>
        <translation>This tab does not exist</translation>
    </message>
    <message>
        <source>Cette ardoise n&apos;existe pas ou est déjà réglée</source>
        <translation>This tab does not exist or is already settled</translation>
    </message>
    <message>
        <source>Cette base contient une activité réelle ({0} ticket(s) hors simulation) : la simulation est réservée aux bases de démonstration et de test</source>
        <translation>This database holds real activity ({0} ticket(s) outside simulation): simulation is only for demo and test databases</translation>
    </message>
    <message>
        <source>Cette base de données a été créée par une version plus récente de cafe-pos (schéma {0}) : mettez le logiciel à jour</source>
        <translation>This database was created by a newer version of cafe-pos (schema {0}): update the software</translation>
    </message>
    <message>
        <source>Cette caisse a déjà été fermée</source>
        <translation>This till has already been closed</translation>
    </message>
    <message>
        <source>Cette catégorie n&apos;existe pas</source>
        <translation>This category does not exist</translation>
    </message>
    <message>
        <source>Cette commande n&apos;existe pas</source>
        <translation>This order does not exist</translation>
    </message>
    <message>
        <source>Cette ligne n&apos;est plus sur l&apos;ardoise</source>
        <translation>This line is no longer on the tab</translation>
    </message>
    <message>
        <source>Cette ligne n&apos;existe pas (ou plus) sur le ticket</source>
        <translation>This line does not exist (or no longer) on the ticket</translation>
    </message>
    <message>
        <source>Cette livraison est déjà réceptionnée : la commande ne change plus</source>
        <translation>This delivery has already been received: the order can no longer change</translation>
    </message>
    <message>
        <source>Cette part est de {0}</source>
        <translation>This share is {0}</translation>
    </message>
    <message>
        <source>Cette réception n&apos;existe pas</source>
        <translation>This delivery does not exist</translation>
    </message>
    <message>
        <source>Cette réservation n&apos;est pas prépayée : encaissez-la</source>
        <translation>This reservation is not prepaid: take payment for it</translation>
    </message>
    <message>
        <source>Cette réservation n&apos;existe pas</source>
        <translation>This reservation does not exist</translation>
    </message>
    <message>
        <source>Cette sauvegarde est plus ancienne que la base : {0} enregistrement(s) seraient écartés ; un·e gérant·e doit valider avec son code</source>
        <translation>This backup is older than the database: {0} record(s) would be dropped; a manager must approve with their PIN</translation>
    </message>
    <message>
        <source>Cette sauvegarde ne contient pas la clé de signature du café : restaurez-la en acceptant une nouvelle clé (--new-key), dont le changement sera journalisé</source>
        <translation>This backup does not contain the café&apos;s signing key: restore it accepting a new key (--new-key), whose change will be logged</translation>
    </message>
    <message>
        <source>Choisissez au moins un jour de livraison</source>
        <translation>Choose at least one delivery day</translation>
    </message>
    <message>
        <source>Choisissez au moins un produit du catalogue du réseau</source>
        <translation>Choose at least one product from the network catalogue</translation>
    </message>
    <message>
        <source>Choisissez au moins une ligne à rembourser</source>
        <translation>Choose at least one line to refund</translation>
    </message>
    <message>
        <source>Choisissez la destination à retirer</source>
        <translation>Choose the destination to remove</translation>
    </message>
    <message>
        <source>Choisissez le compte client à débiter</source>
        <translation>Choose the customer account to charge</translation>
    </message>
    <message>
        <source>Choisissez le fichier CSV du catalogue</source>
        <translation>Choose the catalogue CSV file</translation>
    </message>
    <message>
        <source>Choisissez le port série de l&apos;afficheur client</source>
        <translation>Choose the customer display&apos;s serial port</translation>
    </message>
    <message>
        <source>Choisissez le port série de l&apos;imprimante</source>
        <translation>Choose the printer&apos;s serial port</translation>
    </message>
    <message>
        <source>Choisissez le port série de la balance</source>
        <translation>Choose the scale&apos;s serial port</translation>
    </message>
    <message>
        <source>Choisissez le port série du lecteur de codes-barres</source>
        <translation>Choose the barcode scanner&apos;s serial port</translation>
    </message>
    <message>
        <source>Choisissez les lignes à déplacer</source>
        <translation>Choose the lines to move</translation>
    </message>
    <message>
        <source>Choisissez une autre ardoise</source>
        <translation>Choose another tab</translation>
    </message>
    <message>
        <source>Clé USB « {0} » : impossible d&apos;y créer cafe-pos-sauvegardes ({1})</source>
        <translation>USB stick “{0}”: cannot create cafe-pos-sauvegardes on it ({1})</translation>
    </message>
    <message>
        <source>Clé USB « {0} » non branchée</source>
        <translation>USB stick “{0}” not plugged in</translation>
    </message>
    <message>
        <source>Clé de signature illisible : {0}</source>
        <translation>Signing key unreadable: {0}</translation>
    </message>
    <message>
        <source>Clé de signature introuvable ({0}) : restaurez-la depuis la sauvegarde ou faites changer la clé par un·e gérant·e</source>
        <translation>Signing key not found ({0}): restore it from the backup or have a manager change the key</translation>
    </message>
    <message>
        <source>Clé de signature introuvable : {0}</source>
        <translation>Signing key not found: {0}</translation>
    </message>
    <message>
        <source>Cochez « pièce d&apos;identité vérifiée » avant de remettre le colis</source>
        <translation>Tick “ID checked” before handing over the parcel</translation>
    </message>
    <message>
        <source>Code NAF invalide : « {0} » (4 chiffres et une lettre, ex. 5630Z)</source>
        <translation>Invalid NAF code: “{0}” (4 digits and a letter, e.g. 5630Z)</translation>
    </message>
    <message>
        <source>Code de retrait trop long</source>
        <translation>Pickup code too long</translation>
    </message>
    <message>
        <source>Code gérant·e incorrect</source>
        <translation>Wrong manager PIN</translation>
    </message>
    <message>
        <source>Code inconnu : {0} (créez l&apos;article dans le catalogue)</source>
        <translation>Unknown code: {0} (create the item in the catalogue)</translation>
    </message>
    <message>
        <source>Code incorrect ({0} essai restant)</source>
        <translation>Wrong PIN ({0} attempt left)</translation>
    </message>
    <message>
        <source>Code incorrect ({0} essais restants)</source>
        <translation>Wrong PIN ({0} attempts left)</translation>
    </message>
    <message>
        <source>Code presse invalide : 13 chiffres, suivis éventuellement de 2 ou 5 chiffres pour le numéro</source>
        <translation>Invalid press code: 13 digits, optionally followed by 2 or 5 digits for the issue</translation>
    </message>
    <message>
        <source>Code presse invalide : seuls des chiffres sont attendus</source>
        <translation>Invalid press code: only digits are expected</translation>
    </message>
    <message>
        <source>Code presse mal lu : la clé de contrôle ne correspond pas, rescannez</source>
        <translation>Press code misread: the check digit does not match, scan again</translation>
    </message>
    <message>
        <source>Code-barres invalide : il ne doit contenir que des chiffres</source>
        <translation>Invalid barcode: it must contain only digits</translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} » a {1} chiffres (8, 12 ou 13 attendus)</source>
        <translation>Invalid barcode: “{0}” has {1} digits (8, 12 or 13 expected)</translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} » ne doit contenir que des chiffres</source>
        <translation>Invalid barcode: “{0}” must contain only digits</translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} », la clé de contrôle ne correspond pas (attendu {1})</source>
        <translation>Invalid barcode: “{0}”, the check digit does not match (expected {1})</translation>
    </message>
    <message>
        <source>Code-barres trop long ({0} caractères) : 8, 12 ou 13 chiffres attendus</source>
        <translation>Barcode too long ({0} characters): 8, 12 or 13 digits expected</translation>
    </message>
    <message>
        <source>Code-barres vide</source>
        <translation>Empty barcode</translation>
    </message>
    <message>
        <source>Code-barres « {0} » transformé en nombre par le tableur : mettez la colonne codes_barres au format Texte</source>
        <translation>Barcode “{0}” turned into a number by the spreadsheet: format the codes_barres column as Text</translation>
    </message>
    <message>
        <source>Colis inconnu</source>
        <translation>Unknown parcel</translation>
    </message>
    <message>
        <source>Colis inconnu : {0}</source>
        <translation>Unknown parcel: {0}</translation>
    </message>
    <message>
        <source>Colis trop grand pour {0} : longueur + largeur + hauteur = {1} cm pour {2} cm au plus</source>
        <translation>Parcel too big for {0}: length + width + height = {1} cm for {2} cm at most</translation>
    </message>
    <message>
        <source>Colis trop long pour {0} : {1} cm pour {2} cm au plus</source>
        <translation>Parcel too long for {0}: {1} cm for {2} cm at most</translation>
    </message>
    <message>
        <source>Colis trop lourd pour {0} : {1} pour {2} au plus</source>
        <translation>Parcel too heavy for {0}: {1} for {2} at most</translation>
    </message>
    <message>
        <source>Colonne {0} : « {1} » n&apos;est ni oui ni non</source>
        <translation>Column {0}: “{1}” is neither yes nor no</translation>
    </message>
    <message>
        <source>Colonnes manquantes : {0} (séparateur « ; », voir la documentation)</source>
        <translation>Missing columns: {0} (separator “;”, see the documentation)</translation>
    </message>
    <message>
        <source>Commission invalide : entre 0 et 100,00 € par colis</source>
        <translation>Invalid commission: between 0 and 100.00 € per parcel</translation>
    </message>
    <message>
        <source>Commission invalide : entre 0 et 50 %</source>
        <translation>Invalid commission: between 0 and 50 %</translation>
    </message>
    <message>
        <source>Comptage trop élevé : {0} (100 000 € au plus)</source>
        <translation>Count too high: {0} (100,000 € at most)</translation>
    </message>
    <message>
        <source>Compte bloqué après trop de codes erronés : un·e gérant·e doit le débloquer (Réglages › Utilisateurs)</source>
        <translation>Account locked after too many wrong PINs: a manager must unlock it (Settings › Users)</translation>
    </message>
    <message>
        <source>Compte bloqué jusqu&apos;à {0}</source>
        <translation>Account locked until {0}</translation>
    </message>
    <message>
        <source>Confirmation du siège mal formée</source>
        <translation>Malformed confirmation from HQ</translation>
    </message>
    <message>
        <source>Copie de la clé de signature impossible : {0}</source>
        <translation>Cannot copy the signing key: {0}</translation>
    </message>
    <message>
        <source>Copie impossible vers {0} : {1}</source>
        <translation>Cannot copy to {0}: {1}</translation>
    </message>
    <message>
        <source>Couleur invalide : « {0} » (format #rrvvbb)</source>
        <translation>Invalid colour: “{0}” (format #rrggbb)</translation>
    </message>
    <message>
        <source>DDM dépassée ({0}) : à vendre en promotion ; confirmez pour le recevoir quand même</source>
        <translation>Best-before date passed ({0}): to sell on promotion; confirm to receive it anyway</translation>
    </message>
    <message>
        <source>DLC dépassée ({0}) : ce lot ne peut pas être reçu ni vendu</source>
        <translation>Use-by date passed ({0}): this batch can be neither received nor sold</translation>
    </message>
    <message>
        <source>Date de retour déjà passée : vérifiez le bon de livraison</source>
        <translation>Return date already passed: check the delivery note</translation>
    </message>
    <message>
        <source>Date hors des années possibles ({0} à {1}) : « {2} »</source>
        <translation>Date outside the possible years ({0} to {1}): “{2}”</translation>
    </message>
    <message>
        <source>Date invalide : « {0} » (format AAAA-MM-JJ ou JJ/MM/AAAA)</source>
        <translation>Invalid date: “{0}” (format YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>Degré d&apos;alcool invalide (entre 0 et 90 % vol)</source>
        <translation>Invalid alcohol content (between 0 and 90 % vol)</translation>
    </message>
    <message>
        <source>Degré d&apos;alcool invalide : « {0} » (ex. 4,5)</source>
        <translation>Invalid alcohol content: “{0}” (e.g. 4.5)</translation>
    </message>
    <message>
        <source>Destination déjà choisie : {0}</source>
        <translation>Destination already chosen: {0}</translation>
    </message>
    <message>
        <source>Deux promotions portent le même nom</source>
        <translation>Two promotions have the same name</translation>
    </message>
    <message>
        <source>Dimensions du colis invalides</source>
        <translation>Invalid parcel dimensions</translation>
    </message>
    <message>
        <source>Distributeur inconnu</source>
        <translation>Unknown distributor</translation>
    </message>
    <message>
        <source>Donnez le nom du client</source>
        <translation>Enter the customer&apos;s name</translation>
    </message>
    <message>
        <source>Donnez un motif à l&apos;exception (par exemple : Fête du village)</source>
        <translation>Give a reason for the exception (for example: Village fête)</translation>
    </message>
    <message>
        <source>Donnez un nom ou un numéro à l&apos;ardoise</source>
        <translation>Give the tab a name or a number</translation>
    </message>
    <message>
        <source>Donnez un nom à la promotion (80 caractères au plus)</source>
        <translation>Give the promotion a name (80 characters at most)</translation>
    </message>
    <message>
        <source>Dossier des migrations introuvable : installation incomplète</source>
        <translation>Migrations folder not found: incomplete installation</translation>
    </message>
    <message>
        <source>Dossier introuvable : {0}</source>
        <translation>Folder not found: {0}</translation>
    </message>
    <message>
        <source>Durée de garde invalide : entre 1 et 60 jours</source>
        <translation>Invalid holding time: between 1 and 60 days</translation>
    </message>
    <message>
        <source>Dérogation aux horaires : indiquez la raison (5 caractères au moins)</source>
        <translation>Exception to the opening hours: give the reason (at least 5 characters)</translation>
    </message>
    <message>
        <source>Dérogation impossible : ticket non identifié</source>
        <translation>Exception impossible: ticket not identified</translation>
    </message>
    <message>
        <source>En mode formation, aucune clôture n&apos;est enregistrée</source>
        <translation>In training mode, no closing is recorded</translation>
    </message>
    <message>
        <source>Fichier de sortie inutilisable : {0}</source>
        <translation>Unusable output file: {0}</translation>
    </message>
    <message>
        <source>Fichier introuvable : {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <source>Fichier trop gros pour un bon de livraison (2 Mo au plus)</source>
        <translation>File too big for a delivery note (2 MB at most)</translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : il faut au moins un chiffre P</source>
        <translation>Invalid scale label format: at least one P digit is needed</translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : prix ou poids, pas les deux</source>
        <translation>Invalid scale label format: price or weight, not both</translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : « {0} » (10 caractères parmi P, $, W, C, 0 ; exemple PPPPP$$$$$)</source>
        <translation>Invalid scale label format: “{0}” (10 characters among P, $, W, C, 0; example PPPPP$$$$$)</translation>
    </message>
    <message>
        <source>Fournisseur inconnu : « {0} » (créez-le d&apos;abord)</source>
        <translation>Unknown supplier: “{0}” (create it first)</translation>
    </message>
    <message>
        <source>Genre d&apos;article inconnu</source>
        <translation>Unknown item kind</translation>
    </message>
    <message>
        <source>Genre de bénéficiaire inconnu</source>
        <translation>Unknown kind of recipient</translation>
    </message>
    <message>
        <source>Heure invalide : les heures vont de 00:00 à 24:00</source>
        <translation>Invalid time: hours go from 00:00 to 24:00</translation>
    </message>
    <message>
        <source>Heure invalide : « {0} » (de 00:00 à 24:00)</source>
        <translation>Invalid time: “{0}” (from 00:00 to 24:00)</translation>
    </message>
    <message>
        <source>Heure invalide : « {0} » (exemple : 18:30)</source>
        <translation>Invalid time: “{0}” (example: 18:30)</translation>
    </message>
    <message>
        <source>Horaires refusés : {0} n&apos;a aucune heure de fermeture. Saisissez les horaires de l&apos;arrêté préfectoral, qui fixe toujours une fermeture</source>
        <translation>Opening hours refused: {0} has no closing time. Enter the hours of the prefectoral order, which always sets a closing time</translation>
    </message>
    <message>
        <source>ISSN invalide : 8 caractères, par exemple 0242-6056</source>
        <translation>Invalid ISSN: 8 characters, for example 0242-6056</translation>
    </message>
    <message>
        <source>ISSN invalide : la clé de contrôle ne correspond pas</source>
        <translation>Invalid ISSN: the check digit does not match</translation>
    </message>
    <message>
        <source>Il faut exactement 11 chiffres pour calculer la clé d&apos;un UPC-A</source>
        <translation>Exactly 11 digits are needed to compute a UPC-A check digit</translation>
    </message>
    <message>
        <source>Il faut exactement 12 chiffres pour calculer la clé d&apos;un EAN-13</source>
        <translation>Exactly 12 digits are needed to compute an EAN-13 check digit</translation>
    </message>
    <message>
        <source>Il faut exactement 7 chiffres pour calculer la clé d&apos;un EAN-8</source>
        <translation>Exactly 7 digits are needed to compute an EAN-8 check digit</translation>
    </message>
    <message>
        <source>Il reste {0} à payer sur « {1} » : réglez ou retirez les lignes</source>
        <translation>{0} still to pay on “{1}”: settle or remove the lines</translation>
    </message>
    <message>
        <source>Impossible d&apos;annuler : impression {0}</source>
        <translation>Cannot cancel: print job {0}</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port de la balance ({0}) : vérifiez le câble</source>
        <translation>Cannot open the scale&apos;s port ({0}): check the cable</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port du lecteur de codes-barres ({0})</source>
        <translation>Cannot open the barcode scanner&apos;s port ({0})</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;export : {0}</source>
        <translation>Cannot write the export: {0}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF {0} : {1}</source>
        <translation>Cannot write the PDF {0}: {1}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le catalogue : {0}</source>
        <translation>Cannot write the catalogue: {0}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le document {0} : {1}</source>
        <translation>Cannot write the document {0}: {1}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le rapport : {0}</source>
        <translation>Cannot write the report: {0}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {0} : {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>Impression n° {0} introuvable</source>
        <translation>Print job no. {0} not found</translation>
    </message>
    <message>
        <source>Imprimante USB : le pilote pyusb (et libusb) n&apos;est pas installé sur ce poste</source>
        <translation>USB printer: the pyusb driver (and libusb) is not installed on this computer</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse IP de l&apos;imprimante réseau</source>
        <translation>Enter the network printer&apos;s IP address</translation>
    </message>
    <message>
        <source>Indiquez la raison du changement de clé de signature</source>
        <translation>Give the reason for the signing key change</translation>
    </message>
    <message>
        <source>Indiquez le code d&apos;inscription donné par le siège</source>
        <translation>Enter the enrolment code given by HQ</translation>
    </message>
    <message>
        <source>Indiquez le degré d&apos;alcool (% vol) d&apos;une boisson alcoolisée</source>
        <translation>Enter the alcohol content (% vol) of an alcoholic drink</translation>
    </message>
    <message>
        <source>Indiquez le dossier, l&apos;étiquette de la clé USB ou le partage réseau</source>
        <translation>Enter the folder, the USB stick&apos;s label or the network share</translation>
    </message>
    <message>
        <source>Indiquez le fichier de périphérique de l&apos;imprimante</source>
        <translation>Enter the printer&apos;s device file</translation>
    </message>
    <message>
        <source>Indiquez le motif de la correction</source>
        <translation>Enter the reason for the correction</translation>
    </message>
    <message>
        <source>Indiquez le motif du remboursement</source>
        <translation>Give the reason for the refund</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;imprimante Windows</source>
        <translation>Enter the Windows printer&apos;s name</translation>
    </message>
    <message>
        <source>Indiquez le nom du boulanger partenaire</source>
        <translation>Enter the partner baker&apos;s name</translation>
    </message>
    <message>
        <source>Indiquez le nom du client de la réservation</source>
        <translation>Enter the name of the reservation&apos;s customer</translation>
    </message>
    <message>
        <source>Indiquez le type de pièce d&apos;identité vérifiée</source>
        <translation>Enter the type of ID checked</translation>
    </message>
    <message>
        <source>Indiquez un chemin complet : {0}</source>
        <translation>Enter a full path: {0}</translation>
    </message>
    <message>
        <source>Indiquez un numéro de ticket ou une date</source>
        <translation>Enter a ticket number or a date</translation>
    </message>
    <message>
        <source>Inscription impossible : {0}</source>
        <translation>Enrolment impossible: {0}</translation>
    </message>
    <message>
        <source>Inscription refusée par le siège : {0}</source>
        <translation>Enrolment refused by HQ: {0}</translation>
    </message>
    <message>
        <source>Jeton d&apos;encaissement invalide : recommencez</source>
        <translation>Invalid payment token: start again</translation>
    </message>
    <message>
        <source>Jeton d&apos;encaissement invalide : recommencez le ticket</source>
        <translation>Invalid payment token: start the ticket again</translation>
    </message>
    <message>
        <source>Jeu de commandes de l&apos;afficheur : Epson ou CD5220</source>
        <translation>Display&apos;s command set: Epson or CD5220</translation>
    </message>
    <message>
        <source>Jour de la semaine inconnu</source>
        <translation>Unknown day of the week</translation>
    </message>
    <message>
        <source>Jours de livraison invalides (0 = lundi … 6 = dimanche)</source>
        <translation>Invalid delivery days (0 = Monday … 6 = Sunday)</translation>
    </message>
    <message>
        <source>L&apos;adresse du café est obligatoire</source>
        <translation>The café&apos;s address is required</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue (4 lignes, 255 caractères au plus)</source>
        <translation>The address is too long (4 lines, 255 characters at most)</translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas : vérifiez son câble</source>
        <translation>The customer display does not respond: check its cable</translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas : vérifiez son câble ({0})</source>
        <translation>The customer display does not respond: check its cable ({0})</translation>
    </message>
    <message>
        <source>L&apos;alcool ne peut pas être vendu à crédit (Code de la santé publique) : réglez les boissons alcoolisées autrement</source>
        <translation>Alcohol cannot be sold on credit (Public Health Code): pay for the alcoholic drinks another way</translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas clôturé(e) : faites la clôture avant d&apos;archiver</source>
        <translation>The year {0} is not closed: close it before archiving</translation>
    </message>
    <message>
        <source>L&apos;archive {0} existe déjà : {1}</source>
        <translation>The archive {0} already exists: {1}</translation>
    </message>
    <message>
        <source>L&apos;ardoise a changé pendant le partage : recommencez-le</source>
        <translation>The tab changed during the split: start it again</translation>
    </message>
    <message>
        <source>L&apos;ardoise est vide : rien à imprimer</source>
        <translation>The tab is empty: nothing to print</translation>
    </message>
    <message>
        <source>L&apos;ardoise « {0} » est déjà réglée</source>
        <translation>The tab “{0}” is already settled</translation>
    </message>
    <message>
        <source>L&apos;article « {0} » est archivé : il ne se vend plus</source>
        <translation>The item “{0}” is archived: it is no longer sold</translation>
    </message>
    <message>
        <source>L&apos;emplacement « {0} » n&apos;existe pas (voir Réglages des colis)</source>
        <translation>The location “{0}” does not exist (see the parcel settings)</translation>
    </message>
    <message>
        <source>L&apos;impression Windows brute n&apos;est possible que sous Windows</source>
        <translation>Raw Windows printing is only possible on Windows</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : remettez un rouleau</source>
        <translation>The printer is out of paper: put in a new roll</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas : vérifiez qu&apos;elle est allumée et branchée</source>
        <translation>The printer does not respond: check that it is on and plugged in</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas : vérifiez qu&apos;elle est allumée et branchée ({0})</source>
        <translation>The printer does not respond: check that it is on and plugged in ({0})</translation>
    </message>
    <message>
        <source>L&apos;objectif de stock doit être au moins égal au minimum</source>
        <translation>The stock target must be at least the minimum</translation>
    </message>
    <message>
        <source>La balance a pesé avec un autre prix au kilo : recommencez</source>
        <translation>The scale weighed with another price per kilo: start again</translation>
    </message>
    <message>
        <source>La balance a refusé les données envoyées (code ??)</source>
        <translation>The scale refused the data sent (code ??)</translation>
    </message>
    <message>
        <source>La balance a refusé les données envoyées (code {0})</source>
        <translation>The scale refused the data sent (code {0})</translation>
    </message>
    <message>
        <source>La balance est débranchée ({0})</source>
        <translation>The scale is unplugged ({0})</translation>
    </message>
    <message>
        <source>La balance est débranchée ou son port est inutilisable ({0})</source>
        <translation>The scale is unplugged or its port is unusable ({0})</translation>
    </message>
    <message>
        <source>La balance ne répond pas (aucune réponse en {0} s) : vérifiez qu&apos;elle est allumée et branchée</source>
        <translation>The scale does not respond (no answer in {0} s): check that it is on and plugged in</translation>
    </message>
    <message>
        <source>La balance signale une erreur (code ??)</source>
        <translation>The scale reports an error (code ??)</translation>
    </message>
    <message>
        <source>La balance signale une erreur (code {0})</source>
        <translation>The scale reports an error (code {0})</translation>
    </message>
    <message>
        <source>La balance signale une erreur (état {0})</source>
        <translation>The scale reports an error (state {0})</translation>
    </message>
    <message>
        <source>La base de données est en lecture seule : {0}</source>
        <translation>The database is read-only: {0}</translation>
    </message>
    <message>
        <source>La caisse est déjà ouverte : comptez-la et fermez-la d&apos;abord</source>
        <translation>The till is already open: count it and close it first</translation>
    </message>
    <message>
        <source>La caisse est déjà ouverte sur {0} (un autre programme cafe-pos l&apos;utilise) : fermez-le d&apos;abord</source>
        <translation>The till is already open on {0} (another cafe-pos program is using it): close that first</translation>
    </message>
    <message>
        <source>La clé chiffrée de la sauvegarde est illisible</source>
        <translation>The backup&apos;s encrypted key is unreadable</translation>
    </message>
    <message>
        <source>La clé chiffrée n&apos;est pas une clé de signature Ed25519</source>
        <translation>The encrypted key is not an Ed25519 signing key</translation>
    </message>
    <message>
        <source>La clé chiffrée ne correspond pas à son empreinte</source>
        <translation>The encrypted key does not match its fingerprint</translation>
    </message>
    <message>
        <source>La clé de signature de cette sauvegarde est chiffrée : saisissez la phrase de secours choisie à la mise en place des sauvegardes</source>
        <translation>This backup&apos;s signing key is encrypted: enter the recovery passphrase chosen when the backups were set up</translation>
    </message>
    <message>
        <source>La clé de signature ne se change pas en mode formation</source>
        <translation>The signing key cannot be changed in training mode</translation>
    </message>
    <message>
        <source>La clé de signature {0} ne correspond pas à celle du journal fiscal ({1}) : cette base a été copiée ou la clé remplacée</source>
        <translation>The signing key {0} does not match the fiscal journal&apos;s ({1}): this database was copied or the key replaced</translation>
    </message>
    <message>
        <source>La clôture {0} n&apos;est pas scellée dans le journal</source>
        <translation>The closing {0} is not sealed in the journal</translation>
    </message>
    <message>
        <source>La commande du {0} est verrouillée (heure limite {1} la veille) : un·e gérant·e doit la rouvrir avec son code</source>
        <translation>The order of {0} is locked (deadline {1} the day before): a manager must reopen it with their PIN</translation>
    </message>
    <message>
        <source>La commande est vide : indiquez au moins un colis</source>
        <translation>The order is empty: enter at least one pack</translation>
    </message>
    <message>
        <source>La commission ne peut pas dépasser 100 %</source>
        <translation>The commission cannot exceed 100 %</translation>
    </message>
    <message>
        <source>La commission ne peut pas être négative</source>
        <translation>The commission cannot be negative</translation>
    </message>
    <message>
        <source>La consigne suit la quantité de son article</source>
        <translation>The deposit follows the quantity of its item</translation>
    </message>
    <message>
        <source>La copie de {0} est endommagée : sauvegarde annulée</source>
        <translation>The copy of {0} is damaged: backup cancelled</translation>
    </message>
    <message>
        <source>La copie sur {0} diffère de l&apos;instantané vérifié</source>
        <translation>The copy on {0} differs from the verified snapshot</translation>
    </message>
    <message>
        <source>La copie écrite sur {0} ne se relit pas à l&apos;identique</source>
        <translation>The copy written on {0} does not read back identically</translation>
    </message>
    <message>
        <source>La correction doit changer la quantité</source>
        <translation>The correction must change the quantity</translation>
    </message>
    <message>
        <source>La correction retirerait plus que la quantité reçue</source>
        <translation>The correction would remove more than the quantity received</translation>
    </message>
    <message>
        <source>La durée observée pour le rappel va de 15 minutes à 24 heures</source>
        <translation>The reminder&apos;s observed time goes from 15 minutes to 24 hours</translation>
    </message>
    <message>
        <source>La fin d&apos;une pause est avant son début</source>
        <translation>A break ends before it starts</translation>
    </message>
    <message>
        <source>La fin de la période est avant son début</source>
        <translation>The period ends before it starts</translation>
    </message>
    <message>
        <source>La fin de la réservation est avant son début</source>
        <translation>The reservation ends before it starts</translation>
    </message>
    <message>
        <source>La journée du {0} est déjà clôturée</source>
        <translation>The day of {0} is already closed</translation>
    </message>
    <message>
        <source>La journée du {0} est déjà clôturée : plus aucune vente ne peut y être enregistrée</source>
        <translation>The day of {0} is already closed: no more sales can be recorded in it</translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas clôturée : faites la clôture (Z) avant de vendre</source>
        <translation>The day of {0} is not closed: do the closing (Z) before selling</translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas encore commencée : pas de clôture</source>
        <translation>The day of {0} has not started yet: no closing</translation>
    </message>
    <message>
        <source>La phrase de secours doit compter au moins {0} caractères (par exemple quatre mots sans lien entre eux)</source>
        <translation>The recovery passphrase must have at least {0} characters (for example four unrelated words)</translation>
    </message>
    <message>
        <source>La position doit être comprise entre 0 et 9999</source>
        <translation>The position must be between 0 and 9999</translation>
    </message>
    <message>
        <source>La quantité comptée est trop élevée (99 999 au plus)</source>
        <translation>The counted quantity is too high (99,999 at most)</translation>
    </message>
    <message>
        <source>La quantité comptée ne peut pas être négative</source>
        <translation>The counted quantity cannot be negative</translation>
    </message>
    <message>
        <source>La quantité doit être positive</source>
        <translation>The quantity must be positive</translation>
    </message>
    <message>
        <source>La remise SAM va de 0,01 % à 100 % (boisson offerte)</source>
        <translation>The designated driver discount goes from 0.01 % to 100 % (free drink)</translation>
    </message>
    <message>
        <source>La remise de ligne doit être entre 0 et 99,99 %</source>
        <translation>The line discount must be between 0 and 99.99 %</translation>
    </message>
    <message>
        <source>La remise doit être positive</source>
        <translation>The discount must be positive</translation>
    </message>
    <message>
        <source>La remise dépasse le montant de la ligne ({0})</source>
        <translation>The discount exceeds the line&apos;s amount ({0})</translation>
    </message>
    <message>
        <source>La remise dépasse le montant remisable ({0})</source>
        <translation>The discount exceeds the discountable amount ({0})</translation>
    </message>
    <message>
        <source>La remise dépasserait le montant de la ligne</source>
        <translation>The discount would exceed the line&apos;s amount</translation>
    </message>
    <message>
        <source>La remise est invalide</source>
        <translation>The discount is invalid</translation>
    </message>
    <message>
        <source>La réservation de {0} est déjà retirée aujourd&apos;hui</source>
        <translation>The reservation of {0} has already been collected today</translation>
    </message>
    <message>
        <source>La réservation de {0} n&apos;est pas prévue ce jour</source>
        <translation>The reservation of {0} is not planned for this day</translation>
    </message>
    <message>
        <source>La sauvegarde à restaurer est la base de données elle-même</source>
        <translation>The backup to restore is the database itself</translation>
    </message>
    <message>
        <source>La vente d&apos;alcool est permise à cette heure : pas besoin de dérogation</source>
        <translation>Selling alcohol is allowed at this time: no exception needed</translation>
    </message>
    <message>
        <source>Le SAM peut recevoir de 1 à 10 boissons sans alcool</source>
        <translation>The designated driver can get 1 to 10 soft drinks</translation>
    </message>
    <message>
        <source>Le SIRET est obligatoire (14 chiffres)</source>
        <translation>The SIRET is required (14 digits)</translation>
    </message>
    <message>
        <source>Le capot de l&apos;imprimante est ouvert : refermez-le</source>
        <translation>The printer&apos;s cover is open: close it</translation>
    </message>
    <message>
        <source>Le cash-back demande un achat d&apos;au moins {0}</source>
        <translation>Cash-back requires a purchase of at least {0}</translation>
    </message>
    <message>
        <source>Le cash-back n&apos;est possible qu&apos;avec un paiement par carte</source>
        <translation>Cash-back is only possible with a card payment</translation>
    </message>
    <message>
        <source>Le cash-back ne peut pas être négatif</source>
        <translation>Cash-back cannot be negative</translation>
    </message>
    <message>
        <source>Le catalogue du réseau ne contient aucun produit</source>
        <translation>The network catalogue contains no product</translation>
    </message>
    <message>
        <source>Le catalogue du réseau nomme deux fois la même colonne</source>
        <translation>The network catalogue names the same column twice</translation>
    </message>
    <message>
        <source>Le catalogue ne contient aucun article vendable</source>
        <translation>The catalogue contains no sellable item</translation>
    </message>
    <message>
        <source>Le code d&apos;un·e gérant·e doit faire {0} chiffres</source>
        <translation>A manager&apos;s PIN must have {0} digits</translation>
    </message>
    <message>
        <source>Le code doit faire de {0} à {1} chiffres</source>
        <translation>The PIN must have {0} to {1} digits</translation>
    </message>
    <message>
        <source>Le code-barres {0} est déjà utilisé par « {1} »</source>
        <translation>The barcode {0} is already used by “{1}”</translation>
    </message>
    <message>
        <source>Le code-barres {0} n&apos;est pas celui de {1} : rescannez</source>
        <translation>The barcode {0} is not that of {1}: scan again</translation>
    </message>
    <message>
        <source>Le code-barres {0} n&apos;est pas celui de {1} : rescannez l&apos;article</source>
        <translation>The barcode {0} is not that of {1}: scan the item again</translation>
    </message>
    <message>
        <source>Le colis {0} a déjà été remis à son destinataire</source>
        <translation>The parcel {0} has already been handed to its recipient</translation>
    </message>
    <message>
        <source>Le colis {0} a été retourné au transporteur : il ne peut plus être remis</source>
        <translation>The parcel {0} was returned to the carrier: it can no longer be handed over</translation>
    </message>
    <message>
        <source>Le colis {0} attend encore son destinataire : son nom sera effacé après la remise ou le retour</source>
        <translation>The parcel {0} is still waiting for its recipient: their name will be erased after the handover or the return</translation>
    </message>
    <message>
        <source>Le colis {0} est déjà enregistré : {1}</source>
        <translation>The parcel {0} is already registered: {1}</translation>
    </message>
    <message>
        <source>Le colis {0} est déjà enregistré : {1} (emplacement {2})</source>
        <translation>The parcel {0} is already registered: {1} (location {2})</translation>
    </message>
    <message>
        <source>Le colis {0} n&apos;est pas dans cet état</source>
        <translation>The parcel {0} is not in this state</translation>
    </message>
    <message>
        <source>Poids trop faible pour être vendu</source>
        <translation>Weight too low to be sold</translation>
    </message>
    <message>
        <source>Poids trop faible pour être vendu ({0} g au moins)</source>
        <translation>Weight too low to be sold ({0} g at least)</translation>
    </message>
    <message>
        <source>Vente d&apos;alcool interdite à cette heure (horaires de l&apos;arrêté préfectoral) : aucune ouverture prévue dans les 14 prochains jours ; les boissons sans alcool et la nourriture restent possibles</source>
        <translation>Selling alcohol is forbidden at this time (prefectoral order&apos;s hours): no opening planned in the next 14 days; soft drinks and food are still possible</translation>
    </message>
    <message>
        <source>Vente d&apos;alcool interdite à cette heure (horaires de l&apos;arrêté préfectoral) : reprise le {0} ; les boissons sans alcool et la nourriture restent possibles</source>
        <translation>Selling alcohol is forbidden at this time (prefectoral order&apos;s hours): resumes on {0}; soft drinks and food are still possible</translation>
    </message>
    <message>
        <source>Le colis {0} n&apos;est pas de ce transporteur</source>
        <translation>The parcel {0} is not from this carrier</translation>
    </message>
    <message>
        <source>Accès refusé</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Aucune archive de {0} dans {1} : archivez l&apos;exercice avant toute purge</source>
        <translation>No archive of {0} in {1}: archive the year before any purge</translation>
    </message>
    <message>
        <source>Aucune destination de sauvegarde</source>
        <translation>No backup destination</translation>
    </message>
    <message>
        <source>Boissons sans alcool remisées par SAM</source>
        <translation>Soft drinks discounted per designated driver</translation>
    </message>
    <message>
        <source>Boucle de liens symboliques</source>
        <translation>Loop of symbolic links</translation>
    </message>
    <message>
        <source>Boucle de liens symboliques ou structure trop profonde</source>
        <translation>Loop of symbolic links or structure too deep</translation>
    </message>
    <message>
        <source>C&apos;est un dossier, pas un fichier</source>
        <translation>It is a folder, not a file</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base de données</source>
        <translation>This file is not a database</translation>
    </message>
    <message>
        <source>Ce produit</source>
        <translation>This product</translation>
    </message>
    <message>
        <source>Choisissez au moins un produit retiré du catalogue du réseau</source>
        <translation>Choose at least one product withdrawn from the network catalogue</translation>
    </message>
    <message>
        <source>Destinations des sauvegardes</source>
        <translation>Backup destinations</translation>
    </message>
    <message>
        <source>Déplacement impossible entre deux disques</source>
        <translation>Cannot move between two disks</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Effacer le nom des destinataires après (jours, colis clos)</source>
        <translation>Erase recipients&apos; names after (days, closed parcels)</translation>
    </message>
    <message>
        <source>Emplacements des colis</source>
        <translation>Parcel locations</translation>
    </message>
    <message>
        <source>Erreur de la base de données : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation>Database error: the operation was cancelled, the data already saved is intact</translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture du disque</source>
        <translation>Disk read or write error</translation>
    </message>
    <message>
        <source>Erreur du système de fichiers</source>
        <translation>File system error</translation>
    </message>
    <message>
        <source>Fichier CSV illisible ({0}) : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation>Unreadable CSV file ({0}): the operation was cancelled, the data already saved is intact</translation>
    </message>
    <message>
        <source>Fichier occupé par un autre programme</source>
        <translation>File in use by another program</translation>
    </message>
    <message>
        <source>Fichier ou dossier introuvable</source>
        <translation>File or folder not found</translation>
    </message>
    <message>
        <source>Fichier trop grand pour le disque</source>
        <translation>File too big for the disk</translation>
    </message>
    <message>
        <source>Format des étiquettes de la balance</source>
        <translation>Scale label format</translation>
    </message>
    <message>
        <source>Heure de fin de la journée commerciale</source>
        <translation>End time of the business day</translation>
    </message>
    <message>
        <source>Heure de la sauvegarde automatique quotidienne</source>
        <translation>Time of the daily automatic backup</translation>
    </message>
    <message>
        <source>Heure où le pain réservé non retiré retourne en rayon</source>
        <translation>Time when uncollected reserved bread goes back on the shelf</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base de données</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>L&apos;adresse du café</source>
        <translation>The café&apos;s address</translation>
    </message>
    <message>
        <source>L&apos;année {0} est déjà clôturée</source>
        <translation>The year {0} is already closed</translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas clôturée : clôturez-la d&apos;abord</source>
        <translation>The year {0} is not closed: close it first</translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas terminée : clôture possible à partir du {1}</source>
        <translation>The year {0} is not over: closing possible from {1}</translation>
    </message>
    <message>
        <source>L&apos;archive {0} commence au n° {1} : le détail d&apos;avant (n° {2} et suivants) n&apos;y est pas ; purgez d&apos;abord l&apos;exercice précédent</source>
        <translation>The archive {0} starts at no. {1}: the detail before it (no. {2} onwards) is not in it; purge the previous year first</translation>
    </message>
    <message>
        <source>L&apos;archive {0} est illisible ({1}) : rien n&apos;est purgé</source>
        <translation>The archive {0} cannot be read ({1}): nothing is purged</translation>
    </message>
    <message>
        <source>L&apos;archive {0} ne se termine pas sur la clôture {1} du journal (n° {2}) : elle ne correspond pas à cette caisse, rien n&apos;est purgé</source>
        <translation>The archive {0} does not end on the journal&apos;s {1} closure (no. {2}): it does not match this till, nothing is purged</translation>
    </message>
    <message>
        <source>L&apos;archive {0} ne se vérifie pas ({1}) : rien n&apos;est purgé</source>
        <translation>The archive {0} does not verify ({1}): nothing is purged</translation>
    </message>
    <message>
        <source>L&apos;exercice {0} n&apos;est pas clos : rien ne peut en être purgé</source>
        <translation>The year {0} is not closed: nothing of it can be purged</translation>
    </message>
    <message>
        <source>La base de données est en lecture seule</source>
        <translation>The database is read-only</translation>
    </message>
    <message>
        <source>La base de données est endommagée</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>La base de données est occupée par un autre programme</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>La catégorie</source>
        <translation>The category</translation>
    </message>
    <message>
        <source>La correction</source>
        <translation>The correction</translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas clôturée : clôturez-la avant le {1}</source>
        <translation>The day of {0} is not closed: close it before {1}</translation>
    </message>
    <message>
        <source>La note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>La quantité</source>
        <translation>The quantity</translation>
    </message>
    <message>
        <source>La raison de l&apos;écart</source>
        <translation>The reason for the difference</translation>
    </message>
    <message>
        <source>La raison de la dérogation</source>
        <translation>The reason for the exception</translation>
    </message>
    <message>
        <source>La raison du changement de clé</source>
        <translation>The reason for the key change</translation>
    </message>
    <message>
        <source>La référence</source>
        <translation>The reference</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Le colisage doit être d&apos;au moins 1 unité</source>
        <translation>The pack size must be at least 1 unit</translation>
    </message>
    <message>
        <source>Le colisage est trop élevé ({0} unités au plus)</source>
        <translation>The pack size is too high ({0} units at most)</translation>
    </message>
    <message>
        <source>Le contact</source>
        <translation>The contact</translation>
    </message>
    <message>
        <source>Le contrat ne permet pas de vendre les invendus le lendemain</source>
        <translation>The contract does not allow selling unsold items the next day</translation>
    </message>
    <message>
        <source>Le disque est en lecture seule</source>
        <translation>The disk is read-only</translation>
    </message>
    <message>
        <source>Le disque est plein</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>Le document de l&apos;impression n° {0} est illisible</source>
        <translation>The document of print job no. {0} is unreadable</translation>
    </message>
    <message>
        <source>Le dossier de la base de données n&apos;existe pas : {0}</source>
        <translation>The database&apos;s folder does not exist: {0}</translation>
    </message>
    <message>
        <source>Le dossier de sauvegarde n&apos;existe pas : {0}</source>
        <translation>The backup folder does not exist: {0}</translation>
    </message>
    <message>
        <source>Le dossier n&apos;est pas vide</source>
        <translation>The folder is not empty</translation>
    </message>
    <message>
        <source>Le dossier n&apos;existe pas : {0}</source>
        <translation>The folder does not exist: {0}</translation>
    </message>
    <message>
        <source>Le délai d&apos;attente de l&apos;imprimante doit être entre 0,1 et 60 s</source>
        <translation>The printer&apos;s timeout must be between 0.1 and 60 s</translation>
    </message>
    <message>
        <source>Le délai d&apos;attente de la balance doit être entre 0,1 et 30 s</source>
        <translation>The scale&apos;s timeout must be between 0.1 and 30 s</translation>
    </message>
    <message>
        <source>Le délai de commande doit être entre 0 et 60 jours</source>
        <translation>The order lead time must be between 0 and 60 days</translation>
    </message>
    <message>
        <source>Le dépôt de pain ne s&apos;enregistre pas en mode formation</source>
        <translation>The bread consignment is not recorded in training mode</translation>
    </message>
    <message>
        <source>Le dépôt {0} a déjà été remis au chauffeur</source>
        <translation>The drop-off {0} has already been handed to the driver</translation>
    </message>
    <message>
        <source>Le détail de {0} a été purgé : l&apos;archive exportée avant la purge reste le document de référence</source>
        <translation>The detail of {0} was purged: the archive exported before the purge remains the record</translation>
    </message>
    <message>
        <source>Le détail de {0} est déjà purgé</source>
        <translation>The detail of {0} is already purged</translation>
    </message>
    <message>
        <source>Le fichier doit être en UTF-8</source>
        <translation>The file must be in UTF-8</translation>
    </message>
    <message>
        <source>Le fichier du catalogue du réseau est vide</source>
        <translation>The network catalogue file is empty</translation>
    </message>
    <message>
        <source>Le fichier existe déjà</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <source>Le fournisseur</source>
        <translation>The supplier</translation>
    </message>
    <message>
        <source>Le journal fiscal de {0} est vide alors qu&apos;il a déjà contenu des enregistrements (fichier témoin .hwm) : les enregistrements ont été effacés. Restaurez la dernière sauvegarde ; rien n&apos;est enregistré</source>
        <translation>The fiscal journal of {0} is empty although it has held records before (.hwm marker file): the records were erased. Restore the latest backup; nothing is recorded</translation>
    </message>
    <message>
        <source>Le journal ne se vérifie pas ({0}) : rien n&apos;est purgé, lancez « cafe-pos verify »</source>
        <translation>The journal does not verify ({0}): nothing is purged, run &quot;cafe-pos verify&quot;</translation>
    </message>
    <message>
        <source>Le libellé de touche</source>
        <translation>The key label</translation>
    </message>
    <message>
        <source>Le manifeste de la sauvegarde est illisible : {0}</source>
        <translation>The backup&apos;s manifest is unreadable: {0}</translation>
    </message>
    <message>
        <source>Le marqueur de fin du journal fiscal (caisse {0}, enregistrement n° {1}) n&apos;est pas signé par la clé du journal : la base a été modifiée. Rien n&apos;est enregistré ; lancez « cafe-pos verify » et prévenez le siège</source>
        <translation>The fiscal journal&apos;s end marker (till {0}, record no. {1}) is not signed by the journal&apos;s key: the database was modified. Nothing is recorded; run “cafe-pos verify” and tell HQ</translation>
    </message>
    <message>
        <source>Le minimum de commande ne peut pas être négatif</source>
        <translation>The minimum order cannot be negative</translation>
    </message>
    <message>
        <source>Le minimum et l&apos;objectif ne peuvent pas être négatifs</source>
        <translation>The minimum and the target cannot be negative</translation>
    </message>
    <message>
        <source>Le modèle {0} ne déclare pas la page de code {1} : indiquez son numéro (manuel de l&apos;imprimante)</source>
        <translation>The model {0} does not declare the code page {1}: enter its number (printer manual)</translation>
    </message>
    <message>
        <source>Le mois {0} est déjà clôturé</source>
        <translation>The month {0} is already closed</translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas clôturé : clôturez-le d&apos;abord</source>
        <translation>The month {0} is not closed: close it first</translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas clôturé(e) : faites la clôture avant d&apos;archiver</source>
        <translation>The month {0} is not closed: close it before archiving</translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas terminé : clôture possible à partir du {1}</source>
        <translation>The month {0} is not over: closing possible from {1}</translation>
    </message>
    <message>
        <source>Le montant d&apos;un mouvement d&apos;espèces doit être positif</source>
        <translation>A cash movement&apos;s amount must be positive</translation>
    </message>
    <message>
        <source>Le montant du paiement</source>
        <translation>The payment amount</translation>
    </message>
    <message>
        <source>Le montant du règlement doit être positif</source>
        <translation>The payment amount must be positive</translation>
    </message>
    <message>
        <source>Le montant ne peut pas être négatif</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>Le montant remis</source>
        <translation>The amount tendered</translation>
    </message>
    <message>
        <source>Le montant remis est inférieur au montant payé en espèces</source>
        <translation>The amount tendered is less than the amount paid in cash</translation>
    </message>
    <message>
        <source>Le montant à partager ne peut pas être négatif</source>
        <translation>The amount to split cannot be negative</translation>
    </message>
    <message>
        <source>Le motif d&apos;ouverture du tiroir</source>
        <translation>The reason for opening the drawer</translation>
    </message>
    <message>
        <source>Le motif de l&apos;exception</source>
        <translation>The reason for the exception</translation>
    </message>
    <message>
        <source>Le motif de la correction</source>
        <translation>The reason for the correction</translation>
    </message>
    <message>
        <source>Le motif de suppression</source>
        <translation>The reason for the removal</translation>
    </message>
    <message>
        <source>Le motif du remboursement</source>
        <translation>The reason for the refund</translation>
    </message>
    <message>
        <source>Le motif « {0} » ne convient pas à une entrée</source>
        <translation>The reason “{0}” does not fit a stock entry</translation>
    </message>
    <message>
        <source>Le motif « {0} » ne convient pas à une sortie</source>
        <translation>The reason “{0}” does not fit a stock exit</translation>
    </message>
    <message>
        <source>Le nom</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;ardoise</source>
        <translation>The tab&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;inventaire</source>
        <translation>The stocktake&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;utilisateur</source>
        <translation>The user&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;utilisateur est obligatoire</source>
        <translation>The user&apos;s name is required</translation>
    </message>
    <message>
        <source>Le nom de la catégorie</source>
        <translation>The category&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de la promotion</source>
        <translation>The promotion&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du boulanger</source>
        <translation>The baker&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du bénéficiaire</source>
        <translation>The recipient&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du café</source>
        <translation>The café&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du café est obligatoire</source>
        <translation>The café&apos;s name is required</translation>
    </message>
    <message>
        <source>Le nom du café est trop long (120 caractères au plus)</source>
        <translation>The café&apos;s name is too long (120 characters at most)</translation>
    </message>
    <message>
        <source>Le nom du client</source>
        <translation>The customer&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du destinataire</source>
        <translation>The recipient&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du distributeur</source>
        <translation>The distributor&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du fournisseur</source>
        <translation>The supplier&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du fournisseur est obligatoire (120 caractères au plus)</source>
        <translation>The supplier&apos;s name is required (120 characters at most)</translation>
    </message>
    <message>
        <source>Le nom du produit</source>
        <translation>The product&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du transporteur</source>
        <translation>The carrier&apos;s name</translation>
    </message>
    <message>
        <source>Le nombre de parts doit être au moins 1</source>
        <translation>The number of shares must be at least 1</translation>
    </message>
    <message>
        <source>Le nombre de {0} ne peut pas être négatif</source>
        <translation>The number of {0} cannot be negative</translation>
    </message>
    <message>
        <source>Le numéro de TVA ne correspond pas au SIREN du SIRET</source>
        <translation>The VAT number does not match the SIRET&apos;s SIREN</translation>
    </message>
    <message>
        <source>Le numéro de caisse ne peut plus changer : des tickets sont déjà enregistrés</source>
        <translation>The till number can no longer change: tickets are already recorded</translation>
    </message>
    <message>
        <source>Le numéro de page de code doit être entre 0 et 255</source>
        <translation>The code page number must be between 0 and 255</translation>
    </message>
    <message>
        <source>Le pain de ce jour est déjà clôturé : la réception ne change plus</source>
        <translation>Today&apos;s bread is already closed: the delivery no longer changes</translation>
    </message>
    <message>
        <source>Le pain du dépôt se vend à la pièce</source>
        <translation>Consignment bread is sold by the piece</translation>
    </message>
    <message>
        <source>Le pain du {0} est déjà clôturé : rien n&apos;a changé</source>
        <translation>The bread of {0} is already closed: nothing changed</translation>
    </message>
    <message>
        <source>Le partage en cours est en {0} parts</source>
        <translation>The split in progress is in {0} shares</translation>
    </message>
    <message>
        <source>Le plafond ne peut pas être négatif</source>
        <translation>The limit cannot be negative</translation>
    </message>
    <message>
        <source>Le poids minimum doit être inférieur à la portée de la balance</source>
        <translation>The minimum weight must be below the scale&apos;s capacity</translation>
    </message>
    <message>
        <source>Le port réseau de l&apos;imprimante doit être entre 1 et 65535</source>
        <translation>The printer&apos;s network port must be between 1 and 65535</translation>
    </message>
    <message>
        <source>Le prix d&apos;achat</source>
        <translation>The purchase price</translation>
    </message>
    <message>
        <source>Le prix d&apos;achat ne peut pas être négatif</source>
        <translation>The purchase price cannot be negative</translation>
    </message>
    <message>
        <source>Le prix ne peut pas être négatif</source>
        <translation>The price cannot be negative</translation>
    </message>
    <message>
        <source>Le prochain duplicata du ticket n° {0} porte le n° {1}, pas le n° {2}</source>
        <translation>The next duplicate of ticket no. {0} is no. {1}, not no. {2}</translation>
    </message>
    <message>
        <source>Le quota du disque est atteint</source>
        <translation>The disk quota is reached</translation>
    </message>
    <message>
        <source>Le rappel doit venir après 1 à 50 boissons alcoolisées</source>
        <translation>The reminder must come after 1 to 50 alcoholic drinks</translation>
    </message>
    <message>
        <source>Le seuil</source>
        <translation>The threshold</translation>
    </message>
    <message>
        <source>Le siège n&apos;a pas confirmé la rupture de la chaîne des clés : inscription à refaire</source>
        <translation>HQ has not confirmed the break in the key chain: enrol again</translation>
    </message>
    <message>
        <source>Le taux de 2,1 % est réservé à la presse, vendue pour le compte de l&apos;éditeur : cochez « pour le compte d&apos;un tiers »</source>
        <translation>The 2.1 % rate is reserved for the press, sold on behalf of the publisher: tick “on behalf of a third party”</translation>
    </message>
    <message>
        <source>Le ticket de la caisse {0} ne peut pas être scellé par la caisse {1}</source>
        <translation>The ticket of till {0} cannot be sealed by till {1}</translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé sans les espèces : retirez-les</source>
        <translation>The ticket is already paid without the cash: remove it</translation>
    </message>
    <message>
        <source>Le ticket est vide : ajoutez un article</source>
        <translation>The ticket is empty: add an item</translation>
    </message>
    <message>
        <source>Le ticket n° {0} est déjà un remboursement</source>
        <translation>Ticket no. {0} is already a refund</translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;a pas de ligne {1}</source>
        <translation>Ticket no. {0} has no line {1}</translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;a pas été payé sur un compte client</source>
        <translation>Ticket no. {0} was not paid on a customer account</translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;est pas scellé : pas de duplicata</source>
        <translation>Ticket no. {0} is not sealed: no duplicate</translation>
    </message>
    <message>
        <source>Le tiroir-caisse ne s&apos;est pas ouvert : {0}</source>
        <translation>The cash drawer did not open: {0}</translation>
    </message>
    <message>
        <source>Le tiroir-caisse se branche sur la broche 2 ou 5</source>
        <translation>The cash drawer connects on pin 2 or 5</translation>
    </message>
    <message>
        <source>Le titre</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>Le total d&apos;une vente ne peut pas être négatif</source>
        <translation>A sale&apos;s total cannot be negative</translation>
    </message>
    <message>
        <source>Le total du bon ({0} HT) ne correspond pas aux lignes saisies ({1} HT) : vérifiez les quantités et les prix</source>
        <translation>The note&apos;s total ({0} excl. VAT) does not match the lines entered ({1} excl. VAT): check the quantities and prices</translation>
    </message>
    <message>
        <source>Le total du bon diffère d&apos;une ligne à l&apos;autre</source>
        <translation>The note&apos;s total differs from one line to another</translation>
    </message>
    <message>
        <source>Le total du bon ne peut pas être négatif</source>
        <translation>The note&apos;s total cannot be negative</translation>
    </message>
    <message>
        <source>Le transporteur {0} existe déjà</source>
        <translation>The carrier {0} already exists</translation>
    </message>
    <message>
        <source>Le {0} est déjà enregistré : commencez après le {1}</source>
        <translation>{0} is already recorded: start after {1}</translation>
    </message>
    <message>
        <source>Le {0} est déjà passé pour le journal (dernier enregistrement le {1}) : commencez le {2} ou après</source>
        <translation>{0} is already past for the journal (last record on {1}): start on {2} or later</translation>
    </message>
    <message>
        <source>Le {0} est saisi deux fois dans le comptage</source>
        <translation>{0} is entered twice in the count</translation>
    </message>
    <message>
        <source>Lecteur de codes-barres simulé éteint</source>
        <translation>Simulated barcode scanner switched off</translation>
    </message>
    <message>
        <source>Les ardoises ne sont pas disponibles en mode formation</source>
        <translation>Tabs are not available in training mode</translation>
    </message>
    <message>
        <source>Les articles de « {0} » sont à {1} % sur place et {2} % à emporter, celui-ci à {3} % et {4} % : choisissez les taux de la catégorie, ou confirmez ce taux s&apos;il est voulu (confiserie, chocolat, non alimentaire : 20 %)</source>
        <translation>The items of “{0}” are at {1} % eat-in and {2} % take-away, this one at {3} % and {4} %: choose the category&apos;s rates, or confirm this rate if it is intended (confectionery, chocolate, non-food: 20 %)</translation>
    </message>
    <message>
        <source>Les comptes clients ne se règlent pas en mode formation</source>
        <translation>Customer accounts are not settled in training mode</translation>
    </message>
    <message>
        <source>Les journées jusqu&apos;au {0} sont déjà clôturées : le {1} ne peut plus l&apos;être</source>
        <translation>The days up to {0} are already closed: {1} can no longer be</translation>
    </message>
    <message>
        <source>Les limites de dépôt doivent être positives (ou vides)</source>
        <translation>The consignment limits must be positive (or empty)</translation>
    </message>
    <message>
        <source>Les paiements dépassent le total de {0} : seules les espèces permettent de rendre la monnaie</source>
        <translation>The payments exceed the total by {0}: only cash can give change</translation>
    </message>
    <message>
        <source>Les plages {0} et {1} se chevauchent</source>
        <translation>The ranges {0} and {1} overlap</translation>
    </message>
    <message>
        <source>Les timbres et produits postaux se paient comptant : pas sur un compte client</source>
        <translation>Stamps and postal products are paid on the spot: not on a customer account</translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient pas l&apos;alcool</source>
        <translation>Meal vouchers do not pay for alcohol</translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient pas les ventes pour un tiers</source>
        <translation>Meal vouchers do not pay for sales on behalf of a third party</translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient que les produits alimentaires éligibles : {0} au plus sur ce ticket (pas de monnaie rendue)</source>
        <translation>Meal vouchers only pay for eligible food products: {0} at most on this ticket (no change given)</translation>
    </message>
    <message>
        <source>Les écarts d&apos;inventaire viennent d&apos;un inventaire validé</source>
        <translation>Stock count differences come from a validated stock count</translation>
    </message>
    <message>
        <source>Ligne {0} ({1}) : {2} au plus à rembourser (vendu {3}, déjà remboursé {4})</source>
        <translation>Line {0} ({1}): {2} at most to refund (sold {3}, already refunded {4})</translation>
    </message>
    <message>
        <source>Ligne {0} : code EAN {1} déjà donné à la référence {2}</source>
        <translation>Line {0}: EAN code {1} already given to reference {2}</translation>
    </message>
    <message>
        <source>Ligne {0} : code inconnu « {1} »</source>
        <translation>Line {0}: unknown code “{1}”</translation>
    </message>
    <message>
        <source>Ligne {0} : code-barres ou référence manquant</source>
        <translation>Line {0}: barcode or reference missing</translation>
    </message>
    <message>
        <source>Ligne {0} : colisage invalide (nombre entier d&apos;unités)</source>
        <translation>Line {0}: invalid pack size (a whole number of units)</translation>
    </message>
    <message>
        <source>Ligne {0} : date invalide « {1} » (JJ/MM/AAAA)</source>
        <translation>Line {0}: invalid date “{1}” (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>Ligne {0} : deux plafonds pour {1} sur la référence {2}</source>
        <translation>Line {0}: two limits for {1} on reference {2}</translation>
    </message>
    <message>
        <source>Ligne {0} : la référence {1} est décrite autrement ligne {2}</source>
        <translation>Line {0}: reference {1} is described differently on line {2}</translation>
    </message>
    <message>
        <source>Ligne {0} : {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>Ligne {0} : {1} invalide « {2} »</source>
        <translation>Line {0}: invalid {1} “{2}”</translation>
    </message>
    <message>
        <source>Livraison vide : ajoutez au moins un titre</source>
        <translation>Empty delivery: add at least one title</translation>
    </message>
    <message>
        <source>Manifeste impossible à écrire sur {0} : {1}</source>
        <translation>Cannot write the manifest on {0}: {1}</translation>
    </message>
    <message>
        <source>Mise en page du rapport impossible : {0}</source>
        <translation>Cannot lay out the report: {0}</translation>
    </message>
    <message>
        <source>Mode de paiement inconnu pour ce retrait</source>
        <translation>Unknown payment method for this withdrawal</translation>
    </message>
    <message>
        <source>Mode formation : le stock n&apos;est pas modifié</source>
        <translation>Training mode: the stock is not changed</translation>
    </message>
    <message>
        <source>Modèle d&apos;imprimante inconnu : {0}</source>
        <translation>Unknown printer model: {0}</translation>
    </message>
    <message>
        <source>Mois invalide : {0}/{1}</source>
        <translation>Invalid month: {0}/{1}</translation>
    </message>
    <message>
        <source>Mois invalide : « {0} » (format AAAA-MM)</source>
        <translation>Invalid month: “{0}” (format YYYY-MM)</translation>
    </message>
    <message>
        <source>Mois invalide « {0} » : AAAA-MM attendu</source>
        <translation>Invalid month “{0}”: YYYY-MM expected</translation>
    </message>
    <message>
        <source>Montant de cash-back invalide</source>
        <translation>Invalid cash-back amount</translation>
    </message>
    <message>
        <source>Montant de la carte pain : entre 0,01 € et 500,00 €</source>
        <translation>Bread card amount: between 0.01 € and 500.00 €</translation>
    </message>
    <message>
        <source>Montant de la ligne trop élevé ({0} au plus)</source>
        <translation>Line amount too high ({0} at most)</translation>
    </message>
    <message>
        <source>Montant du règlement invalide</source>
        <translation>Invalid payment amount</translation>
    </message>
    <message>
        <source>Montant invalide</source>
        <translation>Invalid amount</translation>
    </message>
    <message>
        <source>Montant invalide : « {0} » (exemple : 12,50)</source>
        <translation>Invalid amount: “{0}” (example: 12.50)</translation>
    </message>
    <message>
        <source>Montant trop faible pour {0} parts</source>
        <translation>Amount too small for {0} shares</translation>
    </message>
    <message>
        <source>Montant trop élevé (100 000 € au plus)</source>
        <translation>Amount too high (100,000 € at most)</translation>
    </message>
    <message>
        <source>Motif de démarque inconnu</source>
        <translation>Unknown write-off reason</translation>
    </message>
    <message>
        <source>Motif inconnu : « {0} »</source>
        <translation>Unknown reason: “{0}”</translation>
    </message>
    <message>
        <source>Motif trop long ({0} caractères au plus)</source>
        <translation>Reason too long ({0} characters at most)</translation>
    </message>
    <message>
        <source>Mouvement inconnu : « {0} » (entrée ou sortie)</source>
        <translation>Unknown movement: “{0}” (in or out)</translation>
    </message>
    <message>
        <source>Moyen de paiement inconnu : {0}</source>
        <translation>Unknown payment method: {0}</translation>
    </message>
    <message>
        <source>Moyen de règlement inconnu (chèque, virement ou espèces)</source>
        <translation>Unknown payment method (cheque, transfer or cash)</translation>
    </message>
    <message>
        <source>Mémoire insuffisante</source>
        <translation>Not enough memory</translation>
    </message>
    <message>
        <source>Nom d&apos;ardoise trop long ({0} caractères au plus)</source>
        <translation>Tab name too long ({0} characters at most)</translation>
    </message>
    <message>
        <source>Nom d&apos;emplacement trop long : {0}</source>
        <translation>Location name too long: {0}</translation>
    </message>
    <message>
        <source>Nom de fichier trop long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Nom du client trop long (120 caractères au plus)</source>
        <translation>Customer name too long (120 characters at most)</translation>
    </message>
    <message>
        <source>Nom du destinataire trop long ({0} caractères au plus)</source>
        <translation>Recipient&apos;s name too long ({0} characters at most)</translation>
    </message>
    <message>
        <source>Nom du destinataire vide : recopiez le nom de l&apos;étiquette</source>
        <translation>Empty recipient name: copy the name from the label</translation>
    </message>
    <message>
        <source>Nom du transporteur vide</source>
        <translation>Empty carrier name</translation>
    </message>
    <message>
        <source>Nom trop long (120 caractères au plus)</source>
        <translation>Name too long (120 characters at most)</translation>
    </message>
    <message>
        <source>Nom trop long ({0} caractères au plus)</source>
        <translation>Name too long ({0} characters at most)</translation>
    </message>
    <message>
        <source>Nombre d&apos;exemplaires invalide : entre 1 et {0}</source>
        <translation>Invalid number of copies: between 1 and {0}</translation>
    </message>
    <message>
        <source>Nombre d&apos;exemplaires rendus invalide : au moins 1</source>
        <translation>Invalid number of copies returned: at least 1</translation>
    </message>
    <message>
        <source>Nombre d&apos;invendus trop grand : {0} au plus</source>
        <translation>Too many unsold items: {0} at most</translation>
    </message>
    <message>
        <source>Nombre de colis invalide pour {0}</source>
        <translation>Invalid number of parcels for {0}</translation>
    </message>
    <message>
        <source>Nombre de jours invalide : entre 1 et {0}</source>
        <translation>Invalid number of days: between 1 and {0}</translation>
    </message>
    <message>
        <source>Nombre de {0} trop élevé ({1} au plus)</source>
        <translation>Too many {0} ({1} at most)</translation>
    </message>
    <message>
        <source>Nombre invalide pour le {0} : {1}</source>
        <translation>Invalid number for {0}: {1}</translation>
    </message>
    <message>
        <source>Nombre trop grand</source>
        <translation>Number too large</translation>
    </message>
    <message>
        <source>Note obligatoire sur place à partir de</source>
        <translation>Receipt required eat-in from</translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : la clé de contrôle ne correspond pas</source>
        <translation>Invalid VAT number: the check digits do not match</translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : le SIREN qu&apos;il contient n&apos;existe pas</source>
        <translation>Invalid VAT number: the SIREN it contains does not exist</translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : « {0} » (FR, 2 chiffres de clé et le SIREN)</source>
        <translation>Invalid VAT number: “{0}” (FR, 2 check digits and the SIREN)</translation>
    </message>
    <message>
        <source>Numéro de caisse invalide : « {0} » (1 à 8 lettres ou chiffres)</source>
        <translation>Invalid till number: “{0}” (1 to 8 letters or digits)</translation>
    </message>
    <message>
        <source>Numéro de parution invalide : des chiffres ou lettres, 16 au plus</source>
        <translation>Invalid issue number: digits or letters, 16 at most</translation>
    </message>
    <message>
        <source>Numéro de suivi invalide « {0} » : entre {1} et {2} caractères</source>
        <translation>Invalid tracking number “{0}”: between {1} and {2} characters</translation>
    </message>
    <message>
        <source>Numéro de suivi invalide « {0} » : lettres et chiffres seulement</source>
        <translation>Invalid tracking number “{0}”: letters and digits only</translation>
    </message>
    <message>
        <source>Numéro de suivi vide : scannez l&apos;étiquette ou tapez le numéro</source>
        <translation>Empty tracking number: scan the label or type the number</translation>
    </message>
    <message>
        <source>Opération non permise</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>Origine de remise inconnue</source>
        <translation>Unknown origin of the discount</translation>
    </message>
    <message>
        <source>Paiement insuffisant : il manque {0}</source>
        <translation>Insufficient payment: {0} missing</translation>
    </message>
    <message>
        <source>Partage en {0} parts en cours sur « {1} » : terminez-le avant de modifier l&apos;ardoise</source>
        <translation>Split into {0} shares in progress on “{1}”: finish it before changing the tab</translation>
    </message>
    <message>
        <source>Partage réseau injoignable : {0}</source>
        <translation>Network share unreachable: {0}</translation>
    </message>
    <message>
        <source>Parution inconnue</source>
        <translation>Unknown issue</translation>
    </message>
    <message>
        <source>Pas assez de place sur {0} : {1} Mo nécessaires, {2} Mo libres</source>
        <translation>Not enough space on {0}: {1} MB needed, {2} MB free</translation>
    </message>
    <message>
        <source>Pas d&apos;export jusqu&apos;au {0} : cette date est dans le futur</source>
        <translation>No export up to {0}: this date is in the future</translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : cette date est dans le futur</source>
        <translation>No report for {0}: this date is in the future</translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : le café n&apos;enregistrait pas encore (premier jour : {1})</source>
        <translation>No report for {0}: the café was not recording yet (first day: {1})</translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : le détail a été purgé jusqu&apos;au {1} ; l&apos;archive {2} en est le document de référence (cafe-pos verify --archive)</source>
        <translation>No report for {0}: the detail was purged up to {1}; the archive {2} is its record (cafe-pos verify --archive)</translation>
    </message>
    <message>
        <source>Pas de remboursement en mode formation</source>
        <translation>No refund in training mode</translation>
    </message>
    <message>
        <source>Pas de simulation en mode formation</source>
        <translation>No simulation in training mode</translation>
    </message>
    <message>
        <source>Phrase de secours incorrecte : la clé ne s&apos;ouvre pas</source>
        <translation>Wrong recovery passphrase: the key does not open</translation>
    </message>
    <message>
        <source>Pied de ticket</source>
        <translation>Receipt footer</translation>
    </message>
    <message>
        <source>Plafond du compte de {0} atteint : disponible {1}</source>
        <translation>Account limit of {0} reached: {1} available</translation>
    </message>
    <message>
        <source>Plafond invalide</source>
        <translation>Invalid limit</translation>
    </message>
    <message>
        <source>Plafond trop élevé ({0} au plus)</source>
        <translation>Limit too high ({0} at most)</translation>
    </message>
    <message>
        <source>Plage d&apos;emplacements invalide : {0}</source>
        <translation>Invalid location range: {0}</translation>
    </message>
    <message>
        <source>Plage invalide : « {0} » (exemple : 07:00-01:00)</source>
        <translation>Invalid range: “{0}” (example: 07:00-01:00)</translation>
    </message>
    <message>
        <source>Plage {0} invalide : l&apos;heure de fin doit différer de l&apos;heure de début</source>
        <translation>Invalid range {0}: the end time must differ from the start time</translation>
    </message>
    <message>
        <source>Poids du colis invalide : posez-le sur la balance</source>
        <translation>Invalid parcel weight: put it on the scale</translation>
    </message>
    <message>
        <source>Poids instable : attendez que le plateau ne bouge plus</source>
        <translation>Unstable weight: wait until the platter stops moving</translation>
    </message>
    <message>
        <source>Poids négatif : videz le plateau et remettez la balance à zéro</source>
        <translation>Negative weight: empty the platter and reset the scale to zero</translation>
    </message>
    <message>
        <source>Position invalide : « {0} » (un nombre entier)</source>
        <translation>Invalid position: “{0}” (a whole number)</translation>
    </message>
    <message>
        <source>Pour un partage en parts égales : espèces, carte ou chèque</source>
        <translation>For a split in equal shares: cash, card or cheque</translation>
    </message>
    <message>
        <source>Pourcentage invalide : entre 0 et {0} % (vous avez tapé {1})</source>
        <translation>Invalid percentage: between 0 and {0} % (you typed {1})</translation>
    </message>
    <message>
        <source>Pourcentage invalide : « {0} »</source>
        <translation>Invalid percentage: “{0}”</translation>
    </message>
    <message>
        <source>Pourcentage invalide : « {0} » (exemple : 3,5)</source>
        <translation>Invalid percentage: “{0}” (example: 3.5)</translation>
    </message>
    <message>
        <source>Première ouverture : comptez le fond de caisse</source>
        <translation>First opening: count the float</translation>
    </message>
    <message>
        <source>Prix au kilo hors des limites de la balance (9 999,99 € au plus)</source>
        <translation>Price per kilo outside the scale&apos;s limits (9,999.99 € at most)</translation>
    </message>
    <message>
        <source>Prix conseillé</source>
        <translation>Suggested price</translation>
    </message>
    <message>
        <source>Prix d&apos;achat plafonné</source>
        <translation>Capped purchase price</translation>
    </message>
    <message>
        <source>Prix de couverture invalide : entre 0,01 € et 100,00 €</source>
        <translation>Invalid cover price: between 0.01 € and 100.00 €</translation>
    </message>
    <message>
        <source>Prix invalide</source>
        <translation>Invalid price</translation>
    </message>
    <message>
        <source>Prix invalide : {0} (entre 0,00 € et {1})</source>
        <translation>Invalid price: {0} (between 0.00 € and {1})</translation>
    </message>
    <message>
        <source>Prix mis à jour depuis le catalogue : {0}. Vérifiez le total.</source>
        <translation>Prices updated from the catalogue: {0}. Check the total.</translation>
    </message>
    <message>
        <source>Prix trop élevé ({0} au plus)</source>
        <translation>Price too high ({0} at most)</translation>
    </message>
    <message>
        <source>Produit de consigne introuvable (n° {0})</source>
        <translation>Deposit product not found (no. {0})</translation>
    </message>
    <message>
        <source>Produit introuvable (n° {0})</source>
        <translation>Product not found (no. {0})</translation>
    </message>
    <message>
        <source>Produit n° {0} inconnu</source>
        <translation>Unknown product no. {0}</translation>
    </message>
    <message>
        <source>Produits à retirer ou à solder : dates dans les</source>
        <translation>Products to remove or mark down: dates within</translation>
    </message>
    <message>
        <source>Promotion introuvable (n° {0})</source>
        <translation>Promotion not found (no. {0})</translation>
    </message>
    <message>
        <source>Précisez le motif du mouvement « Autre »</source>
        <translation>Specify the reason for the “Other” movement</translation>
    </message>
    <message>
        <source>Période invalide : « {0} » (AAAA-MM ou AAAA)</source>
        <translation>Invalid period: “{0}” (YYYY-MM or YYYY)</translation>
    </message>
    <message>
        <source>Période inversée</source>
        <translation>Period reversed</translation>
    </message>
    <message>
        <source>Période inversée : le {0} est après le {1}</source>
        <translation>Period reversed: {0} is after {1}</translation>
    </message>
    <message>
        <source>Période trop longue : trois ans au plus par export</source>
        <translation>Period too long: three years at most per export</translation>
    </message>
    <message>
        <source>Quantité commandée : entre 0 et {0}</source>
        <translation>Quantity ordered: between 0 and {0}</translation>
    </message>
    <message>
        <source>Quantité invalide</source>
        <translation>Invalid quantity</translation>
    </message>
    <message>
        <source>Quantité invalide : « {0} »</source>
        <translation>Invalid quantity: “{0}”</translation>
    </message>
    <message>
        <source>Quantité livrée trop grande : {0} au plus</source>
        <translation>Quantity delivered too large: {0} at most</translation>
    </message>
    <message>
        <source>Quantité trop grande : {0} au plus</source>
        <translation>Quantity too large: {0} at most</translation>
    </message>
    <message>
        <source>Quantité trop élevée (9 999 au plus)</source>
        <translation>Quantity too high (9,999 at most)</translation>
    </message>
    <message>
        <source>Quantité trop élevée ({0} au plus)</source>
        <translation>Quantity too high ({0} at most)</translation>
    </message>
    <message>
        <source>Quantité à rembourser invalide (ligne {0})</source>
        <translation>Invalid quantity to refund (line {0})</translation>
    </message>
    <message>
        <source>Rappel bienveillant après N boissons alcoolisées sur une ardoise</source>
        <translation>Friendly reminder after N alcoholic drinks on a tab</translation>
    </message>
    <message>
        <source>Remboursement : espèces, carte, chèque ou compte client</source>
        <translation>Refund: cash, card, cheque or customer account</translation>
    </message>
    <message>
        <source>Remise de {0} au-delà de la limite de {1} : un·e gérant·e doit valider avec son code</source>
        <translation>Discount of {0} beyond the limit of {1}: a manager must approve with their PIN</translation>
    </message>
    <message>
        <source>Remise impossible sur un article encaissé pour un tiers (presse, timbres…)</source>
        <translation>No discount on an item sold on behalf of a third party (press, stamps…)</translation>
    </message>
    <message>
        <source>Remise invalide</source>
        <translation>Invalid discount</translation>
    </message>
    <message>
        <source>Remise maximale accordée sans gérant·e</source>
        <translation>Maximum discount without a manager</translation>
    </message>
    <message>
        <source>Remise proposée sur un produit à DDM dépassée</source>
        <translation>Discount offered on a product past its best-before date</translation>
    </message>
    <message>
        <source>Remise sur les boissons sans alcool du SAM (conducteur désigné)</source>
        <translation>Discount on the designated driver&apos;s soft drinks</translation>
    </message>
    <message>
        <source>Remise trop élevée</source>
        <translation>Discount too high</translation>
    </message>
    <message>
        <source>Renseignez l&apos;identité du café (SIRET) avant l&apos;inscription au siège</source>
        <translation>Fill in the café&apos;s identity (SIRET) before enrolling with HQ</translation>
    </message>
    <message>
        <source>Restauration impossible : {0}</source>
        <translation>Restore impossible: {0}</translation>
    </message>
    <message>
        <source>Retirez l&apos;article de la balance puis reposez-le</source>
        <translation>Take the item off the scale and put it back</translation>
    </message>
    <message>
        <source>Retour impossible : {0} exemplaire(s) rendus pour {1} restant(s) (livrés − vendus − déjà rendus)</source>
        <translation>Return impossible: {0} copy(ies) returned for {1} left (delivered − sold − already returned)</translation>
    </message>
    <message>
        <source>Retrait pour un tiers limité à 500,00 € par opération (La Banque Postale : 500 € par client et par 7 jours)</source>
        <translation>Withdrawal for a third party limited to 500.00 € per operation (La Banque Postale: 500 € per customer per 7 days)</translation>
    </message>
    <message>
        <source>Rien n&apos;a été compté : scannez ou saisissez au moins un article</source>
        <translation>Nothing was counted: scan or enter at least one item</translation>
    </message>
    <message>
        <source>Rien à ajouter : le ticket est vide</source>
        <translation>Nothing to add: the ticket is empty</translation>
    </message>
    <message>
        <source>Rien à appliquer pour {0} : déjà à jour ou retiré du catalogue</source>
        <translation>Nothing to apply for {0}: already up to date or removed from the catalogue</translation>
    </message>
    <message>
        <source>Rien à payer sur cette ardoise</source>
        <translation>Nothing to pay on this tab</translation>
    </message>
    <message>
        <source>Règlement d&apos;un compte : espèces, carte ou chèque</source>
        <translation>Account payment: cash, card or cheque</translation>
    </message>
    <message>
        <source>Règlement refusé : {0} pour {1} dus à {2}</source>
        <translation>Payment refused: {0} for {1} owed by {2}</translation>
    </message>
    <message>
        <source>Réglage inconnu : {0}</source>
        <translation>Unknown setting: {0}</translation>
    </message>
    <message>
        <source>Réponse du siège refusée : confirmation d&apos;une autre rupture de clé</source>
        <translation>HQ&apos;s answer refused: confirmation of another key break</translation>
    </message>
    <message>
        <source>Réponse du siège refusée : {0}</source>
        <translation>HQ&apos;s answer refused: {0}</translation>
    </message>
    <message>
        <source>Réponse illisible de la balance (enregistrement de pesée)</source>
        <translation>Unreadable answer from the scale (weighing record)</translation>
    </message>
    <message>
        <source>Réponse illisible de la balance : « {0} »</source>
        <translation>Unreadable answer from the scale: “{0}”</translation>
    </message>
    <message>
        <source>SIREN invalide : 9 chiffres attendus (« {0} »)</source>
        <translation>Invalid SIREN: 9 digits expected (“{0}”)</translation>
    </message>
    <message>
        <source>SIREN invalide : la clé de contrôle ne correspond pas</source>
        <translation>Invalid SIREN: the check digit does not match</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIRET du fournisseur invalide : « {0} » (14 chiffres)</source>
        <translation>Invalid supplier SIRET: “{0}” (14 digits)</translation>
    </message>
    <message>
        <source>SIRET invalide : 14 chiffres attendus (« {0} »)</source>
        <translation>Invalid SIRET: 14 digits expected (“{0}”)</translation>
    </message>
    <message>
        <source>SIRET invalide : la clé de contrôle du SIREN ne correspond pas</source>
        <translation>Invalid SIRET: the SIREN&apos;s check digit does not match</translation>
    </message>
    <message>
        <source>SIRET invalide : la clé de contrôle ne correspond pas</source>
        <translation>Invalid SIRET: the check digit does not match</translation>
    </message>
    <message>
        <source>SIRET invalide : « {0} » (14 chiffres avec clé)</source>
        <translation>Invalid SIRET: “{0}” (14 digits with check digit)</translation>
    </message>
    <message>
        <source>Saisissez la {0} du lot reçu</source>
        <translation>Enter the {0} of the batch received</translation>
    </message>
    <message>
        <source>Sauvegarde impossible : {0}</source>
        <translation>Backup impossible: {0}</translation>
    </message>
    <message>
        <source>Sauvegarde impossible vers {0} : {1}</source>
        <translation>Backup to {0} impossible: {1}</translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : {0}</source>
        <translation>Backup not found: {0}</translation>
    </message>
    <message>
        <source>Sauvegarde refusée : le journal copié ne se vérifie pas ({0})</source>
        <translation>Backup refused: the copied journal does not verify ({0})</translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation>Backup refused: {0}</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation>Backup verified</translation>
    </message>
    <message>
        <source>Scannez un code-barres ou tapez la référence</source>
        <translation>Scan a barcode or type the reference</translation>
    </message>
    <message>
        <source>Semaines de ventes pour les commandes suggérées</source>
        <translation>Weeks of sales for suggested orders</translation>
    </message>
    <message>
        <source>Service d&apos;alcool refusé pour « {0} » (ivresse manifeste) : proposez de l&apos;eau, une boisson sans alcool ou de quoi manger</source>
        <translation>Alcohol service refused for “{0}” (obvious drunkenness): offer water, a soft drink or something to eat</translation>
    </message>
    <message>
        <source>Seul le pain d&apos;un boulanger partenaire se réserve</source>
        <translation>Only a partner baker&apos;s bread can be reserved</translation>
    </message>
    <message>
        <source>Seules les espèces ont un montant remis</source>
        <translation>Only cash has an amount tendered</translation>
    </message>
    <message>
        <source>Signaler une hausse du prix d&apos;achat au-delà de</source>
        <translation>Report a purchase price rise above</translation>
    </message>
    <message>
        <source>Simulation au-delà de {0} impossible</source>
        <translation>Simulation beyond {0} impossible</translation>
    </message>
    <message>
        <source>Sortie impossible : la caisse ne devrait contenir que {0}</source>
        <translation>Cash out impossible: the till should only hold {0}</translation>
    </message>
    <message>
        <source>Surcharge : le poids dépasse la portée de la balance</source>
        <translation>Overload: the weight exceeds the scale&apos;s capacity</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>TVA sur place</source>
        <translation>VAT eat-in</translation>
    </message>
    <message>
        <source>TVA à emporter</source>
        <translation>VAT take-away</translation>
    </message>
    <message>
        <source>Tapez au moins deux lettres du nom recherché</source>
        <translation>Type at least two letters of the name you are looking for</translation>
    </message>
    <message>
        <source>Taux de TVA inconnu : {0} % (20, 10, 5,5, 2,1 ou 0)</source>
        <translation>Unknown VAT rate: {0} % (20, 10, 5.5, 2.1 or 0)</translation>
    </message>
    <message>
        <source>Taux de TVA invalide : « {0} »</source>
        <translation>Invalid VAT rate: “{0}”</translation>
    </message>
    <message>
        <source>Taux de commission invalide</source>
        <translation>Invalid commission rate</translation>
    </message>
    <message>
        <source>Taux de commission invalide : entre 0 et 15 % (décret de 1988)</source>
        <translation>Invalid commission rate: between 0 and 15 % (1988 decree)</translation>
    </message>
    <message>
        <source>Texte du rappel bienveillant</source>
        <translation>Friendly reminder text</translation>
    </message>
    <message>
        <source>Texte du refus de service (ivresse)</source>
        <translation>Service refusal text (drunkenness)</translation>
    </message>
    <message>
        <source>Texte illisible : il n&apos;est pas encodé en UTF-8</source>
        <translation>Unreadable text: it is not encoded in UTF-8</translation>
    </message>
    <message>
        <source>Ticket n° {0} introuvable</source>
        <translation>Ticket no. {0} not found</translation>
    </message>
    <message>
        <source>Ticket n° {0} introuvable dans le journal fiscal</source>
        <translation>Ticket no. {0} not found in the fiscal journal</translation>
    </message>
    <message>
        <source>Ticket trop long ({0} lignes au plus)</source>
        <translation>Ticket too long ({0} lines at most)</translation>
    </message>
    <message>
        <source>Titre de presse inconnu (ISSN {0}-{1}) : créez-le dans Presse → Titres</source>
        <translation>Unknown press title (ISSN {0}-{1}): create it in Press → Titles</translation>
    </message>
    <message>
        <source>Titre inconnu : créez-le d&apos;abord dans Presse → Titres</source>
        <translation>Unknown title: create it first in Press → Titles</translation>
    </message>
    <message>
        <source>Transporteur inconnu</source>
        <translation>Unknown carrier</translation>
    </message>
    <message>
        <source>Transporteur inconnu : choisissez-en un dans la liste</source>
        <translation>Unknown carrier: choose one from the list</translation>
    </message>
    <message>
        <source>Trop de codes-barres ({0}, {1} au plus)</source>
        <translation>Too many barcodes ({0}, {1} at most)</translation>
    </message>
    <message>
        <source>Trop de lignes ({0} au plus par bon)</source>
        <translation>Too many lines ({0} at most per note)</translation>
    </message>
    <message>
        <source>Trop de produits ({0} au plus)</source>
        <translation>Too many products ({0} at most)</translation>
    </message>
    <message>
        <source>Trop tôt : le détail de {0} doit être conservé six ans, jusqu&apos;au {1}</source>
        <translation>Too early: the detail of {0} must be kept six years, until {1}</translation>
    </message>
    <message>
        <source>Type d&apos;afficheur inconnu : {0}</source>
        <translation>Unknown display type: {0}</translation>
    </message>
    <message>
        <source>Type d&apos;imprimante inconnu : {0}</source>
        <translation>Unknown printer type: {0}</translation>
    </message>
    <message>
        <source>Type d&apos;imprimante non géré : {0}</source>
        <translation>Unsupported printer type: {0}</translation>
    </message>
    <message>
        <source>Type de balance inconnu : {0}</source>
        <translation>Unknown scale type: {0}</translation>
    </message>
    <message>
        <source>Type de date inconnu (aucune, DLC ou DDM)</source>
        <translation>Unknown date type (none, use-by or best-before)</translation>
    </message>
    <message>
        <source>Type de destination inconnu : {0}</source>
        <translation>Unknown destination type: {0}</translation>
    </message>
    <message>
        <source>Type de lecteur inconnu : {0}</source>
        <translation>Unknown scanner type: {0}</translation>
    </message>
    <message>
        <source>Type de promotion inconnu (pourcentage ou prix)</source>
        <translation>Unknown promotion type (percentage or price)</translation>
    </message>
    <message>
        <source>Type de remise inconnu (pourcentage ou montant)</source>
        <translation>Unknown discount type (percentage or amount)</translation>
    </message>
    <message>
        <source>Un article de la commande n&apos;est pas fourni par ce boulanger</source>
        <translation>An item of the order is not supplied by this baker</translation>
    </message>
    <message>
        <source>Un article de la réservation n&apos;existe plus</source>
        <translation>An item of the reservation no longer exists</translation>
    </message>
    <message>
        <source>Un article reçu n&apos;est pas fourni par ce boulanger</source>
        <translation>An item received is not supplied by this baker</translation>
    </message>
    <message>
        <source>Un article vendu à la pièce se vend par quantité entière</source>
        <translation>An item sold by the piece is sold in whole quantities</translation>
    </message>
    <message>
        <source>Un boulanger partenaire s&apos;appelle déjà « {0} »</source>
        <translation>A partner baker is already called “{0}”</translation>
    </message>
    <message>
        <source>Un compte « {0} » existe déjà</source>
        <translation>An account “{0}” already exists</translation>
    </message>
    <message>
        <source>Un emplacement figure deux fois dans la liste</source>
        <translation>A location appears twice in the list</translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être modifié ({0})</source>
        <translation>A fiscal record cannot be modified ({0})</translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être modifié ni supprimé ({0})</source>
        <translation>A fiscal record can be neither modified nor deleted ({0})</translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être supprimé ({0})</source>
        <translation>A fiscal record cannot be deleted ({0})</translation>
    </message>
    <message>
        <source>Un fichier = un bon d&apos;un seul fournisseur (colonne fournisseur)</source>
        <translation>One file = one note from a single supplier (supplier column)</translation>
    </message>
    <message>
        <source>Un fichier = un seul bon de livraison (colonne bon)</source>
        <translation>One file = a single delivery note (note column)</translation>
    </message>
    <message>
        <source>Un fournisseur s&apos;appelle déjà « {0} »</source>
        <translation>A supplier is already called “{0}”</translation>
    </message>
    <message>
        <source>Un nombre d&apos;invendus ne peut pas être négatif</source>
        <translation>A number of unsold items cannot be negative</translation>
    </message>
    <message>
        <source>Un produit ne peut pas être sa propre consigne</source>
        <translation>A product cannot be its own deposit</translation>
    </message>
    <message>
        <source>Un produit s&apos;appelle déjà « {0} »</source>
        <translation>A product is already called “{0}”</translation>
    </message>
    <message>
        <source>Un produit s&apos;appelle déjà « {0} » (archivé : restaurez-le plutôt)</source>
        <translation>A product is already called “{0}” (archived: restore it instead)</translation>
    </message>
    <message>
        <source>Un produit vendu pour le compte d&apos;un tiers (presse, timbres, services) est à 2,1 % (presse) ou 0 %, le même taux sur place et à emporter</source>
        <translation>A product sold on behalf of a third party (press, stamps, services) is at 2.1 % (press) or 0 %, the same rate eat-in and take-away</translation>
    </message>
    <message>
        <source>Un ticket déjà imprimé ne se réimprime qu&apos;en duplicata (historique des tickets)</source>
        <translation>An already printed ticket can only be reprinted as a duplicate (ticket history)</translation>
    </message>
    <message>
        <source>Un utilisateur s&apos;appelle déjà {0}</source>
        <translation>A user is already called {0}</translation>
    </message>
    <message>
        <source>Un élément du chemin n&apos;est pas un dossier</source>
        <translation>Part of the path is not a folder</translation>
    </message>
    <message>
        <source>Une ardoise « {0} » est déjà ouverte</source>
        <translation>A tab “{0}” is already open</translation>
    </message>
    <message>
        <source>Une autre promotion s&apos;appelle déjà « {0} »</source>
        <translation>Another promotion is already called “{0}”</translation>
    </message>
    <message>
        <source>Une base de données existe déjà ici : {0}</source>
        <translation>A database already exists here: {0}</translation>
    </message>
    <message>
        <source>Une boisson alcoolisée est à 20 % de TVA, sur place comme à emporter</source>
        <translation>An alcoholic drink is at 20 % VAT, eat-in as well as take-away</translation>
    </message>
    <message>
        <source>Une boisson alcoolisée ne peut pas être vendue pour un tiers</source>
        <translation>An alcoholic drink cannot be sold on behalf of a third party</translation>
    </message>
    <message>
        <source>Une catégorie s&apos;appelle déjà « {0} »</source>
        <translation>A category is already called “{0}”</translation>
    </message>
    <message>
        <source>Une consigne ne peut pas être remisée</source>
        <translation>A deposit cannot be discounted</translation>
    </message>
    <message>
        <source>Une dérogation a déjà été accordée pour ce ticket</source>
        <translation>An exception has already been granted for this ticket</translation>
    </message>
    <message>
        <source>Une même ligne est choisie deux fois</source>
        <translation>The same line is chosen twice</translation>
    </message>
    <message>
        <source>Une ouverture de tiroir n&apos;a pas de document à afficher</source>
        <translation>A drawer opening has no document to show</translation>
    </message>
    <message>
        <source>Une ouverture de tiroir n&apos;est jamais rejouée : utilisez « Ouvrir le tiroir »</source>
        <translation>A drawer opening is never replayed: use “Open the drawer”</translation>
    </message>
    <message>
        <source>Une ouverture de tiroir ne se réimprime pas</source>
        <translation>A drawer opening is not reprinted</translation>
    </message>
    <message>
        <source>Une quantité livrée ne peut pas être négative</source>
        <translation>A delivered quantity cannot be negative</translation>
    </message>
    <message>
        <source>Une remise ne peut pas dépasser 100 %</source>
        <translation>A discount cannot exceed 100 %</translation>
    </message>
    <message>
        <source>Une remise sur tout le ticket se fait au paiement de l&apos;ardoise</source>
        <translation>A discount on the whole ticket is made when the tab is paid</translation>
    </message>
    <message>
        <source>Une réservation demande au moins un article</source>
        <translation>A reservation needs at least one item</translation>
    </message>
    <message>
        <source>Une réservation demande une quantité d&apos;au moins 1 par article</source>
        <translation>A reservation needs a quantity of at least 1 per item</translation>
    </message>
    <message>
        <source>Une réservation prépayée se rattache à un compte client</source>
        <translation>A prepaid reservation is attached to a customer account</translation>
    </message>
    <message>
        <source>Unité inconnue : « {0} » (pièce ou kg)</source>
        <translation>Unknown unit: “{0}” (piece or kg)</translation>
    </message>
    <message>
        <source>Un·e gérant·e a un code à {0} chiffres : indiquez le nouveau code de la personne pour la nommer gérant·e</source>
        <translation>A manager has a {0}-digit PIN: enter the person&apos;s new PIN to make them a manager</translation>
    </message>
    <message>
        <source>Un·e gérant·e existe déjà : ajoutez les utilisateurs avec un compte gérant·e</source>
        <translation>A manager already exists: add the users with a manager account</translation>
    </message>
    <message>
        <source>Utilisateur inconnu : {0}</source>
        <translation>Unknown user: {0}</translation>
    </message>
    <message>
        <source>Utilisateur inconnu ou désactivé</source>
        <translation>Unknown or deactivated user</translation>
    </message>
    <message>
        <source>Utilisateur introuvable (n° {0})</source>
        <translation>User not found (no. {0})</translation>
    </message>
    <message>
        <source>Valeur inconnue dans le comptage : {0} (billets et pièces en euros)</source>
        <translation>Unknown value in the count: {0} (euro notes and coins)</translation>
    </message>
    <message>
        <source>Variante de prix invalide : deux chiffres</source>
        <translation>Invalid price variant: two digits</translation>
    </message>
    <message>
        <source>Vitesse série non prise en charge : {0}</source>
        <translation>Serial speed not supported: {0}</translation>
    </message>
    <message>
        <source>Zone de vacances scolaires : A, B ou C</source>
        <translation>School holiday zone: A, B or C</translation>
    </message>
    <message>
        <source>Zone des vacances scolaires (prévision du pain)</source>
        <translation>School holiday zone (bread forecast)</translation>
    </message>
    <message>
        <source>accès refusé au périphérique</source>
        <translation>access to the device denied</translation>
    </message>
    <message>
        <source>adresse inconnue</source>
        <translation>unknown address</translation>
    </message>
    <message>
        <source>afficheur simulé éteint</source>
        <translation>simulated display switched off</translation>
    </message>
    <message>
        <source>boisson</source>
        <translation>drink</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : liste de produits attendue</source>
        <translation>unreadable network catalogue: list of products expected</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : plafonds mal formés</source>
        <translation>unreadable network catalogue: malformed limits</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : produit mal formé</source>
        <translation>unreadable network catalogue: malformed product</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : produit sans référence</source>
        <translation>unreadable network catalogue: product without reference</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0}</source>
        <translation>unreadable network catalogue: {0}</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0} entier attendu</source>
        <translation>unreadable network catalogue: {0} integer expected</translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0} texte attendu</source>
        <translation>unreadable network catalogue: {0} text expected</translation>
    </message>
    <message>
        <source>catégorie</source>
        <translation>category</translation>
    </message>
    <message>
        <source>colisage</source>
        <translation>pack size</translation>
    </message>
    <message>
        <source>connexion coupée</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>connexion fermée par l&apos;imprimante</source>
        <translation>connection closed by the printer</translation>
    </message>
    <message>
        <source>connexion refusée</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>degré</source>
        <translation>alcohol content</translation>
    </message>
    <message>
        <source>disque ou fichier en lecture seule</source>
        <translation>disk or file read-only</translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>erreur de communication</source>
        <translation>communication error</translation>
    </message>
    <message>
        <source>erreur de la base de données SQLite</source>
        <translation>SQLite database error</translation>
    </message>
    <message>
        <source>fournisseur</source>
        <translation>supplier</translation>
    </message>
    <message>
        <source>fournisseur et prix d&apos;achat plafonné vont ensemble (les deux ou aucun)</source>
        <translation>supplier and capped purchase price go together (both or neither)</translation>
    </message>
    <message>
        <source>guillemet mal placé ?</source>
        <translation>misplaced quotation mark?</translation>
    </message>
    <message>
        <source>imprimante simulée éteinte</source>
        <translation>simulated printer switched off</translation>
    </message>
    <message>
        <source>le disque est plein (rien n&apos;a été modifié)</source>
        <translation>the disk is full (nothing was changed)</translation>
    </message>
    <message>
        <source>le fichier contient un caractère nul</source>
        <translation>the file contains a null character</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <source>nom du produit manquant</source>
        <translation>product name missing</translation>
    </message>
    <message>
        <source>pas de réponse à la demande d&apos;état</source>
        <translation>no answer to the status request</translation>
    </message>
    <message>
        <source>plafond</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>port série inutilisable</source>
        <translation>serial port unusable</translation>
    </message>
    <message>
        <source>prix</source>
        <translation>price</translation>
    </message>
    <message>
        <source>périphérique introuvable</source>
        <translation>device not found</translation>
    </message>
    <message>
        <source>quantité</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>remise</source>
        <translation>discount</translation>
    </message>
    <message>
        <source>rien n&apos;a été écrit, les données déjà enregistrées sont intactes</source>
        <translation>nothing was written, the data already saved is intact</translation>
    </message>
    <message>
        <source>référence</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>référence manquante</source>
        <translation>reference missing</translation>
    </message>
    <message>
        <source>réponse du siège illisible (version)</source>
        <translation>unreadable answer from HQ (version)</translation>
    </message>
    <message>
        <source>un champ dépasse la taille permise</source>
        <translation>a field is larger than allowed</translation>
    </message>
    <message>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation>a quotation mark is opened and never closed</translation>
    </message>
    <message>
        <source>une fin de ligne est mal placée</source>
        <translation>a line break is misplaced</translation>
    </message>
    <message>
        <source>{0} (colonne {1})</source>
        <translation>{0} (column {1})</translation>
    </message>
    <message>
        <source>{0} : CSV illisible ligne {1} ({2})</source>
        <translation>{0}: unreadable CSV at line {1} ({2})</translation>
    </message>
    <message>
        <source>{0} : DLC dépassée depuis le {1}, vente interdite. Retirez-le du rayon et enregistrez-le en démarque.</source>
        <translation>{0}: use-by date passed since {1}, sale forbidden. Take it off the shelf and record it as a write-off.</translation>
    </message>
    <message>
        <source>{0} : choisir parmi {1}</source>
        <translation>{0}: choose among {1}</translation>
    </message>
    <message>
        <source>{0} : entre 0,01 et 9 999,99 € attendu</source>
        <translation>{0}: between 0.01 and 9,999.99 € expected</translation>
    </message>
    <message>
        <source>{0} : guillemet ouvert ligne {1} et jamais fermé (rien n&apos;a été importé)</source>
        <translation>{0}: quote opened on line {1} and never closed (nothing was imported)</translation>
    </message>
    <message>
        <source>{0} : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation>{0}: the operation was cancelled, the data already saved is intact</translation>
    </message>
    <message>
        <source>{0} : l&apos;opération a été annulée, les données déjà enregistrées sont intactes ; libérez de la place puis recommencez</source>
        <translation>{0}: the operation was cancelled, the data already saved is intact; free some space, then try again</translation>
    </message>
    <message>
        <source>{0} : le tiers doit présenter la pièce d&apos;identité originale du destinataire</source>
        <translation>{0}: the third party must show the recipient&apos;s original ID</translation>
    </message>
    <message>
        <source>{0} : le tiers doit présenter une procuration écrite</source>
        <translation>{0}: the third party must show a written proxy</translation>
    </message>
    <message>
        <source>{0} : oui ou non attendu</source>
        <translation>{0}: yes or no expected</translation>
    </message>
    <message>
        <source>{0} : rien n&apos;est purgé</source>
        <translation>{0}: nothing is purged</translation>
    </message>
    <message>
        <source>{0} : texte trop long ({1} caractères au plus)</source>
        <translation>{0}: text too long ({1} characters at most)</translation>
    </message>
    <message>
        <source>{0} : un nombre entier est attendu</source>
        <translation>{0}: a whole number is expected</translation>
    </message>
    <message>
        <source>{0} : un texte est attendu</source>
        <translation>{0}: a text is expected</translation>
    </message>
    <message>
        <source>{0} : valeur hors limites ({1} à {2})</source>
        <translation>{0}: value out of range ({1} to {2})</translation>
    </message>
    <message>
        <source>{0} : vous avez fixé vous-même le prix — choisissez entre votre prix et le prix conseillé par le réseau</source>
        <translation>{0}: you set the price yourself — choose between your price and the network&apos;s recommended price</translation>
    </message>
    <message>
        <source>{0} contient des données qui ne sont pas celles de cafe-pos</source>
        <translation>{0} contains data that is not cafe-pos&apos;s</translation>
    </message>
    <message>
        <source>{0} contient un caractère de contrôle</source>
        <translation>{0} contains a control character</translation>
    </message>
    <message>
        <source>{0} contient un caractère interdit (U+{1}, caractère de contrôle ou de mise en forme invisible)</source>
        <translation>{0} contains a forbidden character (U+{1}, a control or invisible formatting character)</translation>
    </message>
    <message>
        <source>{0} doit encore {1} : réglez le compte avant</source>
        <translation>{0} still owes {1}: settle the account first</translation>
    </message>
    <message>
        <source>{0} doit {1} : le règlement ne peut pas dépasser ce montant</source>
        <translation>{0} owes {1}: the payment cannot exceed this amount</translation>
    </message>
    <message>
        <source>{0} doit être positif</source>
        <translation>{0} must be positive</translation>
    </message>
    <message>
        <source>{0} doit être positive</source>
        <translation>{0} must be positive</translation>
    </message>
    <message>
        <source>{0} est endommagée (contrôle d&apos;intégrité SQLite en échec)</source>
        <translation>{0} is damaged (SQLite integrity check failed)</translation>
    </message>
    <message>
        <source>{0} est invalide</source>
        <translation>{0} is invalid</translation>
    </message>
    <message>
        <source>{0} est le dernier compte gérant·e actif : il doit le rester</source>
        <translation>{0} is the last active manager account: it must stay so</translation>
    </message>
    <message>
        <source>{0} est le dernier compte gérant·e actif : impossible de le désactiver</source>
        <translation>{0} is the last active manager account: it cannot be deactivated</translation>
    </message>
    <message>
        <source>{0} est obligatoire</source>
        <translation>{0} is required</translation>
    </message>
    <message>
        <source>{0} est trop gros pour un catalogue (20 Mo au plus)</source>
        <translation>{0} is too big for a catalogue (20 MB at most)</translation>
    </message>
    <message>
        <source>{0} est trop long ({1} caractères, {2} au plus)</source>
        <translation>{0} is too long ({1} characters, {2} at most)</translation>
    </message>
    <message>
        <source>{0} est trop élevé ({1} HT au plus)</source>
        <translation>{0} is too high ({1} excl. VAT at most)</translation>
    </message>
    <message>
        <source>{0} est trop élevée (99 999 au plus)</source>
        <translation>{0} is too high (99,999 at most)</translation>
    </message>
    <message>
        <source>{0} est un colis reçu, pas un dépôt à expédier</source>
        <translation>{0} is a parcel received, not a drop-off to send</translation>
    </message>
    <message>
        <source>{0} est un dossier : donnez un nom de fichier</source>
        <translation>{0} is a folder: give a file name</translation>
    </message>
    <message>
        <source>{0} est un dossier, pas un fichier CSV</source>
        <translation>{0} is a folder, not a CSV file</translation>
    </message>
    <message>
        <source>{0} est un dossier, pas une base de données</source>
        <translation>{0} is a folder, not a database</translation>
    </message>
    <message>
        <source>{0} est un dépôt : il part avec le chauffeur, sans retour</source>
        <translation>{0} is a drop-off: it leaves with the driver, no return</translation>
    </message>
    <message>
        <source>{0} est un dépôt à expédier : il se remet au chauffeur</source>
        <translation>{0} is a drop-off to send: it is handed to the driver</translation>
    </message>
    <message>
        <source>{0} est un lien : donnez le nom d&apos;un nouveau fichier</source>
        <translation>{0} is a link: give the name of a new file</translation>
    </message>
    <message>
        <source>{0} est vide</source>
        <translation>{0} is empty</translation>
    </message>
    <message>
        <source>{0} est vide : ce n&apos;est pas une sauvegarde cafe-pos</source>
        <translation>{0} is empty: it is not a cafe-pos backup</translation>
    </message>
    <message>
        <source>{0} invalide</source>
        <translation>{0} invalid</translation>
    </message>
    <message>
        <source>{0} invalide : {1} est dans plus de 10 ans</source>
        <translation>{0} invalid: {1} is more than 10 years away</translation>
    </message>
    <message>
        <source>{0} n&apos;a pas le droit de faire cela : un·e gérant·e doit valider</source>
        <translation>{0} is not allowed to do this: a manager must approve</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas dans le rayon de cet inventaire</source>
        <translation>{0} is not in this stock count&apos;s shelf</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas suivi en stock (voir sa fiche article)</source>
        <translation>{0} is not tracked in stock (see its item form)</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas suivi en stock : activez-le sur sa fiche</source>
        <translation>{0} is not tracked in stock: turn it on in its form</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier CSV (c&apos;est un fichier binaire)</source>
        <translation>{0} is not a CSV file (it is a binary file)</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier ordinaire (périphérique, tube...) : donnez le nom d&apos;un nouveau fichier</source>
        <translation>{0} is not a regular file (device, pipe...): give the name of a new file</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier texte CSV</source>
        <translation>{0} is not a CSV text file</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un manifeste de sauvegarde cafe-pos</source>
        <translation>{0} is not a cafe-pos backup manifest</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un produit retiré du catalogue du réseau (déjà réglé, ou de nouveau au catalogue)</source>
        <translation>{0} is not a product withdrawn from the network catalogue (already settled, or back in the catalogue)</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos</source>
        <translation>{0} is not a cafe-pos database</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos (SQLite)</source>
        <translation>{0} is not a cafe-pos database (SQLite)</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos lisible</source>
        <translation>{0} is not a readable cafe-pos database</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une clé de signature Ed25519</source>
        <translation>{0} is not an Ed25519 signing key</translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une sauvegarde cafe-pos (aucun schéma connu)</source>
        <translation>{0} is not a cafe-pos backup (no known schema)</translation>
    </message>
    <message>
        <source>{0} ne permet pas de remettre un colis à un tiers</source>
        <translation>{0} does not allow handing a parcel to a third party</translation>
    </message>
    <message>
        <source>{0} ne peut pas être négatif</source>
        <translation>{0} cannot be negative</translation>
    </message>
    <message>
        <source>{0} n° {1} : aucun numéro reçu, prix inconnu — enregistrez la livraison</source>
        <translation>{0} no. {1}: no issue number received, price unknown — record the delivery</translation>
    </message>
    <message>
        <source>{0} n° {1} est déjà au prix de {2} €</source>
        <translation>{0} no. {1} is already priced at {2} €</translation>
    </message>
    <message>
        <source>{0} part(s) déjà encaissée(s) : terminez le partage de « {1} »</source>
        <translation>{0} share(s) already paid: finish the split of “{1}”</translation>
    </message>
    <message>
        <source>{0} parts au plus</source>
        <translation>{0} shares at most</translation>
    </message>
    <message>
        <source>{0} se compte à l&apos;unité : quantité entière attendue</source>
        <translation>{0} is counted by the unit: whole quantity expected</translation>
    </message>
    <message>
        <source>{0} trop long ({1} caractères au plus)</source>
        <translation>{0} too long ({1} characters at most)</translation>
    </message>
    <message>
        <source>{0} trop élevé ({1} au plus)</source>
        <translation>{0} too high ({1} at most)</translation>
    </message>
    <message>
        <source>{0} vient d&apos;une version plus récente de cafe-pos (schéma {1}) : mettez le logiciel à jour avant de la restaurer</source>
        <translation>{0} comes from a newer version of cafe-pos (schema {1}): update the software before restoring it</translation>
    </message>
    <message>
        <source>« {0} » : choisissez au moins un jour de la semaine</source>
        <translation>“{0}”: choose at least one day of the week</translation>
    </message>
    <message>
        <source>« {0} » : choisissez des produits ou une catégorie</source>
        <translation>“{0}”: choose products or a category</translation>
    </message>
    <message>
        <source>« {0} » : la remise va de 0,01 % à 100 %</source>
        <translation>“{0}”: the discount goes from 0.01 % to 100 %</translation>
    </message>
    <message>
        <source>« {0} » : prix promotionnel invalide</source>
        <translation>“{0}”: invalid promotional price</translation>
    </message>
    <message>
        <source>« {0} » : produit ou catégorie introuvable</source>
        <translation>“{0}”: product or category not found</translation>
    </message>
    <message>
        <source>« {0} » est déjà fourni par un autre boulanger</source>
        <translation>“{0}” is already supplied by another baker</translation>
    </message>
    <message>
        <source>« {0} » est déjà un bénéficiaire d&apos;un autre genre</source>
        <translation>“{0}” is already a recipient of another kind</translation>
    </message>
    <message>
        <source>« {0} » existe déjà</source>
        <translation>“{0}” already exists</translation>
    </message>
    <message>
        <source>« {0} » figure déjà ligne {1}</source>
        <translation>“{0}” is already on line {1}</translation>
    </message>
    <message>
        <source>« {0} » ne peut pas être offert ni vendu à volonté : l&apos;open bar est interdit (article L3322-9 du Code de la santé publique) ; une remise partielle reste possible</source>
        <translation>“{0}” cannot be given away or sold as much as you like: open bars are forbidden (article L3322-9 of the Public Health Code); a partial discount is still possible</translation>
    </message>
    <message>
        <source>« {0} » ne réduit aucune boisson alcoolisée</source>
        <translation>“{0}” does not reduce any alcoholic drink</translation>
    </message>
    <message>
        <source>« {0} » refusée : elle réduit l&apos;alcool jusqu&apos;à {1} ; pendant toute la plage ({2}), au moins {3} boissons sans alcool doivent être réduites d&apos;autant ou plus ({4} le sont). Ajoutez une promotion équivalente sur les boissons sans alcool. Une réduction sur les boissons alcoolisées pendant une période limitée (happy hour) n&apos;est permise que si, pendant toute la même plage horaire, les boissons sans alcool sont aussi proposées à prix réduit, avec une réduction au moins équivalente (article L3323-1 du Code de la santé publique, décret 2010-465). Une boisson alcoolisée ne peut jamais être offerte ni vendue à volonté (article L3322-9).</source>
        <translation>“{0}” refused: it reduces alcohol by up to {1}; during the whole range ({2}), at least {3} soft drinks must be reduced as much or more ({4} are). Add an equivalent promotion on the soft drinks. A reduction on alcoholic drinks for a limited period (happy hour) is only allowed if, during the whole same time range, the soft drinks are also offered at a reduced price, with a reduction at least equivalent (article L3323-1 of the Public Health Code, decree 2010-465). An alcoholic drink can never be given away or sold as much as you like (article L3322-9).</translation>
    </message>
    <message>
        <source>« {0} » rendrait « {1} » gratuit : l&apos;alcool ne peut jamais être offert (open bar interdit, article L3322-9)</source>
        <translation>“{0}” would make “{1}” free: alcohol can never be given away (open bar forbidden, article L3322-9)</translation>
    </message>
    <message>
        <source>À {0}, c&apos;est une boisson alcoolisée : cochez « alcool »</source>
        <translation>At {0}, it is an alcoholic drink: tick “alcohol”</translation>
    </message>
    <message>
        <source>À {0}, ce n&apos;est pas une boisson alcoolisée (1,2 % vol au moins)</source>
        <translation>At {0}, it is not an alcoholic drink (1.2 % vol at least)</translation>
    </message>
    <message>
        <source>Écart de caisse (excédent de {0}) : indiquez-en la raison</source>
        <translation>Cash difference (surplus of {0}): give the reason</translation>
    </message>
    <message>
        <source>Écart de caisse (manque de {0}) : indiquez-en la raison</source>
        <translation>Cash difference (shortage of {0}): give the reason</translation>
    </message>
    <message>
        <source>Étiquette de balance sans poids</source>
        <translation>Scale label without weight</translation>
    </message>
    <message>
        <source>… en moins de (minutes)</source>
        <translation>… within (minutes)</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>À retirer (vente interdite)</source>
        <translation>Withdraw (sale forbidden)</translation>
    </message>
    <message>
        <source>À solder</source>
        <translation>Mark down</translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Soon</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>cafe-pos — première installation</source>
        <translation>cafe-pos — first installation</translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Abandonner l&apos;installation ?</source>
        <translation>Abandon the installation?</translation>
    </message>
    <message>
        <source>Rien n&apos;a encore été enregistré : ce qui a été saisi sera perdu.</source>
        <translation>Nothing has been saved yet: what was typed will be lost.</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Continuer l&apos;installation</source>
        <translation>Continue the installation</translation>
    </message>
    <message>
        <source>aucune pour l&apos;instant</source>
        <translation>none for now</translation>
    </message>
    <message>
        <source>catalogue d&apos;exemple</source>
        <translation>sample catalogue</translation>
    </message>
    <message>
        <source>vide</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Café : {0}</source>
        <translation>Café: {0}</translation>
    </message>
    <message>
        <source>SIRET : {0}</source>
        <translation>SIRET: {0}</translation>
    </message>
    <message>
        <source>Gérant·e : {0}</source>
        <translation>Manager: {0}</translation>
    </message>
    <message>
        <source>Imprimante : {0}</source>
        <translation>Printer: {0}</translation>
    </message>
    <message>
        <source>Catalogue : {0}</source>
        <translation>Catalogue: {0}</translation>
    </message>
    <message>
        <source>Sauvegardes : {0}</source>
        <translation>Backups: {0}</translation>
    </message>
    <message>
        <source>plus tard</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Phrase de secours : {0}</source>
        <translation>Recovery passphrase: {0}</translation>
    </message>
    <message>
        <source>choisie</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>La base de données sera créée ici : {0}</source>
        <translation>The database will be created here: {0}</translation>
    </message>
    <message>
        <source>… et {0} autres</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>Café créé, avec des lignes refusées</source>
        <translation>Café created, with refused lines</translation>
    </message>
    <message>
        <source>Le café est prêt. Ces lignes du catalogue n&apos;ont pas été importées : corrigez-les dans Réglages › Catalogue.</source>
        <translation>The café is ready. These catalogue lines were not imported: fix them in Settings › Catalogue.</translation>
    </message>
</context>
<context>
    <name>FloatPrompt</name>
    <message>
        <source>Ouvrir la caisse</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>La caisse n&apos;est pas ouverte : indiquez le fond de caisse avant d&apos;encaisser.</source>
        <translation>The till is not open: enter the float before taking payments.</translation>
    </message>
    <message>
        <source>Ouvrir avec {0}</source>
        <translation>Open with {0}</translation>
    </message>
    <message>
        <source>Compter le fond…</source>
        <translation>Count the float…</translation>
    </message>
    <message>
        <source>Ouvrir avec ce fond</source>
        <translation>Open with this float</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Réglage réglementaire : chaque modification est journalisée.</source>
        <translation>Compliance setting: every change is logged.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>{0} réglage(s) enregistré(s)</source>
        <translation>{0} setting(s) saved</translation>
    </message>
    <message>
        <source>la langue change au prochain démarrage</source>
        <translation>the language changes at the next start</translation>
    </message>
    <message>
        <source>Aucun changement</source>
        <translation>Nothing changed</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Remettre un colis</source>
        <translation>Hand over a parcel</translation>
    </message>
    <message>
        <source>Fermer et revenir à la vente</source>
        <translation>Close and back to the sale</translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>Scannez le colis ou le code du client, ou tapez une partie du nom</source>
        <translation>Scan the parcel or the customer&apos;s code, or type part of the name</translation>
    </message>
    <message>
        <source>Le destinataire</source>
        <translation>The recipient</translation>
    </message>
    <message>
        <source>Un tiers</source>
        <translation>A third party</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité vérifiée</source>
        <translation>ID checked</translation>
    </message>
    <message>
        <source>— type de pièce —</source>
        <translation>— kind of ID —</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité originale du destinataire présentée</source>
        <translation>Recipient&apos;s original ID shown</translation>
    </message>
    <message>
        <source>Procuration écrite présentée</source>
        <translation>Written proxy shown</translation>
    </message>
    <message>
        <source>Code de retrait vérifié</source>
        <translation>Pick-up code checked</translation>
    </message>
    <message>
        <source>Remettre le colis</source>
        <translation>Hand over the parcel</translation>
    </message>
    <message>
        <source>Ne notez jamais le numéro de la pièce, n&apos;en faites pas de copie.</source>
        <translation>Never write down the ID number, never copy it.</translation>
    </message>
    <message>
        <source>Aucun colis ne correspond à « {0} »</source>
        <translation>No parcel matches “{0}”</translation>
    </message>
    <message>
        <source>Choisissez un colis</source>
        <translation>Choose a parcel</translation>
    </message>
    <message>
        <source>(nom effacé)</source>
        <translation>(name erased)</translation>
    </message>
    <message>
        <source>{0} · {1} · à retourner le {2}</source>
        <translation>{0} · {1} · return on {2}</translation>
    </message>
    <message>
        <source>Ce colis n&apos;est plus là : {0} le {1}</source>
        <translation>This parcel is no longer here: {0} on {1}</translation>
    </message>
    <message>
        <source>Colis {0} remis (emplacement {1})</source>
        <translation>Parcel {0} handed over (slot {1})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Coût HT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Horaires de vente d&apos;alcool</source>
        <translation>Alcohol sale hours</translation>
    </message>
    <message>
        <source>Recopiez l&apos;arrêté préfectoral (ou municipal) de votre commune.</source>
        <translation>Copy your town&apos;s prefectoral (or municipal) order.</translation>
    </message>
    <message>
        <source>Une ou plusieurs plages par jour, par exemple « 07:00-13:00, 15:00-01:00 » (une plage qui passe minuit finit le lendemain) ; « fermé » pour aucun alcool.</source>
        <translation>One or more ranges per day, for example &quot;07:00-13:00, 15:00-01:00&quot; (a range past midnight ends the next day); &quot;fermé&quot; for no alcohol.</translation>
    </message>
    <message>
        <source>Hors de ces plages, la caisse bloque l&apos;alcool. Les exceptions (fête du village) se saisissent ensuite dans Réglages › Vente responsable.</source>
        <translation>Outside these ranges the till blocks alcohol. Exceptions (village fête) are entered later in Settings › Responsible sale.</translation>
    </message>
</context>
<context>
    <name>HqSettingsPage</name>
    <message>
        <source>Chaque clôture envoie au siège les chiffres du jour, signés par la caisse, sans aucun nom de client ni de personne. Le siège vous donne un code d&apos;inscription à usage unique.</source>
        <translation>Each closure sends the day&apos;s figures to headquarters, signed by the till, without any customer&apos;s or person&apos;s name. Headquarters gives you a one-time enrolment code.</translation>
    </message>
    <message>
        <source>Inscrire le café</source>
        <translation>Enrol the café</translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Adresse du siège</source>
        <translation>Headquarters address</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Café inscrit auprès du siège</source>
        <translation>Café enrolled with headquarters</translation>
    </message>
    <message>
        <source>{0} message(s) envoyé(s)</source>
        <translation>{0} message(s) sent</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Ces informations sont imprimées sur chaque ticket et chaque rapport. Toute modification est inscrite au journal des événements techniques.</source>
        <translation>This information is printed on every receipt and report. Every change is written to the technical event log.</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>FR + 11 caractères (vide en franchise de TVA)</source>
        <translation>FR + 11 characters (empty if VAT-exempt)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;identité</source>
        <translation>Save identity</translation>
    </message>
    <message>
        <source>Nom du café</source>
        <translation>Café name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>N° de TVA intracommunautaire</source>
        <translation>EU VAT number</translation>
    </message>
    <message>
        <source>N° de caisse</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Identité du café enregistrée</source>
        <translation>Café identity saved</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import du catalogue</source>
        <translation>Catalogue import</translation>
    </message>
    <message>
        <source>{0} article(s) créé(s), {1} mis à jour, {2} ligne(s) refusée(s)</source>
        <translation>{0} item(s) created, {1} updated, {2} line(s) rejected</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Raison du refus</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Les lignes refusées n&apos;ont pas été importées :</source>
        <translation>Rejected lines were not imported:</translation>
    </message>
</context>
<context>
    <name>JournalKeyPage</name>
    <message>
        <source>Chaque ticket, clôture et événement est signé par la clé de la caisse. Son empreinte est imprimée sur les tickets Z : c&apos;est elle qu&apos;un contrôleur compare aux archives.</source>
        <translation>Every ticket, closure and event is signed with the till&apos;s key. Its fingerprint is printed on the Z reports: an auditor compares it with the archives.</translation>
    </message>
    <message>
        <source>ex. : disque remplacé, clé perdue</source>
        <translation>e.g. disk replaced, key lost</translation>
    </message>
    <message>
        <source>Changer la clé de signature</source>
        <translation>Replace the signing key</translation>
    </message>
    <message>
        <source>Clé actuelle</source>
        <translation>Current key</translation>
    </message>
    <message>
        <source>Clés successives</source>
        <translation>Key history</translation>
    </message>
    <message>
        <source>Clé perdue ou divulguée</source>
        <translation>Key lost or exposed</translation>
    </message>
    <message>
        <source>Sans l&apos;ancienne clé, le changement rompt la chaîne des clés : il reste signalé jusqu&apos;à ce que le siège le confirme (inscrivez ensuite la caisse de nouveau, onglet Siège, avec un nouveau code).</source>
        <translation>Without the old key, the change breaks the chain of keys: it stays flagged until headquarters confirms it (then enrol the till again, Headquarters tab, with a new code).</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>aucune (journal vide)</source>
        <translation>none (empty journal)</translation>
    </message>
    <message>
        <source>Nouvelle clé de signature : {0}</source>
        <translation>New signing key: {0}</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Codes réinitialisés</source>
        <translation>PINs reset</translation>
    </message>
    <message>
        <source>Aucun utilisateur : créez un·e gérant·e avec « cafe-pos users add ».</source>
        <translation>No users: create a manager with “cafe-pos users add”.</translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Démonstration — codes des utilisateurs :</source>
        <translation>Demo — user PINs:</translation>
    </message>
    <message>
        <source>Choisissez votre nom</source>
        <translation>Choose your name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Code de {0}</source>
        <translation>PIN for {0}</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord votre nom</source>
        <translation>Choose your name first</translation>
    </message>
    <message>
        <source>Tapez votre code</source>
        <translation>Type your PIN</translation>
    </message>
</context>
<context>
    <name>LossesPage</name>
    <message>
        <source>Scannez l&apos;article perdu, cassé, périmé…</source>
        <translation>Scan the lost, broken or expired item…</translation>
    </message>
    <message>
        <source>Aucun article choisi</source>
        <translation>No item chosen</translation>
    </message>
    <message>
        <source>À retirer / à solder</source>
        <translation>To withdraw / to mark down</translation>
    </message>
    <message>
        <source>Retirer le lot (démarque)</source>
        <translation>Withdraw the lot (loss)</translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Démarque du mois : {0}</source>
        <translation>Losses this month: {0}</translation>
    </message>
    <message>
        <source>Scannez d&apos;abord l&apos;article</source>
        <translation>Scan the item first</translation>
    </message>
    <message>
        <source>Démarque enregistrée : {0} ({1} au prix de revient)</source>
        <translation>Loss recorded: {0} ({1} at cost)</translation>
    </message>
    <message>
        <source>Choisissez un lot dans la liste</source>
        <translation>Pick a lot in the list</translation>
    </message>
    <message>
        <source>Lot retiré : {0}</source>
        <translation>Lot withdrawn: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MODE FORMATION : les ventes ne sont pas enregistrées dans la caisse et ne comptent pas dans les chiffres</source>
        <translation>TRAINING MODE: sales are not recorded in the till and do not count in the figures</translation>
    </message>
    <message>
        <source>Démonstration : café fictif, base temporaire effacée à la fermeture</source>
        <translation>Demo: fictitious café, temporary database deleted on exit</translation>
    </message>
    <message>
        <source>Impressions en attente, réessayer, réimprimer</source>
        <translation>Waiting print jobs, retry, reprint</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Cet écran n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation>This screen could not open: {0}</translation>
    </message>
    <message>
        <source>Simulateur</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Journal : défaut d&apos;intégrité constaté au démarrage — {0}</source>
        <translation>Fiscal journal: integrity defect found at start — {0}</translation>
    </message>
    <message>
        <source> (démonstration)</source>
        <translation> (demo)</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>Le gérant ou la gérante</source>
        <translation>The manager</translation>
    </message>
    <message>
        <source>Son compte ouvre la caisse ; son code fait 6 chiffres.</source>
        <translation>Their account opens the till; their code has 6 digits.</translation>
    </message>
    <message>
        <source>Ce compte ouvre et clôture la caisse, valide remboursements et remises et ajoute les autres utilisateurs (Réglages › Utilisateurs).</source>
        <translation>This account opens and closes the till, approves refunds and discounts and adds the other users (Settings › Users).</translation>
    </message>
    <message>
        <source>Prénom ou nom</source>
        <translation>First name or name</translation>
    </message>
    <message>
        <source>Code (6 chiffres)</source>
        <translation>Code (6 digits)</translation>
    </message>
    <message>
        <source>Le même code, encore</source>
        <translation>The same code again</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques</source>
        <translation>The two codes are not the same</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Validation par un·e gérant·e</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>Code gérant·e</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>MarginModel</name>
    <message>
        <source>Article ou catégorie</source>
        <translation>Item or category</translation>
    </message>
    <message>
        <source>Vendu</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Ventes HT</source>
        <translation>Sales excl. VAT</translation>
    </message>
    <message>
        <source>Coût d&apos;achat</source>
        <translation>Purchase cost</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>NetworkCataloguePage</name>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Appliquer ce produit</source>
        <translation>Apply this product</translation>
    </message>
    <message>
        <source>Tout appliquer</source>
        <translation>Apply all</translation>
    </message>
    <message>
        <source>Archiver ce produit</source>
        <translation>Archive this product</translation>
    </message>
    <message>
        <source>Le garder comme produit du café</source>
        <translation>Keep it as the café&apos;s own product</translation>
    </message>
    <message>
        <source>Le siège publie le catalogue du réseau : produits de référence, prix conseillés et prix d&apos;achat plafonnés négociés avec les fournisseurs. Rien ne change dans votre catalogue sans votre accord ; un prix que vous avez fixé n&apos;est remplacé que si vous le choisissez.</source>
        <translation>Headquarters publishes the network catalogue: reference products, suggested prices and the capped purchase prices negotiated with suppliers. Nothing changes in your catalogue without your consent; a price you set is only replaced if you choose so.</translation>
    </message>
    <message>
        <source>Aucun catalogue du réseau reçu pour l&apos;instant.</source>
        <translation>No network catalogue received yet.</translation>
    </message>
    <message>
        <source>Version {0} du catalogue du réseau ({1} produits), publiée le {2}, reçue le {3}.</source>
        <translation>Network catalogue version {0} ({1} products), published on {2}, received on {3}.</translation>
    </message>
    <message>
        <source>{0} changement(s) à examiner.</source>
        <translation>{0} change(s) to review.</translation>
    </message>
    <message>
        <source>Dernière vérification auprès du siège : {0}</source>
        <translation>Last check with headquarters: {0}</translation>
    </message>
    <message>
        <source>Votre catalogue est à jour avec celui du réseau.</source>
        <translation>Your catalogue is up to date with the network&apos;s.</translation>
    </message>
    <message>
        <source>Le catalogue arrive avec la synchronisation quotidienne du siège.</source>
        <translation>The catalogue arrives with the daily headquarters sync.</translation>
    </message>
    <message>
        <source>Retirés du catalogue du réseau ({0}) : toujours en vente chez vous. Archivez-les, ou gardez-les comme produits du café.</source>
        <translation>Withdrawn from the network catalogue ({0}): still on sale in your café. Archive them, or keep them as the café&apos;s own products.</translation>
    </message>
    <message>
        <source>Choisissez un produit dans la liste</source>
        <translation>Choose a product in the list</translation>
    </message>
    <message>
        <source>{0} produit(s) ajouté(s)</source>
        <translation>{0} product(s) added</translation>
    </message>
    <message>
        <source>{0} produit(s) mis à jour</source>
        <translation>{0} product(s) updated</translation>
    </message>
    <message>
        <source>{0} prix gardé(s)</source>
        <translation>{0} price(s) kept</translation>
    </message>
    <message>
        <source>Catalogue du réseau appliqué : </source>
        <translation>Network catalogue applied: </translation>
    </message>
    <message>
        <source>Votre prix ou le prix conseillé ?</source>
        <translation>Your price or the suggested price?</translation>
    </message>
    <message>
        <source>Vous avez fixé vous-même le prix de {0} à {1}. Le réseau conseille {2}. Quel prix voulez-vous pour ce produit ?</source>
        <translation>You set the price of {0} yourself at {1}. The network suggests {2}. Which price do you want for this product?</translation>
    </message>
    <message>
        <source>Garder mon prix ({0})</source>
        <translation>Keep my price ({0})</translation>
    </message>
    <message>
        <source>Prendre le prix conseillé ({0})</source>
        <translation>Take the suggested price ({0})</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez un produit retiré dans la liste</source>
        <translation>Choose a withdrawn product in the list</translation>
    </message>
    <message>
        <source>{0} archivé : il ne se vend plus</source>
        <translation>{0} archived: it is no longer sold</translation>
    </message>
    <message>
        <source>{0} reste en vente comme produit du café</source>
        <translation>{0} stays on sale as the café&apos;s own product</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Nouveau compte client</source>
        <translation>New customer account</translation>
    </message>
    <message>
        <source>Nom du client</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Plafond (ce qu&apos;il peut devoir au plus)</source>
        <translation>Limit (the most they may owe)</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
</context>
<context>
    <name>OrderModel</name>
    <message>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Ventes/jour</source>
        <translation>Sales/day</translation>
    </message>
    <message>
        <source>Unités/colis</source>
        <translation>Units/pack</translation>
    </message>
    <message>
        <source>Colis</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Comptoir prévu</source>
        <translation>Counter forecast</translation>
    </message>
    <message>
        <source>Suggéré</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>À commander</source>
        <translation>To order</translation>
    </message>
    <message>
        <source>S-{0}</source>
        <translation>W-{0}</translation>
    </message>
    <message>
        <source>S-1 … S-4 : vendus / invendus le même jour les semaines passées</source>
        <translation>W-1 … W-4: sold / unsold on the same weekday in past weeks</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Envoyer et verrouiller</source>
        <translation>Send and lock</translation>
    </message>
    <message>
        <source>Rouvrir (gérant·e)</source>
        <translation>Reopen (manager)</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Copier le texte</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Commande pour {0}</source>
        <translation>Order for {0}</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord un boulanger partenaire (onglet Boulangers)</source>
        <translation>Add a partner baker first (Bakers tab)</translation>
    </message>
    <message>
        <source>Suggestion : ajustez puis enregistrez</source>
        <translation>Suggestion: adjust, then save</translation>
    </message>
    <message>
        <source>Enregistrée, modifiable jusqu&apos;à l&apos;heure limite</source>
        <translation>Saved, can be changed until the cut-off</translation>
    </message>
    <message>
        <source>Verrouillée : un·e gérant·e peut la rouvrir</source>
        <translation>Locked: a manager can reopen it</translation>
    </message>
    <message>
        <source>Rouverte par un·e gérant·e</source>
        <translation>Reopened by a manager</translation>
    </message>
    <message>
        <source>{0} — heure limite {1}</source>
        <translation>{0} — cut-off {1}</translation>
    </message>
    <message>
        <source>pas de livraison ce jour-là</source>
        <translation>no delivery that day</translation>
    </message>
    <message>
        <source>Total commandé : {0}</source>
        <translation>Total ordered: {0}</translation>
    </message>
    <message>
        <source>Commande enregistrée</source>
        <translation>Order saved</translation>
    </message>
    <message>
        <source>Commande envoyée et verrouillée</source>
        <translation>Order sent and locked</translation>
    </message>
    <message>
        <source>Rouvrir la commande après l&apos;heure limite</source>
        <translation>Reopen the order after the cut-off</translation>
    </message>
    <message>
        <source>Commande rouverte</source>
        <translation>Order reopened</translation>
    </message>
    <message>
        <source>Commande envoyée à l&apos;imprimante</source>
        <translation>Order sent to the printer</translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
    <message>
        <source>Texte copié : {0}</source>
        <translation>Text copied: {0}</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Nouveau fournisseur</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>Commander : PDF + CSV</source>
        <translation>Order: PDF + CSV</translation>
    </message>
    <message>
        <source>Ajoutez un fournisseur pour préparer ses commandes</source>
        <translation>Add a supplier to prepare its orders</translation>
    </message>
    <message>
        <source>Livraison le {0:%d/%m/%Y}, suivante le {1:%d/%m/%Y}</source>
        <translation>Delivery on {0:%d/%m/%Y}, next on {1:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Total HT : {0}</source>
        <translation>Total excl. VAT: {0}</translation>
    </message>
    <message>
        <source> (minimum de commande {0})</source>
        <translation> (minimum order {0})</translation>
    </message>
    <message>
        <source>Dossier de la commande</source>
        <translation>Folder for the order</translation>
    </message>
    <message>
        <source>Commande n° {0} enregistrée : {1}</source>
        <translation>Order no. {0} saved: {1}</translation>
    </message>
    <message>
        <source>La commande est vide : indiquez au moins un colis</source>
        <translation>The order is empty: enter at least one pack</translation>
    </message>
</context>
<context>
    <name>OutsideHoursDialog</name>
    <message>
        <source>Horaires légaux : vente d&apos;alcool fermée</source>
        <translation>Legal hours: alcohol sales closed</translation>
    </message>
    <message>
        <source>Dérogation exceptionnelle : un·e gérant·e indique la raison et son code ; elle est inscrite au journal technique.</source>
        <translation>Exceptional override: a manager gives the reason and their PIN; it is written to the technical log.</translation>
    </message>
    <message>
        <source>Raison (ex. : arrêté municipal de la fête)</source>
        <translation>Reason (e.g. council order for the village fête)</translation>
    </message>
    <message>
        <source>Code gérant·e</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Accorder la dérogation</source>
        <translation>Grant the override</translation>
    </message>
    <message>
        <source>Ne pas servir d&apos;alcool</source>
        <translation>Do not serve alcohol</translation>
    </message>
</context>
<context>
    <name>ParcelStatusLabel</name>
    <message>
        <source>Colis {0}</source>
        <translation>Parcels {0}</translation>
    </message>
    <message>
        <source>Colis : {0} en rayon, {1} à retourner, {2} expirent demain</source>
        <translation>Parcels: {0} on the shelf, {1} to return, {2} expire tomorrow</translation>
    </message>
    <message>
        <source> · {0} retour(s)</source>
        <translation> · {0} return(s)</translation>
    </message>
</context>
<context>
    <name>ParcelsSection</name>
    <message>
        <source>Réception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>Retours</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Dépôt</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <source>Chauffeur</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Transporteurs</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>RGPD</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>En rayon : {0} · à retourner : {1} · expirent demain : {2} · dépôts : {3}</source>
        <translation>On the shelf: {0} · to return: {1} · expire tomorrow: {2} · drop-offs: {3}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Total à payer</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <source>Retirer ce paiement</source>
        <translation>Remove this payment</translation>
    </message>
    <message>
        <source>Imprimer le ticket (le client le demande)</source>
        <translation>Print the receipt (the customer asks for it)</translation>
    </message>
    <message>
        <source>Cash-back (carte, 60 € max.)</source>
        <translation>Cashback (card, 60 € max.)</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Valider le paiement (F12)</source>
        <translation>Confirm payment (F12)</translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé</source>
        <translation>The ticket is already paid</translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé : rien à ajouter</source>
        <translation>The ticket is already paid: nothing to add</translation>
    </message>
    <message>
        <source>Le paiement de {0} (dont {1} de cash-back) a-t-il été accepté sur le terminal ?</source>
        <translation>Was the payment of {0} (including {1} cashback) accepted on the card terminal?</translation>
    </message>
    <message>
        <source>Le paiement de {0} a-t-il été accepté sur le terminal ?</source>
        <translation>Was the payment of {0} accepted on the card terminal?</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <source>Oui, accepté</source>
        <translation>Yes, accepted</translation>
    </message>
    <message>
        <source>Non, refusé</source>
        <translation>No, declined</translation>
    </message>
    <message>
        <source>Paiement par carte non accepté : choisissez un autre moyen de paiement</source>
        <translation>Card payment declined: choose another payment method</translation>
    </message>
    <message>
        <source>Reste à payer</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <source>Monnaie à rendre</source>
        <translation>Change due</translation>
    </message>
    <message>
        <source>Titres-restaurant : {0} au plus</source>
        <translation>Meal vouchers: {0} at most</translation>
    </message>
    <message>
        <source>Compte : {0}</source>
        <translation>Account: {0}</translation>
    </message>
    <message>
        <source>Alcool sur ce ticket : {0} (jamais sur un compte client)</source>
        <translation>Alcohol on this ticket: {0} (never on a customer account)</translation>
    </message>
    <message>
        <source>✓  Ticket n° {0} enregistré</source>
        <translation>✓  Ticket no. {0} saved</translation>
    </message>
    <message>
        <source>Vente de formation (non enregistrée)</source>
        <translation>Training sale (not recorded)</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <source>MONNAIE À RENDRE</source>
        <translation>CHANGE DUE</translation>
    </message>
    <message>
        <source>+ cash-back à remettre : {0}</source>
        <translation>+ cashback to hand over: {0}</translation>
    </message>
    <message>
        <source>Ticket envoyé à l&apos;imprimante</source>
        <translation>Receipt sent to the printer</translation>
    </message>
    <message>
        <source>Nouveau ticket (Entrée)</source>
        <translation>New ticket (Enter)</translation>
    </message>
</context>
<context>
    <name>PersonalDataPage</name>
    <message>
        <source>Nom de la personne (au moins deux lettres)</source>
        <translation>The person&apos;s name (at least two letters)</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Effacer les noms des colis clos</source>
        <translation>Erase the names of closed parcels</translation>
    </message>
    <message>
        <source>Seuls sont gardés le nom de l&apos;étiquette, les dates, l&apos;état, l&apos;emplacement et qui a servi ; les noms s&apos;effacent d&apos;eux-mêmes après le délai des réglages.</source>
        <translation>Only the name on the label, the dates, the state, the slot and who served are kept; names are erased by themselves after the delay set in the settings.</translation>
    </message>
    <message>
        <source>{0} nom(s) effacé(s)</source>
        <translation>{0} name(s) erased</translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <source>Paiement au retrait :</source>
        <translation>Payment at pick-up:</translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Touchez une réservation quand le client la retire : la vente est encaissée (ou débitée de sa carte pain prépayée).</source>
        <translation>Tap a reservation when the customer picks it up: the sale is rung up (or taken from their prepaid bread card).</translation>
    </message>
    <message>
        <source>À retirer</source>
        <translation>To pick up</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Remise en rayon</source>
        <translation>Back on the shelf</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Carte pain</source>
        <translation>Bread card</translation>
    </message>
    <message>
        <source>Au retrait</source>
        <translation>At pick-up</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remettre en rayon les non-retirées</source>
        <translation>Put the unclaimed back on the shelf</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Réservations du {0}</source>
        <translation>Reservations for {0}</translation>
    </message>
    <message>
        <source>Déjà retirée</source>
        <translation>Already picked up</translation>
    </message>
    <message>
        <source>{0} : {1} encaissé (ticket n° {2})</source>
        <translation>{0}: {1} taken (ticket no. {2})</translation>
    </message>
    <message>
        <source>{0} réservation(s) remise(s) en rayon</source>
        <translation>{0} reservation(s) put back on the shelf</translation>
    </message>
    <message>
        <source>Rien à remettre en rayon pour l&apos;instant (voir l&apos;heure dans les réglages)</source>
        <translation>Nothing to put back yet (see the time in the settings)</translation>
    </message>
</context>
<context>
    <name>PressSection</name>
    <message>
        <source>Réception</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>En vente et retours</source>
        <translation>On sale and returns</translation>
    </message>
    <message>
        <source>Sommes dues</source>
        <translation>Money owed</translation>
    </message>
    <message>
        <source>Titres</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Scannez un journal ou un magazine (code 977…)</source>
        <translation>Scan a newspaper or magazine (977… code)</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>Prix de couverture</source>
        <translation>Cover price</translation>
    </message>
    <message>
        <source>Exemplaires livrés</source>
        <translation>Copies delivered</translation>
    </message>
    <message>
        <source>Date limite de retour</source>
        <translation>Return deadline</translation>
    </message>
    <message>
        <source>Ajouter au bon</source>
        <translation>Add to the note</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Exemplaires</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Retour avant le</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>N° du bon de livraison</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>Enregistrer la livraison</source>
        <translation>Save the delivery</translation>
    </message>
    <message>
        <source>Créez d&apos;abord le titre dans l&apos;onglet Titres</source>
        <translation>Create the title first in the Titles tab</translation>
    </message>
    <message>
        <source>Tapez le numéro de la parution</source>
        <translation>Type the issue number</translation>
    </message>
    <message>
        <source>Livraison enregistrée : {0} parution(s), {1} exemplaire(s)</source>
        <translation>Delivery saved: {0} issue(s), {1} copy(ies)</translation>
    </message>
    <message>
        <source>Seulement ce qui doit repartir aujourd&apos;hui</source>
        <translation>Only what must go back today</translation>
    </message>
    <message>
        <source>Livrés</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Vendus</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Rendus</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>En rayon</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>Enregistrer le retour</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Liste des retours (PDF)</source>
        <translation>Returns list (PDF)</translation>
    </message>
    <message>
        <source>Exemplaires rendus</source>
        <translation>Copies returned</translation>
    </message>
    <message>
        <source>Choisissez la parution à rendre</source>
        <translation>Choose the issue to return</translation>
    </message>
    <message>
        <source>{0} : {1} exemplaire(s) rendus</source>
        <translation>{0}: {1} copy(ies) returned</translation>
    </message>
    <message>
        <source>Liste des retours enregistrée : {0}</source>
        <translation>Returns list saved: {0}</translation>
    </message>
    <message>
        <source>Argent encaissé pour des tiers (presse, timbres, dépôt-vente…) : il n&apos;est pas au café. Seule la commission est son chiffre d&apos;affaires.</source>
        <translation>Money collected for others (press, stamps, sale or return…): it is not the café&apos;s. Only the commission is its turnover.</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Encaissé</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Déjà réglé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>Reste dû</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Virement</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Référence (n° de chèque…)</source>
        <translation>Reference (cheque no.…)</translation>
    </message>
    <message>
        <source>Enregistrer le règlement</source>
        <translation>Record the payment</translation>
    </message>
    <message>
        <source>Relevé de la semaine (PDF)</source>
        <translation>This week&apos;s statement (PDF)</translation>
    </message>
    <message>
        <source>Timbres</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>Produits postaux</source>
        <translation>Postal items</translation>
    </message>
    <message>
        <source>Billetterie</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Commission %</translation>
    </message>
    <message>
        <source>Déclarer</source>
        <translation>Declare</translation>
    </message>
    <message>
        <source>Article pour un tiers</source>
        <translation>Item sold for others</translation>
    </message>
    <message>
        <source>Aucun article vendu pour un tiers au catalogue</source>
        <translation>No item sold for others in the catalogue</translation>
    </message>
    <message>
        <source>{0} : encaissé pour {1}</source>
        <translation>{0}: collected for {1}</translation>
    </message>
    <message>
        <source>Choisissez le bénéficiaire à régler</source>
        <translation>Choose the beneficiary to pay</translation>
    </message>
    <message>
        <source>Règlement enregistré : reste dû à {0} {1}</source>
        <translation>Payment recorded: still owed to {0} {1}</translation>
    </message>
    <message>
        <source>Choisissez un distributeur de presse</source>
        <translation>Choose a press distributor</translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation>Statement saved: {0}</translation>
    </message>
    <message>
        <source>Distributeur</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Quotidien</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Hebdomadaire</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Mensuel</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Inscrit à la CPPAP (TVA 2,1 %)</source>
        <translation>Registered with the CPPAP (2.1 % VAT)</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <source>Ajouter le titre</source>
        <translation>Add the title</translation>
    </message>
    <message>
        <source>Titre ajouté : {0}</source>
        <translation>Title added: {0}</translation>
    </message>
    <message>
        <source>À rendre aujourd&apos;hui : {0} parution(s), {1} exemplaire(s)</source>
        <translation>To return today: {0} issue(s), {1} copy(ies)</translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <source>Impressions en attente</source>
        <translation>Pending print jobs</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Réimprimer</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Abandonner l&apos;impression</source>
        <translation>Cancel the print job</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une impression dans la liste</source>
        <translation>Choose a print job from the list first</translation>
    </message>
    <message>
        <source>Nouvel essai d&apos;impression demandé</source>
        <translation>Print retry requested</translation>
    </message>
    <message>
        <source>Nouvelle impression demandée (n° {0})</source>
        <translation>New print requested (no. {0})</translation>
    </message>
    <message>
        <source>Impression abandonnée : la vente reste enregistrée</source>
        <translation>Print job cancelled: the sale stays recorded</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF : {0}</source>
        <translation>Could not write the PDF: {0}</translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Créé à</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Imprimante de tickets et tiroir-caisse</source>
        <translation>Receipt printer and cash drawer</translation>
    </message>
    <message>
        <source>Le tiroir-caisse se branche sur l&apos;imprimante. Sans imprimante pour l&apos;instant, la caisse vend quand même ; réglez-la plus tard dans Réglages › Périphériques.</source>
        <translation>The cash drawer plugs into the printer. Without a printer for now the till still sells; set it up later in Settings › Devices.</translation>
    </message>
    <message>
        <source>Aucune pour l&apos;instant</source>
        <translation>None for now</translation>
    </message>
    <message>
        <source>{0} caractères</source>
        <translation>{0} characters</translation>
    </message>
    <message>
        <source>Broche {0}</source>
        <translation>Pin {0}</translation>
    </message>
    <message>
        <source>Ouvrir le tiroir pour un paiement en espèces</source>
        <translation>Open the drawer for a cash payment</translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Branchement</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Adresse IP</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Port réseau</source>
        <translation>Network port</translation>
    </message>
    <message>
        <source>Port série</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>USB fabricant (hex)</source>
        <translation>USB vendor ID (hex)</translation>
    </message>
    <message>
        <source>USB produit (hex)</source>
        <translation>USB product ID (hex)</translation>
    </message>
    <message>
        <source>Fichier de périphérique</source>
        <translation>Device file</translation>
    </message>
    <message>
        <source>Nom de l&apos;imprimante Windows</source>
        <translation>Windows printer name</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Largeur du papier</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Tiroir-caisse</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Le tiroir s&apos;essaie ensuite dans Réglages › Périphériques : chaque ouverture est inscrite au journal, qui n&apos;existe qu&apos;une fois le café créé.</source>
        <translation>Try the drawer later in Settings › Devices: every opening is written to the journal, which exists only once the café is created.</translation>
    </message>
    <message>
        <source>USB fabricant</source>
        <translation>USB vendor ID</translation>
    </message>
    <message>
        <source>USB produit</source>
        <translation>USB product ID</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Nouvel article</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Modifier l&apos;article</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Nom sur le ticket ({0} caractères)</source>
        <translation>Name on the receipt ({0} characters)</translation>
    </message>
    <message>
        <source>Texte de la touche (24 caractères)</source>
        <translation>Key text (24 characters)</translation>
    </message>
    <message>
        <source>la pièce</source>
        <translation>each</translation>
    </message>
    <message>
        <source>le kg</source>
        <translation>per kg</translation>
    </message>
    <message>
        <source>Taux différent de la catégorie (confiserie, non alimentaire…)</source>
        <translation>Rate other than the category&apos;s (confectionery, non-food…)</translation>
    </message>
    <message>
        <source>Boisson alcoolisée</source>
        <translation>Alcoholic drink</translation>
    </message>
    <message>
        <source> % vol</source>
        <translation> % ABV</translation>
    </message>
    <message>
        <source>Boisson (part des boissons sans alcool)</source>
        <translation>Drink (non-alcoholic share)</translation>
    </message>
    <message>
        <source>Vendu pour un tiers (presse, timbres…)</source>
        <translation>Sold for a third party (press, stamps…)</translation>
    </message>
    <message>
        <source>Payable en titres-restaurant</source>
        <translation>Payable with meal vouchers</translation>
    </message>
    <message>
        <source>Touche rapide sur l&apos;écran de vente</source>
        <translation>Quick key on the sale screen</translation>
    </message>
    <message>
        <source>Suivre le stock</source>
        <translation>Track stock</translation>
    </message>
    <message>
        <source>Scannez ou tapez un code</source>
        <translation>Scan or type a code</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Libellé de touche</source>
        <translation>Key label</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Prix TTC</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>TVA sur place</source>
        <translation>VAT eat-in</translation>
    </message>
    <message>
        <source>TVA à emporter</source>
        <translation>VAT take-away</translation>
    </message>
    <message>
        <source>Ordre des touches</source>
        <translation>Key order</translation>
    </message>
    <message>
        <source>Consigne liée</source>
        <translation>Linked deposit</translation>
    </message>
    <message>
        <source>Options et codes-barres</source>
        <translation>Options and barcodes</translation>
    </message>
    <message>
        <source>Codes-barres</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Sans catégorie</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Taux de la catégorie : {0} sur place, {1} à emporter</source>
        <translation>Category&apos;s rates: {0} on site, {1} to take away</translation>
    </message>
</context>
<context>
    <name>ProductKeys</name>
    <message>
        <source>Favoris</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Retirer des favoris</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <source>Ajouter aux favoris</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <source>Résultats pour « {0} » : {1}</source>
        <translation>Results for “{0}”: {1}</translation>
    </message>
    <message>
        <source>Aucun article ne correspond à « {0} »</source>
        <translation>No item matches “{0}”</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Prix TTC</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Codes-barres</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TVA sur place / à emporter</source>
        <translation>VAT eat-in / take-away</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archivé</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>PromotionsEditor</name>
    <message>
        <source>Happy hour et promotions</source>
        <translation>Happy hour and promotions</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Plage horaire</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Remise en %</source>
        <translation>Discount in %</translation>
    </message>
    <message>
        <source>Prix fixe en €</source>
        <translation>Fixed price in €</translation>
    </message>
    <message>
        <source>ex. 20 (%) ou 3,50 (€)</source>
        <translation>e.g. 20 (%) or 3,50 (€)</translation>
    </message>
    <message>
        <source>Catégories / boissons</source>
        <translation>Categories / drinks</translation>
    </message>
    <message>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer avec l&apos;équivalent sans alcool</source>
        <translation>Save with the non-alcoholic equivalent</translation>
    </message>
    <message>
        <source> (alcool)</source>
        <translation> (alcohol)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>prix {0}</source>
        <translation>price {0}</translation>
    </message>
    <message>
        <source>Promotion enregistrée</source>
        <translation>Promotion saved</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une promotion dans la liste</source>
        <translation>Choose a promotion from the list first</translation>
    </message>
</context>
<context>
    <name>ReceptionModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unités/colis</source>
        <translation>Units/pack</translation>
    </message>
    <message>
        <source>Prix HT</source>
        <translation>Price excl. VAT</translation>
    </message>
    <message>
        <source>Remise %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>DLC / DDM</source>
        <translation>Use-by / best-before</translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Colisage : un nombre entier d&apos;unités</source>
        <translation>Pack size: a whole number of units</translation>
    </message>
    <message>
        <source>Date invalide : {0} (JJ/MM/AAAA)</source>
        <translation>Invalid date: {0} (DD/MM/YYYY)</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Commandé</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Livré</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tout est conforme à la commande</source>
        <translation>Everything as ordered</translation>
    </message>
    <message>
        <source>Enregistrer la réception</source>
        <translation>Save the reception</translation>
    </message>
    <message>
        <source>Réception du {0}</source>
        <translation>Reception of {0}</translation>
    </message>
    <message>
        <source>Réception enregistrée (modifiable jusqu&apos;à la clôture du pain)</source>
        <translation>Reception saved (can be changed until the bread is closed)</translation>
    </message>
    <message>
        <source>Livré = commandé par défaut : corrigez ce qui diffère</source>
        <translation>Delivered = ordered by default: correct what differs</translation>
    </message>
    <message>
        <source>Réception enregistrée</source>
        <translation>Reception saved</translation>
    </message>
    <message>
        <source>Scannez l&apos;étiquette (ou tapez le numéro)</source>
        <translation>Scan the label (or type the number)</translation>
    </message>
    <message>
        <source>Nom tel qu&apos;écrit sur l&apos;étiquette</source>
        <translation>Name as written on the label</translation>
    </message>
    <message>
        <source>si le transporteur en donne un</source>
        <translation>if the carrier gives one</translation>
    </message>
    <message>
        <source>Imprimer l&apos;étiquette d&apos;emplacement</source>
        <translation>Print the slot label</translation>
    </message>
    <message>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Code de retrait</source>
        <translation>Pick-up code</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>✔ {0} → emplacement {1}</source>
        <translation>✔ {0} → slot {1}</translation>
    </message>
    <message>
        <source>Reçus pendant cette réception : {0}</source>
        <translation>Received in this delivery: {0}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Retour / remboursement</source>
        <translation>Return / refund</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rembourser</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>N° de ticket</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tickets du jour</source>
        <translation>Tickets of the day</translation>
    </message>
    <message>
        <source>Choisissez un ticket</source>
        <translation>Choose a ticket</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Vendu</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Reste</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tout le ticket</source>
        <translation>Whole ticket</translation>
    </message>
    <message>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Motif du remboursement</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Tapez un numéro de ticket (chiffres)</source>
        <translation>Type a ticket number (digits)</translation>
    </message>
    <message>
        <source>Aucun ticket ce jour-là</source>
        <translation>No tickets that day</translation>
    </message>
    <message>
        <source>Ticket n° {0} du {1:%d/%m/%Y %H:%M} — {2}</source>
        <translation>Ticket no. {0} of {1:%d/%m/%Y %H:%M} — {2}</translation>
    </message>
    <message>
        <source>C&apos;est un remboursement : il ne se rembourse pas</source>
        <translation>This is a refund: it cannot be refunded</translation>
    </message>
    <message>
        <source>Déjà remboursé en partie (ticket(s) n° {0})</source>
        <translation>Already partly refunded (ticket(s) no. {0})</translation>
    </message>
    <message>
        <source>À rembourser : ≈ {0}</source>
        <translation>To refund: ≈ {0}</translation>
    </message>
    <message>
        <source>Choisissez au moins une ligne à rembourser</source>
        <translation>Choose at least one line to refund</translation>
    </message>
    <message>
        <source>Indiquez le motif du remboursement</source>
        <translation>Give the reason for the refund</translation>
    </message>
    <message>
        <source>Un remboursement demande le code d&apos;un·e gérant·e.</source>
        <translation>A refund needs a manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Ticket n° {0} enregistré</source>
        <translation>Ticket no. {0} saved</translation>
    </message>
    <message>
        <source>Ce ticket annule le ticket n° {0}</source>
        <translation>This ticket cancels ticket no. {0}</translation>
    </message>
    <message>
        <source>À rendre au client ({0})</source>
        <translation>To give back to the customer ({0})</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refus de service</source>
        <translation>Refusal of service</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <source>Service d&apos;alcool refusé : ivresse manifeste</source>
        <translation>Alcohol service refused: obvious drunkenness</translation>
    </message>
    <message>
        <source>Retiré du ticket : {0}</source>
        <translation>Removed from the ticket: {0}</translation>
    </message>
    <message>
        <source>Boissons sans alcool et nourriture restent possibles. Proposez :</source>
        <translation>Soft drinks and food are still allowed. Offer:</translation>
    </message>
    <message>
        <source>Carafe d&apos;eau offerte</source>
        <translation>Free jug of water</translation>
    </message>
    <message>
        <source>Boisson sans alcool</source>
        <translation>Soft drink</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <source>Petit rappel</source>
        <translation>Friendly reminder</translation>
    </message>
    <message>
        <source>Eau offerte</source>
        <translation>Free water</translation>
    </message>
    <message>
        <source>SAM</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Conducteur désigné : boissons sans alcool offertes</source>
        <translation>Designated driver: soft drinks on the house</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Clôturer la période</source>
        <translation>Close the period</translation>
    </message>
    <message>
        <source>Période clôturée : {0}</source>
        <translation>Period closed: {0}</translation>
    </message>
    <message>
        <source>Rapport enregistré : {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <source>Rapport envoyé à l&apos;imprimante</source>
        <translation>Report sent to the printer</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Total TTC</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Panier moyen</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Lecture X du jour</source>
        <translation>Today&apos;s X reading</translation>
    </message>
    <message>
        <source>Z du jour choisi</source>
        <translation>Z of the chosen day</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Chiffres de : {0}</source>
        <translation>Figures of: {0}</translation>
    </message>
    <message>
        <source>7 derniers jours : {0} au total</source>
        <translation>Last 7 days: {0} in total</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Tickets de vente</source>
        <translation>Sale tickets</translation>
    </message>
    <message>
        <source>Jour :</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>{0} : {1} au total</source>
        <translation>{0}: {1} in total</translation>
    </message>
    <message>
        <source>Ventes par heure ({0})</source>
        <translation>Sales by hour ({0})</translation>
    </message>
</context>
<context>
    <name>ReservationsPage</name>
    <message>
        <source>Réservations</source>
        <translation>Reservations</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Carte pain</source>
        <translation>Bread card</translation>
    </message>
    <message>
        <source>Au retrait</source>
        <translation>At pick-up</translation>
    </message>
    <message>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Réservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Nom du client</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <source>Prépayée (carte pain)</source>
        <translation>Prepaid (bread card)</translation>
    </message>
    <message>
        <source>Tous les</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>À partir du (ou le)</source>
        <translation>From (or on)</translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Pause du</source>
        <translation>Pause from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Vacances</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Enregistrer la réservation</source>
        <translation>Save the reservation</translation>
    </message>
    <message>
        <source>Créditer la carte pain</source>
        <translation>Top up the bread card</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Solde : {0}</source>
        <translation>Balance: {0}</translation>
    </message>
    <message>
        <source>Réservation de {0} enregistrée</source>
        <translation>Reservation for {0} saved</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une réservation dans la liste</source>
        <translation>Choose a reservation in the list first</translation>
    </message>
    <message>
        <source>Carte pain créditée : solde {0}</source>
        <translation>Bread card topped up: balance {0}</translation>
    </message>
</context>
<context>
    <name>ResponsibleSaleGuards</name>
    <message>
        <source>Vente d&apos;alcool refusée (mineur) : {0} ligne(s) retirée(s) du ticket</source>
        <translation>Alcohol sale refused (minor): {0} line(s) removed from the ticket</translation>
    </message>
</context>
<context>
    <name>ResponsibleSettingsPage</name>
    <message>
        <source>Vente responsable d&apos;alcool</source>
        <translation>Responsible alcohol sales</translation>
    </message>
    <message>
        <source>Numéro d&apos;aide affiché : {0}</source>
        <translation>Helpline number shown: {0}</translation>
    </message>
    <message>
        <source>Horaires légaux de vente d&apos;alcool (arrêté préfectoral)</source>
        <translation>Legal hours for alcohol sales (prefectoral order)</translation>
    </message>
    <message>
        <source>Une ou plusieurs plages par jour, par exemple « 07:00-13:00, 15:00-01:00 » (une plage qui passe minuit finit le lendemain) ; « fermé » pour aucun alcool. Hors de ces plages, l&apos;alcool est bloqué ; chaque modification est journalisée.</source>
        <translation>One or more ranges per day, for example “07:00-13:00, 15:00-01:00” (a range past midnight ends the next day); “fermé” for no alcohol at all. Outside these ranges alcohol is blocked; every change is logged.</translation>
    </message>
    <message>
        <source>Enregistrer les horaires</source>
        <translation>Save the hours</translation>
    </message>
    <message>
        <source>Exceptions (fête du village, jour fermé…)</source>
        <translation>Exceptions (village fête, closed day…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rappel bienveillant, SAM et textes</source>
        <translation>Friendly reminder, designated driver and texts</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Horaires enregistrés</source>
        <translation>Hours saved</translation>
    </message>
    <message>
        <source>Exception enregistrée</source>
        <translation>Exception saved</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une exception dans la liste</source>
        <translation>Choose an exception from the list first</translation>
    </message>
    <message>
        <source>Exception supprimée</source>
        <translation>Exception deleted</translation>
    </message>
    <message>
        <source>Réglages enregistrés</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db)</source>
        <translation>Backup file (cafe-YYYY-MM-DD_HHMMSS.db)</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Choisissez une sauvegarde : elle sera vérifiée avant tout.</source>
        <translation>Choose a backup: it is checked before anything else.</translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Je n&apos;ai pas la phrase : démarrer une nouvelle clé (changement journalisé)</source>
        <translation>I don&apos;t have the passphrase: start a new key (journaled change)</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sauvegarde à restaurer</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Sauvegardes (*.db)</source>
        <translation>Backups (*.db)</translation>
    </message>
    <message>
        <source>Vérification du journal de la sauvegarde…</source>
        <translation>Checking the backup&apos;s journal…</translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation>Backup refused: {0}</translation>
    </message>
    <message>
        <source>Cette sauvegarde ne contient pas la clé : cochez « nouvelle clé » pour continuer</source>
        <translation>This backup does not hold the key: tick &quot;new key&quot; to go on</translation>
    </message>
    <message>
        <source>Cette sauvegarde est plus ancienne que la base : {0} enregistrement(s) et {1} ticket(s) seront écartés (la base actuelle est gardée à côté).</source>
        <translation>This backup is older than the database: {0} record(s) and {1} ticket(s) will be set aside (the current database is kept beside it).</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée. La restauration est enregistrée dans le journal.</source>
        <translation>Backup restored. The restore is recorded in the journal.</translation>
    </message>
    <message>
        <source>Base précédente gardée : {0}</source>
        <translation>Previous database kept: {0}</translation>
    </message>
    <message>
        <source>Nouvelle clé de signature : {0} (changement journalisé)</source>
        <translation>New signing key: {0} (journaled change)</translation>
    </message>
    <message>
        <source>cafe-pos va se fermer : relancez-le pour vendre.</source>
        <translation>cafe-pos will close: start it again to sell.</translation>
    </message>
    <message>
        <source>Restauration terminée</source>
        <translation>Restore done</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choisissez le fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db) : il est vérifié avant tout ; le journal enregistre la restauration.</source>
        <translation>Choose the backup file (cafe-YYYY-MM-DD_HHMMSS.db): it is checked first; the journal records the restore.</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Je n&apos;ai pas la phrase : démarrer une nouvelle clé (changement journalisé)</source>
        <translation>I don&apos;t have the passphrase: start a new key (change journaled)</translation>
    </message>
    <message>
        <source>Sauvegarde à restaurer</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Sauvegardes (*.db)</source>
        <translation>Backups (*.db)</translation>
    </message>
    <message>
        <source>Vérification du journal de la sauvegarde…</source>
        <translation>Checking the backup&apos;s journal…</translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation>Backup refused: {0}</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Les retours se remettent au chauffeur dans l&apos;onglet « Chauffeur ».</source>
        <translation>Returns are handed to the driver in the “Driver” tab.</translation>
    </message>
    <message>
        <source>À retourner aujourd&apos;hui : {0}</source>
        <translation>To return today: {0}</translation>
    </message>
    <message>
        <source>Expirent demain : {0}</source>
        <translation>Expire tomorrow: {0}</translation>
    </message>
</context>
<context>
    <name>SaleEntry</name>
    <message>
        <source>Le ticket est vide</source>
        <translation>The ticket is empty</translation>
    </message>
    <message>
        <source>Ligne supprimée : {0}</source>
        <translation>Line deleted: {0}</translation>
    </message>
</context>
<context>
    <name>SaleFlows</name>
    <message>
        <source>Remise sur : {0}</source>
        <translation>Discount on: {0}</translation>
    </message>
    <message>
        <source>Remise sur tout le ticket</source>
        <translation>Discount on the whole ticket</translation>
    </message>
    <message>
        <source>Remise validée par {0}</source>
        <translation>Discount approved by {0}</translation>
    </message>
    <message>
        <source>Annuler le ticket</source>
        <translation>Cancel the ticket</translation>
    </message>
    <message>
        <source>Annuler tout le ticket en cours ({0}) ?</source>
        <translation>Cancel the whole current ticket ({0})?</translation>
    </message>
    <message>
        <source>Oui, tout annuler</source>
        <translation>Yes, cancel it all</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ticket annulé</source>
        <translation>Ticket cancelled</translation>
    </message>
    <message>
        <source>Le ticket est vide : rien à mettre sur une ardoise</source>
        <translation>The ticket is empty: nothing to put on a tab</translation>
    </message>
    <message>
        <source>Ajouté à l&apos;ardoise « {0} » (total {1})</source>
        <translation>Added to the tab “{0}” (total {1})</translation>
    </message>
    <message>
        <source>Remboursement enregistré : ticket n° {0} ({1})</source>
        <translation>Refund recorded: ticket no. {0} ({1})</translation>
    </message>
    <message>
        <source>Créer un article demande un·e gérant·e.</source>
        <translation>Creating an item needs a manager.</translation>
    </message>
    <message>
        <source>Le ticket est vide : ajoutez un article</source>
        <translation>The ticket is empty: add an item</translation>
    </message>
    <message>
        <source>Dernier ticket n° {0} · {1}</source>
        <translation>Last ticket no. {0} · {1}</translation>
    </message>
    <message>
        <source>Vente de formation · {0}</source>
        <translation>Training sale · {0}</translation>
    </message>
    <message>
        <source>Rendu {0}</source>
        <translation>Change {0}</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Ticket en cours repris ({0}) : continuez ou annulez-le</source>
        <translation>Ticket in progress restored ({0}): carry on or cancel it</translation>
    </message>
    <message>
        <source>Aucun article « Carafe d&apos;eau » au catalogue</source>
        <translation>No “Carafe d&apos;eau” item in the catalogue</translation>
    </message>
</context>
<context>
    <name>SamButton</name>
    <message>
        <source>Conducteur SAM</source>
        <translation>Designated driver</translation>
    </message>
    <message>
        <source>Conducteur désigné : ses boissons sans alcool à prix réduit</source>
        <translation>Designated driver: their soft drinks at a reduced price</translation>
    </message>
    <message>
        <source>SAM : {0} boisson(s) sans alcool remisée(s)</source>
        <translation>Designated driver: {0} soft drink(s) discounted</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord la boisson sans alcool du SAM au ticket</source>
        <translation>Add the designated driver&apos;s soft drink to the ticket first</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Identité du café</source>
        <translation>Café identity</translation>
    </message>
    <message>
        <source>Réglages généraux</source>
        <translation>General settings</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Règlement : {0}</source>
        <translation>Settle account: {0}</translation>
    </message>
    <message>
        <source>Doit {0}</source>
        <translation>Owes {0}</translation>
    </message>
    <message>
        <source>Encaisser</source>
        <translation>Take payment</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Caisse n° {0}</source>
        <translation>Register {0}</translation>
    </message>
    <message>
        <source>Périphériques : non configurés</source>
        <translation>Devices: not configured</translation>
    </message>
    <message>
        <source>Siège : rien à envoyer</source>
        <translation>HQ: nothing to send</translation>
    </message>
    <message>
        <source>Caisse verrouillée</source>
        <translation>Till locked</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Donner cette quantité à la ligne choisie</source>
        <translation>Set this quantity on the selected line</translation>
    </message>
    <message>
        <source>Carafe d&apos;eau</source>
        <translation>Jug of water</translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <source>Annuler le ticket</source>
        <translation>Cancel the ticket</translation>
    </message>
</context>
<context>
    <name>SimulatedDevicesPanel</name>
    <message>
        <source>Périphériques simulés</source>
        <translation>Simulated devices</translation>
    </message>
    <message>
        <source>Afficheur client</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>Branché</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Imprimante de tickets</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Allumée</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Poids sur le plateau</source>
        <translation>Weight on the pan</translation>
    </message>
    <message>
        <source>{0} document(s) imprimé(s), tiroir ouvert {1} fois</source>
        <translation>{0} document(s) printed, drawer opened {1} time(s)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Partage en {0} parts égales</source>
        <translation>Split into {0} equal shares</translation>
    </message>
    <message>
        <source>Addition {0} : {1}</source>
        <translation>Bill {0}: {1}</translation>
    </message>
    <message>
        <source>Espèces remises (vide = montant exact)</source>
        <translation>Cash handed over (empty = exact amount)</translation>
    </message>
    <message>
        <source>Valider la part en espèces</source>
        <translation>Confirm the share in cash</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Toutes les parts sont payées</source>
        <translation>All shares are paid</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Part {0} / {1} : {2}</source>
        <translation>Share {0} / {1}: {2}</translation>
    </message>
    <message>
        <source>À rendre : {0}</source>
        <translation>Change to give: {0}</translation>
    </message>
    <message>
        <source>Il manque {0}</source>
        <translation>{0} missing</translation>
    </message>
    <message>
        <source>Indiquez les espèces remises (ou Carte / Chèque)</source>
        <translation>Enter the cash handed over (or Card / Cheque)</translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <source>Le paiement de {0} a-t-il été accepté sur le terminal ?</source>
        <translation>Was the payment of {0} accepted on the card terminal?</translation>
    </message>
    <message>
        <source>Oui, accepté</source>
        <translation>Yes, accepted</translation>
    </message>
    <message>
        <source>Non, refusé</source>
        <translation>No, declined</translation>
    </message>
    <message>
        <source>Paiement par carte non accepté : autre moyen de paiement ?</source>
        <translation>Card payment declined: another payment method?</translation>
    </message>
    <message>
        <source>Part {0} payée ({1})</source>
        <translation>Share {0} paid ({1})</translation>
    </message>
    <message>
        <source>rendre {0}</source>
        <translation>change {0}</translation>
    </message>
    <message>
        <source>Ticket n° {0} enregistré</source>
        <translation>Ticket no. {0} saved</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Relevé : {0}</source>
        <translation>Statement: {0}</translation>
    </message>
    <message>
        <source>Solde dû : {0} — plafond {1}</source>
        <translation>Balance due: {0} — limit {1}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Relevé</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Livrés</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Rendus</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Vendus</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Encaissé TTC</source>
        <translation>Taken (incl. VAT)</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Enregistrer le relevé en PDF</source>
        <translation>Save the statement as PDF</translation>
    </message>
    <message>
        <source>Invendus et qualité de la suggestion</source>
        <translation>Unsold and quality of the suggestion</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Invendus</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <source>Écart suggestion / demande</source>
        <translation>Suggestion vs demand</translation>
    </message>
    <message>
        <source>Livrés {0} — rendus {1} — vendus {2} — encaissé {3} — commission {4} — achat {5} — dû au boulanger {6}</source>
        <translation>Delivered {0} — returned {1} — sold {2} — taken {3} — commission {4} — purchase {5} — owed to the baker {6}</translation>
    </message>
    <message>
        <source>{0} jour(s)-article : invendus {1}, écart moyen de la suggestion {2}</source>
        <translation>{0} item-day(s): unsold {1}, mean suggestion error {2}</translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation>Statement saved: {0}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Siège : {0} — café non inscrit</source>
        <translation>HQ: {0} — café not enrolled</translation>
    </message>
    <message>
        <source>Siège : non inscrit</source>
        <translation>HQ: not enrolled</translation>
    </message>
    <message>
        <source>Siège : refusé par le siège — {0}</source>
        <translation>HQ: refused by HQ — {0}</translation>
    </message>
    <message>
        <source>Siège : {0}</source>
        <translation>HQ: {0}</translation>
    </message>
    <message>
        <source>Siège : rien à envoyer</source>
        <translation>HQ: nothing to send</translation>
    </message>
    <message>
        <source>Siège : à jour ({0})</source>
        <translation>HQ: up to date ({0})</translation>
    </message>
    <message>
        <source>Siège : {0} — {1}</source>
        <translation>HQ: {0} — {1}</translation>
    </message>
    <message>
        <source>Siège : erreur interne ({0})</source>
        <translation>HQ: internal error ({0})</translation>
    </message>
    <message>
        <source>envoi en cours</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>{0} jours en attente</source>
        <translation>{0} days waiting</translation>
    </message>
    <message>
        <source>{0} jour en attente</source>
        <translation>{0} day waiting</translation>
    </message>
    <message>
        <source>{0} messages en attente</source>
        <translation>{0} messages waiting</translation>
    </message>
    <message>
        <source>{0} message en attente</source>
        <translation>{0} message waiting</translation>
    </message>
    <message>
        <source>ce matin {0}</source>
        <translation>this morning {0}</translation>
    </message>
    <message>
        <source>aujourd&apos;hui {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <source>hier {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <source>le {0} {1}</source>
        <translation>on {0} {1}</translation>
    </message>
    <message>
        <source>Journal : rupture de clé n° {0} — non confirmée par le siège : réinscrivez la caisse au siège (Réglages → Siège)</source>
        <translation>Fiscal journal: key break no. {0} — not confirmed by HQ: enrol the till again (Settings → HQ)</translation>
    </message>
    <message>
        <source>Journal : clé de signature illisible — la caisse ne peut pas vendre</source>
        <translation>Fiscal journal: signing key unreadable — the till cannot sell</translation>
    </message>
    <message>
        <source>Journal : clé de signature introuvable — la caisse ne peut pas vendre</source>
        <translation>Fiscal journal: signing key not found — the till cannot sell</translation>
    </message>
    <message>
        <source>Journal : la clé de signature n&apos;est pas celle du journal — vente impossible</source>
        <translation>Fiscal journal: the signing key is not the journal&apos;s — selling is impossible</translation>
    </message>
    <message>
        <source>Disque presque plein ({0}) : {1} Mo libres</source>
        <translation>Disk almost full ({0}): {1} MB free</translation>
    </message>
    <message>
        <source>base de données</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Aucune destination de sauvegarde choisie (Réglages → Sauvegardes)</source>
        <translation>No backup destination chosen (Settings → Backups)</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée n&apos;a encore été faite</source>
        <translation>No verified backup has been made yet</translation>
    </message>
    <message>
        <source>Aucune sauvegarde réussie depuis {0} jours</source>
        <translation>No successful backup for {0} days</translation>
    </message>
    <message>
        <source>Dernière sauvegarde en échec : {0}</source>
        <translation>Last backup failed: {0}</translation>
    </message>
    <message>
        <source>Aucune phrase de secours : les sauvegardes ne contiennent pas la clé de signature</source>
        <translation>No recovery passphrase: the backups do not contain the signing key</translation>
    </message>
    <message>
        <source>La clé de signature a changé : choisissez à nouveau la phrase de secours</source>
        <translation>The signing key has changed: choose the recovery passphrase again</translation>
    </message>
    <message>
        <source>Clé de signature {0} protégée par la phrase de secours</source>
        <translation>Signing key {0} protected by the recovery passphrase</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas</source>
        <translation>The printer does not respond</translation>
    </message>
    <message>
        <source>vérifiez qu&apos;elle est allumée et branchée</source>
        <translation>check that it is on and plugged in</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier</source>
        <translation>The printer is out of paper</translation>
    </message>
    <message>
        <source>remettez un rouleau</source>
        <translation>put in a new roll</translation>
    </message>
    <message>
        <source>Le capot de l&apos;imprimante est ouvert</source>
        <translation>The printer cover is open</translation>
    </message>
    <message>
        <source>refermez-le</source>
        <translation>close it</translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas</source>
        <translation>The customer display does not respond</translation>
    </message>
    <message>
        <source>vérifiez son câble</source>
        <translation>check its cable</translation>
    </message>
    <message>
        <source>Le tiroir-caisse ne s&apos;est pas ouvert</source>
        <translation>The cash drawer did not open</translation>
    </message>
    <message>
        <source>Erreur inattendue de l&apos;imprimante</source>
        <translation>Unexpected printer error</translation>
    </message>
    <message>
        <source>impression(s) en attente</source>
        <translation>print job(s) waiting</translation>
    </message>
    <message>
        <source>Le lecteur de codes-barres est débranché</source>
        <translation>The barcode scanner is unplugged</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port du lecteur de codes-barres</source>
        <translation>Cannot open the barcode scanner&apos;s port</translation>
    </message>
    <message>
        <source>Aucune imprimante configurée</source>
        <translation>No printer configured</translation>
    </message>
    <message>
        <source>pas de réponse à la demande d&apos;état</source>
        <translation>no answer to the status request</translation>
    </message>
    <message>
        <source>connexion fermée par l&apos;imprimante</source>
        <translation>connection closed by the printer</translation>
    </message>
    <message>
        <source>La balance ne répond pas</source>
        <translation>The scale does not respond</translation>
    </message>
    <message>
        <source>aucune réponse en</source>
        <translation>no answer in</translation>
    </message>
    <message>
        <source>La balance est débranchée</source>
        <translation>The scale is unplugged</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port de la balance</source>
        <translation>Cannot open the scale&apos;s port</translation>
    </message>
    <message>
        <source>vérifiez le câble</source>
        <translation>check the cable</translation>
    </message>
    <message>
        <source>Poids instable</source>
        <translation>Unstable weight</translation>
    </message>
    <message>
        <source>attendez que le plateau ne bouge plus</source>
        <translation>wait until the platter is still</translation>
    </message>
    <message>
        <source>Poids négatif</source>
        <translation>Negative weight</translation>
    </message>
    <message>
        <source>videz le plateau et remettez la balance à zéro</source>
        <translation>empty the platter and zero the scale</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Overload</translation>
    </message>
    <message>
        <source>le poids dépasse la portée de la balance</source>
        <translation>the weight exceeds the scale&apos;s capacity</translation>
    </message>
    <message>
        <source>Aucun tiroir-caisse n&apos;est branché sur cette caisse</source>
        <translation>No cash drawer is connected to this till</translation>
    </message>
    <message>
        <source>le siège ne répond pas</source>
        <translation>HQ does not answer</translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>pas de réseau ou siège injoignable</source>
        <translation>no network or HQ unreachable</translation>
    </message>
    <message>
        <source>siège indisponible</source>
        <translation>HQ unavailable</translation>
    </message>
    <message>
        <source>réponse du siège illisible</source>
        <translation>HQ&apos;s answer unreadable</translation>
    </message>
    <message>
        <source>réponse du siège sans accusé de réception</source>
        <translation>HQ&apos;s answer without acknowledgement</translation>
    </message>
    <message>
        <source>envoi interrompu</source>
        <translation>sending interrupted</translation>
    </message>
    <message>
        <source>refus du siège pour</source>
        <translation>refused by HQ for</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation>Backup verified</translation>
    </message>
</context>
<context>
    <name>StockDateGuards</name>
    <message>
        <source>DLC dépassée</source>
        <translation>Past use-by</translation>
    </message>
    <message>
        <source>Enregistrer le lot en démarque</source>
        <translation>Record the lot as a loss</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>DDM dépassée</source>
        <translation>Past best-before</translation>
    </message>
    <message>
        <source>Vendre avec la remise</source>
        <translation>Sell with the markdown</translation>
    </message>
    <message>
        <source>Vendre au prix normal</source>
        <translation>Sell at full price</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} : lot retiré et enregistré en démarque</source>
        <translation>{0}: lot withdrawn and recorded as a loss</translation>
    </message>
</context>
<context>
    <name>StockListPage</name>
    <message>
        <source>Rechercher ou scanner un article</source>
        <translation>Search or scan an item</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Stock bas</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Négatifs</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Dates courtes</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Seuils et dates</source>
        <translation>Levels and dates</translation>
    </message>
    <message>
        <source>Marges du mois</source>
        <translation>This month&apos;s margins</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Tous les fournisseurs</source>
        <translation>All suppliers</translation>
    </message>
    <message>
        <source>{0} article(s) · valeur {1} HT</source>
        <translation>{0} item(s) · value {1} excl. VAT</translation>
    </message>
    <message>
        <source> · {0} négatif(s)</source>
        <translation> · {0} negative</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un article dans la liste</source>
        <translation>Pick an item in the list first</translation>
    </message>
    <message>
        <source>Historique — {0}</source>
        <translation>History — {0}</translation>
    </message>
    <message>
        <source>{0} : {1} en stock, PMP {2} HT</source>
        <translation>{0}: {1} in stock, average cost {2} excl. VAT</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Du {0:%d/%m/%Y} au {1:%d/%m/%Y} : ventes {2} HT, marge {3}</source>
        <translation>From {0:%d/%m/%Y} to {1:%d/%m/%Y}: sales {2} excl. VAT, margin {3}</translation>
    </message>
    <message>
        <source>Par article</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>Par catégorie</source>
        <translation>By category</translation>
    </message>
</context>
<context>
    <name>StockReceptionPage</name>
    <message>
        <source>N° du bon</source>
        <translation>Note no.</translation>
    </message>
    <message>
        <source>Total du bon HT</source>
        <translation>Note total excl. VAT</translation>
    </message>
    <message>
        <source>Scannez chaque article (6* puis scan = 6 colis), ou tapez sa référence</source>
        <translation>Scan each item (6* then scan = 6 packs), or type its reference</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>Enregistrer la réception</source>
        <translation>Save the delivery</translation>
    </message>
    <message>
        <source>Sans fournisseur</source>
        <translation>No supplier</translation>
    </message>
    <message>
        <source>Sans commande</source>
        <translation>No order</translation>
    </message>
    <message>
        <source> attendue le {0:%d/%m}</source>
        <translation> expected on {0:%d/%m}</translation>
    </message>
    <message>
        <source>Commande n° {0}</source>
        <translation>Order no. {0}</translation>
    </message>
    <message>
        <source>{0} : saisissez la date du lot (colonne DLC / DDM)</source>
        <translation>{0}: enter the lot&apos;s date (use-by / best-before column)</translation>
    </message>
    <message>
        <source>{0} ligne(s) · {1} HT</source>
        <translation>{0} line(s) · {1} excl. VAT</translation>
    </message>
    <message>
        <source>Au-dessus du prix plafonné du réseau : {0} à {1} HT l&apos;unité, plafond {2} HT chez {3}</source>
        <translation>Above the network&apos;s capped price: {0} at {1} excl. VAT per unit, cap {2} excl. VAT at {3}</translation>
    </message>
    <message>
        <source>Réception n° {0} enregistrée : {1} HT</source>
        <translation>Delivery no. {0} saved: {1} excl. VAT</translation>
    </message>
    <message>
        <source>hausse de prix : {0} {1} → {2}</source>
        <translation>price rise: {0} {1} → {2}</translation>
    </message>
    <message>
        <source>au-dessus du plafond du réseau : {0} {1} HT (plafond {2} HT)</source>
        <translation>above the network&apos;s cap: {0} {1} excl. VAT (cap {2} excl. VAT)</translation>
    </message>
    <message>
        <source>DDM dépassée</source>
        <translation>Past best-before</translation>
    </message>
    <message>
        <source>Recevoir quand même</source>
        <translation>Receive anyway</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StockSection</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Réception</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Inventaire</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Démarque</source>
        <translation>Losses</translation>
    </message>
</context>
<context>
    <name>StockSettingsDialog</name>
    <message>
        <source>Seuils et dates — {0}</source>
        <translation>Levels and dates — {0}</translation>
    </message>
    <message>
        <source>Aucune date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>DLC (à consommer jusqu&apos;au)</source>
        <translation>Use-by date (DLC)</translation>
    </message>
    <message>
        <source>DDM (de préférence avant)</source>
        <translation>Best-before date (DDM)</translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <source>Stock visé après commande</source>
        <translation>Target stock after an order</translation>
    </message>
    <message>
        <source>Date des lots</source>
        <translation>Lot date</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>PMP HT</source>
        <translation>Avg cost excl. VAT</translation>
    </message>
    <message>
        <source>Valeur HT</source>
        <translation>Value excl. VAT</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tout est prêt</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>« Terminer » crée la caisse et ouvre l&apos;écran de vente, connecté·e.</source>
        <translation>&quot;Finish&quot; creates the till and opens the sale screen, logged in.</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Nouveau fournisseur</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <source>ex. 1,4 = mardi et vendredi (0 = lundi)</source>
        <translation>e.g. 1,4 = Tuesday and Friday (0 = Monday)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Jours de livraison</source>
        <translation>Delivery days</translation>
    </message>
    <message>
        <source>Délai de commande (jours)</source>
        <translation>Order lead time (days)</translation>
    </message>
</context>
<context>
    <name>TabChooserDialog</name>
    <message>
        <source>Mettre sur une ardoise</source>
        <translation>Put on a tab</translation>
    </message>
    <message>
        <source>… ou une nouvelle ardoise (nom ou numéro de table) :</source>
        <translation>… or a new tab (name or table number):</translation>
    </message>
    <message>
        <source>ex. Table 4, Marcel</source>
        <translation>e.g. Table 4, Marcel</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Aucune ardoise ouverte : nom ou numéro de la nouvelle</source>
        <translation>No open tab: name or number of the new one</translation>
    </message>
    <message>
        <source>Choisissez une ardoise ou tapez le nom d&apos;une nouvelle</source>
        <translation>Choose a tab or type the name of a new one</translation>
    </message>
</context>
<context>
    <name>TabDetail</name>
    <message>
        <source>← Ardoises</source>
        <translation>← Tabs</translation>
    </message>
    <message>
        <source>Touchez des lignes pour les choisir (payer, déplacer, retirer).</source>
        <translation>Tap lines to select them (pay, move, remove).</translation>
    </message>
    <message>
        <source>Tout payer</source>
        <translation>Pay all</translation>
    </message>
    <message>
        <source>Payer la sélection</source>
        <translation>Pay the selection</translation>
    </message>
    <message>
        <source>Partager en parts égales</source>
        <translation>Split into equal shares</translation>
    </message>
    <message>
        <source>Ajouter le ticket en cours</source>
        <translation>Add the current ticket</translation>
    </message>
    <message>
        <source>Déplacer la sélection</source>
        <translation>Move the selection</translation>
    </message>
    <message>
        <source>Retirer la sélection</source>
        <translation>Remove the selection</translation>
    </message>
    <message>
        <source>Imprimer la note</source>
        <translation>Print the bill</translation>
    </message>
    <message>
        <source>Fermer l&apos;ardoise vide</source>
        <translation>Close the empty tab</translation>
    </message>
</context>
<context>
    <name>TabTile</name>
    <message>
        <source>{0} ligne(s) · {1}</source>
        <translation>{0} line(s) · {1}</translation>
    </message>
    <message>
        <source>Partage {0}/{1} payées</source>
        <translation>Split {0}/{1} paid</translation>
    </message>
</context>
<context>
    <name>TabsFlows</name>
    <message>
        <source>Choisissez les lignes à payer</source>
        <translation>Choose the lines to pay</translation>
    </message>
    <message>
        <source>Note avant paiement</source>
        <translation>Bill before payment</translation>
    </message>
    <message>
        <source>Consommation sur place de {0} : la note (« Note non payée ») doit être remise au client avant le paiement.</source>
        <translation>Eat-in order of {0}: the bill (“Note non payée”) must be handed to the customer before payment.</translation>
    </message>
    <message>
        <source>Imprimer la note</source>
        <translation>Print the bill</translation>
    </message>
    <message>
        <source>Déjà remise</source>
        <translation>Already handed over</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Paiement : {0}</source>
        <translation>Payment: {0}</translation>
    </message>
    <message>
        <source>Partager l&apos;addition</source>
        <translation>Split the bill</translation>
    </message>
    <message>
        <source>{0} parts</source>
        <translation>{0} shares</translation>
    </message>
    <message>
        <source>Aucun ticket en cours sur l&apos;écran de vente</source>
        <translation>No ticket in progress on the sale screen</translation>
    </message>
    <message>
        <source>Le ticket en cours est vide</source>
        <translation>The current ticket is empty</translation>
    </message>
    <message>
        <source>Tournée ajoutée à « {0} »</source>
        <translation>Round added to “{0}”</translation>
    </message>
    <message>
        <source>Choisissez les lignes à déplacer</source>
        <translation>Choose the lines to move</translation>
    </message>
    <message>
        <source>Déplacer vers l&apos;ardoise…</source>
        <translation>Move to the tab…</translation>
    </message>
    <message>
        <source>{0} ligne(s) déplacée(s) vers « {1} »</source>
        <translation>{0} line(s) moved to “{1}”</translation>
    </message>
    <message>
        <source>Choisissez les lignes à retirer</source>
        <translation>Choose the lines to remove</translation>
    </message>
    <message>
        <source>Retirer {0} ligne(s)</source>
        <translation>Remove {0} line(s)</translation>
    </message>
    <message>
        <source>Motif (enregistré dans le journal) :</source>
        <translation>Reason (written to the log):</translation>
    </message>
    <message>
        <source>ex. erreur de saisie, boisson renversée</source>
        <translation>e.g. keying error, spilt drink</translation>
    </message>
    <message>
        <source>Indiquez le motif</source>
        <translation>Give the reason</translation>
    </message>
    <message>
        <source>{0} ligne(s) retirée(s)</source>
        <translation>{0} line(s) removed</translation>
    </message>
    <message>
        <source>Note non payée envoyée à l&apos;imprimante</source>
        <translation>Unpaid bill sent to the printer</translation>
    </message>
    <message>
        <source>Note non payée — {0}</source>
        <translation>Unpaid bill — {0}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TabsScreen</name>
    <message>
        <source>Ardoises ouvertes</source>
        <translation>Open tabs</translation>
    </message>
    <message>
        <source>+ Nouvelle ardoise</source>
        <translation>+ New tab</translation>
    </message>
    <message>
        <source>Comptes clients</source>
        <translation>Customer accounts</translation>
    </message>
    <message>
        <source>Partager en parts égales</source>
        <translation>Split into equal shares</translation>
    </message>
    <message>
        <source>Ardoises ouvertes : {0} · {1}</source>
        <translation>Open tabs: {0} · {1}</translation>
    </message>
    <message>
        <source>Nouvelle ardoise</source>
        <translation>New tab</translation>
    </message>
    <message>
        <source>Nom du client ou numéro de table :</source>
        <translation>Customer name or table number:</translation>
    </message>
    <message>
        <source>ex. Table 4, Marcel</source>
        <translation>e.g. Table 4, Marcel</translation>
    </message>
    <message>
        <source>Donnez un nom ou un numéro à l&apos;ardoise</source>
        <translation>Give the tab a name or a number</translation>
    </message>
    <message>
        <source>Ardoise « {0} » ouverte</source>
        <translation>Tab “{0}” opened</translation>
    </message>
    <message>
        <source>{0} ligne(s) · ouverte {1}</source>
        <translation>{0} line(s) · open {1}</translation>
    </message>
    <message>
        <source>partage en {0} parts : {1} payée(s)</source>
        <translation>split into {0} shares: {1} paid</translation>
    </message>
    <message>
        <source>note à remettre avant paiement (25 € et plus)</source>
        <translation>bill to hand over before payment (25 € or more)</translation>
    </message>
    <message>
        <source>Continuer le partage ({0}/{1})</source>
        <translation>Continue the split ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>TenderPad</name>
    <message>
        <source>Montant exact</source>
        <translation>Exact amount</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>P.U.</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0} — {1} × {2} — TVA {3}</source>
        <translation>{0} — {1} × {2} — VAT {3}</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Payer  F12</source>
        <translation>Pay  F12</translation>
    </message>
    <message>
        <source>Encaisser (F12 ou Entrée)</source>
        <translation>Take payment (F12 or Enter)</translation>
    </message>
    <message>
        <source>Article ou code…</source>
        <translation>Item or code…</translation>
    </message>
    <message>
        <source>Sur place</source>
        <translation>Eat in</translation>
    </message>
    <message>
        <source>Sur place / à emporter (F9)</source>
        <translation>Eat in / take away (F9)</translation>
    </message>
    <message>
        <source>Créer l&apos;article</source>
        <translation>Create the item</translation>
    </message>
    <message>
        <source>Retirer le compte client du ticket</source>
        <translation>Remove the customer account from the ticket</translation>
    </message>
    <message>
        <source>Une de moins</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>Une de plus</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Remise sur la ligne (Ctrl+D)</source>
        <translation>Discount on the line (Ctrl+D)</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer la ligne (Suppr)</source>
        <translation>Delete the line (Del)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Remise ticket</source>
        <translation>Ticket discount</translation>
    </message>
    <message>
        <source>Ardoise F10</source>
        <translation>Tab F10</translation>
    </message>
    <message>
        <source>Payer  {0}  F12</source>
        <translation>Pay  {0}  F12</translation>
    </message>
    <message>
        <source>Mettre le ticket sur une ardoise (F10)</source>
        <translation>Put the ticket on a tab (F10)</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Rembourser un ticket (Ctrl+R)</source>
        <translation>Refund a ticket (Ctrl+R)</translation>
    </message>
    <message>
        <source>À emporter</source>
        <translation>Take away</translation>
    </message>
    <message>
        <source>{0} article(s) · {1}</source>
        <translation>{0} item(s) · {1}</translation>
    </message>
    <message>
        <source>remise −{0}</source>
        <translation>discount −{0}</translation>
    </message>
    <message>
        <source>Compte : {0}</source>
        <translation>Account: {0}</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Aucune ardoise ouverte. Touchez « Nouvelle ardoise » ou, depuis la vente, « Ardoise » pour y mettre une tournée.</source>
        <translation>No open tabs. Tap “New tab” or, from the sale screen, “Tab” to put a round on one.</translation>
    </message>
</context>
<context>
    <name>TodayLines</name>
    <message>
        <source>Journée non clôturée (Z) : {0}</source>
        <translation>Day not closed (Z): {0}</translation>
    </message>
    <message>
        <source>La veille est clôturée (Z fait)</source>
        <translation>Yesterday is closed (Z done)</translation>
    </message>
    <message>
        <source>Pain à réceptionner : {0} ({1} pièce commandée)</source>
        <translation>Bread to receive: {0} ({1} piece ordered)</translation>
    </message>
    <message>
        <source>Pain à réceptionner : {0} ({1} pièces commandées)</source>
        <translation>Bread to receive: {0} ({1} pieces ordered)</translation>
    </message>
    <message>
        <source>Réservations de pain à mettre de côté : {0}</source>
        <translation>Bread reservations to put aside: {0}</translation>
    </message>
    <message>
        <source>Colis à retourner aujourd&apos;hui : {0}</source>
        <translation>Parcels to return today: {0}</translation>
    </message>
    <message>
        <source>Colis dont le délai expire demain (prévenir le destinataire) : {0}</source>
        <translation>Parcels whose time runs out tomorrow (tell the addressee): {0}</translation>
    </message>
    <message>
        <source>Colis en rayon : {0}</source>
        <translation>Parcels on the shelf: {0}</translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parution, {1} exemplaire</source>
        <translation>Press to return today: {0} issue, {1} copy</translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parution, {1} exemplaires</source>
        <translation>Press to return today: {0} issue, {1} copies</translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parutions, {1} exemplaires</source>
        <translation>Press to return today: {0} issues, {1} copies</translation>
    </message>
    <message>
        <source>Épicerie à retirer ou à solder (dates proches) : {0}</source>
        <translation>Grocery to remove or sell off (dates close): {0}</translation>
    </message>
    <message>
        <source>Épicerie sous le minimum : {0} produit</source>
        <translation>Grocery below its minimum: {0} product</translation>
    </message>
    <message>
        <source>Épicerie sous le minimum : {0} produits</source>
        <translation>Grocery below its minimum: {0} products</translation>
    </message>
    <message>
        <source>Commandes fournisseurs à envoyer aujourd&apos;hui : {0}</source>
        <translation>Supplier orders to send today: {0}</translation>
    </message>
    <message>
        <source>Ardoises ouvertes : {0}</source>
        <translation>Open tabs: {0}</translation>
    </message>
    <message>
        <source>Comptes clients au-delà de leur plafond : {0} (dépassement {1})</source>
        <translation>Customer accounts over their limit: {0} (over by {1})</translation>
    </message>
    <message>
        <source>Impressions en échec : {0} ({1})</source>
        <translation>Failed print jobs: {0} ({1})</translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0}</source>
        <translation>Last verified backup: {0}</translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0} — {1}</source>
        <translation>Last verified backup: {0} — {1}</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée</source>
        <translation>No verified backup</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée — {0}</source>
        <translation>No verified backup — {0}</translation>
    </message>
    <message>
        <source>Catalogue du réseau : {0} changement à examiner (Réglages → Catalogue du réseau)</source>
        <translation>Network catalogue: {0} change to review (Settings → Network catalogue)</translation>
    </message>
    <message>
        <source>Catalogue du réseau : {0} changements à examiner (Réglages → Catalogue du réseau)</source>
        <translation>Network catalogue: {0} changes to review (Settings → Network catalogue)</translation>
    </message>
    <message>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui, {0}</source>
        <translation>Today, {0}</translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnsoldPage</name>
    <message>
        <source>Article</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Livré</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Vendu au comptoir</source>
        <translation>Sold at the counter</translation>
    </message>
    <message>
        <source>Réservations retirées</source>
        <translation>Reservations picked up</translation>
    </message>
    <message>
        <source>Rendu</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Donné</source>
        <translation>Given away</translation>
    </message>
    <message>
        <source>Jeté</source>
        <translation>Thrown away</translation>
    </message>
    <message>
        <source>Vendu demain</source>
        <translation>Sold tomorrow</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Clôturer le pain du jour</source>
        <translation>Close today&apos;s bread</translation>
    </message>
    <message>
        <source>Invendus du {0}</source>
        <translation>Unsold of {0}</translation>
    </message>
    <message>
        <source>Clôturé par {0}</source>
        <translation>Closed by {0}</translation>
    </message>
    <message>
        <source>Proposé d&apos;après les ventes et les retraits : corrigez puis clôturez</source>
        <translation>Proposed from the sales and pick-ups: correct, then close</translation>
    </message>
    <message>
        <source>Pain du jour clôturé</source>
        <translation>Today&apos;s bread closed</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>4 à 6 chiffres</source>
        <translation>4 to 6 digits</translation>
    </message>
    <message>
        <source>Changer le code</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>4 à 6 chiffres (6 pour un·e gérant·e)</source>
        <translation>4 to 6 digits (6 for a manager)</translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lever le blocage après trop de codes faux</source>
        <translation>Lift the lock after too many wrong PINs</translation>
    </message>
    <message>
        <source>Nommer gérant·e</source>
        <translation>Make manager</translation>
    </message>
    <message>
        <source>Un·e gérant·e a un code à 6 chiffres : tapez-le d&apos;abord dans « Nouveau code »</source>
        <translation>A manager has a 6-digit PIN: type it in “New PIN” first</translation>
    </message>
    <message>
        <source>Utilisateur sélectionné</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Nouveau code</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Ajouter l&apos;utilisateur</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Nouvel utilisateur</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Bloqué (trop d&apos;essais)</source>
        <translation>Locked (too many attempts)</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rendre équipier·e</source>
        <translation>Make staff</translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>{0} peut maintenant se connecter</source>
        <translation>{0} can now log in</translation>
    </message>
    <message>
        <source>Nouveau code enregistré pour {0}</source>
        <translation>New PIN saved for {0}</translation>
    </message>
    <message>
        <source>{0} est maintenant gérant·e</source>
        <translation>{0} is now a manager</translation>
    </message>
    <message>
        <source>{0} est maintenant équipier·e</source>
        <translation>{0} is now staff</translation>
    </message>
    <message>
        <source>{0} peut de nouveau se connecter</source>
        <translation>{0} can log in again</translation>
    </message>
    <message>
        <source>{0} est réactivé·e</source>
        <translation>{0} is reactivated</translation>
    </message>
    <message>
        <source>{0} est désactivé·e</source>
        <translation>{0} is deactivated</translation>
    </message>
</context>
<context>
    <name>WeighDialog</name>
    <message>
        <source>Erreur inattendue de la balance : {0}</source>
        <translation>Unexpected scale error: {0}</translation>
    </message>
    <message>
        <source>Pesée</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>{0} — {1}/kg</source>
        <translation>{0} — {1}/kg</translation>
    </message>
    <message>
        <source>Posez l&apos;article sur la balance</source>
        <translation>Put the item on the scale</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Poids stable</source>
        <translation>Weight stable</translation>
    </message>
    <message>
        <source>instable</source>
        <translation>unstable</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Poids : {0}</source>
        <translation>Weight: {0}</translation>
    </message>
    <message>
        <source>{0} le kg</source>
        <translation>{0} per kg</translation>
    </message>
    <message>
        <source>Poids en kg, ex. 0,350</source>
        <translation>Weight in kg, e.g. 0,350</translation>
    </message>
    <message>
        <source>Lire la balance</source>
        <translation>Read the scale</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans cafe-pos</source>
        <translation>Welcome to cafe-pos</translation>
    </message>
    <message>
        <source>Aucune caisse n&apos;est encore installée sur cet ordinateur.</source>
        <translation>No till is installed on this computer yet.</translation>
    </message>
    <message>
        <source>Installer un nouveau café</source>
        <translation>Set up a new café</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde de la caisse (nouvel ordinateur, panne)</source>
        <translation>Restore a backup of the till (new computer, breakdown)</translation>
    </message>
    <message>
        <source>Quelques minutes suffisent : l&apos;identité du café, le compte du gérant ou de la gérante, les horaires d&apos;alcool, l&apos;imprimante et le catalogue.</source>
        <translation>A few minutes are enough: the café&apos;s identity, the manager&apos;s account, the alcohol hours, the printer and the catalogue.</translation>
    </message>
    <message>
        <source>Rien n&apos;est enregistré avant la dernière étape : « Annuler » à tout moment ne laisse aucune trace.</source>
        <translation>Nothing is saved before the last step: &quot;Cancel&quot; at any time leaves no trace.</translation>
    </message>
</context>
<context>
    <name>ZConfirm</name>
    <message>
        <source>Clôturer la journée du {0} (Z) ? Elle ne pourra plus changer.</source>
        <translation>Close the day of {0} (Z)? It can no longer change.</translation>
    </message>
    <message>
        <source>{0} ardoise(s) encore ouverte(s) ({1}) : elles restent ouvertes et seront payées sur une journée suivante.</source>
        <translation>{0} tab(s) still open ({1}): they stay open and will be paid on a later day.</translation>
    </message>
    <message>
        <source>Partage en cours sur « {0} » : {1}/{2} parts déjà payées (dans cette Z), le reste sur la suivante.</source>
        <translation>Split in progress on &quot;{0}&quot;: {1}/{2} shares already paid (in this Z), the rest in the next one.</translation>
    </message>
    <message>
        <source>Aucune ardoise ouverte.</source>
        <translation>No open tab.</translation>
    </message>
    <message>
        <source>Après la Z, la vente continue : les tickets suivants comptent pour la journée suivante.</source>
        <translation>After the Z, selling goes on: the next tickets count for the next business day.</translation>
    </message>
    <message>
        <source>Clôture de la journée</source>
        <translation>Closing the day</translation>
    </message>
    <message>
        <source>Clôturer (Z)</source>
        <translation>Close (Z)</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>{0} — doit {1} — disponible {2}</source>
        <translation>{0} — owes {1} — available {2}</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Sauvegarde : aucune</source>
        <translation>Backup: none</translation>
    </message>
    <message>
        <source>Sauvegarde {0}</source>
        <translation>Backup {0}</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Gérant·e</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Équipier·e</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>pièce</source>
        <translation>each</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Titre-restaurant</source>
        <translation>Meal voucher</translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <source>Carte
bancaire</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Titre-
restaurant</source>
        <translation>Meal
voucher</translation>
    </message>
    <message>
        <source>Compte
client</source>
        <translation>Customer
account</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite : {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Compris</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Personne n&apos;est connecté : déverrouillez la caisse</source>
        <translation>Nobody is logged in: unlock the till</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>{0} % sur place, {1} % à emporter</source>
        <translation>{0} % on site, {1} % take-away</translation>
    </message>
    <message>
        <source>Nouveau produit · {0} · TVA {1}</source>
        <translation>New product · {0} · VAT {1}</translation>
    </message>
    <message>
        <source>sans catégorie</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>Prix fixé par vous : {0} — le réseau conseille {1}</source>
        <translation>Price set by you: {0} — the network suggests {1}</translation>
    </message>
    <message>
        <source>Prix conseillé : {0} → {1}</source>
        <translation>Suggested price: {0} → {1}</translation>
    </message>
    <message>
        <source>TVA : {0} → {1}</source>
        <translation>VAT: {0} → {1}</translation>
    </message>
    <message>
        <source>Catégorie : {0} → {1}</source>
        <translation>Category: {0} → {1}</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : supprimé</source>
        <translation>Purchase cap {0}: removed</translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : {1} HT</source>
        <translation>Purchase cap {0}: {1} excl. VAT</translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : {1} → {2} HT</source>
        <translation>Purchase cap {0}: {1} → {2} excl. VAT</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ce qui change</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Votre prix</source>
        <translation>Your price</translation>
    </message>
    <message>
        <source>Prix conseillé</source>
        <translation>Suggested price</translation>
    </message>
    <message>
        <source>{0} (nouveau)</source>
        <translation>{0} (new)</translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <source>Enregistrer le relevé</source>
        <translation>Save the statement</translation>
    </message>
    <message>
        <source>En rayon</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>Remis</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Retourné</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Dépôt en attente</source>
        <translation>Drop-off waiting</translation>
    </message>
    <message>
        <source>Dépôt enlevé</source>
        <translation>Drop-off collected</translation>
    </message>
    <message>
        <source>Carte d&apos;identité</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Colis reçus</source>
        <translation>Parcels received</translation>
    </message>
    <message>
        <source>Colis remis</source>
        <translation>Parcels handed over</translation>
    </message>
    <message>
        <source>Colis retournés</source>
        <translation>Parcels returned</translation>
    </message>
    <message>
        <source>Dépôts</source>
        <translation>Drop-offs</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Retour le</source>
        <translation>Return on</translation>
    </message>
    <message>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Clos le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>(effacé)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Garde</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Limites de dépôt</source>
        <translation>Drop-off limits</translation>
    </message>
    <message>
        <source>Commission remise</source>
        <translation>Hand-over commission</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>j ouvrés</source>
        <translation>working d</translation>
    </message>
    <message>
        <source>j</source>
        <translation>d</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Destinataire seulement</source>
        <translation>Recipient only</translation>
    </message>
    <message>
        <source>Tiers avec la pièce du destinataire</source>
        <translation>Third party with the recipient&apos;s ID</translation>
    </message>
    <message>
        <source>Tiers : sa pièce + celle du destinataire</source>
        <translation>Third party: own ID + the recipient&apos;s</translation>
    </message>
    <message>
        <source>Procuration écrite</source>
        <translation>Written proxy</translation>
    </message>
    <message>
        <source>Numéro douteux</source>
        <translation>Doubtful number</translation>
    </message>
    <message>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Corriger</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Remise colis</source>
        <translation>Parcel pick-up</translation>
    </message>
</context>
<context>
    <name>qt_app</name>
    <message>
        <source>Vente responsable</source>
        <translation>Responsible sale</translation>
    </message>
    <message>
        <source>Siège</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <source>Journal fiscal</source>
        <translation>Fiscal journal</translation>
    </message>
    <message>
        <source>Catalogue du réseau</source>
        <translation>Network catalogue</translation>
    </message>
    <message>
        <source>Périphériques simulés (démonstration)</source>
        <translation>Simulated devices (demo)</translation>
    </message>
    <message>
        <source>Périphériques en panne : {0}</source>
        <translation>Devices failure: {0}</translation>
    </message>
    <message>
        <source>Journal fiscal : défaut d&apos;intégrité</source>
        <translation>Fiscal journal: integrity defect</translation>
    </message>
    <message>
        <source>La vérification du journal a trouvé un problème : {0}

Il a été enregistré dans le journal technique. Ne modifiez rien, gardez une sauvegarde et prévenez le siège.</source>
        <translation>The journal check found a problem: {0}

It has been recorded in the technical journal. Change nothing, keep a backup and tell headquarters.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Ce que la journée demande : pain, colis, presse, épicerie, caisse.</source>
        <translation>What the day asks: bread, parcels, press, grocery, till.</translation>
    </message>
    <message>
        <source>Vente</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Bientôt : touches rapides par catégorie, recherche, lecteur de codes-barres, encaissement.</source>
        <translation>Coming soon: quick keys by category, search, barcode scanner, checkout.</translation>
    </message>
    <message>
        <source>Ardoises</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Bientôt : ardoises et tables ouvertes, tournées, partage de l&apos;addition, comptes clients.</source>
        <translation>Coming soon: open tabs and tables, rounds, bill splitting, customer accounts.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Bientôt : réception des livraisons, inventaire, dates limites (DLC).</source>
        <translation>Coming soon: deliveries, inventory, best-before dates.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Bread</translation>
    </message>
    <message>
        <source>Bientôt : réception du pain, réservations, invendus.</source>
        <translation>Coming soon: bread delivery, reservations, unsold bread.</translation>
    </message>
    <message>
        <source>Colis</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Bientôt : colis reçus, remis, retournés et déposés (point relais).</source>
        <translation>Coming soon: parcels received, handed over, returned and dropped off (pick-up point).</translation>
    </message>
    <message>
        <source>Presse</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Journaux en dépôt, retours des invendus et sommes dues aux tiers.</source>
        <translation>Newspapers on consignment, unsold returns and money owed to others.</translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Bientôt : fond de caisse, entrées et sorties d&apos;espèces, lecture X et clôture Z.</source>
        <translation>Coming soon: opening float, cash in and out, X reading and Z closing.</translation>
    </message>
    <message>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bientôt : chiffres du jour, graphiques de la semaine et du mois, rapports PDF.</source>
        <translation>Coming soon: today&apos;s figures, weekly and monthly charts, PDF reports.</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bientôt : identité du café, catalogue, utilisateurs, périphériques.</source>
        <translation>Coming soon: café identity, catalogue, users, devices.</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>Vente</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Réception</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Correction de réception</source>
        <translation>Delivery correction</translation>
    </message>
    <message>
        <source>Démarque</source>
        <translation>Losses</translation>
    </message>
    <message>
        <source>Inventaire</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Casse</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Date dépassée</source>
        <translation>Past its date</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <source>Consommé ou offert par le café</source>
        <translation>Eaten or given by the café</translation>
    </message>
    <message>
        <source>Retour fournisseur</source>
        <translation>Returned to supplier</translation>
    </message>
    <message>
        <source>Écart d&apos;inventaire</source>
        <translation>Count difference</translation>
    </message>
</context>
</TS>
