<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="19"/>
        <source>Numéro de procédure</source>
        <translation>Procedure number</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Pièce requise</source>
        <translation>Required document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="43"/>
        <source>illisible</source>
        <translation>illegible</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="44"/>
        <source>périmé</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="45"/>
        <source>nom différent</source>
        <translation>name mismatch</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="46"/>
        <source>non signé</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="47"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="57"/>
        <source>manquante</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="58"/>
        <source>reçue</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="59"/>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="95"/>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="100"/>
        <source>Refuser la pièce</source>
        <translation>Refuse document</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="95"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="100"/>
        <source>Précision (facultatif) :</source>
        <translation>Details (optional):</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="109"/>
        <source>Refuser…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="110"/>
        <source>Remettre à manquante</source>
        <translation>Reset to missing</translation>
    </message>
</context>
<context>
    <name>DossierList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="34"/>
        <source>Rechercher : n° de procédure, client, groupe (Ctrl+F)</source>
        <translation>Search: procedure number, customer, group (Ctrl+F)</translation>
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
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="77"/>
        <source>Pièces manquantes</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="78"/>
        <source>Pris par</source>
        <translation>Held by</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="73"/>
        <source>Reçu le</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="73"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="73"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="73"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="83"/>
        <source>Pièces</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="84"/>
        <source>Envois</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="85"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="111"/>
        <source>Dossier pris par %1 depuis %2 : consultation seule.</source>
        <translation>Dossier held by %1 since %2: read-only.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="178"/>
        <source>pris par %1</source>
        <translation>held by %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="14"/>
        <source>Ce dossier est pris par %1 depuis %2 : il ne peut pas être modifié.</source>
        <translation>This dossier has been held by %1 since %2: it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="20"/>
        <source>Validation impossible : pièces manquantes ou refusées : %1.</source>
        <translation>Cannot validate: missing or refused documents: %1.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="23"/>
        <source>Cette action n&apos;est pas possible dans l&apos;état actuel du dossier.</source>
        <translation>This action is not possible in the dossier&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="24"/>
        <source>Action impossible : %1</source>
        <translation>Action not possible: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="22"/>
        <source>Dossier créé</source>
        <translation>Dossier created</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="23"/>
        <source>Envoi reçu</source>
        <translation>Submission received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="24"/>
        <source>Complément reçu</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="25"/>
        <source>Changement d&apos;état</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="26"/>
        <source>Mis en attente</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="27"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="28"/>
        <source>Pièce cochée</source>
        <translation>Document ticked</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="29"/>
        <source>Pièce refusée</source>
        <translation>Document refused</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="30"/>
        <source>Pièce remise à manquante</source>
        <translation>Document reset to missing</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="31"/>
        <source>Paiement / type de client précisé</source>
        <translation>Payment / customer type set</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="32"/>
        <source>Pages reçues d&apos;un autre dossier</source>
        <translation>Pages received from another dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="33"/>
        <source>Pages déplacées vers</source>
        <translation>Pages moved to</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="34"/>
        <source>Envoi reçu d&apos;un autre dossier</source>
        <translation>Submission received from another dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="35"/>
        <source>Envoi déplacé vers</source>
        <translation>Submission moved to</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="36"/>
        <source>Envoi affecté</source>
        <translation>Submission assigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="37"/>
        <source>Opération annulée</source>
        <translation>Operation undone</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="38"/>
        <source>Dossier repris à</source>
        <translation>Dossier taken over from</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="26"/>
        <source>Mettre le dossier en attente</source>
        <translation>Put dossier on hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="33"/>
        <source>Note (visible dans l&apos;historique du dossier)</source>
        <translation>Note (shown in the dossier history)</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="40"/>
        <source>Pièces manquantes ou refusées :</source>
        <translation>Missing or refused documents:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="30"/>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="50"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="51"/>
        <source>Import de %n fichier(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="58"/>
        <source>Fichier {index}/{total} : {name} — page {page}/{pages}</source>
        <translation>File {index}/{total}: {name} — page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="70"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="70"/>
        <source>TelValid — validation des groupes téléphonie</source>
        <translation>TelValid — telephony group validation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="113"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="114"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="115"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="116"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="118"/>
        <source>&amp;Importer des scans…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="120"/>
        <source>Dossier suivant</source>
        <translation>Next dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="121"/>
        <source>Dossier précédent</source>
        <translation>Previous dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="124"/>
        <source>Retour à la liste</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="125"/>
        <source>&amp;Valider le dossier</source>
        <translation>&amp;Validate dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="126"/>
        <source>Mettre en &amp;attente…</source>
        <translation>Put on &amp;hold…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="127"/>
        <source>&amp;Déplacer la page vers un autre dossier…</source>
        <translation>&amp;Move page to another dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="129"/>
        <source>Déplacer tout l&apos;envoi vers un autre dossier…</source>
        <translation>Move whole submission to another dossier…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="131"/>
        <source>Refuser la pièce sélectionnée…</source>
        <translation>Refuse selected document…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="132"/>
        <source>Annuler la dernière opération sur les pages</source>
        <translation>Undo last page operation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="138"/>
        <source>Cocher la pièce %1 avec la page affichée</source>
        <translation>Tick document %1 with the page shown</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="144"/>
        <source>Préciser le paiement et le type de client…</source>
        <translation>Set payment and customer type…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="146"/>
        <source>A&amp;ffecter l&apos;envoi à un numéro…</source>
        <translation>A&amp;ssign submission to a number…</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="149"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="150"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="258"/>
        <source>Dossier %1 validé : renouvellement mensuel par prélèvement, hors forfait %2 € HT/mois.</source>
        <translation>Dossier %1 validated: monthly renewal by direct debit, out-of-plan allowance €%2 excl. VAT/month.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="282"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="282"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="283"/>
        <source>Particulier</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="283"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="285"/>
        <source>Mode de paiement :</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="288"/>
        <source>Type de client :</source>
        <translation>Customer type:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="300"/>
        <source>Déplacer la page affichée vers le dossier n° :</source>
        <translation>Move the page shown to dossier no.:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="309"/>
        <source>Déplacer tout l&apos;envoi vers le dossier n° :</source>
        <translation>Move whole submission to dossier no.:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="320"/>
        <source>Numéro de procédure de cet envoi :</source>
        <translation>Procedure number of this submission:</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="360"/>
        <source>Un import est déjà en cours.</source>
        <translation>An import is already in progress.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="119"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="46"/>
        <source>Importer des scans</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="48"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>NumberEvidence</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="44"/>
        <source>texte du PDF</source>
        <translation>PDF text</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="45"/>
        <source>lecture optique</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="46"/>
        <source>saisi à la main</source>
        <translation>entered manually</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="47"/>
        <source>code-barres</source>
        <translation>barcode</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="49"/>
        <source>affecté</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="51"/>
        <source>confiance %1 %</source>
        <translation>confidence %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="53"/>
        <source>%n page(s) en désaccord</source>
        <translation>
            <numerusform>%n disagreeing page</numerusform>
            <numerusform>%n disagreeing pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="111"/>
        <source>p. {page} — {file}</source>
        <translation>p. {page} — {file}</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="153"/>
        <source>Numéro différent de celui de l&apos;envoi</source>
        <translation>Number differs from the submission&apos;s</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="155"/>
        <source>Page vierge</source>
        <translation>Blank page</translation>
    </message>
</context>
<context>
    <name>PageThumbnailDelegate</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/thumbnail_strip.py" line="93"/>
        <source>vierge</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="289"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="290"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="291"/>
        <source>Première page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="292"/>
        <source>Dernière page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="293"/>
        <source>Zoom avant</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="294"/>
        <source>Zoom arrière</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="295"/>
        <source>Ajuster à la largeur</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="296"/>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="297"/>
        <source>Pivoter à gauche</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="298"/>
        <source>Pivoter à droite</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="479"/>
        <source>Page illisible</source>
        <translation>Unreadable page</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="29"/>
        <source>À trier</source>
        <translation>Unsorted</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="30"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="31"/>
        <source>Complément reçu</source>
        <translation>Complement received</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="32"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="33"/>
        <source>Validés</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="34"/>
        <source>Tous</source>
        <translation>All</translation>
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
    <name>UnsortedView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Pourquoi</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="43"/>
        <source>aucun numéro trouvé</source>
        <translation>no number found</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="44"/>
        <source>numéro lu, pas assez sûr</source>
        <translation>number read, not confident enough</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="45"/>
        <source>numéros différents</source>
        <translation>conflicting numbers</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="46"/>
        <source>numéro absent de l&apos;export du manager</source>
        <translation>number not in the manager export</translation>
    </message>
</context>
</TS>
