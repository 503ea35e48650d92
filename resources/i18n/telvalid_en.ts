<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="41"/>
        <source>À propos de TelValid Desktop</source>
        <translation>About TelValid Desktop</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="48"/>
        <source>Lecture du numéro de procédure des scans, regroupement des envois en dossiers, vérification des pièces, mises en attente et validations des prélèvements des groupes téléphonie.</source>
        <translation>Reads the procedure number on scans, groups submissions into dossiers, checks their documents, and records holds and validations of telephony group direct debits.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="62"/>
        <source>&amp;Copier ces informations</source>
        <translation>Co&amp;py this information</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="64"/>
        <source>&amp;Ouvrir l&apos;espace de travail</source>
        <translation>&amp;Open the workspace</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="80"/>
        <source>%1 (%2) ; modèles : %3</source>
        <translation>%1 (%2); models: %3</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="83"/>
        <source>introuvables</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="85"/>
        <source>introuvable : les scans sans texte ne peuvent pas être lus</source>
        <translation>not found: scans without text cannot be read</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="89"/>
        <source>SQLite : %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="92"/>
        <source>Espace de travail</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="93"/>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="94"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="95"/>
        <source>Journaux</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="96"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="97"/>
        <source>%1 (PySide6 %2)</source>
        <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="98"/>
        <source>%1 (MuPDF %2)</source>
        <translation>%1 (MuPDF %2)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/about_dialog.py" line="101"/>
        <source>Système</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="70"/>
        <source>Ouvrir un autre espace de &amp;travail…</source>
        <translation>&amp;Open another workspace…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="72"/>
        <source>Ouvrir l&apos;espace de &amp;démonstration</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="73"/>
        <source>Ré&amp;glages…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="79"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="80"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="82"/>
        <source>À &amp;propos de TelValid Desktop</source>
        <translation>&amp;About TelValid Desktop</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="69"/>
        <source>Numéro de procédure</source>
        <translation>Procedure number</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="150"/>
        <source>Un numéro de procédure a de 6 à 10 chiffres.</source>
        <translation>A procedure number has 6 to 10 digits.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="159"/>
        <source>Le numéro %1 n&apos;est ni dans l&apos;export du manager ni dans un dossier : une faute de frappe ?
L&apos;utiliser quand même ?</source>
        <translation>Number %1 is neither in the manager&apos;s export nor in any dossier: a typo?
Use it anyway?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="72"/>
        <source>Numéro, nom du client, groupe téléphonie ou compte</source>
        <translation>Number, customer name, telephony group or account</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="73"/>
        <source>Procédure à attribuer : numéro, client, groupe ou compte</source>
        <translation>Procedure to assign: number, customer, group or account</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="130"/>
        <source>Compte : %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="136"/>
        <source>Aucune procédure connue ne correspond à « %1 ».</source>
        <translation>No known procedure matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="152"/>
        <source>Choisissez la procédure dans la liste (↓ puis Entrée).</source>
        <translation>Choose the procedure in the list (↓ then Enter).</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="41"/>
        <source>Jour précédent (Alt+Gauche)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="45"/>
        <source>Jour suivant (Alt+Droite)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="57"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="57"/>
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="57"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="57"/>
        <source>Env.</source>
        <translation>Env.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="57"/>
        <source>À voir</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="66"/>
        <source>Aucun lot ce jour-là.</source>
        <translation>No batch that day.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="98"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="100"/>
        <source>Hier</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="145"/>
        <source>(sans objet)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="146"/>
        <source>Courriel de %1 : %2</source>
        <translation>E-mail from %1: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="153"/>
        <source>Importé par %1</source>
        <translation>Imported by %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="154"/>
        <source>%1 reconnues automatiquement, %2 corrigées, %3 à trier</source>
        <translation>%1 recognised automatically, %2 corrected, %3 unsorted</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="158"/>
        <source>%1 intercalaires, %2 pages vierges</source>
        <translation>%1 separator sheets, %2 blank pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="161"/>
        <source>%1 pages/min</source>
        <translation>%1 pages/min</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="53"/>
        <source>Lots du jour</source>
        <translation>Batches of the day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="42"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_list.py" line="46"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
</context>
<context>
    <name>BatchReview</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_review.py" line="119"/>
        <source>Intercalaire</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_review.py" line="122"/>
        <source>Aucun numéro lu sur cette page</source>
        <translation>No number read on this page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/batch_review.py" line="46"/>
        <source>Pages de l&apos;enveloppe</source>
        <translation>Envelope pages</translation>
    </message>
</context>
<context>
    <name>BillingExport</name>
    <message>
        <location filename="../../telvalid_desktop/gui/billing_export.py" line="22"/>
        <source>Exporter les validations</source>
        <translation>Export the validations</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/billing_export.py" line="24"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/billing_export.py" line="64"/>
        <source>%n validation(s) exportée(s) vers la facturation : %1</source>
        <translation>
            <numerusform>%n validation exported to billing: %1</numerusform>
            <numerusform>%n validations exported to billing: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/billing_export.py" line="66"/>
        <source>Aucune nouvelle validation depuis le dernier export (fichier vide : %1)</source>
        <translation>No new validation since the last export (empty file: %1)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/billing_export.py" line="71"/>
        <source>Export impossible, rien n&apos;a été marqué comme exporté : %1</source>
        <translation>Export failed, nothing was marked as exported: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/channel_text.py" line="13"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/channel_text.py" line="14"/>
        <source>courriel</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/channel_text.py" line="15"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/channel_text.py" line="16"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/channel_text.py" line="17"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="51"/>
        <source>Image PNG…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="52"/>
        <source>Données CSV…</source>
        <translation>CSV data…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="50"/>
        <source>Graphique</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="66"/>
        <source>Graphique : %1</source>
        <translation>Chart: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="35"/>
        <source>Pièce requise</source>
        <translation>Required document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="35"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="35"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="35"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="44"/>
        <source>illisible</source>
        <translation>illegible</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="45"/>
        <source>périmé</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="46"/>
        <source>nom différent</source>
        <translation>name mismatch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="47"/>
        <source>non signé</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="48"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="69"/>
        <source>reçue</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="70"/>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="110"/>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="115"/>
        <source>Refuser la pièce</source>
        <translation>Refuse document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="110"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="115"/>
        <source>Précision (facultatif) :</source>
        <translation>Details (optional):</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="124"/>
        <source>Refuser…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="68"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="125"/>
        <source>Remettre à vérifier</source>
        <translation>Reset to check</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="75"/>
        <source>manquante (demandée)</source>
        <translation>missing (asked for)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="27"/>
        <source>La base de données ne répond pas (%1) :
%2</source>
        <translation>The database does not answer (%1):
%2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="35"/>
        <source>La base a été mise à jour par une version plus récente de TelValid (schéma %1 ; cette version connaît le schéma %2).
Installez la dernière version sur ce poste avant de travailler.</source>
        <translation>The database was upgraded by a newer TelValid (schema %1; this version knows schema %2).
Install the latest version on this workstation before working.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="52"/>
        <source>TelValid — connexion à la base</source>
        <translation>TelValid — connecting to the database</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="58"/>
        <source>Réessayer maintenant</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="61"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="84"/>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="126"/>
        <source>Nouvel essai dans %1 s…</source>
        <translation>Trying again in %1 s…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/connect_dialog.py" line="134"/>
        <source>Adresse de base de données non reconnue : %1
(attendu : postgresql://utilisateur@serveur/base)</source>
        <translation>Database address not recognised: %1
(expected: postgresql://user@server/database)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="27"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="29"/>
        <source>Essaie de se connecter au serveur (5 s au plus), sans rien changer à la base ni aux réglages.</source>
        <translation>Tries to connect to the server (5 s at most), without changing anything in the database or the settings.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="61"/>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="74"/>
        <source>Connexion réussie (PostgreSQL %1).</source>
        <translation>Connected (PostgreSQL %1).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="76"/>
        <location filename="../../telvalid_desktop/gui/widgets/connection_test.py" line="78"/>
        <source>Échec de la connexion : %1</source>
        <translation>Connection failed: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/charts.py" line="139"/>
        <source>médiane</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/charts.py" line="140"/>
        <source>90e centile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/charts.py" line="147"/>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/charts.py" line="163"/>
        <source>%1&lt;br&gt;%2 pages</source>
        <translation>%1&lt;br&gt;%2 pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="35"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="90"/>
        <source>%1 derniers jours</source>
        <translation>last %1 days</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="96"/>
        <source>Rapport hebdomadaire (PDF)…</source>
        <translation>Weekly report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="112"/>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="135"/>
        <source>Envois reçus par jour</source>
        <translation>Submissions received per day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="138"/>
        <source>Validations par jour</source>
        <translation>Validations per day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="142"/>
        <source>Dossiers en attente par pièce manquante</source>
        <translation>Dossiers on hold by missing item</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="146"/>
        <source>Délai du 1er envoi à la validation, par semaine</source>
        <translation>Time from first submission to validation, per week</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="150"/>
        <source>Reconnaissance automatique par canal</source>
        <translation>Automatic recognition by channel</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="157"/>
        <source>&lt;b&gt;%1&lt;/b&gt; envois · &lt;b&gt;%2&lt;/b&gt; validations · &lt;b&gt;%3&lt;/b&gt; en attente · délai médian %4, 90e centile %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; submissions · &lt;b&gt;%2&lt;/b&gt; validations · &lt;b&gt;%3&lt;/b&gt; on hold · median time %4, 90th percentile %5</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="165"/>
        <source>Calculé en %1 s</source>
        <translation>Computed in %1 s</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="168"/>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="170"/>
        <source>Image non enregistrée : %1</source>
        <translation>Image not saved: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="175"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="180"/>
        <source>CSV non enregistré : %1</source>
        <translation>CSV not saved: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="185"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/dashboard_panel.py" line="88"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/demo_banner.py" line="15"/>
        <source>&lt;b&gt;Espace de démonstration&lt;/b&gt; : clients et documents fictifs. %1</source>
        <translation>&lt;b&gt;Demo workspace&lt;/b&gt;: fictitious customers and documents. %1</translation>
    </message>
</context>
<context>
    <name>DossierCommands</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="154"/>
        <source>Cette page porte le numéro %1, pas celui du dossier (%2) : c&apos;est peut-être l&apos;ancien formulaire ou la pièce d&apos;un autre client.

Cocher quand même « %3 » avec cette page ? L&apos;historique le dira et la validation vous le rappellera.</source>
        <translation>This page carries number %1, not the dossier&apos;s (%2): it may be the old form or another customer&apos;s document.

Tick « %3 » with this page anyway? The history will say so and validation will remind you.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="194"/>
        <source>Dossier %1 validé : renouvellement mensuel par prélèvement, hors forfait %2 € HT/mois. Ctrl+Z l&apos;annule pendant %3 minutes.</source>
        <translation>Dossier %1 validated: monthly renewal by direct debit, out-of-plan allowance %2 € excl. VAT/month. Ctrl+Z undoes it for %3 minutes.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="212"/>
        <source>• « %1 » : page portant le numéro %2</source>
        <translation>• « %1 »: page carrying number %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="221"/>
        <source>Ces pièces ont été cochées avec une page d&apos;une autre procédure :
%1

Valider quand même ?</source>
        <translation>These documents were ticked with a page of another procedure:
%1

Validate anyway?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="234"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="234"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="235"/>
        <source>Particulier</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="235"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="237"/>
        <source>Mode de paiement :</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="240"/>
        <source>Type de client :</source>
        <translation>Customer type:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="256"/>
        <source>Transférer tous les documents de %1 vers la procédure %2, la plus récente du groupe, et clore %1 comme remplacé ?</source>
        <translation>Move every document of %1 to procedure %2, the group&apos;s newest, and close %1 as superseded?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="279"/>
        <source>Déplacer la page affichée vers le dossier n° :</source>
        <translation>Move the page shown to dossier no.:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="289"/>
        <source>Déplacer tout l&apos;envoi vers le dossier n° :</source>
        <translation>Move whole submission to dossier no.:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="298"/>
        <source>Numéro de procédure de cet envoi :</source>
        <translation>Procedure number of this submission:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="359"/>
        <source>Pourquoi rouvrir le dossier %1 ?</source>
        <translation>Why reopen dossier %1?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dossier_commands.py" line="365"/>
        <source>Indiquez la raison : elle reste dans l&apos;historique.</source>
        <translation>Give the reason: it stays in the history.</translation>
    </message>
</context>
<context>
    <name>DossierList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="47"/>
        <source>Rechercher : n° de procédure, client, groupe, compte (Ctrl+F)</source>
        <translation>Search: procedure number, customer, group, account (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="49"/>
        <source>Rechercher un dossier</source>
        <translation>Search for a dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="51"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="208"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>DossierTable</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="54"/>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="55"/>
        <source>Complément reçu</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="56"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="57"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="58"/>
        <source>Remplacé</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="59"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="71"/>
        <source>N° de procédure</source>
        <translation>Procedure no.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="72"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="73"/>
        <source>Groupe téléphonie</source>
        <translation>Telephony group</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="74"/>
        <source>Premier envoi</source>
        <translation>First submission</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="75"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="76"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="78"/>
        <source>Pris par</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="77"/>
        <source>Pièces</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="88"/>
        <source>Manque : %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="92"/>
        <source>%1 à vérifier</source>
        <translation>%1 to check</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="100"/>
        <source>Manquantes (demandées ou refusées) :</source>
        <translation>Missing (asked for or refused):</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="103"/>
        <source>À vérifier (pas encore cochées) :</source>
        <translation>To check (not ticked yet):</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="328"/>
        <source>Manque : pièces demandées par la mise en attente en cours, ou refusées.
À vérifier : pièces pas encore cochées, peut-être parmi les pages reçues.</source>
        <translation>Missing: documents asked for by the current hold, or refused.
To check: documents not ticked yet, perhaps among the pages received.</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="232"/>
        <source>Chargement du dossier…</source>
        <translation>Loading the dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="113"/>
        <source>Ce qu&apos;on dit au client au téléphone</source>
        <translation>What to tell the customer on the phone</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="134"/>
        <source>Reçu le</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="134"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="134"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="134"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="138"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="138"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="138"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="139"/>
        <source>Entrée ou double-clic : ouvrir pour imprimer à nouveau</source>
        <translation>Enter or double-click: open to print again</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="162"/>
        <source>Pièces</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="163"/>
        <source>Envois</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="164"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="165"/>
        <source>Courriers</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="294"/>
        <source>Dossier pris par %1 depuis %2 : consultation seule.</source>
        <translation>Dossier held by %1 since %2: read-only.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="360"/>
        <source>pris par %1</source>
        <translation>held by %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="361"/>
        <source>règles v%1</source>
        <translation>rules v%1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="363"/>
        <source>(celles de sa décision)</source>
        <translation>(those of its decision)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="388"/>
        <source>(sans objet)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="389"/>
        <source>Courriel de %1 : %2</source>
        <translation>E-mail from %1: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="397"/>
        <source>Envoi du %1 à vérifier : %2. Ses pages sont-elles bien de ce client ?</source>
        <translation>Submission of %1 to check: %2. Are its pages really this customer&apos;s?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="413"/>
        <source>rien reçu</source>
        <translation>nothing received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="414"/>
        <source>la plus récente</source>
        <translation>the newest</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="416"/>
        <source>Même groupe téléphonie : %1.</source>
        <translation>Same telephony group: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="418"/>
        <source>Remplacé par la procédure %1. </source>
        <translation>Replaced by procedure %1. </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="420"/>
        <source>Ctrl+Maj+T transfère ses documents vers %1 et clôt ce dossier.</source>
        <translation>Ctrl+Shift+T moves its documents to %1 and closes this dossier.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="427"/>
        <source>Mise en attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="427"/>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="153"/>
        <source>Ce qu&apos;on dit au client</source>
        <translation>What the customer is told</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="154"/>
        <source>Pages du dossier</source>
        <translation>Dossier pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="155"/>
        <source>Pièces requises</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="156"/>
        <source>Documents reçus</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="157"/>
        <source>Courriers envoyés</source>
        <translation>Letters sent</translation>
    </message>
</context>
<context>
    <name>EnvelopeList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="33"/>
        <source>Env.</source>
        <translation>Env.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="33"/>
        <source>N° de procédure</source>
        <translation>Procedure no.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="33"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="33"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="75"/>
        <source>Pages %1 à %2 du lot</source>
        <translation>Pages %1 to %2 of the batch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="85"/>
        <source>À trier — %1</source>
        <translation>Unsorted — %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="87"/>
        <source>À vérifier — %1</source>
        <translation>To check — %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="89"/>
        <source>Corrigée à la main</source>
        <translation>Corrected by hand</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="91"/>
        <source>Reconnue (lettre)</source>
        <translation>Recognised (letter)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="92"/>
        <source>Reconnue</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="95"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="96"/>
        <source>— intercalaire —</source>
        <translation>— separator —</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/envelope_list.py" line="30"/>
        <source>Enveloppes du lot</source>
        <translation>Envelopes of the batch</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="32"/>
        <source>Ce dossier est pris par %1 depuis %2 : il ne peut pas être modifié.</source>
        <translation>This dossier has been held by %1 since %2: it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="40"/>
        <source>Validation impossible : pièces manquantes ou refusées : %1.</source>
        <translation>Cannot validate: missing or refused documents: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="45"/>
        <source>Cette page justifie la pièce « %1 » : décochez-la d&apos;abord dans le dossier.</source>
        <translation>This page backs the item “%1”: untick it in the dossier first.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="53"/>
        <source>Affichez la page où la nouvelle enveloppe commence (pas la première), puis coupez.</source>
        <translation>Show the page where the new envelope starts (not the first one), then split.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="56"/>
        <source>Un numéro de procédure a de 6 à 10 chiffres.</source>
        <translation>A procedure number has 6 to 10 digits.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="57"/>
        <source>%1 n&apos;est pas un technicien actif : choisissez un membre de l&apos;équipe.</source>
        <translation>%1 is not an active technician: choose a member of the team.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="60"/>
        <source>%1 est le dernier responsable d&apos;équipe : nommez-en un autre avant.</source>
        <translation>%1 is the last team lead: appoint another one first.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="63"/>
        <source>Le premier utilisateur doit être un responsable d&apos;équipe (pour gérer les autres).</source>
        <translation>The first user must be a team lead (to manage the others).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="66"/>
        <source>Indiquez l&apos;identifiant de session de l&apos;utilisateur.</source>
        <translation>Give the user&apos;s login.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="67"/>
        <source>Ces règles ne sont pas plus récentes que celles en vigueur (version %1) : augmentez leur version.</source>
        <translation>These rules are not newer than the rules in force (version %1): raise their version.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="71"/>
        <source>Fichier de règles illisible : %1</source>
        <translation>Unreadable rules file: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="81"/>
        <source>Pas de lettre : seul un dossier en attente attend des pièces.</source>
        <translation>No letter: only a dossier on hold is waiting for documents.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="83"/>
        <source>Pas de lettre : l&apos;en-tête des courriers de l&apos;équipe n&apos;est pas rempli. Demandez à un responsable d&apos;équipe de le remplir (Réglages, onglet Expéditeur des courriers), puis écrivez la lettre à nouveau.</source>
        <translation>No letter: the team&apos;s letterhead is not filled in. Ask a team lead to fill it in (Settings, Letter sender tab), then write the letter again.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="88"/>
        <source>Pas de lettre : toutes les pièces demandées sont arrivées.</source>
        <translation>No letter: every document asked for has arrived.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="92"/>
        <source>Votre rôle ne permet pas cette action (%1) : demandez à un responsable d&apos;équipe.</source>
        <translation>Your role does not allow this action (%1): ask a team lead.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="99"/>
        <source>Le dossier %1 a été modifié par %2 à %3 pendant que vous le regardiez : il a été rechargé, vérifiez-le puis recommencez.</source>
        <translation>Dossier %1 was changed by %2 at %3 while you were looking at it: it has been reloaded; check it, then do it again.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="109"/>
        <source>Impossible d&apos;annuler : %1 a modifié ces pages depuis.</source>
        <translation>Cannot undo: %1 has changed these pages since.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="115"/>
        <source>Le dossier %1 n&apos;est plus validé.</source>
        <translation>Dossier %1 is no longer validated.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="116"/>
        <source>Le dossier %1 a été validé par quelqu&apos;un d&apos;autre : demandez à un responsable de le rouvrir.</source>
        <translation>Dossier %1 was validated by someone else: ask a team lead to reopen it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="119"/>
        <source>La validation du dossier %1 ne s&apos;annule plus : demandez à un responsable de le rouvrir.</source>
        <translation>The validation of dossier %1 can no longer be undone: ask a team lead to reopen it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="122"/>
        <source>La validation du dossier %1 est déjà partie en facturation : demandez à un responsable de le rouvrir.</source>
        <translation>The validation of dossier %1 has already gone to billing: ask a team lead to reopen it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="140"/>
        <source>Cette action n&apos;est pas possible dans l&apos;état actuel du dossier.</source>
        <translation>This action is not possible in the dossier&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="143"/>
        <source>Rien à changer : c&apos;est déjà le cas.</source>
        <translation>Nothing to change: it is already so.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="146"/>
        <source>Il n&apos;y a plus rien à annuler.</source>
        <translation>There is nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="152"/>
        <source>La connexion à la base de données a été perdue : cette action n&apos;a pas été enregistrée. Réessayez dans un instant (la connexion est rétablie d&apos;elle-même).</source>
        <translation>The connection to the database was lost: this action was not saved. Try again in a moment (the connection comes back by itself).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="75"/>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="176"/>
        <source>Action impossible : %1</source>
        <translation>Action not possible: %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/guide_dialog.py" line="30"/>
        <source>Guide d&apos;utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/guide_dialog.py" line="33"/>
        <source>Courrier</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/guide_dialog.py" line="34"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/guide_dialog.py" line="35"/>
        <source>Responsable</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/guide_dialog.py" line="45"/>
        <source>Le guide n&apos;est pas installé sur ce poste (%1).</source>
        <translation>The guide is not installed on this workstation (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="19"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="19"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="19"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="19"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="23"/>
        <source>Dossier créé</source>
        <translation>Dossier created</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="24"/>
        <source>Envoi reçu</source>
        <translation>Submission received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="25"/>
        <source>Complément reçu</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="26"/>
        <source>Changement d&apos;état</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="27"/>
        <source>Mis en attente</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="28"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="29"/>
        <source>Pièce cochée</source>
        <translation>Document ticked</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="30"/>
        <source>Pièce cochée avec une page d&apos;une autre procédure</source>
        <translation>Document ticked with a page of another procedure</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="31"/>
        <source>Pièce refusée</source>
        <translation>Document refused</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="33"/>
        <source>Pièce remise comme avant (annulation)</source>
        <translation>Document put back as it was (undo)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="34"/>
        <source>Paiement / type de client précisé</source>
        <translation>Payment / customer type set</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="35"/>
        <source>Pages reçues d&apos;un autre dossier</source>
        <translation>Pages received from another dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="36"/>
        <source>Pages déplacées vers</source>
        <translation>Pages moved to</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="37"/>
        <source>Envoi reçu d&apos;un autre dossier</source>
        <translation>Submission received from another dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="38"/>
        <source>Envoi déplacé vers</source>
        <translation>Submission moved to</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="39"/>
        <source>Envoi affecté</source>
        <translation>Submission assigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="40"/>
        <source>Opération annulée</source>
        <translation>Operation undone</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="41"/>
        <source>Dossier repris à</source>
        <translation>Dossier taken over from</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="32"/>
        <source>Pièce remise à vérifier</source>
        <translation>Document reset to check</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Historique du dossier</source>
        <translation>Dossier history</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="82"/>
        <source>Mettre le dossier en attente</source>
        <translation>Put dossier on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="103"/>
        <source>Note (visible dans l&apos;historique du dossier)</source>
        <translation>Note (shown in the dossier history)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="106"/>
        <source>Lettre au client en français</source>
        <translation>Letter to the customer in French</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="107"/>
        <source>Lettre au client en anglais</source>
        <translation>Letter to the customer in English</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="86"/>
        <source>&amp;Les consulter</source>
        <translation>&amp;Look at them</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="87"/>
        <source>&amp;Je n&apos;ai pas besoin de les consulter</source>
        <translation>&amp;I do not need to look at them</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="98"/>
        <source>Mettre en attente</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="129"/>
        <source>1 page non consultée</source>
        <translation>1 page not viewed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="129"/>
        <source>%1 pages non consultées</source>
        <translation>%1 pages not viewed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="134"/>
        <source>Les pièces à demander s&apos;y trouvent peut-être (coin bleu dans la colonne des pages).</source>
        <translation>The documents to ask for may be there (blue corner in the page column).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="137"/>
        <source>Fermer et afficher la première page non consultée</source>
        <translation>Close and show the first page not viewed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="138"/>
        <source>Obligatoire pour mettre en attente sans les avoir regardées</source>
        <translation>Required to put on hold without looking at them</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="143"/>
        <source>%1 — refusée : %2</source>
        <translation>%1 — refused: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="145"/>
        <source>%1 — non cochée</source>
        <translation>%1 — not ticked</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="161"/>
        <source>Pièces à demander au client : cochez (Espace) celles qui manquent vraiment.</source>
        <translation>Documents to ask the customer for: tick (Space) those really missing.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="173"/>
        <source>A&amp;perçu de la lettre</source>
        <translation>Letter &amp;preview</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="192"/>
        <source>Cochez une pièce à demander : la lettre s&apos;affichera ici.</source>
        <translation>Check a document to ask for: the letter will show here.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="203"/>
        <source>Cochez au moins une pièce à demander.</source>
        <translation>Tick at least one document to ask for.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="205"/>
        <source>Consultez les pages, ou dites que ce n&apos;est pas nécessaire.</source>
        <translation>Look at the pages, or say it is not needed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="91"/>
        <source>Note pour l&apos;historique du dossier</source>
        <translation>Note for the dossier history</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="93"/>
        <source>Langue du courrier</source>
        <translation>Letter language</translation>
    </message>
</context>
<context>
    <name>HoldLetters</name>
    <message>
        <location filename="../../telvalid_desktop/gui/hold_letters.py" line="139"/>
        <source>Lettre non écrite : %1</source>
        <translation>Letter not written: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/hold_letters.py" line="161"/>
        <source>%n relance(s) écrite(s)</source>
        <translation>
            <numerusform>%n reminder written</numerusform>
            <numerusform>%n reminders written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/hold_letters.py" line="167"/>
        <source>Relances non écrites : %1</source>
        <translation>Reminders not written: %1</translation>
    </message>
</context>
<context>
    <name>HoldReview</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="41"/>
        <source>N° de procédure</source>
        <translation>Procedure no.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="42"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="43"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="44"/>
        <source>En attente (j)</source>
        <translation>On hold (d)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="45"/>
        <source>Depuis le 1er envoi (j)</source>
        <translation>Since 1st submission (d)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="46"/>
        <source>Dernier complément (j)</source>
        <translation>Last complement (d)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="47"/>
        <source>Dernière lettre (j)</source>
        <translation>Last letter (d)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="48"/>
        <source>Pièces manquantes</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="49"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="176"/>
        <source>Mis en attente le %1 par %2</source>
        <translation>Put on hold on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="139"/>
        <source>&lt;b&gt;%1&lt;/b&gt; dossier(s) en attente</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dossier(s) on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/aging_marks.py" line="23"/>
        <source>à surveiller</source>
        <translation>to watch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/aging_marks.py" line="24"/>
        <source>en alerte</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_model.py" line="182"/>
        <source>Ancienneté : %1</source>
        <translation>Age: %1</translation>
    </message>
</context>
<context>
    <name>HoldReviewPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="60"/>
        <source>Ouvrir le dossier (Entrée)</source>
        <translation>Open the dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="61"/>
        <source>Réaffecter la sélection… (Ctrl+R)</source>
        <translation>Reassign the selection… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="82"/>
        <source>Pièce :</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="83"/>
        <source>Technicien :</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="84"/>
        <source>Canal :</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="130"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="145"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="159"/>
        <source>%1 affiché(s)</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/hold_review_panel.py" line="59"/>
        <source>Dossiers en attente</source>
        <translation>Dossiers on hold</translation>
    </message>
</context>
<context>
    <name>ImportBadge</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_badge.py" line="22"/>
        <source>Importations : %1 à voir</source>
        <translation>Imports: %1 to look at</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_badge.py" line="23"/>
        <source>Importations à voir : %1</source>
        <translation>Imports to look at: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_badge.py" line="25"/>
        <source>Fichiers importés qui demandent un coup d&apos;œil (doublons, refusés, pages à trier) : %1. (%2)</source>
        <translation>Imported files that need a look (duplicates, rejected, pages to sort): %1. (%2)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="38"/>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="58"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="39"/>
        <source>Arrête après la page en cours ; les fichiers déjà importés restent.</source>
        <translation>Stops after the current page; files already imported stay.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="59"/>
        <source>Import de %n fichier(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="67"/>
        <source>Fichier {index}/{total} : {name} — page {page}/{pages}</source>
        <translation>File {index}/{total}: {name} — page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="82"/>
        <source>moins d&apos;une minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="84"/>
        <source>environ %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="85"/>
        <source>{rate} pages/min · reste {left}</source>
        <translation>{rate} pages/min · {left} left</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="94"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../telvalid_desktop/gui/import_report.py" line="59"/>
        <source>Bilan des im&amp;portations…</source>
        <translation>Im&amp;port summary…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_report.py" line="60"/>
        <source>Ce que chaque fichier importé est devenu, et ce qui reste à voir</source>
        <translation>What became of each imported file, and what is left to look at</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_report.py" line="69"/>
        <source>%1 — détail : %2</source>
        <translation>%1 — details: %2</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="71"/>
        <source>Importations</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="74"/>
        <source>Fichiers importés</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="75"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="75"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="75"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="75"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="86"/>
        <source>Détail du fichier choisi</source>
        <translation>Details of the chosen file</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="88"/>
        <source>&amp;Ouvrir le dossier (Entrée)</source>
        <translation>&amp;Open the dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="90"/>
        <source>Voir les pages &amp;à trier</source>
        <translation>See the pages &amp;to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="92"/>
        <source>&amp;Afficher le fichier mis de côté</source>
        <translation>&amp;Show the file set aside</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="93"/>
        <source>&amp;Vu (Ctrl+Entrée)</source>
        <translation>&amp;Seen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="94"/>
        <source>Les fichiers choisis ne sont plus signalés comme « à voir ».</source>
        <translation>The chosen files are no longer flagged as “to look at”.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="95"/>
        <source>&amp;Tout vu (Ctrl+Maj+Entrée)</source>
        <translation>&amp;All seen (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="96"/>
        <source>&amp;Fermer (Échap)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="172"/>
        <source>Rien à voir : tout ce qui a été importé ici a été vu.</source>
        <translation>Nothing to look at: everything imported here was seen.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="174"/>
        <source>1 fichier à voir : lisez son détail, puis « Vu » (Ctrl+Entrée).</source>
        <translation>1 file to look at: read its details, then “Seen” (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="176"/>
        <source>%1 fichiers à voir : lisez leur détail, puis « Vu » (Ctrl+Entrée) pour chacun.</source>
        <translation>%1 files to look at: read their details, then “Seen” (Ctrl+Enter) for each.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/import_summary_dialog.py" line="183"/>
        <source>%1 — à voir</source>
        <translation>%1 — to look at</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="34"/>
        <source>Import interrompu : %1</source>
        <translation>Import stopped: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="40"/>
        <source>%1 fichier importé</source>
        <translation>%1 file imported</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="41"/>
        <source>%1 fichiers importés</source>
        <translation>%1 files imported</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="43"/>
        <source>%1 doublon</source>
        <translation>%1 duplicate</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="43"/>
        <source>%1 doublons</source>
        <translation>%1 duplicates</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="44"/>
        <source>%1 refusé</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="44"/>
        <source>%1 refusés</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="45"/>
        <source>%1 en échec</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="48"/>
        <source>%1 page à trier</source>
        <translation>%1 page to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="49"/>
        <source>%1 pages à trier</source>
        <translation>%1 pages to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="54"/>
        <source>aucun fichier importé</source>
        <translation>no file imported</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="56"/>
        <source>Import annulé : %1</source>
        <translation>Import cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="63"/>
        <source>Importé</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="64"/>
        <source>Importé, pages à trier</source>
        <translation>Imported, pages to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="65"/>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="66"/>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="67"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="72"/>
        <source>(lot entier)</source>
        <translation>(whole batch)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="77"/>
        <source>le %1 à %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="87"/>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="87"/>
        <source>Dossiers %1</source>
        <translation>Dossiers %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="94"/>
        <source>page %1 à trier</source>
        <translation>page %1 to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="94"/>
        <source>pages %1 à trier</source>
        <translation>pages %1 to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="104"/>
        <source>Déjà importé %1 : %2</source>
        <translation>Already imported %1: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="114"/>
        <source>L&apos;import s&apos;est arrêté sur une erreur : ce fichier n&apos;a pas été pris, importez-le à nouveau.</source>
        <translation>The import stopped on an error: this file was not taken in, import it again.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="138"/>
        <source>Pages %1 → à trier : %2</source>
        <translation>Pages %1 → to sort: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="140"/>
        <source>Pages %1 → dossier %2</source>
        <translation>Pages %1 → dossier %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="143"/>
        <source>(à vérifier : %1)</source>
        <translation>(to check: %1)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="149"/>
        <source>Courriel de %1 : « %2 »</source>
        <translation>E-mail from %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="152"/>
        <source>Pièce jointe non importée : %1 (%2)</source>
        <translation>Attachment not imported: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="164"/>
        <source>Les mêmes octets ont été importés %1 par %2 : rien n&apos;a changé.</source>
        <translation>The same bytes were imported %1 by %2: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="166"/>
        <source>Les mêmes octets ont été importés %1 : rien n&apos;a changé.</source>
        <translation>The same bytes were imported %1: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="169"/>
        <source>Fichier d&apos;origine : %1</source>
        <translation>Original file: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="175"/>
        <source>Mis de côté avec une note : %1</source>
        <translation>Set aside with a note: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="173"/>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="178"/>
        <source>Détail technique : %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="183"/>
        <source>Pages illisibles dans le fichier : %1 (les autres sont importées ; demandez-en une copie)</source>
        <translation>Unreadable pages in the file: %1 (the others were imported; ask for a copy)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/import_text.py" line="188"/>
        <source>Rangé dans : %1</source>
        <translation>Filed away in: %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../telvalid_desktop/gui/launcher.py" line="149"/>
        <source>Création de l&apos;espace de démonstration…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/launcher.py" line="150"/>
        <location filename="../../telvalid_desktop/gui/launcher.py" line="180"/>
        <source>TelValid Desktop — démonstration</source>
        <translation>TelValid Desktop — demo</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/launcher.py" line="182"/>
        <source>L&apos;espace de démonstration n&apos;a pas pu être créé :
%1

Votre espace de travail est rouvert.</source>
        <translation>The demo workspace could not be created:
%1

Your workspace opens again.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/letter_dialog.py" line="25"/>
        <source>Lettre au client</source>
        <translation>Letter to the customer</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/letter_dialog.py" line="30"/>
        <source>Le dossier %1 est en attente. La lettre au client et sa feuille de retour (à mettre sur le complément) sont enregistrées avec le dossier.</source>
        <translation>Dossier %1 is on hold. The letter to the customer and its return cover sheet (to go on top of the complement) are kept with the dossier.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/letter_dialog.py" line="35"/>
        <source>Ouvrir pour imprimer</source>
        <translation>Open to print</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/letter_dialog.py" line="36"/>
        <source>Copier le texte de l&apos;e-mail</source>
        <translation>Copy the e-mail text</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/letter_dialog.py" line="55"/>
        <source>Texte copié : collez-le dans un e-mail au client.</source>
        <translation>Text copied: paste it into an e-mail to the customer.</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letter_preview.py" line="69"/>
        <source>Aperçu du courrier</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letter_preview.py" line="85"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letter_preview.py" line="143"/>
        <source>Première page de %1 : la lettre, puis la feuille de retour à joindre.</source>
        <translation>First page of %1: the letter, then the return cover sheet to enclose.</translation>
    </message>
</context>
<context>
    <name>LetterheadPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="53"/>
        <source>À remplir : les courriers en ont besoin.</source>
        <translation>Required: the letters need it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="55"/>
        <source>%1 caractères au plus (par ligne).</source>
        <translation>%1 characters at most (per line).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="58"/>
        <source>%1 lignes au plus sous le nom de la société.</source>
        <translation>%1 lines at most under the company name.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="60"/>
        <source>Ce n&apos;est pas une adresse e-mail (nom@domaine.fr).</source>
        <translation>This is not an e-mail address (name@domain.com).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="77"/>
        <source>Lecture de l&apos;en-tête de l&apos;équipe…</source>
        <translation>Reading the team&apos;s letterhead…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="82"/>
        <source>E&amp;nregistrer l&apos;en-tête</source>
        <translation>Save the &amp;letterhead</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="89"/>
        <source>A&amp;perçu d&apos;une lettre</source>
        <translation>Sample letter &amp;preview</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="95"/>
        <source>N&amp;om de la société</source>
        <translation>C&amp;ompany name</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="95"/>
        <source>En tête de chaque page et au-dessus de l&apos;adresse.</source>
        <translation>At the top of each page and above the address.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="98"/>
        <source>Une ligne par ligne d&apos;adresse (service, rue, boîte postale, code postal et ville), %1 au plus : les clients y envoient leurs compléments.</source>
        <translation>One line per address line (department, street, PO box, postcode and town), %1 at most: customers send their documents there.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="101"/>
        <source>&amp;Adresse postale</source>
        <translation>Postal &amp;address</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="103"/>
        <source>&amp;Ville des courriers</source>
        <translation>&amp;Town the letters are written from</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="103"/>
        <source>Le lieu de la date : « Roubaix, le 12 mars 2026 ».</source>
        <translation>The place before the date: “Roubaix, 12 March 2026”.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="105"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="105"/>
        <source>Où les clients envoient leurs pièces par e-mail.</source>
        <translation>Where customers send their documents by e-mail.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="106"/>
        <source>Le pied de page de chaque courrier : forme, capital, adresse du siège, RCS, TVA.</source>
        <translation>The footer of every letter: legal form, capital, registered office, company registration, VAT number.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="107"/>
        <source>&amp;Mentions légales</source>
        <translation>&amp;Legal mentions</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="108"/>
        <source>Signa&amp;ture</source>
        <translation>Signa&amp;ture</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="108"/>
        <source>Sous la formule de politesse.</source>
        <translation>Under the closing.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="179"/>
        <source>Aucun courrier ne peut être écrit tant que l&apos;en-tête n&apos;est pas complet : remplissez chaque champ. Il s&apos;applique aussitôt à tous les postes qui partagent cette base de données.</source>
        <translation>No letter can be written until the letterhead is complete: fill in every field. It applies at once to every workstation sharing this database.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="184"/>
        <source>Aucun courrier ne peut être écrit tant que l&apos;en-tête n&apos;est pas complet. Seul un responsable d&apos;équipe peut le remplir : demandez-le-lui.</source>
        <translation>No letter can be written until the letterhead is complete. Only a team lead can fill it in: ask them.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="189"/>
        <source>L&apos;expéditeur de tous les courriers et e-mails aux clients : enregistré ici, il s&apos;applique aussitôt à tous les postes qui partagent cette base de données.</source>
        <translation>The sender of every letter and e-mail to customers: saved here, it applies at once to every workstation sharing this database.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="194"/>
        <source>L&apos;expéditeur de tous les courriers et e-mails aux clients. Seul un responsable d&apos;équipe peut le changer.</source>
        <translation>The sender of every letter and e-mail to customers. Only a team lead can change it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="200"/>
        <source>Dernier changement : %1 par %2.</source>
        <translation>Last change: %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="244"/>
        <source>En-tête enregistré pour toute l&apos;équipe.</source>
        <translation>Letterhead saved for the whole team.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/letterhead_panel.py" line="251"/>
        <source>En-tête refusé : rien n&apos;a été enregistré.</source>
        <translation>Letterhead refused: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="39"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="40"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="41"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="42"/>
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="43"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="46"/>
        <source>&amp;Importer des scans…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="51"/>
        <source>&amp;Exporter les validations vers la facturation…</source>
        <translation>&amp;Export the validations to billing…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="56"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="58"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="70"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="79"/>
        <source>R&amp;ouvrir le dossier clos…</source>
        <translation>Re&amp;open the closed dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="86"/>
        <source>&amp;Supervision : attentes, charge, tableau de bord…</source>
        <translation>&amp;Supervision: holds, workload, dashboard…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="104"/>
        <source>Dossier suivant</source>
        <translation>Next dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="105"/>
        <source>Dossier précédent</source>
        <translation>Previous dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="108"/>
        <source>Retour à la liste</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="110"/>
        <source>&amp;Valider le dossier</source>
        <translation>&amp;Validate dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="113"/>
        <source>Mettre en &amp;attente…</source>
        <translation>Put on &amp;hold…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="117"/>
        <source>&amp;Déplacer la page vers un autre dossier…</source>
        <translation>&amp;Move page to another dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="124"/>
        <source>Déplacer tout l&apos;envoi vers un autre dossier…</source>
        <translation>Move whole submission to another dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="131"/>
        <source>Refuser la pièce sélectionnée…</source>
        <translation>Refuse selected document…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="138"/>
        <source>Annuler la dernière opération</source>
        <translation>Undo the last operation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="145"/>
        <source>Remettre la pièce sélectionnée à vérifier</source>
        <translation>Set the selected document back to be checked</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="155"/>
        <source>Cocher la pièce %1 avec la page affichée</source>
        <translation>Tick document %1 with the page shown</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="164"/>
        <source>Préciser le paiement et le type de client…</source>
        <translation>Set payment and customer type…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="173"/>
        <source>&amp;Transférer vers la procédure la plus récente du groupe…</source>
        <translation>Move to the group&apos;s newest &amp;procedure…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="181"/>
        <source>A&amp;ffecter l&apos;envoi à un numéro…</source>
        <translation>A&amp;ssign submission to a number…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="189"/>
        <source>Écrire à nouveau la &amp;lettre au client</source>
        <translation>Write the customer&apos;s &amp;letter again</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_menus.py" line="197"/>
        <source>&amp;Relances des dossiers en attente…</source>
        <translation>&amp;Reminders for dossiers on hold…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="176"/>
        <source>Dossier illisible : %1</source>
        <translation>The dossier could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="64"/>
        <source>TelValid — validation des groupes téléphonie</source>
        <translation>TelValid — telephony group validation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="156"/>
        <source>Ouvrez un dossier (Entrée), cochez ses pièces (1 à 9), validez-le (Ctrl+Entrée) ou mettez-le en attente (Ctrl+H). Le dossier « exemples » de la démonstration contient des scans à importer. Fichier ▸ Ouvrir un autre espace de travail pour revenir au vôtre.</source>
        <translation>Open a dossier (Enter), tick its documents (1 to 9), validate it (Ctrl+Enter) or put it on hold (Ctrl+H). The demo&apos;s “exemples” folder holds scans to import. File ▸ Open another workspace to go back to yours.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="185"/>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="251"/>
        <source>Fin de la file : aucun dossier après celui-ci.</source>
        <translation>End of the queue: no dossier after this one.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="187"/>
        <source>Début de la file : aucun dossier avant celui-ci.</source>
        <translation>Start of the queue: no dossier before this one.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/scan_import.py" line="26"/>
        <source>Scans, photos et courriels (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.heic *.heif *.avif *.gif *.bmp *.jp2 *.eml *.msg *.PDF *.PNG *.JPG *.JPEG *.TIF *.TIFF *.WEBP *.HEIC *.HEIF *.EML *.MSG);;Tous les fichiers (*)</source>
        <translation>Scans, photos and e-mails (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.heic *.heif *.avif *.gif *.bmp *.jp2 *.eml *.msg *.PDF *.PNG *.JPG *.JPEG *.TIF *.TIFF *.WEBP *.HEIC *.HEIF *.EML *.MSG);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/scan_import.py" line="64"/>
        <source>Un import est déjà en cours.</source>
        <translation>An import is already in progress.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/scan_import.py" line="23"/>
        <source>Importer des scans</source>
        <translation>Import scans</translation>
    </message>
</context>
<context>
    <name>NumberEvidence</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="45"/>
        <source>texte du PDF</source>
        <translation>PDF text</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="46"/>
        <source>lecture optique</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="47"/>
        <source>saisi à la main</source>
        <translation>entered manually</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="48"/>
        <source>code-barres</source>
        <translation>barcode</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="50"/>
        <source>affecté</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="52"/>
        <source>confiance %1 %</source>
        <translation>confidence %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="54"/>
        <source>%n page(s) en désaccord</source>
        <translation>
            <numerusform>%n disagreeing page</numerusform>
            <numerusform>%n disagreeing pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="21"/>
        <source>Numéro de procédure lu</source>
        <translation>Procedure number read</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="196"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="201"/>
        <source>p. {page} — {file}</source>
        <translation>p. {page} — {file}</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="212"/>
        <source>Envoi %1</source>
        <translation>Sending %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="243"/>
        <source>%1, reçu le %2 (%3)</source>
        <translation>%1, received on %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="249"/>
        <source>Nouvelle : arrivée depuis la dernière consultation du dossier</source>
        <translation>New: arrived since the dossier was last looked at</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="251"/>
        <source>Numéro différent de celui de l&apos;envoi</source>
        <translation>Number differs from the submission&apos;s</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="253"/>
        <source>Page vierge</source>
        <translation>Blank page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="256"/>
        <source>Pas encore consultée</source>
        <translation>Not viewed yet</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="259"/>
        <source>Consultée par %1 le %2</source>
        <translation>Viewed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>PageThumbnailDelegate</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/thumbnail_strip.py" line="182"/>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/thumbnail_strip.py" line="186"/>
        <source>vierge</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="296"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="297"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="298"/>
        <source>Première page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="299"/>
        <source>Dernière page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="300"/>
        <source>Zoom avant</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="301"/>
        <source>Zoom arrière</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="302"/>
        <source>Ajuster à la largeur</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="303"/>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="304"/>
        <source>Pivoter à gauche</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="305"/>
        <source>Pivoter à droite</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="486"/>
        <source>Page illisible</source>
        <translation>Unreadable page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="173"/>
        <source>Page affichée</source>
        <translation>Page shown</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="32"/>
        <source>À trier</source>
        <translation>Unsorted</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="33"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="34"/>
        <source>Complément reçu</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="35"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="36"/>
        <source>Validés</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="37"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/queue_sidebar.py" line="24"/>
        <source>Files de dossiers</source>
        <translation>Dossier queues</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="34"/>
        <source>Relances</source>
        <translation>Reminders</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="36"/>
        <source>Dossiers en attente sans complément depuis plus de %n jour(s) :</source>
        <translation>
            <numerusform>Dossiers on hold with no complement for more than %n day:</numerusform>
            <numerusform>Dossiers on hold with no complement for more than %n days:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="41"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="42"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="43"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="44"/>
        <source>Dernier courrier</source>
        <translation>Last letter</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="45"/>
        <source>Manque</source>
        <translation>Missing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="54"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="65"/>
        <source>Relances en français</source>
        <translation>Reminders in French</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="66"/>
        <source>Relances en anglais</source>
        <translation>Reminders in English</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/reminders_dialog.py" line="69"/>
        <source>Écrire les relances (un PDF à imprimer)</source>
        <translation>Write the reminders (one PDF to print)</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="11"/>
        <source>aucun numéro trouvé</source>
        <translation>no number found</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="12"/>
        <source>numéro lu, pas assez sûr</source>
        <translation>number read, not sure enough</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="13"/>
        <source>numéros différents</source>
        <translation>different numbers</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="14"/>
        <source>numéro absent de l&apos;export du manager</source>
        <translation>number not in the manager&apos;s export</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="15"/>
        <source>trop de pages : intercalaire oublié ?</source>
        <translation>too many pages: a missed separator?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="16"/>
        <source>plusieurs numéros : intercalaire oublié ?</source>
        <translation>several numbers: a missed separator?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="19"/>
        <source>lot sans intercalaires : où commence la suivante ?</source>
        <translation>batch without separators: where does the next one start?</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="22"/>
        <source>coupée à la main</source>
        <translation>split by hand</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/review_reasons.py" line="23"/>
        <source>envoyée aux techniciens</source>
        <translation>sent to the technicians</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="37"/>
        <source>Fichier de règles à installer</source>
        <translation>Rules file to install</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="39"/>
        <source>Règles (*.json)</source>
        <translation>Rules (*.json)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="74"/>
        <source>Lecture des règles en vigueur…</source>
        <translation>Reading the rules in force…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="81"/>
        <source>Les règles disent quelles pièces chaque dossier doit contenir. Des règles installées s&apos;appliquent aussitôt à tous les postes qui partagent cette base de données ; les dossiers déjà validés gardent celles de leur validation. Seul un responsable d&apos;équipe les installe, et « Annuler » ne défait pas une installation.</source>
        <translation>The rules say which documents each dossier must contain. Installed rules apply at once to every workstation sharing this database; dossiers already validated keep the rules of their validation. Only a team lead installs them, and “Cancel” does not undo an installation.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="89"/>
        <source>&amp;Choisir un fichier…</source>
        <translation>Ch&amp;oose a file…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="90"/>
        <source>Vérifie aussitôt le fichier, sans rien installer.</source>
        <translation>Checks the file at once, without installing anything.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="93"/>
        <source>I&amp;nstaller ces règles</source>
        <translation>I&amp;nstall these rules</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="131"/>
        <source>installées par un responsable, pour tous les postes de cette base</source>
        <translation>installed by a team lead, for every workstation on this database</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="133"/>
        <source>livrées avec l&apos;application</source>
        <translation>shipped with the application</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="136"/>
        <source>&lt;b&gt;En vigueur : version %1&lt;/b&gt; — %2 pièces possibles, %3.</source>
        <translation>&lt;b&gt;In force: version %1&lt;/b&gt; — %2 possible documents, %3.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="145"/>
        <source>Seul un responsable d&apos;équipe peut installer des règles.</source>
        <translation>Only a team lead can install rules.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="156"/>
        <source>Vérification de %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="170"/>
        <source>%1 : version %2, %3 pièces.</source>
        <translation>%1: version %2, %3 documents.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="179"/>
        <source>Ce fichier est correct : il peut être installé.</source>
        <translation>This file is correct: it can be installed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="181"/>
        <source>Ce fichier est correct ; seul un responsable d&apos;équipe peut l&apos;installer.</source>
        <translation>This file is correct; only a team lead can install it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="193"/>
        <source>Installer les règles version %1 pour tous les postes qui partagent cette base de données ?
Les dossiers en cours suivront ces règles dès maintenant.</source>
        <translation>Install the rules version %1 for every workstation sharing this database?
Dossiers in progress will follow these rules from now on.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="209"/>
        <source>Règles version %1 installées pour toute l&apos;équipe.</source>
        <translation>Rules version %1 installed for the whole team.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/rules_panel.py" line="99"/>
        <source>Fichier de règles choisi</source>
        <translation>Rules file chosen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="73"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>S&apos;appliquera à la réouverture de la fenêtre : %1.</source>
        <translation>Will apply when the window reopens: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="163"/>
        <source>À corriger avant d&apos;enregistrer : %1.</source>
        <translation>To correct before saving: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="168"/>
        <source>Vérification impossible : %1</source>
        <translation>Could not check: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/settings_dialog.py" line="195"/>
        <source>Les réglages n&apos;ont pas pu être enregistrés dans %1 : %2</source>
        <translation>The settings could not be saved in %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="77"/>
        <source>&amp;Règles</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="83"/>
        <source>E&amp;xpéditeur des courriers</source>
        <translation>Letter se&amp;nder</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="115"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="145"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="148"/>
        <source>Le dossier des scans, des courriers et des miniatures (et la base SQLite d&apos;un poste seul). Avec un serveur partagé : le même dossier réseau pour tous les postes.</source>
        <translation>The folder of the scans, letters and thumbnails (and the SQLite database of a standalone workstation). With a shared server: the same network folder for every workstation.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="151"/>
        <source>&amp;Espace de travail</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="152"/>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="320"/>
        <source>vide : %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="155"/>
        <source>vide : SQLite dans l&apos;espace de travail</source>
        <translation>empty: SQLite in the workspace</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="157"/>
        <source>Vide : une base SQLite dans l&apos;espace de travail, pour un poste seul. Plusieurs postes partagent un serveur PostgreSQL : postgresql://utilisateur@serveur/base (le mot de passe va de préférence dans le fichier .pgpass de l&apos;utilisateur plutôt que dans l&apos;adresse).</source>
        <translation>Empty: a SQLite database in the workspace, for a standalone workstation. Several workstations share a PostgreSQL server: postgresql://user@server/database (the password preferably goes in the user&apos;s .pgpass file rather than in the address).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="165"/>
        <source>La fenêtre que ce poste ouvre. Un utilisateur du rôle courrier a toujours celle du courrier.</source>
        <translation>The window this workstation opens. A user with the Mailroom role always gets the mailroom one.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="168"/>
        <source>Technicien : vérification et validation des dossiers</source>
        <translation>Technician: checking and validating dossiers</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="169"/>
        <source>Courrier : numérisation et tri des enveloppes</source>
        <translation>Mailroom: scanning and sorting envelopes</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="171"/>
        <source>&amp;Poste de travail</source>
        <translation>Work&amp;station</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="172"/>
        <source>La langue des menus et des messages de ce poste.</source>
        <translation>The language of this workstation&apos;s menus and messages.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="173"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="174"/>
        <source>Ce que la fenêtre montre une fois un dossier validé ou mis en attente.</source>
        <translation>What the window shows once a dossier is validated or put on hold.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="176"/>
        <source>Ouvrir le dossier suivant de la file</source>
        <translation>Open the queue&apos;s next dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="177"/>
        <source>Rester sur le dossier</source>
        <translation>Stay on the dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="179"/>
        <source>Après une &amp;décision</source>
        <translation>After a &amp;decision</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="183"/>
        <source>Sur ce poste, %1 (%2) l&apos;emporte sur ce réglage.</source>
        <translation>On this workstation, %1 (%2) overrides this setting.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="187"/>
        <source>Dossier du &amp;scanner</source>
        <translation>Scanner &amp;folder</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="190"/>
        <source>Le poste courrier importe les fichiers que le scanner réseau dépose dans ce dossier dès qu&apos;ils sont complets, puis les range : les fichiers traités d&apos;un côté, les refusés de l&apos;autre avec une note qui dit pourquoi. Rien n&apos;est effacé.</source>
        <translation>The mailroom station imports the files the network scanner drops into this folder as soon as they are complete, then puts them away: processed files on one side, rejected ones on the other with a note saying why. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="195"/>
        <source>Il faut pouvoir y lire et y écrire : les fichiers en sont retirés une fois importés.</source>
        <translation>It must be readable and writable: files are removed from it once imported.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="196"/>
        <source>&amp;Dossier du scanner</source>
        <translation>&amp;Scanner folder</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="197"/>
        <source>vide : aucun dossier surveillé</source>
        <translation>empty: no folder watched</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="200"/>
        <source>Où ranger les fichiers importés, un sous-dossier par jour. Vide : à côté du dossier du scanner.</source>
        <translation>Where to put imported files, one subfolder per day. Empty: next to the scanner folder.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="202"/>
        <source>Fichiers &amp;traités</source>
        <translation>&amp;Processed files</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="204"/>
        <source>Où mettre les fichiers refusés, chacun avec sa note. Vide : à côté du dossier du scanner.</source>
        <translation>Where to put rejected files, each with its note. Empty: next to the scanner folder.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="206"/>
        <source>Fichiers re&amp;fusés</source>
        <translation>R&amp;ejected files</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="213"/>
        <source>Le poste courrier relève la boîte aux lettres de l&apos;équipe (IMAP, connexion chiffrée) : chaque courriel devient un envoi, puis il est rangé sur le serveur dans le dossier des courriels importés, ou des refusés. Rien n&apos;est effacé.</source>
        <translation>The mailroom station fetches the team&apos;s mailbox (IMAP, encrypted connection): each e-mail becomes a sending, then it is filed on the server in the folder of imported e-mails, or of refused ones. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="218"/>
        <source>Ser&amp;veur IMAP</source>
        <translation>IMAP ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="218"/>
        <source>Par exemple imap.entreprise.fr.</source>
        <translation>For example imap.example.com.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="219"/>
        <source>vide : aucune boîte relevée</source>
        <translation>empty: no mailbox fetched</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="220"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="220"/>
        <source>993 pour IMAPS, 143 pour STARTTLS.</source>
        <translation>993 for IMAPS, 143 for STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="221"/>
        <source>I&amp;dentifiant</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="221"/>
        <source>L&apos;identifiant de connexion de la boîte.</source>
        <translation>The mailbox&apos;s login name.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="224"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="226"/>
        <source>Gardé dans le trousseau du système, sinon dans un fichier que seul votre compte peut lire ; jamais dans le fichier des réglages.</source>
        <translation>Kept in the system keyring, else in a file only your account can read; never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="229"/>
        <source>&amp;Mot de passe</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="231"/>
        <source>TLS dès la connexion (IMAPS)</source>
        <translation>TLS from the start (IMAPS)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="232"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="234"/>
        <source>&amp;Chiffrement</source>
        <translation>&amp;Encryption</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="234"/>
        <source>Ce que le serveur demande.</source>
        <translation>What the server asks for.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="237"/>
        <source>Dossier des courriels impor&amp;tés</source>
        <translation>Folder of i&amp;mported e-mails</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="238"/>
        <source>Sur le serveur ; créé s&apos;il n&apos;existe pas.</source>
        <translation>On the server; created if it does not exist.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="242"/>
        <source>Dossier des courriels ref&amp;usés</source>
        <translation>Folder of refuse&amp;d e-mails</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="243"/>
        <source>Sur le serveur : les courriels dont rien n&apos;a pu être importé, à regarder.</source>
        <translation>On the server: the e-mails nothing could be imported from, to look at.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="247"/>
        <source>Relever &amp;automatiquement toutes les</source>
        <translation>Fetch &amp;automatically every</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="249"/>
        <source>Tant que la fenêtre du courrier est ouverte ; Ctrl+M relève tout de suite.</source>
        <translation>While the mailroom window is open; Ctrl+M fetches at once.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="259"/>
        <source>Seu&amp;ils</source>
        <translation>T&amp;hresholds</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="262"/>
        <source>Un dossier ouvert reste réservé à son technicien ; passé ce délai, un autre peut le reprendre.</source>
        <translation>An open dossier stays reserved for its technician; after this delay, another one can take it over.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="248"/>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="265"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="265"/>
        <source>Libéré au&amp;tomatiquement après</source>
        <translation>Released au&amp;tomatically after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="319"/>
        <source>à côté du dossier du scanner</source>
        <translation>next to the scanner folder</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="80"/>
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="161"/>
        <source>B&amp;ase de données</source>
        <translation>D&amp;atabase</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="210"/>
        <source>&amp;Boîte aux lettres</source>
        <translation>Mail&amp;box</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/settings_tabs.py" line="260"/>
        <source>Dossiers ouverts sur ce poste</source>
        <translation>Dossiers open on this workstation</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="20"/>
        <source>Choisissez une valeur entre %1 et %2.</source>
        <translation>Choose a value between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="25"/>
        <source>Vous ne pouvez pas écrire dans ce dossier : les fichiers importés ne pourraient pas en être retirés.</source>
        <translation>You cannot write in this folder: imported files could not be removed from it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="30"/>
        <source>Ce dossier n&apos;existe pas (%1) : le scanner doit déposer ses fichiers dans un dossier existant.</source>
        <translation>This folder does not exist (%1): the scanner must drop its files into an existing folder.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="35"/>
        <source>Indiquez le chemin complet du dossier (le plus simple : « Parcourir… »).</source>
        <translation>Give the full path of the folder (simplest: “Browse…”).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="38"/>
        <source>Ce dossier n&apos;existe pas : %1.</source>
        <translation>This folder does not exist: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="39"/>
        <source>%1 est un fichier, pas un dossier.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="40"/>
        <source>%1 est un dossier : indiquez le fichier de la base (…/telvalid.sqlite3).</source>
        <translation>%1 is a folder: give the database file (…/telvalid.sqlite3).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="43"/>
        <source>Ce dossier ne peut pas être créé : vous ne pouvez pas écrire dans %1.</source>
        <translation>This folder cannot be created: you cannot write in %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="46"/>
        <source>Vous ne pouvez pas lire ce dossier (%1).</source>
        <translation>You cannot read this folder (%1).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="47"/>
        <source>Vous ne pouvez pas écrire dans ce dossier (%1).</source>
        <translation>You cannot write in this folder (%1).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="48"/>
        <source>Ce dossier est à l&apos;intérieur du dossier du scanner (%1) : ses fichiers seraient importés comme des scans.</source>
        <translation>This folder is inside the scanner folder (%1): its files would be imported as scans.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="52"/>
        <source>C&apos;est le dossier de l&apos;espace de travail : choisissez le dossier où le scanner dépose ses fichiers.</source>
        <translation>This is the workspace folder: choose the folder where the scanner drops its files.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="56"/>
        <source>Ce dossier est dans l&apos;espace de travail (%1) : choisissez un dossier à part, réservé au scanner.</source>
        <translation>This folder is in the workspace (%1): choose a separate folder, kept for the scanner.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="60"/>
        <source>C&apos;est le dossier du scanner lui-même : choisissez-en un autre, ou laissez vide (à côté de lui).</source>
        <translation>This is the scanner folder itself: choose another one, or leave it empty (next to it).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="64"/>
        <source>Valeur inconnue de cette version : %1.</source>
        <translation>Value unknown to this version: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="71"/>
        <source>Une base SQLite s&apos;écrit sqlite:///chemin/complet/telvalid.sqlite3.</source>
        <translation>A SQLite database is written sqlite:///full/path/telvalid.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="73"/>
        <source>Le port doit être un nombre de 1 à 65535, par exemple postgresql://telvalid@serveur:5432/telvalid.</source>
        <translation>The port must be a number from 1 to 65535, for example postgresql://telvalid@server:5432/telvalid.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="77"/>
        <source>Adresse non reconnue : laissez vide (base SQLite dans l&apos;espace de travail) ou écrivez postgresql://utilisateur@serveur/base.</source>
        <translation>Address not recognised: leave it empty (SQLite database in the workspace) or write postgresql://user@server/database.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="86"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="86"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="88"/>
        <source>Ce fichier n&apos;existe pas (ou plus).</source>
        <translation>This file does not exist (or no longer does).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="89"/>
        <source>Fichier illisible : %2.</source>
        <translation>Unreadable file: %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="90"/>
        <source>Ce n&apos;est pas un fichier de règles (JSON) : erreur à la ligne %2.</source>
        <translation>This is not a rules file (JSON): error on line %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="93"/>
        <source>Le fichier n&apos;a pas la forme attendue (« version » puis la liste « requirements ») : %2.</source>
        <translation>The file does not have the expected layout (“version”, then the “requirements” list): %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="96"/>
        <source>Le fichier ne liste aucune pièce.</source>
        <translation>The file lists no items.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="97"/>
        <source>La pièce « %1 » apparaît plusieurs fois.</source>
        <translation>Item “%1” appears more than once.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="98"/>
        <source>La pièce « %1 » n&apos;a pas de libellé en %2.</source>
        <translation>Item “%1” has no label in %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/settings_text.py" line="99"/>
        <source>Ces règles ne sont pas plus récentes que celles en vigueur (version %2) : augmentez leur numéro de version.</source>
        <translation>These rules are not newer than the rules in force (version %2): raise their version number.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="14"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>StationIntake</name>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="28"/>
        <source>Dossier où le scanner dépose les fichiers</source>
        <translation>Folder where the scanner drops its files</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="34"/>
        <source>Enregistrer les intercalaires</source>
        <translation>Save the separator sheets</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="91"/>
        <source>Aucune boîte aux lettres réglée : renseignez-la dans les réglages (Boîte aux lettres).</source>
        <translation>No mailbox set: fill it in in the settings (Mailbox).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="96"/>
        <source>Un import est en cours : le courriel sera relevé juste après.</source>
        <translation>An import is under way: the mail will be fetched right after it.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="98"/>
        <source>Relève du courriel de %1…</source>
        <translation>Fetching the mail of %1…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="127"/>
        <source>○ Aucun dossier surveillé</source>
        <translation>○ No folder watched</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="129"/>
        <source>● Surveillance : %1</source>
        <translation>● Watching: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="131"/>
        <source>%n fichier(s) en attente</source>
        <translation>
            <numerusform>%n file waiting</numerusform>
            <numerusform>%n files waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="134"/>
        <source>Traités : %1
Refusés : %2</source>
        <translation>Processed: %1
Rejected: %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="140"/>
        <source>⚠ Dossier surveillé inaccessible, nouvel essai en cours…</source>
        <translation>⚠ Watched folder unreachable, retrying…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="148"/>
        <source>Nombre d&apos;intercalaires à imprimer :</source>
        <translation>Number of separator sheets to print:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="166"/>
        <source>%1 intercalaires enregistrés dans %2</source>
        <translation>%1 separator sheets saved in %2</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_intake.py" line="171"/>
        <source>Enregistrement impossible : %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="88"/>
        <source>TelValid — poste courrier</source>
        <translation>TelValid — mailroom station</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="111"/>
        <source>Choisissez un lot, puis une enveloppe ; corrigez au clavier (N, S, F, T, B, I ; Ctrl+Z annule). Le dossier « exemples » de la démonstration contient des scans à importer (Ctrl+O).</source>
        <translation>Choose a batch, then an envelope; correct with the keyboard (N, S, F, T, B, I; Ctrl+Z undoes). The demo&apos;s “exemples” folder holds scans to import (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="137"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="138"/>
        <source>&amp;Lot</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="139"/>
        <source>&amp;Enveloppe</source>
        <translation>&amp;Envelope</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="140"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="141"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="143"/>
        <source>&amp;Surveiller un dossier…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="144"/>
        <source>Arrêter la surveillance</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="146"/>
        <source>&amp;Importer des scans…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="147"/>
        <source>Relever le &amp;courriel</source>
        <translation>Fetch e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="150"/>
        <source>Imprimer des &amp;intercalaires…</source>
        <translation>Print &amp;separator sheets…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="153"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="154"/>
        <source>Lot précédent</source>
        <translation>Previous batch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="155"/>
        <source>Lot suivant</source>
        <translation>Next batch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="156"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="157"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="158"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="160"/>
        <source>Saisir le &amp;numéro de l&apos;enveloppe…</source>
        <translation>Type the envelope&apos;s &amp;number…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="160"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="161"/>
        <source>&amp;Couper l&apos;enveloppe avant la page affichée</source>
        <translation>&amp;Split the envelope before the page shown</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="161"/>
        <source>Couper</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="162"/>
        <source>&amp;Fusionner avec l&apos;enveloppe précédente</source>
        <translation>Merge with the previous envelope</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="162"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="163"/>
        <source>Envoyer aux &amp;techniciens (à trier)</source>
        <translation>Send to the &amp;technicians (unsorted)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="163"/>
        <source>À trier</source>
        <translation>Unsorted</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="164"/>
        <source>Page &amp;vierge / non vierge</source>
        <translation>Page &amp;blank / not blank</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="164"/>
        <source>Vierge</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="165"/>
        <source>Page &amp;intercalaire / document</source>
        <translation>Page separator / document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="165"/>
        <source>Intercalaire</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="166"/>
        <source>Annuler la dernière correction</source>
        <translation>Undo the last correction</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="166"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="175"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="176"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="187"/>
        <source>Poste courrier</source>
        <translation>Mailroom station</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="245"/>
        <source>Aucun scan reçu ce jour-là.</source>
        <translation>No scan received that day.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="250"/>
        <source>&lt;b&gt;{day}&lt;/b&gt; : {batches} lot(s) · {pages} pages · {envelopes} enveloppes · &lt;span style=&apos;color:#1e7832&apos;&gt;{recognised} reconnues automatiquement ({automatic} %)&lt;/span&gt; · {corrected} corrigées à la main · &lt;span style=&apos;color:#b05a00&apos;&gt;{to_check} à trier ou vérifier&lt;/span&gt; · {rate} pages/min</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: {batches} batch(es) · {pages} pages · {envelopes} envelopes · &lt;span style=&apos;color:#1e7832&apos;&gt;{recognised} recognised automatically ({automatic} %)&lt;/span&gt; · {corrected} corrected by hand · &lt;span style=&apos;color:#b05a00&apos;&gt;{to_check} to sort or check&lt;/span&gt; · {rate} pages/min</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="279"/>
        <source>Lecture impossible : %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="299"/>
        <source>Numéro de procédure de cette enveloppe :</source>
        <translation>This envelope&apos;s procedure number:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="309"/>
        <source>Enveloppe classée dans le dossier %1.</source>
        <translation>Envelope filed in dossier %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="318"/>
        <source>Enveloppe coupée avant la page %1.</source>
        <translation>Envelope split before page %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="327"/>
        <source>Enveloppe fusionnée avec la précédente.</source>
        <translation>Envelope merged with the previous one.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="336"/>
        <source>Enveloppe envoyée aux techniciens (à trier).</source>
        <translation>Envelope sent to the technicians (unsorted).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="352"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="353"/>
        <source>vierge</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="354"/>
        <source>intercalaire</source>
        <translation>separator</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="358"/>
        <source>Page %1 marquée %2.</source>
        <translation>Page %1 marked %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/station_window.py" line="367"/>
        <source>Dernière correction annulée.</source>
        <translation>Last correction undone.</translation>
    </message>
</context>
<context>
    <name>SupervisionWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="61"/>
        <source>TelValid — supervision de l&apos;équipe</source>
        <translation>TelValid — team supervision</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="69"/>
        <source>En &amp;attente</source>
        <translation>On &amp;hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="70"/>
        <source>&amp;Charge de travail</source>
        <translation>&amp;Workload</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="71"/>
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="73"/>
        <source>&amp;Utilisateurs</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="109"/>
        <source>Lecture…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="149"/>
        <source>Rapport en cours d&apos;écriture…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="152"/>
        <source>Rapport écrit : %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="186"/>
        <source>Confier %n dossier(s) à :</source>
        <translation>
            <numerusform>Give %n dossier to:</numerusform>
            <numerusform>Give %n dossiers to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="195"/>
        <source>%n dossier(s) confié(s) à %1</source>
        <translation>
            <numerusform>%n dossier given to %1</numerusform>
            <numerusform>%n dossiers given to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="202"/>
        <source>%n dossier(s) libéré(s)</source>
        <translation>
            <numerusform>%n dossier released</numerusform>
            <numerusform>%n dossiers released</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="209"/>
        <source>Utilisateur %1 enregistré</source>
        <translation>User %1 saved</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="213"/>
        <source>Retirer l&apos;accès de %1 ? Son nom reste dans l&apos;historique.</source>
        <translation>Remove %1&apos;s access? Their name stays in the history.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/window.py" line="218"/>
        <source>Accès de %1 retiré</source>
        <translation>%1&apos;s access removed</translation>
    </message>
</context>
<context>
    <name>TeamPolicyPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="48"/>
        <source>Choisissez une valeur entre %1 et %2.</source>
        <translation>Choose a value between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="51"/>
        <source>Indiquez une adresse de courriel (nom@domaine.fr).</source>
        <translation>Enter an e-mail address (name@domain.com).</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="53"/>
        <source>L&apos;orange doit venir avant le rouge : moins de %1 jours.</source>
        <translation>Orange must come before red: fewer than %1 days.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="55"/>
        <source>Valeur refusée : %1.</source>
        <translation>Value refused: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="72"/>
        <source>Lecture des valeurs de l&apos;équipe…</source>
        <translation>Reading the team&apos;s values…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="76"/>
        <source>E&amp;nregistrer pour l&apos;équipe</source>
        <translation>Sa&amp;ve for the team</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="92"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="93"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="94"/>
        <source>Le forfait hors plan accordé à la validation, repris dans l&apos;export de facturation.</source>
        <translation>The out-of-plan allowance granted at validation, carried into the billing export.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="96"/>
        <source>&amp;Forfait hors plan</source>
        <translation>Out-of-plan &amp;allowance</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="96"/>
        <source> € HT par mois</source>
        <translation> € excl. VAT per month</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="98"/>
        <source>Dossiers en attente</source>
        <translation>Dossiers on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="99"/>
        <source>Dans la revue des attentes, un dossier en attente depuis plus longtemps est en orange.</source>
        <translation>In the review of holds, a dossier on hold for longer than this is shown in orange.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="100"/>
        <source>&amp;Orange après</source>
        <translation>&amp;Orange after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="101"/>
        <source>Ro&amp;uge après</source>
        <translation>Re&amp;d after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="101"/>
        <source>… et en rouge au-delà.</source>
        <translation>… and in red beyond this.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="102"/>
        <source>Un dossier en attente depuis ce nombre de jours sans nouvelle lettre est à relancer.</source>
        <translation>A dossier on hold for this many days with no new letter is due for a reminder.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="103"/>
        <source>Re&amp;lance après</source>
        <translation>Re&amp;minder after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="105"/>
        <source>Un dossier ouvert depuis plus longtemps apparaît dans la charge de travail, pour être libéré.</source>
        <translation>A dossier open for longer than this appears in the workload, to be released.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="107"/>
        <source>Dossier ouvert signalé a&amp;près</source>
        <translation>Open dossier re&amp;ported after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="107"/>
        <source> heures</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="108"/>
        <source>Courrier et conservation</source>
        <translation>Mailroom and retention</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="109"/>
        <source>Une enveloppe plus longue est signalée : un intercalaire a sans doute été oublié.</source>
        <translation>A longer envelope is flagged: a separator sheet was probably missed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="110"/>
        <source>Pages par &amp;enveloppe, au plus</source>
        <translation>Pages per &amp;envelope, at most</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="110"/>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="112"/>
        <source>La purge d&apos;un responsable efface les scans des dossiers validés ou remplacés depuis plus longtemps. 0 : conservés sans limite.</source>
        <translation>A team lead&apos;s purge deletes the scans of dossiers validated or superseded for longer than this. 0: kept without limit.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="115"/>
        <source>Scans suppri&amp;més après</source>
        <translation>&amp;Scans deleted after</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="115"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="116"/>
        <source>jamais (conservés)</source>
        <translation>never (kept)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="118"/>
        <source>Où les clients envoient leurs pièces par courriel : le courriel et la lettre d&apos;attente la donnent. Vide : l&apos;adresse de l&apos;expéditeur des courriers.</source>
        <translation>Where customers send their documents by e-mail: the hold e-mail and letter give it. Empty: the letters&apos; sender address.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="121"/>
        <source>A&amp;dresse de réponse des clients</source>
        <translation>Customers&apos; reply a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="122"/>
        <source>celle de l&apos;expéditeur des courriers</source>
        <translation>the letters&apos; sender&apos;s</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="185"/>
        <source>Ces valeurs sont celles de toute l&apos;équipe : enregistrées ici, elles s&apos;appliquent aussitôt à tous les postes qui partagent cette base de données.</source>
        <translation>These values are the whole team&apos;s: saved here, they apply at once to every workstation sharing this database.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="190"/>
        <source>Ces valeurs sont celles de toute l&apos;équipe, pour tous les postes de cette base de données. Seul un responsable d&apos;équipe peut les changer.</source>
        <translation>These values are the whole team&apos;s, for every workstation on this database. Only a team lead can change them.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="195"/>
        <source>Dernier changement : %1 par %2.</source>
        <translation>Last change: %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="245"/>
        <source>Valeurs enregistrées pour toute l&apos;équipe.</source>
        <translation>Values saved for the whole team.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/team_policy_panel.py" line="252"/>
        <source>Valeurs refusées : rien n&apos;a été enregistré.</source>
        <translation>Values refused: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>UnsortedView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="48"/>
        <source>Enveloppes à trier</source>
        <translation>Envelopes to sort</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="50"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="50"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="50"/>
        <source>Pourquoi</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="55"/>
        <source>Pages de l&apos;enveloppe</source>
        <translation>The envelope&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="89"/>
        <source>Page suivante de l&apos;envoi</source>
        <translation>Next page of the envelope</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="90"/>
        <source>Page précédente de l&apos;envoi</source>
        <translation>Previous page of the envelope</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="100"/>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="49"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="52"/>
        <source>identifiant de session, ex. mdupont</source>
        <translation>login, e.g. mdupont</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="65"/>
        <source>Identifiant :</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="66"/>
        <source>Nom affiché :</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="67"/>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="29"/>
        <source>Courrier</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="30"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="31"/>
        <source>Responsable d&apos;équipe</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="32"/>
        <source>sans accès</source>
        <translation>no access</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="86"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="86"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="86"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="86"/>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="93"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="93"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="93"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="93"/>
        <source>Concerne</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="93"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="96"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="98"/>
        <source>Changer le rôle…</source>
        <translation>Change the role…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="100"/>
        <source>Retirer l&apos;accès</source>
        <translation>Remove access</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="107"/>
        <source>&lt;b&gt;Utilisateurs&lt;/b&gt; (connus par leur identifiant de session)</source>
        <translation>&lt;b&gt;Users&lt;/b&gt; (known by their login)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="110"/>
        <source>&lt;b&gt;Historique de l&apos;équipe&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team history&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="118"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="118"/>
        <source>retiré</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="132"/>
        <source>utilisateur ajouté</source>
        <translation>user added</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="133"/>
        <source>rôle changé</source>
        <translation>role changed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="134"/>
        <source>accès retiré</source>
        <translation>access removed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="135"/>
        <source>règles des pièces installées</source>
        <translation>requirement rules installed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="85"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/users_panel.py" line="91"/>
        <source>Historique de l&apos;équipe</source>
        <translation>Team history</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/welcome_panel.py" line="16"/>
        <source>&lt;h2&gt;Bienvenue dans TelValid Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to TelValid Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/welcome_panel.py" line="17"/>
        <source>Cet espace de travail est vide : aucun scan n&apos;y a encore été importé.</source>
        <translation>This workspace is empty: no scan has been imported into it yet.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/welcome_panel.py" line="20"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Le courrier&lt;/b&gt; scanne les enveloppes, une feuille intercalaire entre deux envois, et dépose les fichiers dans le dossier surveillé (ou les importe ici).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TelValid&lt;/b&gt; lit le numéro de procédure imprimé en haut de chaque page et range chaque envoi dans le dossier de ce numéro : les envois d&apos;un même client, même reçus à des jours différents, se retrouvent dans un seul dossier.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vous&lt;/b&gt; ouvrez un dossier, cochez les pièces reçues (formulaire signé, RIB, pièce d&apos;identité, chèque barré, Kbis), puis le validez, ou le mettez en attente : la lettre au client qui dit ce qui manque est prête.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;The mailroom&lt;/b&gt; scans the envelopes, with a separator sheet between two submissions, and drops the files into the watched folder (or imports them here).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TelValid&lt;/b&gt; reads the procedure number printed at the top of each page and files each submission in the dossier of that number: a customer&apos;s submissions, even when received on different days, end up in a single dossier.&lt;/li&gt;&lt;li&gt;&lt;b&gt;You&lt;/b&gt; open a dossier, tick the documents received (signed form, bank details (RIB), ID, crossed cheque, Kbis), then validate it or put it on hold: the letter telling the customer what is missing is ready.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/welcome_panel.py" line="46"/>
        <source>Vous pouvez aussi glisser des PDF ou des images sur cette fenêtre.  F1 : raccourcis clavier · Maj+F1 : guide d&apos;utilisation.</source>
        <translation>You can also drag PDFs or images onto this window.  F1: keyboard shortcuts · Shift+F1: user guide.</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="45"/>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="63"/>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="110"/>
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="46"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="47"/>
        <source>dont complément reçu</source>
        <translation>of which complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="48"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="49"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="54"/>
        <source>N° de procédure</source>
        <translation>Procedure no.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="54"/>
        <source>Ouvert par</source>
        <translation>Open by</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="54"/>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="60"/>
        <source>Libérer les dossiers sélectionnés</source>
        <translation>Release the selected dossiers</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="66"/>
        <source>&lt;b&gt;Dossiers suivis par technicien&lt;/b&gt; (ouverts ou en attente)</source>
        <translation>&lt;b&gt;Dossiers followed per technician&lt;/b&gt; (open or on hold)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="80"/>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="89"/>
        <source>&lt;b&gt;Dossiers ouverts depuis plus de %1 h&lt;/b&gt; : %2 (libérez-les si leur poste est parti)</source>
        <translation>&lt;b&gt;Dossiers open for more than %1 h&lt;/b&gt;: %2 (release them if their workstation is gone)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="103"/>
        <source>&lt;b&gt;Décisions par jour&lt;/b&gt; (validations + mises en attente), %1 derniers jours</source>
        <translation>&lt;b&gt;Decisions per day&lt;/b&gt; (validations + holds), last %1 days</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="110"/>
        <source>Moyenne/jour</source>
        <translation>Average/day</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="122"/>
        <source>%1 validé(s), %2 mis en attente</source>
        <translation>%1 validated, %2 put on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="52"/>
        <source>Dossiers suivis par technicien</source>
        <translation>Dossiers followed per technician</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="55"/>
        <source>Dossiers ouverts depuis longtemps</source>
        <translation>Dossiers open for long</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/supervision/workload_panel.py" line="64"/>
        <source>Décisions par jour</source>
        <translation>Decisions per day</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../telvalid_desktop/gui/app_commands.py" line="32"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
</context>
</TS>
