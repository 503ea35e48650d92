<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DossierTable</name>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="24"/>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="25"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="26"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="27"/>
        <source>Remplacé</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="28"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="51"/>
        <source>N° de procédure</source>
        <translation>Procedure no.</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="52"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="53"/>
        <source>Groupe téléphonie</source>
        <translation>Telephony group</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="54"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/models/dossier_table.py" line="55"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="18"/>
        <source>TelValid — validation des groupes téléphonie</source>
        <translation>TelValid — telephony group validation</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="33"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="34"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../telvalid_desktop/gui/main_window.py" line="38"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../telvalid_desktop/gui/main_window.py" line="48"/>
        <source>%n dossier(s) — espace de travail : </source>
        <translation>
            <numerusform>%n dossier — workspace: </numerusform>
            <numerusform>%n dossiers — workspace: </numerusform>
        </translation>
    </message>
</context>
</TS>
