<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un compte dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encaisser un règlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un compte dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeCheckDialog</name>
    <message>
        <source>Contrôle de l&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Première boisson alcoolisée de ce ticket{0} : la vente d&apos;alcool aux mineurs est interdite. En cas de doute, demandez une pièce d&apos;identité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majeur (évident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuser la vente (mineur)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une copie vérifiée de la caisse, ailleurs que sur ce PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus tard (Réglages › Sauvegardes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé USB (étiquette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase de secours chiffre la clé de signature du café dans chaque sauvegarde : sur un autre PC, elle seule la rouvre (sinon une nouvelle clé démarre, journalisée). Notez-la sur papier, rangée hors du café ; laissez vide pour plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La même phrase, encore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/cafe/Sauvegardes ou D:\Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette de la clé, ex. CAFE-SAUVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\\nas\cafe ou /mnt/nas/cafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux phrases ne sont pas identiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé USB (étiquette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où vont les sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours (12 caractères au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Générer une phrase et imprimer la fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de signature : phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les sauvegardes contiennent la clé de signature du café chiffrée avec cette phrase, jamais en clair. Sans elle, une sauvegarde restaurée sur un autre poste démarre une nouvelle clé (changement journalisé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver les exercices clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six ans d&apos;archives annuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque exercice clos a son archive signée, vérifiée ici et copiée sur les destinations des sauvegardes. Le détail d&apos;un exercice ne peut être purgé qu&apos;après six ans, une fois son archive vérifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — détail purgé le {0} : l&apos;archive est la référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purger le détail de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de l&apos;archive {0} et du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seront supprimés de la caisse : {0}.

Les clôtures (Z, mois, année) et leurs grands totaux restent. L&apos;archive {1} reste le document légal de l&apos;exercice {2} : gardez-la, ainsi que ses copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lignes de TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paiements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicatas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>événements techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrements du journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail de {0} purgé ({1}) ; l&apos;archive {2} reste la référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge du détail de {0} en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives écrites et vérifiées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque exercice clos a déjà son archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/cafe/Sauvegardes ou D:\Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette de la clé, ex. CAFE-SAUVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\\nas\cafe ou /mnt/nas/cafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clés branchées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune clé USB branchée pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux phrases ne sont pas identiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase enregistrée : les prochaines sauvegardes contiennent la clé chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche de secours écrite : {0}. Imprimez-la et rangez-la hors du café.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde en cours… la caisse reste utilisable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BakersPage</name>
    <message>
        <source>Boulangers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure limite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix de vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix d&apos;achat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles fournis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achat </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boulanger et contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt-vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achat pour revente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage des ventes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant par article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1500 = 15 % des ventes, ou 15 = 0,15 € par article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure limite (la veille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boulanger enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un article dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meilleur jour : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune vente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreadSection</name>
    <message>
        <source>Retraits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boulangers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CafeIdentityPage</name>
    <message>
        <source>Le café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces informations sont imprimées sur chaque ticket et chaque rapport ; elles sont vérifiées pendant la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rue
Code postal et commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR + 11 caractères (vide en franchise de TVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de TVA intracommunautaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de caisse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>jours calendaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jours ouvrés (hors fériés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code de retrait remplace la pièce d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de garde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait par un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L+l+h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limites de dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashSection</name>
    <message>
        <source>Fournisseur payé en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt en banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait d&apos;espèces pour un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apport de monnaie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse juste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excédent de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manque de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La caisse est fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptez le fond de caisse, billet par billet et pièce par pièce, puis ouvrez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces attendues dans le tiroir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortie d&apos;espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée d&apos;espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 45,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligatoire pour « Autre »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le mouvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée ou sortie d&apos;espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compter et clôturer la journée (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compter et clôturer (Z) — code gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clôture (Z) est faite par un·e gérant·e : son code est demandé avant le comptage. Les entrées et sorties d&apos;espèces et la lecture X restent ouvertes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouvements d&apos;espèces de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptage de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison de l&apos;écart (obligatoire s&apos;il y en a un)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison de l&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le comptage et clôturer (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir une nouvelle caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse ouverte le {0} à {1} par {2} — fond de caisse {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dont encaissé pour des tiers (presse, timbres…), à leur reverser : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fond de caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiements en espèces (rendu déduit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-back remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrées d&apos;espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorties d&apos;espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlements de comptes clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse ouverte avec {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clôture de la journée (Z) demande un·e gérant·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendu {0} — compté {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journée du {0} clôturée. {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les produits et leurs prix se modifient ensuite dans Réglages › Catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partir du catalogue d&apos;exemple (cafés, boissons, épicerie, presse…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer avec un catalogue vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier .csv (séparateur ; ou ,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier CSV : une ligne par produit, colonnes nom, catégorie, prix, TVA… (voir docs/catalogue-csv.md ; « cafe-pos catalogue export » en écrit un modèle). Les lignes refusées sont signalées à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier CSV du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lignes de produits lues dans le fichier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Rechercher un article ou un code-barres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivés aussi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un fichier CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le catalogue en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation seule : le catalogue se modifie par un·e gérant·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » archivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » restauré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) exporté(s) dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (visible à la vente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleur de la catégorie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Relevé PDF du transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commission est un revenu de service du café, jamais une vente en caisse. Le relevé ne contient aucun nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total du mois : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur de l&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Nouvel inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez chaque article du rayon (12* puis scan = 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pour le comptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider l&apos;inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le magasin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun inventaire : commencez-en un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} compté(s) · écart {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} pas encore compté(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · validé par {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencez d&apos;abord un inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} compté(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez ou choisissez d&apos;abord un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventaire validé : écart {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventaire enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Ouvrir le tiroir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périphériques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante prête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune imprimante configurée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} impression(s) en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune imprimante configurée : le tiroir-caisse s&apos;ouvre par l&apos;imprimante (Réglages → Périphériques)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiroir-caisse ouvert (enregistré au journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficheur client en panne : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountingWidget</name>
    <message>
        <source>Billets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un de moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un de plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total compté : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSettingsPage</name>
    <message>
        <source>Erreur inattendue du périphérique : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : un nombre hexadécimal, par exemple 04b8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser les ports série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante de tickets et tiroir-caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selon le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le tiroir pour un paiement en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier l&apos;état de l&apos;imprimante (papier, capot) à chaque impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image du logo (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le tiroir (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branchement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB fabricant (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB produit (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de périphérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;imprimante Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page de code CP858 (n°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largeur du papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiroir-caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficheur client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher un texte de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeu de commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message d&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire le poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portée maximale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur de codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester : scannez un code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB fabricant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectez-vous d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés : ils s&apos;appliquent au prochain démarrage de la caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le branchement de l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page de test envoyée à l&apos;imprimante ({0}) : vérifiez les accents et le €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impulsion envoyée au tiroir (broche {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun afficheur client n&apos;est choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte envoyé : l&apos;afficheur doit montrer « Creme brulee » et « 4,50 EUR »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids lu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur clavier : scannez un code dans l&apos;écran de vente. S&apos;il tape « &amp;é&quot;&apos;(-è_çà » au lieu de chiffres, réglez-le en clavier français (AZERTY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun code reçu en {0} s : vérifiez le port et la vitesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code lu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTest</name>
    <message>
        <source>Erreur inattendue de l&apos;imprimante : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>En %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriverVisitPage</name>
    <message>
        <source>Scannez chaque colis qui part avec le chauffeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le bordereau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours à remettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôts à remettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis livrés aujourd&apos;hui (onglet Réception) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas dans la liste de ce transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrés {0} · retours {1}/{2} · dépôts {3}/{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage enregistré : {0} retour(s), {1} dépôt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0} colis attendu(s) non remis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOffPage</name>
    <message>
        <source>Scannez l&apos;étiquette du colis à expédier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peser sur la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer un reçu de dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôts en attente du chauffeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kg au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L + l + h ≤ {0} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>côté ≤ {0} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limites {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesée en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids lu sur la balance : {0} g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — tapez le poids si besoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Dépôt {0} enregistré ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrunkRefusalButton</name>
    <message>
        <source>Refus : ivresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune carafe d&apos;eau gratuite au catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Année invalide : « {0} » (format AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive non écrite ({0}) : rien n&apos;a été enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoise introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article au poids : supprimez la ligne et pesez à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article n° {0} introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article remisable sur ce ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun emplacement : indiquez par exemple « A1-A20, B1-B20 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun numéro de {0} reçu : tapez le numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun tiroir-caisse n&apos;est branché sur cette caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune balance n&apos;est configurée : saisissez le poids à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune caisse ouverte : ouvrez la caisse en comptant le fond de caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune exception aux horaires le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune imprimante configurée : le tiroir-caisse s&apos;ouvre par l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données introuvable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon de livraison sans ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bon de livraison sans ligne : scannez ou ajoutez au moins un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaire inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caractère interdit dans la destination (| ou retour à la ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caractères par ligne : 32, 42 ou 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte pain : espèces, carte ou chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte pain de {0} insuffisante : reste {1} pour {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-back limité à {0} (CMF L112-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue de démonstration : ligne {0} refusée ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue de démonstration introuvable : installation incomplète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce boulanger ne reprend pas les invendus (achat pour revente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce boulanger partenaire n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce catalogue nomme deux fois la même colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas un code presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas un code presse (il doit commencer par 977)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code n&apos;est pas une étiquette de balance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte client n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte client n&apos;existe pas ou est fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document a déjà été imprimé : utilisez « Réimprimer »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document est en cours d&apos;impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fournisseur n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce produit n&apos;est pas vendu pour un tiers (cochez « Vendu pour un tiers » dans sa fiche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce produit n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce produit ne figure pas sur cette réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ticket a déjà été imprimé : faites un duplicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue cafe-pos (colonnes inconnues : {0}) : la première ligne doit nommer les colonnes, séparées par « ; » ({1};...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue cafe-pos (colonnes manquantes : {0}) : la première ligne doit nommer les colonnes, séparées par « ; » ({1};...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue du réseau (colonnes inconnues : {0}) : la première ligne doit nommer les colonnes séparées par « ; » ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un catalogue du réseau (colonnes manquantes : {0}) : la première ligne doit nommer les colonnes séparées par « ; » ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ticket est déjà encaissé (ticket n° {0}) : rien n&apos;a été enregistré deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ticket est déjà encaissé : rien n&apos;a été enregistré deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce titre existe déjà (code {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certaines lignes ne sont plus sur l&apos;ardoise (payées ou déplacées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces lignes appartiennent à une ardoise : payez-les depuis l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces lignes de l&apos;ardoise ont changé (déjà payées ou déplacées) : rouvrez-la</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces lignes sont déjà sur une ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet article n&apos;est pas fourni par ce boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet article n&apos;existe pas ou est archivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet inventaire est déjà validé : ouvrez-en un nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet inventaire n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ardoise n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ardoise n&apos;existe pas ou est déjà réglée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base contient une activité réelle ({0} ticket(s) hors simulation) : la simulation est réservée aux bases de démonstration et de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base de données a été créée par une version plus récente de cafe-pos (schéma {0}) : mettez le logiciel à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette caisse a déjà été fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette catégorie n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette commande n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ligne n&apos;est plus sur l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ligne n&apos;existe pas (ou plus) sur le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette livraison est déjà réceptionnée : la commande ne change plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette part est de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réception n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réservation n&apos;est pas prépayée : encaissez-la</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réservation n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette sauvegarde est plus ancienne que la base : {0} enregistrement(s) seraient écartés ; un·e gérant·e doit valider avec son code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette sauvegarde ne contient pas la clé de signature du café : restaurez-la en acceptant une nouvelle clé (--new-key), dont le changement sera journalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins un jour de livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins un produit du catalogue du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins une ligne à rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez la destination à retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le compte client à débiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier CSV du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le port série de l&apos;afficheur client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le port série de l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le port série de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le port série du lecteur de codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez les lignes à déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une autre ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé USB « {0} » : impossible d&apos;y créer cafe-pos-sauvegardes ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé USB « {0} » non branchée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de signature illisible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de signature introuvable ({0}) : restaurez-la depuis la sauvegarde ou faites changer la clé par un·e gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de signature introuvable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez « pièce d&apos;identité vérifiée » avant de remettre le colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code NAF invalide : « {0} » (4 chiffres et une lettre, ex. 5630Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de retrait trop long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code gérant·e incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code inconnu : {0} (créez l&apos;article dans le catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect ({0} essai restant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect ({0} essais restants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code presse invalide : 13 chiffres, suivis éventuellement de 2 ou 5 chiffres pour le numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code presse invalide : seuls des chiffres sont attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code presse mal lu : la clé de contrôle ne correspond pas, rescannez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres invalide : il ne doit contenir que des chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} » a {1} chiffres (8, 12 ou 13 attendus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} » ne doit contenir que des chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres invalide : « {0} », la clé de contrôle ne correspond pas (attendu {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres trop long ({0} caractères) : 8, 12 ou 13 chiffres attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres « {0} » transformé en nombre par le tableur : mettez la colonne codes_barres au format Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis trop grand pour {0} : longueur + largeur + hauteur = {1} cm pour {2} cm au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis trop long pour {0} : {1} cm pour {2} cm au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis trop lourd pour {0} : {1} pour {2} au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne {0} : « {1} » n&apos;est ni oui ni non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonnes manquantes : {0} (séparateur « ; », voir la documentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission invalide : entre 0 et 100,00 € par colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission invalide : entre 0 et 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptage trop élevé : {0} (100 000 € au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte bloqué après trop de codes erronés : un·e gérant·e doit le débloquer (Réglages › Utilisateurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte bloqué jusqu&apos;à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation du siège mal formée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie de la clé de signature impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie impossible vers {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleur invalide : « {0} » (format #rrvvbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDM dépassée ({0}) : à vendre en promotion ; confirmez pour le recevoir quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLC dépassée ({0}) : ce lot ne peut pas être reçu ni vendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de retour déjà passée : vérifiez le bon de livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date hors des années possibles ({0} à {1}) : « {2} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : « {0} » (format AAAA-MM-JJ ou JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degré d&apos;alcool invalide (entre 0 et 90 % vol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degré d&apos;alcool invalide : « {0} » (ex. 4,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination déjà choisie : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux promotions portent le même nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions du colis invalides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributeur inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez le nom du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un motif à l&apos;exception (par exemple : Fête du village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom ou un numéro à l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à la promotion (80 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des migrations introuvable : installation incomplète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier introuvable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de garde invalide : entre 1 et 60 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dérogation aux horaires : indiquez la raison (5 caractères au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dérogation impossible : ticket non identifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En mode formation, aucune clôture n&apos;est enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de sortie inutilisable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier introuvable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier trop gros pour un bon de livraison (2 Mo au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : il faut au moins un chiffre P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : prix ou poids, pas les deux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;étiquette de balance invalide : « {0} » (10 caractères parmi P, $, W, C, 0 ; exemple PPPPP$$$$$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fournisseur inconnu : « {0} » (créez-le d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre d&apos;article inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre de bénéficiaire inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure invalide : les heures vont de 00:00 à 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure invalide : « {0} » (de 00:00 à 24:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure invalide : « {0} » (exemple : 18:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires refusés : {0} n&apos;a aucune heure de fermeture. Saisissez les horaires de l&apos;arrêté préfectoral, qui fixe toujours une fermeture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN invalide : 8 caractères, par exemple 0242-6056</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN invalide : la clé de contrôle ne correspond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut exactement 11 chiffres pour calculer la clé d&apos;un UPC-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut exactement 12 chiffres pour calculer la clé d&apos;un EAN-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut exactement 7 chiffres pour calculer la clé d&apos;un EAN-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il reste {0} à payer sur « {1} » : réglez ou retirez les lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;annuler : impression {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port de la balance ({0}) : vérifiez le câble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port du lecteur de codes-barres ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;export : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le catalogue : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le document {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le rapport : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression n° {0} introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante USB : le pilote pyusb (et libusb) n&apos;est pas installé sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse IP de l&apos;imprimante réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la raison du changement de clé de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le code d&apos;inscription donné par le siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le degré d&apos;alcool (% vol) d&apos;une boisson alcoolisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le dossier, l&apos;étiquette de la clé USB ou le partage réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le fichier de périphérique de l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif de la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif du remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;imprimante Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom du boulanger partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom du client de la réservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le type de pièce d&apos;identité vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un chemin complet : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez un numéro de ticket ou une date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription refusée par le siège : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeton d&apos;encaissement invalide : recommencez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeton d&apos;encaissement invalide : recommencez le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeu de commandes de l&apos;afficheur : Epson ou CD5220</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour de la semaine inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours de livraison invalides (0 = lundi … 6 = dimanche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du café est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue (4 lignes, 255 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas : vérifiez son câble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas : vérifiez son câble ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;alcool ne peut pas être vendu à crédit (Code de la santé publique) : réglez les boissons alcoolisées autrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas clôturé(e) : faites la clôture avant d&apos;archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archive {0} existe déjà : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ardoise a changé pendant le partage : recommencez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ardoise est vide : rien à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ardoise « {0} » est déjà réglée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;article « {0} » est archivé : il ne se vend plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;emplacement « {0} » n&apos;existe pas (voir Réglages des colis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression Windows brute n&apos;est possible que sous Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier : remettez un rouleau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas : vérifiez qu&apos;elle est allumée et branchée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas : vérifiez qu&apos;elle est allumée et branchée ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;objectif de stock doit être au moins égal au minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance a pesé avec un autre prix au kilo : recommencez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance a refusé les données envoyées (code ??)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance a refusé les données envoyées (code {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance est débranchée ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance est débranchée ou son port est inutilisable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance ne répond pas (aucune réponse en {0} s) : vérifiez qu&apos;elle est allumée et branchée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance signale une erreur (code ??)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance signale une erreur (code {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance signale une erreur (état {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est en lecture seule : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La caisse est déjà ouverte : comptez-la et fermez-la d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La caisse est déjà ouverte sur {0} (un autre programme cafe-pos l&apos;utilise) : fermez-le d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé chiffrée de la sauvegarde est illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé chiffrée n&apos;est pas une clé de signature Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé chiffrée ne correspond pas à son empreinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de signature de cette sauvegarde est chiffrée : saisissez la phrase de secours choisie à la mise en place des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de signature ne se change pas en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de signature {0} ne correspond pas à celle du journal fiscal ({1}) : cette base a été copiée ou la clé remplacée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clôture {0} n&apos;est pas scellée dans le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commande du {0} est verrouillée (heure limite {1} la veille) : un·e gérant·e doit la rouvrir avec son code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commande est vide : indiquez au moins un colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commission ne peut pas dépasser 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commission ne peut pas être négative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La consigne suit la quantité de son article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie de {0} est endommagée : sauvegarde annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie sur {0} diffère de l&apos;instantané vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie écrite sur {0} ne se relit pas à l&apos;identique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La correction doit changer la quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La correction retirerait plus que la quantité reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée observée pour le rappel va de 15 minutes à 24 heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin d&apos;une pause est avant son début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période est avant son début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la réservation est avant son début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La journée du {0} est déjà clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La journée du {0} est déjà clôturée : plus aucune vente ne peut y être enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas clôturée : faites la clôture (Z) avant de vendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas encore commencée : pas de clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase de secours doit compter au moins {0} caractères (par exemple quatre mots sans lien entre eux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La position doit être comprise entre 0 et 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité comptée est trop élevée (99 999 au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité comptée ne peut pas être négative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité doit être positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise SAM va de 0,01 % à 100 % (boisson offerte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise de ligne doit être entre 0 et 99,99 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise doit être positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise dépasse le montant de la ligne ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise dépasse le montant remisable ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise dépasserait le montant de la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La remise est invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réservation de {0} est déjà retirée aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réservation de {0} n&apos;est pas prévue ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde à restaurer est la base de données elle-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La vente d&apos;alcool est permise à cette heure : pas besoin de dérogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le SAM peut recevoir de 1 à 10 boissons sans alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le SIRET est obligatoire (14 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le capot de l&apos;imprimante est ouvert : refermez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le cash-back demande un achat d&apos;au moins {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le cash-back n&apos;est possible qu&apos;avec un paiement par carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le cash-back ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue du réseau ne contient aucun produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue du réseau nomme deux fois la même colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue ne contient aucun article vendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;un·e gérant·e doit faire {0} chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code doit faire de {0} à {1} chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code-barres {0} est déjà utilisé par « {1} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code-barres {0} n&apos;est pas celui de {1} : rescannez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code-barres {0} n&apos;est pas celui de {1} : rescannez l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} a déjà été remis à son destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} a été retourné au transporteur : il ne peut plus être remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} attend encore son destinataire : son nom sera effacé après la remise ou le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} est déjà enregistré : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} est déjà enregistré : {1} (emplacement {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} n&apos;est pas dans cet état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids trop faible pour être vendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids trop faible pour être vendu ({0} g au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente d&apos;alcool interdite à cette heure (horaires de l&apos;arrêté préfectoral) : aucune ouverture prévue dans les 14 prochains jours ; les boissons sans alcool et la nourriture restent possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente d&apos;alcool interdite à cette heure (horaires de l&apos;arrêté préfectoral) : reprise le {0} ; les boissons sans alcool et la nourriture restent possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colis {0} n&apos;est pas de ce transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune archive de {0} dans {1} : archivez l&apos;exercice avant toute purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune destination de sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boissons sans alcool remisées par SAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boucle de liens symboliques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boucle de liens symboliques ou structure trop profonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est un dossier, pas un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins un produit retiré du catalogue du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacement impossible entre deux disques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le nom des destinataires après (jours, colis clos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacements des colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de la base de données : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture du disque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur du système de fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV illisible ({0}) : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier occupé par un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier ou dossier introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier trop grand pour le disque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format des étiquettes de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure de fin de la journée commerciale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure de la sauvegarde automatique quotidienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure où le pain réservé non retiré retourne en rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {0} est déjà clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas clôturée : clôturez-la d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {0} n&apos;est pas terminée : clôture possible à partir du {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archive {0} commence au n° {1} : le détail d&apos;avant (n° {2} et suivants) n&apos;y est pas ; purgez d&apos;abord l&apos;exercice précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archive {0} est illisible ({1}) : rien n&apos;est purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archive {0} ne se termine pas sur la clôture {1} du journal (n° {2}) : elle ne correspond pas à cette caisse, rien n&apos;est purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;archive {0} ne se vérifie pas ({1}) : rien n&apos;est purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;exercice {0} n&apos;est pas clos : rien ne peut en être purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est occupée par un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La journée du {0} n&apos;est pas clôturée : clôturez-la avant le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La raison de l&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La raison de la dérogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La raison du changement de clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colisage doit être d&apos;au moins 1 unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le colisage est trop élevé ({0} unités au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contrat ne permet pas de vendre les invendus le lendemain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le disque est en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le disque est plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document de l&apos;impression n° {0} est illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de la base de données n&apos;existe pas : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de sauvegarde n&apos;existe pas : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier n&apos;est pas vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier n&apos;existe pas : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le délai d&apos;attente de l&apos;imprimante doit être entre 0,1 et 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le délai d&apos;attente de la balance doit être entre 0,1 et 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le délai de commande doit être entre 0 et 60 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dépôt de pain ne s&apos;enregistre pas en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dépôt {0} a déjà été remis au chauffeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le détail de {0} a été purgé : l&apos;archive exportée avant la purge reste le document de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le détail de {0} est déjà purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier doit être en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier du catalogue du réseau est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le journal fiscal de {0} est vide alors qu&apos;il a déjà contenu des enregistrements (fichier témoin .hwm) : les enregistrements ont été effacés. Restaurez la dernière sauvegarde ; rien n&apos;est enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le journal ne se vérifie pas ({0}) : rien n&apos;est purgé, lancez « cafe-pos verify »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé de touche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le manifeste de la sauvegarde est illisible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le marqueur de fin du journal fiscal (caisse {0}, enregistrement n° {1}) n&apos;est pas signé par la clé du journal : la base a été modifiée. Rien n&apos;est enregistré ; lancez « cafe-pos verify » et prévenez le siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le minimum de commande ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le minimum et l&apos;objectif ne peuvent pas être négatifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le modèle {0} ne déclare pas la page de code {1} : indiquez son numéro (manuel de l&apos;imprimante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois {0} est déjà clôturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas clôturé : clôturez-le d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas clôturé(e) : faites la clôture avant d&apos;archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois {0} n&apos;est pas terminé : clôture possible à partir du {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant d&apos;un mouvement d&apos;espèces doit être positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant du paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant du règlement doit être positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant remis est inférieur au montant payé en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant à partager ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif d&apos;ouverture du tiroir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif de l&apos;exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif de la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif de suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif du remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif « {0} » ne convient pas à une entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif « {0} » ne convient pas à une sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;utilisateur est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du bénéficiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du café est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du café est trop long (120 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du distributeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du fournisseur est obligatoire (120 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de parts doit être au moins 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de {0} ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de TVA ne correspond pas au SIREN du SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de caisse ne peut plus changer : des tickets sont déjà enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de page de code doit être entre 0 et 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le pain de ce jour est déjà clôturé : la réception ne change plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le pain du dépôt se vend à la pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le pain du {0} est déjà clôturé : rien n&apos;a changé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le partage en cours est en {0} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le plafond ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le poids minimum doit être inférieur à la portée de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le port réseau de l&apos;imprimante doit être entre 1 et 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prix d&apos;achat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prix d&apos;achat ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prix ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prochain duplicata du ticket n° {0} porte le n° {1}, pas le n° {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quota du disque est atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rappel doit venir après 1 à 50 boissons alcoolisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le siège n&apos;a pas confirmé la rupture de la chaîne des clés : inscription à refaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le taux de 2,1 % est réservé à la presse, vendue pour le compte de l&apos;éditeur : cochez « pour le compte d&apos;un tiers »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket de la caisse {0} ne peut pas être scellé par la caisse {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé sans les espèces : retirez-les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est vide : ajoutez un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket n° {0} est déjà un remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;a pas de ligne {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;a pas été payé sur un compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket n° {0} n&apos;est pas scellé : pas de duplicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tiroir-caisse ne s&apos;est pas ouvert : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tiroir-caisse se branche sur la broche 2 ou 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le total d&apos;une vente ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le total du bon ({0} HT) ne correspond pas aux lignes saisies ({1} HT) : vérifiez les quantités et les prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le total du bon diffère d&apos;une ligne à l&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le total du bon ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le transporteur {0} existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {0} est déjà enregistré : commencez après le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {0} est déjà passé pour le journal (dernier enregistrement le {1}) : commencez le {2} ou après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {0} est saisi deux fois dans le comptage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur de codes-barres simulé éteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les ardoises ne sont pas disponibles en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les articles de « {0} » sont à {1} % sur place et {2} % à emporter, celui-ci à {3} % et {4} % : choisissez les taux de la catégorie, ou confirmez ce taux s&apos;il est voulu (confiserie, chocolat, non alimentaire : 20 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les comptes clients ne se règlent pas en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les journées jusqu&apos;au {0} sont déjà clôturées : le {1} ne peut plus l&apos;être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les limites de dépôt doivent être positives (ou vides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les paiements dépassent le total de {0} : seules les espèces permettent de rendre la monnaie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les plages {0} et {1} se chevauchent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les timbres et produits postaux se paient comptant : pas sur un compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient pas l&apos;alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient pas les ventes pour un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les titres-restaurant ne paient que les produits alimentaires éligibles : {0} au plus sur ce ticket (pas de monnaie rendue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les écarts d&apos;inventaire viennent d&apos;un inventaire validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} ({1}) : {2} au plus à rembourser (vendu {3}, déjà remboursé {4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : code EAN {1} déjà donné à la référence {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : code inconnu « {1} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : code-barres ou référence manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : colisage invalide (nombre entier d&apos;unités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : date invalide « {1} » (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : deux plafonds pour {1} sur la référence {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : la référence {1} est décrite autrement ligne {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0} : {1} invalide « {2} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraison vide : ajoutez au moins un titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifeste impossible à écrire sur {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en page du rapport impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de paiement inconnu pour ce retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode formation : le stock n&apos;est pas modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle d&apos;imprimante inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois invalide : {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois invalide : « {0} » (format AAAA-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois invalide « {0} » : AAAA-MM attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant de cash-back invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant de la carte pain : entre 0,01 € et 500,00 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant de la ligne trop élevé ({0} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant du règlement invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant invalide : « {0} » (exemple : 12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant trop faible pour {0} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant trop élevé (100 000 € au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de démarque inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif inconnu : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif trop long ({0} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouvement inconnu : « {0} » (entrée ou sortie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyen de paiement inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyen de règlement inconnu (chèque, virement ou espèces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoire insuffisante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom d&apos;ardoise trop long ({0} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom d&apos;emplacement trop long : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de fichier trop long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du client trop long (120 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du destinataire trop long ({0} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du destinataire vide : recopiez le nom de l&apos;étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du transporteur vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom trop long (120 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom trop long ({0} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;exemplaires invalide : entre 1 et {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;exemplaires rendus invalide : au moins 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;invendus trop grand : {0} au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de colis invalide pour {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de jours invalide : entre 1 et {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de {0} trop élevé ({1} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre invalide pour le {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre trop grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note obligatoire sur place à partir de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : la clé de contrôle ne correspond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : le SIREN qu&apos;il contient n&apos;existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de TVA invalide : « {0} » (FR, 2 chiffres de clé et le SIREN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de caisse invalide : « {0} » (1 à 8 lettres ou chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de parution invalide : des chiffres ou lettres, 16 au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de suivi invalide « {0} » : entre {1} et {2} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de suivi invalide « {0} » : lettres et chiffres seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de suivi vide : scannez l&apos;étiquette ou tapez le numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération non permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origine de remise inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement insuffisant : il manque {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage en {0} parts en cours sur « {1} » : terminez-le avant de modifier l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage réseau injoignable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parution inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas assez de place sur {0} : {1} Mo nécessaires, {2} Mo libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;export jusqu&apos;au {0} : cette date est dans le futur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : cette date est dans le futur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : le café n&apos;enregistrait pas encore (premier jour : {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de rapport pour {0} : le détail a été purgé jusqu&apos;au {1} ; l&apos;archive {2} en est le document de référence (cafe-pos verify --archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de remboursement en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de simulation en mode formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours incorrecte : la clé ne s&apos;ouvre pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pied de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond du compte de {0} atteint : disponible {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond trop élevé ({0} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plage d&apos;emplacements invalide : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plage invalide : « {0} » (exemple : 07:00-01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plage {0} invalide : l&apos;heure de fin doit différer de l&apos;heure de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids du colis invalide : posez-le sur la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids instable : attendez que le plateau ne bouge plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids négatif : videz le plateau et remettez la balance à zéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position invalide : « {0} » (un nombre entier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour un partage en parts égales : espèces, carte ou chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage invalide : entre 0 et {0} % (vous avez tapé {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage invalide : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage invalide : « {0} » (exemple : 3,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Première ouverture : comptez le fond de caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix au kilo hors des limites de la balance (9 999,99 € au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix conseillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix d&apos;achat plafonné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix de couverture invalide : entre 0,01 € et 100,00 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix invalide : {0} (entre 0,00 € et {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix mis à jour depuis le catalogue : {0}. Vérifiez le total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix trop élevé ({0} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit de consigne introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit n° {0} inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produits à retirer ou à solder : dates dans les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précisez le motif du mouvement « Autre »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période invalide : « {0} » (AAAA-MM ou AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période inversée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période inversée : le {0} est après le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période trop longue : trois ans au plus par export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité commandée : entre 0 et {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité invalide : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité livrée trop grande : {0} au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité trop grande : {0} au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité trop élevée (9 999 au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité trop élevée ({0} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité à rembourser invalide (ligne {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel bienveillant après N boissons alcoolisées sur une ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remboursement : espèces, carte, chèque ou compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise de {0} au-delà de la limite de {1} : un·e gérant·e doit valider avec son code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise impossible sur un article encaissé pour un tiers (presse, timbres…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise maximale accordée sans gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise proposée sur un produit à DDM dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise sur les boissons sans alcool du SAM (conducteur désigné)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise trop élevée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renseignez l&apos;identité du café (SIRET) avant l&apos;inscription au siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirez l&apos;article de la balance puis reposez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour impossible : {0} exemplaire(s) rendus pour {1} restant(s) (livrés − vendus − déjà rendus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait pour un tiers limité à 500,00 € par opération (La Banque Postale : 500 € par client et par 7 jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été compté : scannez ou saisissez au moins un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à ajouter : le ticket est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à appliquer pour {0} : déjà à jour ou retiré du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à payer sur cette ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement d&apos;un compte : espèces, carte ou chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement refusé : {0} pour {1} dus à {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglage inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse du siège refusée : confirmation d&apos;une autre rupture de clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse du siège refusée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse illisible de la balance (enregistrement de pesée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse illisible de la balance : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN invalide : 9 chiffres attendus (« {0} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN invalide : la clé de contrôle ne correspond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET du fournisseur invalide : « {0} » (14 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET invalide : 14 chiffres attendus (« {0} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET invalide : la clé de contrôle du SIREN ne correspond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET invalide : la clé de contrôle ne correspond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET invalide : « {0} » (14 chiffres avec clé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez la {0} du lot reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde impossible vers {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde refusée : le journal copié ne se vérifie pas ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez un code-barres ou tapez la référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaines de ventes pour les commandes suggérées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service d&apos;alcool refusé pour « {0} » (ivresse manifeste) : proposez de l&apos;eau, une boisson sans alcool ou de quoi manger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul le pain d&apos;un boulanger partenaire se réserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seules les espèces ont un montant remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaler une hausse du prix d&apos;achat au-delà de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation au-delà de {0} impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortie impossible : la caisse ne devrait contenir que {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surcharge : le poids dépasse la portée de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA sur place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez au moins deux lettres du nom recherché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de TVA inconnu : {0} % (20, 10, 5,5, 2,1 ou 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de TVA invalide : « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de commission invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de commission invalide : entre 0 et 15 % (décret de 1988)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte du rappel bienveillant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte du refus de service (ivresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte illisible : il n&apos;est pas encodé en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket n° {0} introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket n° {0} introuvable dans le journal fiscal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket trop long ({0} lignes au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre de presse inconnu (ISSN {0}-{1}) : créez-le dans Presse → Titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre inconnu : créez-le d&apos;abord dans Presse → Titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur inconnu : choisissez-en un dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de codes-barres ({0}, {1} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de lignes ({0} au plus par bon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de produits ({0} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop tôt : le détail de {0} doit être conservé six ans, jusqu&apos;au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;afficheur inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;imprimante inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;imprimante non géré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de balance inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de date inconnu (aucune, DLC ou DDM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de destination inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de lecteur inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de promotion inconnu (pourcentage ou prix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de remise inconnu (pourcentage ou montant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un article de la commande n&apos;est pas fourni par ce boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un article de la réservation n&apos;existe plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un article reçu n&apos;est pas fourni par ce boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un article vendu à la pièce se vend par quantité entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un boulanger partenaire s&apos;appelle déjà « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un compte « {0} » existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un emplacement figure deux fois dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être modifié ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être modifié ni supprimé ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un enregistrement fiscal ne peut pas être supprimé ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un fichier = un bon d&apos;un seul fournisseur (colonne fournisseur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un fichier = un seul bon de livraison (colonne bon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un fournisseur s&apos;appelle déjà « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nombre d&apos;invendus ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un produit ne peut pas être sa propre consigne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un produit s&apos;appelle déjà « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un produit s&apos;appelle déjà « {0} » (archivé : restaurez-le plutôt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un produit vendu pour le compte d&apos;un tiers (presse, timbres, services) est à 2,1 % (presse) ou 0 %, le même taux sur place et à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un ticket déjà imprimé ne se réimprime qu&apos;en duplicata (historique des tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un utilisateur s&apos;appelle déjà {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un élément du chemin n&apos;est pas un dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ardoise « {0} » est déjà ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une autre promotion s&apos;appelle déjà « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une base de données existe déjà ici : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une boisson alcoolisée est à 20 % de TVA, sur place comme à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une boisson alcoolisée ne peut pas être vendue pour un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une catégorie s&apos;appelle déjà « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une consigne ne peut pas être remisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une dérogation a déjà été accordée pour ce ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une même ligne est choisie deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ouverture de tiroir n&apos;a pas de document à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ouverture de tiroir n&apos;est jamais rejouée : utilisez « Ouvrir le tiroir »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ouverture de tiroir ne se réimprime pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une quantité livrée ne peut pas être négative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une remise ne peut pas dépasser 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une remise sur tout le ticket se fait au paiement de l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une réservation demande au moins un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une réservation demande une quantité d&apos;au moins 1 par article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une réservation prépayée se rattache à un compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unité inconnue : « {0} » (pièce ou kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un·e gérant·e a un code à {0} chiffres : indiquez le nouveau code de la personne pour la nommer gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un·e gérant·e existe déjà : ajoutez les utilisateurs avec un compte gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur inconnu : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur inconnu ou désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur introuvable (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur inconnue dans le comptage : {0} (billets et pièces en euros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variante de prix invalide : deux chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitesse série non prise en charge : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone de vacances scolaires : A, B ou C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone des vacances scolaires (prévision du pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accès refusé au périphérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afficheur simulé éteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boisson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : liste de produits attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : plafonds mal formés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : produit mal formé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : produit sans référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0} entier attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue du réseau illisible : {0} texte attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colisage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connexion coupée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connexion fermée par l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connexion refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disque ou fichier en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur de communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur de la base de données SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fournisseur et prix d&apos;achat plafonné vont ensemble (les deux ou aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guillemet mal placé ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprimante simulée éteinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le disque est plein (rien n&apos;a été modifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier contient un caractère nul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom du produit manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de réponse à la demande d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port série inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>périphérique introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rien n&apos;a été écrit, les données déjà enregistrées sont intactes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse du siège illisible (version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ dépasse la taille permise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un guillemet ouvert n&apos;est jamais fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une fin de ligne est mal placée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (colonne {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : CSV illisible ligne {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : DLC dépassée depuis le {1}, vente interdite. Retirez-le du rayon et enregistrez-le en démarque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : choisir parmi {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : entre 0,01 et 9 999,99 € attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : guillemet ouvert ligne {1} et jamais fermé (rien n&apos;a été importé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : l&apos;opération a été annulée, les données déjà enregistrées sont intactes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : l&apos;opération a été annulée, les données déjà enregistrées sont intactes ; libérez de la place puis recommencez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : le tiers doit présenter la pièce d&apos;identité originale du destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : le tiers doit présenter une procuration écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : oui ou non attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : rien n&apos;est purgé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : texte trop long ({1} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : un nombre entier est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : un texte est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : valeur hors limites ({1} à {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : vous avez fixé vous-même le prix — choisissez entre votre prix et le prix conseillé par le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contient des données qui ne sont pas celles de cafe-pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contient un caractère de contrôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contient un caractère interdit (U+{1}, caractère de contrôle ou de mise en forme invisible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} doit encore {1} : réglez le compte avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} doit {1} : le règlement ne peut pas dépasser ce montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} doit être positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} doit être positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est endommagée (contrôle d&apos;intégrité SQLite en échec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est le dernier compte gérant·e actif : il doit le rester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est le dernier compte gérant·e actif : impossible de le désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est trop gros pour un catalogue (20 Mo au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est trop long ({1} caractères, {2} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est trop élevé ({1} HT au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est trop élevée (99 999 au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un colis reçu, pas un dépôt à expédier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un dossier : donnez un nom de fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un dossier, pas un fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un dossier, pas une base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un dépôt : il part avec le chauffeur, sans retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un dépôt à expédier : il se remet au chauffeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est un lien : donnez le nom d&apos;un nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est vide : ce n&apos;est pas une sauvegarde cafe-pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} invalide : {1} est dans plus de 10 ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;a pas le droit de faire cela : un·e gérant·e doit valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas dans le rayon de cet inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas suivi en stock (voir sa fiche article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas suivi en stock : activez-le sur sa fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier CSV (c&apos;est un fichier binaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier ordinaire (périphérique, tube...) : donnez le nom d&apos;un nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un fichier texte CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un manifeste de sauvegarde cafe-pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas un produit retiré du catalogue du réseau (déjà réglé, ou de nouveau au catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une base de données cafe-pos lisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une clé de signature Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;est pas une sauvegarde cafe-pos (aucun schéma connu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ne permet pas de remettre un colis à un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ne peut pas être négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n° {1} : aucun numéro reçu, prix inconnu — enregistrez la livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n° {1} est déjà au prix de {2} €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} part(s) déjà encaissée(s) : terminez le partage de « {1} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} parts au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} se compte à l&apos;unité : quantité entière attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} trop long ({1} caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} trop élevé ({1} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} vient d&apos;une version plus récente de cafe-pos (schéma {1}) : mettez le logiciel à jour avant de la restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : choisissez au moins un jour de la semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : choisissez des produits ou une catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : la remise va de 0,01 % à 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : prix promotionnel invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » : produit ou catégorie introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » est déjà fourni par un autre boulanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » est déjà un bénéficiaire d&apos;un autre genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » figure déjà ligne {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » ne peut pas être offert ni vendu à volonté : l&apos;open bar est interdit (article L3322-9 du Code de la santé publique) ; une remise partielle reste possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » ne réduit aucune boisson alcoolisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » refusée : elle réduit l&apos;alcool jusqu&apos;à {1} ; pendant toute la plage ({2}), au moins {3} boissons sans alcool doivent être réduites d&apos;autant ou plus ({4} le sont). Ajoutez une promotion équivalente sur les boissons sans alcool. Une réduction sur les boissons alcoolisées pendant une période limitée (happy hour) n&apos;est permise que si, pendant toute la même plage horaire, les boissons sans alcool sont aussi proposées à prix réduit, avec une réduction au moins équivalente (article L3323-1 du Code de la santé publique, décret 2010-465). Une boisson alcoolisée ne peut jamais être offerte ni vendue à volonté (article L3322-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {0} » rendrait « {1} » gratuit : l&apos;alcool ne peut jamais être offert (open bar interdit, article L3322-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À {0}, c&apos;est une boisson alcoolisée : cochez « alcool »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À {0}, ce n&apos;est pas une boisson alcoolisée (1,2 % vol au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart de caisse (excédent de {0}) : indiquez-en la raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart de caisse (manque de {0}) : indiquez-en la raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette de balance sans poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en moins de (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À retirer (vente interdite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À solder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>cafe-pos — première installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner l&apos;installation ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a encore été enregistré : ce qui a été saisi sera perdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer l&apos;installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune pour l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue d&apos;exemple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gérant·e : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données sera créée ici : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et {0} autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café créé, avec des lignes refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le café est prêt. Ces lignes du catalogue n&apos;ont pas été importées : corrigez-les dans Réglages › Catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloatPrompt</name>
    <message>
        <source>Ouvrir la caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La caisse n&apos;est pas ouverte : indiquez le fond de caisse avant d&apos;encaisser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir avec {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compter le fond…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir avec ce fond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglage réglementaire : chaque modification est journalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} réglage(s) enregistré(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la langue change au prochain démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun changement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Remettre un colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer et revenir à la vente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>Scannez le colis ou le code du client, ou tapez une partie du nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce d&apos;identité vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— type de pièce —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce d&apos;identité originale du destinataire présentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuration écrite présentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de retrait vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remettre le colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne notez jamais le numéro de la pièce, n&apos;en faites pas de copie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun colis ne correspond à « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nom effacé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · à retourner le {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce colis n&apos;est plus là : {0} le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis {0} remis (emplacement {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coût HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Horaires de vente d&apos;alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recopiez l&apos;arrêté préfectoral (ou municipal) de votre commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ou plusieurs plages par jour, par exemple « 07:00-13:00, 15:00-01:00 » (une plage qui passe minuit finit le lendemain) ; « fermé » pour aucun alcool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors de ces plages, la caisse bloque l&apos;alcool. Les exceptions (fête du village) se saisissent ensuite dans Réglages › Vente responsable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HqSettingsPage</name>
    <message>
        <source>Chaque clôture envoie au siège les chiffres du jour, signés par la caisse, sans aucun nom de client ni de personne. Le siège vous donne un code d&apos;inscription à usage unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire le café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café inscrit auprès du siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} message(s) envoyé(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Ces informations sont imprimées sur chaque ticket et chaque rapport. Toute modification est inscrite au journal des événements techniques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR + 11 caractères (vide en franchise de TVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de TVA intracommunautaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité du café enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import du catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) créé(s), {1} mis à jour, {2} ligne(s) refusée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lignes refusées n&apos;ont pas été importées :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalKeyPage</name>
    <message>
        <source>Chaque ticket, clôture et événement est signé par la clé de la caisse. Son empreinte est imprimée sur les tickets Z : c&apos;est elle qu&apos;un contrôleur compare aux archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : disque remplacé, clé perdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la clé de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clés successives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé perdue ou divulguée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans l&apos;ancienne clé, le changement rompt la chaîne des clés : il reste signalé jusqu&apos;à ce que le siège le confirme (inscrivez ensuite la caisse de nouveau, onglet Siège, avec un nouveau code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune (journal vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle clé de signature : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Qui êtes-vous ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes réinitialisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun utilisateur : créez un·e gérant·e avec « cafe-pos users add ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démonstration — codes des utilisateurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez votre code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossesPage</name>
    <message>
        <source>Scannez l&apos;article perdu, cassé, périmé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À retirer / à solder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le lot (démarque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarque du mois : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez d&apos;abord l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarque enregistrée : {0} ({1} au prix de revient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un lot dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot retiré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MODE FORMATION : les ventes ne sont pas enregistrées dans la caisse et ne comptent pas dans les chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démonstration : café fictif, base temporaire effacée à la fermeture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions en attente, réessayer, réimprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet écran n&apos;a pas pu s&apos;ouvrir : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : défaut d&apos;intégrité constaté au démarrage — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (démonstration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>Le gérant ou la gérante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son compte ouvre la caisse ; son code fait 6 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte ouvre et clôture la caisse, valide remboursements et remises et ajoute les autres utilisateurs (Réglages › Utilisateurs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom ou nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (6 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même code, encore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Validation par un·e gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarginModel</name>
    <message>
        <source>Article ou catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventes HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coût d&apos;achat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCataloguePage</name>
    <message>
        <source>Vérifier maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer ce produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiver ce produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le garder comme produit du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le siège publie le catalogue du réseau : produits de référence, prix conseillés et prix d&apos;achat plafonnés négociés avec les fournisseurs. Rien ne change dans votre catalogue sans votre accord ; un prix que vous avez fixé n&apos;est remplacé que si vous le choisissez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun catalogue du réseau reçu pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} du catalogue du réseau ({1} produits), publiée le {2}, reçue le {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changement(s) à examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière vérification auprès du siège : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre catalogue est à jour avec celui du réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue arrive avec la synchronisation quotidienne du siège.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirés du catalogue du réseau ({0}) : toujours en vente chez vous. Archivez-les, ou gardez-les comme produits du café.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un produit dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} produit(s) ajouté(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} produit(s) mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} prix gardé(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue du réseau appliqué : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre prix ou le prix conseillé ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous avez fixé vous-même le prix de {0} à {1}. Le réseau conseille {2}. Quel prix voulez-vous pour ce produit ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder mon prix ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre le prix conseillé ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un produit retiré dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} archivé : il ne se vend plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} reste en vente comme produit du café</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Nouveau compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond (ce qu&apos;il peut devoir au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderModel</name>
    <message>
        <source>Réf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventes/jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unités/colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-1 … S-4 : vendus / invendus le même jour les semaines passées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer et verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir (gérant·e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande pour {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord un boulanger partenaire (onglet Boulangers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion : ajustez puis enregistrez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrée, modifiable jusqu&apos;à l&apos;heure limite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouillée : un·e gérant·e peut la rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouverte par un·e gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — heure limite {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de livraison ce jour-là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total commandé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande envoyée et verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir la commande après l&apos;heure limite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande rouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande envoyée à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte copié : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Nouveau fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander : PDF + CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez un fournisseur pour préparer ses commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraison le {0:%d/%m/%Y}, suivante le {1:%d/%m/%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total HT : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (minimum de commande {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de la commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande n° {0} enregistrée : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La commande est vide : indiquez au moins un colis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutsideHoursDialog</name>
    <message>
        <source>Horaires légaux : vente d&apos;alcool fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dérogation exceptionnelle : un·e gérant·e indique la raison et son code ; elle est inscrite au journal technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison (ex. : arrêté municipal de la fête)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accorder la dérogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne pas servir d&apos;alcool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelStatusLabel</name>
    <message>
        <source>Colis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis : {0} en rayon, {1} à retourner, {2} expirent demain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} retour(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelsSection</name>
    <message>
        <source>Réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chauffeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rayon : {0} · à retourner : {1} · expirent demain : {2} · dépôts : {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total à payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer ce paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le ticket (le client le demande)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-back (carte, 60 € max.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le paiement (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est déjà réglé : rien à ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paiement de {0} (dont {1} de cash-back) a-t-il été accepté sur le terminal ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paiement de {0} a-t-il été accepté sur le terminal ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, accepté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement par carte non accepté : choisissez un autre moyen de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reste à payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monnaie à rendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres-restaurant : {0} au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcool sur ce ticket : {0} (jamais sur un compte client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Ticket n° {0} enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente de formation (non enregistrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONNAIE À RENDRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ cash-back à remettre : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket envoyé à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau ticket (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataPage</name>
    <message>
        <source>Nom de la personne (au moins deux lettres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer les noms des colis clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuls sont gardés le nom de l&apos;étiquette, les dates, l&apos;état, l&apos;emplacement et qui a servi ; les noms s&apos;effacent d&apos;eux-mêmes après le délai des réglages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} nom(s) effacé(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <source>Paiement au retrait :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez une réservation quand le client la retire : la vente est encaissée (ou débitée de sa carte pain prépayée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise en rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remettre en rayon les non-retirées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservations du {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} encaissé (ticket n° {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} réservation(s) remise(s) en rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à remettre en rayon pour l&apos;instant (voir l&apos;heure dans les réglages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressSection</name>
    <message>
        <source>Réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En vente et retours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sommes dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez un journal ou un magazine (code 977…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix de couverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date limite de retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter au bon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour avant le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° du bon de livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord le titre dans l&apos;onglet Titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le numéro de la parution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraison enregistrée : {0} parution(s), {1} exemplaire(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seulement ce qui doit repartir aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des retours (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez la parution à rendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} exemplaire(s) rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des retours enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argent encaissé pour des tiers (presse, timbres, dépôt-vente…) : il n&apos;est pas au café. Seule la commission est son chiffre d&apos;affaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encaissé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà réglé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reste dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence (n° de chèque…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le règlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé de la semaine (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timbres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produits postaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billetterie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article pour un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article vendu pour un tiers au catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : encaissé pour {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le bénéficiaire à régler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement enregistré : reste dû à {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un distributeur de presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotidien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebdomadaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit à la CPPAP (TVA 2,1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre ajouté : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À rendre aujourd&apos;hui : {0} parution(s), {1} exemplaire(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <source>Impressions en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réimprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner l&apos;impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une impression dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel essai d&apos;impression demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle impression demandée (n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression abandonnée : la vente reste enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créé à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Imprimante de tickets et tiroir-caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tiroir-caisse se branche sur l&apos;imprimante. Sans imprimante pour l&apos;instant, la caisse vend quand même ; réglez-la plus tard dans Réglages › Périphériques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune pour l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le tiroir pour un paiement en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une page de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branchement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB fabricant (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB produit (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de périphérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;imprimante Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largeur du papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiroir-caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tiroir s&apos;essaie ensuite dans Réglages › Périphériques : chaque ouverture est inscrite au journal, qui n&apos;existe qu&apos;une fois le café créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB fabricant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Nouvel article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom sur le ticket ({0} caractères)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la touche (24 caractères)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux différent de la catégorie (confiserie, non alimentaire…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boisson alcoolisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boisson (part des boissons sans alcool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendu pour un tiers (presse, timbres…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable en titres-restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touche rapide sur l&apos;écran de vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivre le stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez ou tapez un code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé de touche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA sur place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre des touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consigne liée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options et codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de la catégorie : {0} sur place, {1} à emporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductKeys</name>
    <message>
        <source>Favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer des favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter aux favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats pour « {0} » : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article ne correspond à « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA sur place / à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionsEditor</name>
    <message>
        <source>Happy hour et promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plage horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise en %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix fixe en €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 20 (%) ou 3,50 (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégories / boissons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer avec l&apos;équivalent sans alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (alcool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prix {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une promotion dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unités/colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLC / DDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colisage : un nombre entier d&apos;unités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date invalide : {0} (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est conforme à la commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception du {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception enregistrée (modifiable jusqu&apos;à la clôture du pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livré = commandé par défaut : corrigez ce qui diffère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez l&apos;étiquette (ou tapez le numéro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom tel qu&apos;écrit sur l&apos;étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>si le transporteur en donne un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer l&apos;étiquette d&apos;emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {0} → emplacement {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçus pendant cette réception : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Retour / remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez un numéro de ticket (chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun ticket ce jour-là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket n° {0} du {1:%d/%m/%Y %H:%M} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est un remboursement : il ne se rembourse pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà remboursé en partie (ticket(s) n° {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À rembourser : ≈ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins une ligne à rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif du remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un remboursement demande le code d&apos;un·e gérant·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket n° {0} enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce ticket annule le ticket n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À rendre au client ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refus de service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <source>Service d&apos;alcool refusé : ivresse manifeste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiré du ticket : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boissons sans alcool et nourriture restent possibles. Proposez :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carafe d&apos;eau offerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boisson sans alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <source>Petit rappel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eau offerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conducteur désigné : boissons sans alcool offertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturer la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période clôturée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport envoyé à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Total TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panier moyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture X du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z du jour choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres de : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 derniers jours : {0} au total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets de vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} au total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventes par heure ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationsPage</name>
    <message>
        <source>Réservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prépayée (carte pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À partir du (ou le)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la réservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créditer la carte pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solde : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservation de {0} enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une réservation dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte pain créditée : solde {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsibleSaleGuards</name>
    <message>
        <source>Vente d&apos;alcool refusée (mineur) : {0} ligne(s) retirée(s) du ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsibleSettingsPage</name>
    <message>
        <source>Vente responsable d&apos;alcool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro d&apos;aide affiché : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires légaux de vente d&apos;alcool (arrêté préfectoral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ou plusieurs plages par jour, par exemple « 07:00-13:00, 15:00-01:00 » (une plage qui passe minuit finit le lendemain) ; « fermé » pour aucun alcool. Hors de ces plages, l&apos;alcool est bloqué ; chaque modification est journalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions (fête du village, jour fermé…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel bienveillant, SAM et textes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une exception dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une sauvegarde : elle sera vérifiée avant tout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je n&apos;ai pas la phrase : démarrer une nouvelle clé (changement journalisé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde à restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du journal de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette sauvegarde ne contient pas la clé : cochez « nouvelle clé » pour continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette sauvegarde est plus ancienne que la base : {0} enregistrement(s) et {1} ticket(s) seront écartés (la base actuelle est gardée à côté).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde restaurée. La restauration est enregistrée dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base précédente gardée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle clé de signature : {0} (changement journalisé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cafe-pos va se fermer : relancez-le pour vendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration terminée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db) : il est vérifié avant tout ; le journal enregistre la restauration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je n&apos;ai pas la phrase : démarrer une nouvelle clé (changement journalisé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde à restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du journal de la sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde refusée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Les retours se remettent au chauffeur dans l&apos;onglet « Chauffeur ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À retourner aujourd&apos;hui : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expirent demain : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleEntry</name>
    <message>
        <source>Le ticket est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne supprimée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFlows</name>
    <message>
        <source>Remise sur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise sur tout le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise validée par {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler le ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler tout le ticket en cours ({0}) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, tout annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est vide : rien à mettre sur une ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté à l&apos;ardoise « {0} » (total {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remboursement enregistré : ticket n° {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un article demande un·e gérant·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket est vide : ajoutez un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier ticket n° {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente de formation · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendu {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Ticket en cours repris ({0}) : continuez ou annulez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun article « Carafe d&apos;eau » au catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamButton</name>
    <message>
        <source>Conducteur SAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conducteur désigné : ses boissons sans alcool à prix réduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAM : {0} boisson(s) sans alcool remisée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord la boisson sans alcool du SAM au ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité du café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages généraux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Règlement : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encaisser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Caisse n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périphériques : non configurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : rien à envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donner cette quantité à la ligne choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carafe d&apos;eau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler le ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedDevicesPanel</name>
    <message>
        <source>Périphériques simulés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficheur client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimante de tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allumée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids sur le plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} document(s) imprimé(s), tiroir ouvert {1} fois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Partage en {0} parts égales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces remises (vide = montant exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider la part en espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les parts sont payées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {0} / {1} : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À rendre : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il manque {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez les espèces remises (ou Carte / Chèque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paiement de {0} a-t-il été accepté sur le terminal ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, accepté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement par carte non accepté : autre moyen de paiement ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {0} payée ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendre {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket n° {0} enregistré</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Relevé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solde dû : {0} — plafond {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encaissé TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le relevé en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invendus et qualité de la suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart suggestion / demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livrés {0} — rendus {1} — vendus {2} — encaissé {3} — commission {4} — achat {5} — dû au boulanger {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} jour(s)-article : invendus {1}, écart moyen de la suggestion {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Siège : {0} — café non inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : non inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : refusé par le siège — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : rien à envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : à jour ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège : erreur interne ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoi en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} jours en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} jour en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} messages en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} message en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce matin {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd&apos;hui {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : rupture de clé n° {0} — non confirmée par le siège : réinscrivez la caisse au siège (Réglages → Siège)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : clé de signature illisible — la caisse ne peut pas vendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : clé de signature introuvable — la caisse ne peut pas vendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : la clé de signature n&apos;est pas celle du journal — vente impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disque presque plein ({0}) : {1} Mo libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune destination de sauvegarde choisie (Réglages → Sauvegardes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée n&apos;a encore été faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde réussie depuis {0} jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde en échec : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de secours : les sauvegardes ne contiennent pas la clé de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de signature a changé : choisissez à nouveau la phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé de signature {0} protégée par la phrase de secours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifiez qu&apos;elle est allumée et branchée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a plus de papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remettez un rouleau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le capot de l&apos;imprimante est ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refermez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;afficheur client ne répond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifiez son câble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le tiroir-caisse ne s&apos;est pas ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue de l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impression(s) en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lecteur de codes-barres est débranché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port du lecteur de codes-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune imprimante configurée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de réponse à la demande d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connexion fermée par l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance ne répond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune réponse en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La balance est débranchée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le port de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifiez le câble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids instable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendez que le plateau ne bouge plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids négatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>videz le plateau et remettez la balance à zéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le poids dépasse la portée de la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun tiroir-caisse n&apos;est branché sur cette caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le siège ne répond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de réseau ou siège injoignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siège indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse du siège illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse du siège sans accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoi interrompu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refus du siège pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDateGuards</name>
    <message>
        <source>DLC dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le lot en démarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDM dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendre avec la remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendre au prix normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : lot retiré et enregistré en démarque</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockListPage</name>
    <message>
        <source>Rechercher ou scanner un article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock bas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Négatifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates courtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuils et dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marges du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les fournisseurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) · valeur {1} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} négatif(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un article dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : {1} en stock, PMP {2} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du {0:%d/%m/%Y} au {1:%d/%m/%Y} : ventes {2} HT, marge {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par catégorie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockReceptionPage</name>
    <message>
        <source>N° du bon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total du bon HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez chaque article (6* puis scan = 6 colis), ou tapez sa référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> attendue le {0:%d/%m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : saisissez la date du lot (colonne DLC / DDM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) · {1} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au-dessus du prix plafonné du réseau : {0} à {1} HT l&apos;unité, plafond {2} HT chez {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception n° {0} enregistrée : {1} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hausse de prix : {0} {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au-dessus du plafond du réseau : {0} {1} HT (plafond {2} HT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDM dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recevoir quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockSection</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarque</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockSettingsDialog</name>
    <message>
        <source>Seuils et dates — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLC (à consommer jusqu&apos;au)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDM (de préférence avant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock visé après commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date des lots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMP HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tout est prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Terminer » crée la caisse et ouvre l&apos;écran de vente, connecté·e.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Nouveau fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 1,4 = mardi et vendredi (0 = lundi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours de livraison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de commande (jours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabChooserDialog</name>
    <message>
        <source>Mettre sur une ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… ou une nouvelle ardoise (nom ou numéro de table) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Table 4, Marcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune ardoise ouverte : nom ou numéro de la nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une ardoise ou tapez le nom d&apos;une nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabDetail</name>
    <message>
        <source>← Ardoises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez des lignes pour les choisir (payer, déplacer, retirer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partager en parts égales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le ticket en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer l&apos;ardoise vide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabTile</name>
    <message>
        <source>{0} ligne(s) · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage {0}/{1} payées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabsFlows</name>
    <message>
        <source>Choisissez les lignes à payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note avant paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consommation sur place de {0} : la note (« Note non payée ») doit être remise au client avant le paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partager l&apos;addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun ticket en cours sur l&apos;écran de vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le ticket en cours est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée ajoutée à « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez les lignes à déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer vers l&apos;ardoise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) déplacée(s) vers « {1} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez les lignes à retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer {0} ligne(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif (enregistré dans le journal) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. erreur de saisie, boisson renversée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) retirée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note non payée envoyée à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note non payée — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabsScreen</name>
    <message>
        <source>Ardoises ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Nouvelle ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptes clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partager en parts égales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoises ouvertes : {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du client ou numéro de table :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Table 4, Marcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom ou un numéro à l&apos;ardoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoise « {0} » ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ligne(s) · ouverte {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partage en {0} parts : {1} payée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note à remettre avant paiement (25 € et plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer le partage ({0}/{1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenderPad</name>
    <message>
        <source>Montant exact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} × {2} — TVA {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Payer  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encaisser (F12 ou Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article ou code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur place / à emporter (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le compte client du ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une de moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une de plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise sur la ligne (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la ligne (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoise F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer  {0}  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mettre le ticket sur une ardoise (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rembourser un ticket (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remise −{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Aucune ardoise ouverte. Touchez « Nouvelle ardoise » ou, depuis la vente, « Ardoise » pour y mettre une tournée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayLines</name>
    <message>
        <source>Journée non clôturée (Z) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La veille est clôturée (Z fait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain à réceptionner : {0} ({1} pièce commandée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain à réceptionner : {0} ({1} pièces commandées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservations de pain à mettre de côté : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis à retourner aujourd&apos;hui : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis dont le délai expire demain (prévenir le destinataire) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis en rayon : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parution, {1} exemplaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parution, {1} exemplaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presse à rendre aujourd&apos;hui : {0} parutions, {1} exemplaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épicerie à retirer ou à solder (dates proches) : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épicerie sous le minimum : {0} produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épicerie sous le minimum : {0} produits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandes fournisseurs à envoyer aujourd&apos;hui : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoises ouvertes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptes clients au-delà de leur plafond : {0} (dépassement {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions en échec : {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière sauvegarde vérifiée : {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue du réseau : {0} changement à examiner (Réglages → Catalogue du réseau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue du réseau : {0} changements à examiner (Réglages → Catalogue du réseau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui, {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsoldPage</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendu au comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservations retirées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendu demain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturer le pain du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invendus du {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturé par {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposé d&apos;après les ventes et les retraits : corrigez puis clôturez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain du jour clôturé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 à 6 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 à 6 chiffres (6 pour un·e gérant·e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Débloquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever le blocage après trop de codes faux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nommer gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un·e gérant·e a un code à 6 chiffres : tapez-le d&apos;abord dans « Nouveau code »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloqué (trop d&apos;essais)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendre équipier·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} peut maintenant se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code enregistré pour {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est maintenant gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est maintenant équipier·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} peut de nouveau se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est réactivé·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} est désactivé·e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeighDialog</name>
    <message>
        <source>Erreur inattendue de la balance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pesée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posez l&apos;article sur la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Poids : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} le kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids en kg, ex. 0,350</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire la balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans cafe-pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune caisse n&apos;est encore installée sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer un nouveau café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde de la caisse (nouvel ordinateur, panne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelques minutes suffisent : l&apos;identité du café, le compte du gérant ou de la gérante, les horaires d&apos;alcool, l&apos;imprimante et le catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;est enregistré avant la dernière étape : « Annuler » à tout moment ne laisse aucune trace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZConfirm</name>
    <message>
        <source>Clôturer la journée du {0} (Z) ? Elle ne pourra plus changer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ardoise(s) encore ouverte(s) ({1}) : elles restent ouvertes et seront payées sur une journée suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage en cours sur « {0} » : {1}/{2} parts déjà payées (dans cette Z), le reste sur la suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune ardoise ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Après la Z, la vente continue : les tickets suivants comptent pour la journée suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôture de la journée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturer (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>{0} — doit {1} — disponible {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Sauvegarde : aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Gérant·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipier·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte bancaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre-restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte
bancaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre-
restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte
client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;est connecté : déverrouillez la caisse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>{0} % sur place, {1} % à emporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau produit · {0} · TVA {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix fixé par vous : {0} — le réseau conseille {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix conseillé : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : {1} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond d&apos;achat {0} : {1} → {2} HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prix conseillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (nouveau)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <source>Enregistrer le relevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retourné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt enlevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permis de conduire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis retournés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(effacé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limites de dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>j ouvrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers avec la pièce du destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers : sa pièce + celle du destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuration écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro douteux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise colis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qt_app</name>
    <message>
        <source>Vente responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal fiscal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périphériques simulés (démonstration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périphériques en panne : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal fiscal : défaut d&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La vérification du journal a trouvé un problème : {0}

Il a été enregistré dans le journal technique. Ne modifiez rien, gardez une sauvegarde et prévenez le siège.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la journée demande : pain, colis, presse, épicerie, caisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : touches rapides par catégorie, recherche, lecteur de codes-barres, encaissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ardoises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : ardoises et tables ouvertes, tournées, partage de l&apos;addition, comptes clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : réception des livraisons, inventaire, dates limites (DLC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : réception du pain, réservations, invendus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : colis reçus, remis, retournés et déposés (point relais).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaux en dépôt, retours des invendus et sommes dues aux tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : fond de caisse, entrées et sorties d&apos;espèces, lecture X et clôture Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : chiffres du jour, graphiques de la semaine et du mois, rapports PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bientôt : identité du café, catalogue, utilisateurs, périphériques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>Vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consommé ou offert par le café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart d&apos;inventaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
