"""Sentences for people, in French by default and in English, for the command line.

The core reports codes (reject reasons, doubts, states); this catalogue turns them into
words a mailroom clerk understands. The window uses Qt's ``tr()`` over the same codes.
"""

from __future__ import annotations

import os

CATALOGUE: dict[str, dict[str, str]] = {
    "missing": {
        "fr": "Fichier introuvable ou illisible : vérifiez le chemin et les droits d'accès.",
        "en": "File not found or not readable: check the path and permissions.",
    },
    "empty": {
        "fr": "Le fichier est vide (0 octet) : le scan ou l'envoi s'est mal terminé, rescannez le document.",
        "en": "The file is empty (0 bytes): the scan or transfer did not finish, scan the document again.",
    },
    "not_a_document": {
        "fr": "Ce fichier n'est ni un PDF ni une image (PNG, JPEG, TIFF, WebP, HEIC…) : il ne peut pas être lu.",
        "en": "This file is neither a PDF nor an image (PNG, JPEG, TIFF, WebP, HEIC…): it cannot be read.",
    },
    "unsupported_format": {
        "fr": "Ce fichier est dans un format que TelValid ne lit pas (voir le détail) : enregistrez le document"
        " en PDF, ou la photo en JPEG, puis importez-le à nouveau.",
        "en": "This file is in a format TelValid does not read (see the detail): save the document as PDF,"
        " or the photo as JPEG, then import it again.",
    },
    "missing_pages": {
        "fr": "pages illisibles dans le fichier (les autres sont importées, demandez une nouvelle copie)",
        "en": "unreadable pages in the file (the others were imported; ask for a new copy)",
    },
    "damaged": {
        "fr": "Le fichier est abîmé ou incomplet : demandez un nouvel envoi ou rescannez le document.",
        "en": "The file is damaged or incomplete: ask for it again or scan the document again.",
    },
    "encrypted": {
        "fr": "Le PDF est protégé par un mot de passe : demandez au client une version sans mot de passe.",
        "en": "The PDF is password-protected: ask the customer for a version without a password.",
    },
    "no_pages": {
        "fr": "Le document ne contient aucune page.",
        "en": "The document has no page.",
    },
    "too_large": {
        "fr": "Le fichier est trop volumineux (taille, nombre de pages ou image démesurée) : scannez-le en"
        " plusieurs lots, à 300 dpi au plus, ou demandez un autre envoi.",
        "en": "The file is too large (size, page count or an oversized image): scan it in several batches,"
        " at 300 dpi at most, or ask for it again.",
    },
    "timeout": {
        "fr": "La lecture du fichier a pris trop de temps : il est mis de côté pour vérification.",
        "en": "Reading the file took too long: it was set aside for checking.",
    },
    "empty_email": {
        "fr": "Le courriel ne contient ni texte ni pièce jointe lisible : rien à importer, il est mis de côté.",
        "en": "The e-mail holds no text and no readable attachment: nothing to import, it was set aside.",
    },
    "email_inline_image": {
        "fr": "image de signature ou logo, laissée de côté (le courriel d'origine est conservé)",
        "en": "signature picture or logo, left out (the original e-mail is kept)",
    },
    "email_forbidden_type": {
        "fr": "type de fichier interdit (programme, script ou document Office avec macros) : mis en quarantaine,"
        " ne l'ouvrez pas",
        "en": "forbidden file type (program, script or Office document with macros): quarantined, do not open it",
    },
    "no_number": {
        "fr": "aucun numéro de procédure trouvé",
        "en": "no procedure number found",
    },
    "unconfirmed_number": {
        "fr": "numéro lu mais pas assez sûr",
        "en": "number read but not certain enough",
    },
    "conflicting_numbers": {
        "fr": "numéros différents sur les pages",
        "en": "different numbers on the pages",
    },
    "too_many_pages": {
        "fr": "envoi anormalement long : feuille de séparation oubliée ?",
        "en": "unusually long submission: a separator sheet missing?",
    },
    "several_numbers_in_envelope": {
        "fr": "plusieurs numéros entre deux feuilles de séparation : feuille oubliée ?",
        "en": "several numbers between two separator sheets: a sheet missing?",
    },
    "unclear_envelope_boundary": {
        "fr": "lot sans feuille de séparation : vérifier où commence l'envoi suivant",
        "en": "batch without separator sheets: check where the next submission starts",
    },
    "unknown_number": {
        "fr": "numéro absent de l'export du manager",
        "en": "number not in the manager export",
    },
    # Why no letter can be written to the customer (core.letters.LetterNotPossible).
    "letter_not_on_hold": {
        "fr": "le dossier n'est pas en attente : un courrier de relance ou d'attente n'a pas lieu d'être",
        "en": "the dossier is not on hold: there is no hold or reminder letter to write",
    },
    "letter_nothing_to_ask": {
        "fr": "toutes les pièces demandées ont été reçues : rien à réclamer au client",
        "en": "every document asked for has been received: nothing to ask the customer",
    },
    "letter_no_letterhead": {
        "fr": "l'en-tête des courriers de l'équipe (société, adresse, e-mail, mentions légales, signature) n'est pas"
        " rempli : demandez à un responsable d'équipe de le remplir (Réglages, onglet Expéditeur des courriers)",
        "en": "the team's letterhead (company, address, e-mail, legal line, signature) is not filled in: ask a team"
        " lead to fill it in (Settings, Letter sender tab)",
    },
    "workspace_missing": {
        "fr": "dossier de travail introuvable : {path} (vérifiez --workspace, TELVALID_WORKSPACE ou les réglages ;"
        " un partage réseau est-il monté ?). Rien n'a été créé.",
        "en": "workspace folder not found: {path} (check --workspace, TELVALID_WORKSPACE or the settings; is a"
        " network share mounted?). Nothing was created.",
    },
    "mailbox_unreachable": {
        "fr": "la boîte aux lettres ne répond pas ({detail}) : vérifiez le serveur, le port et le réseau",
        "en": "the mailbox does not answer ({detail}): check the server, the port and the network",
    },
    "mailbox_tls": {
        "fr": "connexion chiffrée impossible avec la boîte aux lettres ({detail}) : certificat du serveur refusé"
        " ou mauvais port",
        "en": "no encrypted connection to the mailbox ({detail}): the server's certificate was refused or the port"
        " is wrong",
    },
    "mailbox_login": {
        "fr": "la boîte aux lettres refuse l'identifiant ou le mot de passe ({detail})",
        "en": "the mailbox refuses the user name or the password ({detail})",
    },
    "mailbox_plain_refused": {
        "fr": "connexion non chiffrée refusée vers {detail} : elle n'est permise que vers cet ordinateur (essais)",
        "en": "unencrypted connection to {detail} refused: it is only allowed to this computer (tests)",
    },
    "mailbox_server": {
        "fr": "la boîte aux lettres a refusé une opération ({detail})",
        "en": "the mailbox refused an operation ({detail})",
    },
    "mailbox_message_failed": {
        "fr": "courriel {file} non importé, laissé dans la boîte pour le prochain relevé (voir le journal) : {detail}",
        "en": "e-mail {file} not imported, left in the mailbox for the next fetch (see the log): {detail}",
    },
    "mailbox_no_password": {
        "fr": "aucun mot de passe enregistré pour la boîte {account} : tapez d'abord « telvalid mail password »",
        "en": 'no password kept for the mailbox {account}: run "telvalid mail password" first',
    },
    "mailbox_not_set": {
        "fr": "aucune boîte aux lettres réglée : donnez --host et --user, ou remplissez les réglages du courrier",
        "en": "no mailbox set: give --host and --user, or fill in the mailroom settings",
    },
    "database_unavailable": {
        "fr": "la base de données ne répond pas ({url}) : {detail}",
        "en": "the database does not answer ({url}): {detail}",
    },
    "database_url_unknown": {
        "fr": "adresse de base de données non reconnue : {url} (attendu : postgresql://utilisateur@serveur/base)",
        "en": "unknown database address: {url} (expected: postgresql://user@host/db)",
    },
    "database_retry": {
        "fr": "nouvel essai dans {seconds} s (rien n'est perdu : ce qui n'a pas été enregistré sera refait)",
        "en": "trying again in {seconds} s (nothing is lost: what was not saved will be done again)",
    },
    "schema_too_new": {
        "fr": "la base a été mise à jour par une version plus récente de TelValid (schéma {found}, cette version"
        " connaît {supported}) : installez la dernière version sur ce poste",
        "en": "the database was upgraded by a newer TelValid (schema {found}, this version knows {supported}):"
        " install the latest version on this workstation",
    },
    "not_allowed": {
        "fr": "votre rôle ne permet pas cette action ({permission}) : demandez à un responsable d'équipe",
        "en": "your role does not allow this action ({permission}): ask a team lead",
    },
    # Building the demo workspace (core.demo): its steps, and why it was not built.
    "demo_preparing": {
        "fr": "Préparation des clients fictifs, de l'export du manager et des scans…",
        "en": "Preparing the fictitious customers, the manager's export and the scans…",
    },
    "demo_reading": {
        "fr": "Lecture de {name} ({pages} pages)…",
        "en": "Reading {name} ({pages} pages)…",
    },
    "demo_working": {
        "fr": "Travail du technicien : pièces cochées, mise en attente et courrier, remplacement, validation…",
        "en": "The technician's work: items ticked, a hold and its letter, a replacement, a validation…",
    },
    "demo_examples": {
        "fr": "Scans d'exemple à importer vous-même…",
        "en": "Example scans for you to import…",
    },
    "demo_folder_not_empty": {
        "fr": "{root} n'est pas vide et n'est pas un espace de démonstration : choisissez un dossier vide ou"
        " qui n'existe pas encore",
        "en": "{root} is not empty and is not a demo workspace: choose an empty or new folder",
    },
    "demo_database_not_empty": {
        "fr": "la base de données {url} contient déjà des données : la démonstration ne remplit qu'une base vide",
        "en": "the database {url} already holds data: the demo only fills an empty database",
    },
    "demo_intake_differs": {
        "fr": "la lecture des scans de démonstration ne donne pas les dossiers prévus ({detail})",
        "en": "reading the demo scans did not give the expected dossiers ({detail})",
    },
    # Why a document was refused, in words for the customer (core.checklist.RefusalReason).
    "refusal_illegible": {"fr": "illisible", "en": "illegible"},
    "refusal_expired": {"fr": "périmé", "en": "expired"},
    "refusal_name_mismatch": {"fr": "nom différent de celui du titulaire", "en": "name differs from the holder's"},
    "refusal_unsigned": {"fr": "non signé", "en": "not signed"},
    "refusal_other": {"fr": "non conforme", "en": "not acceptable"},
}


def current_language() -> str:
    """``fr`` (the back office's language) unless TELVALID_LANG asks for English."""
    wanted = os.environ.get("TELVALID_LANG", "fr")
    return "en" if wanted.lower().startswith("en") else "fr"


def message(code: str, language: str | None = None) -> str:
    """The sentence for ``code``; the code itself if the catalogue lacks it."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code
    return entry[language or current_language()]
