<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="19"/>
        <source>Ce dossier est pris par %1 depuis %2 : il ne peut pas être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="24"/>
        <source>Validation impossible : pièces manquantes ou refusées : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="26"/>
        <source>Cette action n&apos;est pas possible dans l&apos;état actuel du dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/error_text.py" line="27"/>
        <source>Action impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/assign_dialog.py" line="19"/>
        <source>Numéro de procédure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Pièce requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>État</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="34"/>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="43"/>
        <source>illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="44"/>
        <source>périmé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="45"/>
        <source>nom différent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="46"/>
        <source>non signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="47"/>
        <source>autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="57"/>
        <source>manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="58"/>
        <source>reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="59"/>
        <source>refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="95"/>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="100"/>
        <source>Refuser la pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="95"/>
        <source>Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="100"/>
        <source>Précision (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="109"/>
        <source>Refuser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/checklist_panel.py" line="110"/>
        <source>Remettre à manquante</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_list.py" line="34"/>
        <source>Rechercher : n° de procédure, client, groupe (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="72"/>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="72"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="72"/>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="72"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="82"/>
        <source>Pièces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="83"/>
        <source>Envois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="84"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="110"/>
        <source>Dossier pris par %1 depuis %2 : consultation seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="164"/>
        <source>Complément reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="164"/>
        <source>Ouvert</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="165"/>
        <source>En attente</source>
        <translation type="unfinished">On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="166"/>
        <source>Validé</source>
        <translation type="unfinished">Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="167"/>
        <source>Remplacé</source>
        <translation type="unfinished">Superseded</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="168"/>
        <source>Rejeté</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/dossier_view.py" line="175"/>
        <source>pris par %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="18"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="22"/>
        <source>Dossier créé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="23"/>
        <source>Envoi reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="24"/>
        <source>Complément reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="25"/>
        <source>Changement d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="26"/>
        <source>Mis en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="27"/>
        <source>Validé</source>
        <translation type="unfinished">Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="28"/>
        <source>Pièce cochée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="29"/>
        <source>Pièce refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="30"/>
        <source>Pièce remise à manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="31"/>
        <source>Paiement / type de client précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="32"/>
        <source>Pages reçues d&apos;un autre dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="33"/>
        <source>Pages déplacées vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="34"/>
        <source>Envoi reçu d&apos;un autre dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="35"/>
        <source>Envoi déplacé vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="36"/>
        <source>Envoi affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="37"/>
        <source>Opération annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/history_panel.py" line="38"/>
        <source>Dossier repris à</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="26"/>
        <source>Mettre le dossier en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="33"/>
        <source>Note (visible dans l&apos;historique du dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/hold_dialog.py" line="40"/>
        <source>Pièces manquantes ou refusées :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="30"/>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="50"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="51"/>
        <source>Import de %n fichier(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="58"/>
        <source>Fichier {index}/{total} : {name} — page {page}/{pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/import_panel.py" line="70"/>
        <source>Annulation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="67"/>
        <source>TelValid — validation des groupes téléphonie</source>
        <translation>TelValid — telephony group validation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="110"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="111"/>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="112"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="113"/>
        <source>Ai&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="115"/>
        <source>&amp;Importer des scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="117"/>
        <source>Dossier suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="118"/>
        <source>Dossier précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="121"/>
        <source>Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="122"/>
        <source>&amp;Valider le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="123"/>
        <source>Mettre en &amp;attente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="124"/>
        <source>&amp;Déplacer la page vers un autre dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="125"/>
        <source>Refuser la pièce sélectionnée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="126"/>
        <source>Annuler la dernière opération sur les pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="132"/>
        <source>Cocher la pièce %1 avec la page affichée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="138"/>
        <source>Préciser le paiement et le type de client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="140"/>
        <source>A&amp;ffecter l&apos;envoi à un numéro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="143"/>
        <source>&amp;Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="144"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="252"/>
        <source>Dossier %1 validé : renouvellement mensuel par prélèvement, hors forfait %2 € HT/mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="276"/>
        <source>Prélèvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="276"/>
        <source>Chèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="277"/>
        <source>Particulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="277"/>
        <source>Entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="278"/>
        <source>Mode de paiement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="281"/>
        <source>Type de client :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="293"/>
        <source>Déplacer la page affichée vers le dossier n° :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="304"/>
        <source>Numéro de procédure de cet envoi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="344"/>
        <source>Un import est déjà en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="116"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>NumberEvidence</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="44"/>
        <source>texte du PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="45"/>
        <source>lecture optique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="46"/>
        <source>saisi à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="47"/>
        <source>code-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="49"/>
        <source>affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="51"/>
        <source>confiance %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/widgets/number_evidence.py" line="53"/>
        <source>%n page(s) en désaccord</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="111"/>
        <source>p. {page} — {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="153"/>
        <source>Numéro différent de celui de l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/page_list.py" line="155"/>
        <source>Page vierge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageThumbnailDelegate</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/thumbnail_strip.py" line="93"/>
        <source>vierge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="289"/>
        <source>Page suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="290"/>
        <source>Page précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="291"/>
        <source>Première page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="292"/>
        <source>Dernière page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="293"/>
        <source>Zoom avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="294"/>
        <source>Zoom arrière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="295"/>
        <source>Ajuster à la largeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="296"/>
        <source>Page entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="297"/>
        <source>Pivoter à gauche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="298"/>
        <source>Pivoter à droite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/page_viewer.py" line="479"/>
        <source>Page illisible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="29"/>
        <source>À trier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="30"/>
        <source>Ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="31"/>
        <source>Complément reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="32"/>
        <source>En attente</source>
        <translation type="unfinished">On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="33"/>
        <source>Validés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/queue_model.py" line="34"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="14"/>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Touche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsortedView</name>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="27"/>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="43"/>
        <source>aucun numéro trouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="44"/>
        <source>numéro lu, pas assez sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="45"/>
        <source>numéros différents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/widgets/unsorted_view.py" line="46"/>
        <source>numéro absent de l&apos;export du manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="45"/>
        <source>Importer des scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="45"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
