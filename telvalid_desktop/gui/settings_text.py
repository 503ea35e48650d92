"""Sentences of the settings dialog: what the checks found, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telvalid_desktop.core.administration.rules_admin import RulesFileProblem, RulesProblem
from telvalid_desktop.core.administration.settings_check import LIMITS, Problem, SettingProblem

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "text") calls


def problem_text(problem: SettingProblem) -> str:
    """One sentence saying what is wrong and, where it helps, what to do."""
    if problem.code == Problem.BAD_URL:
        return _url_text(problem.detail)
    if problem.code == Problem.OUT_OF_RANGE:
        low, high = LIMITS[problem.field]
        return (
            translate("SettingsText", "Choisissez une valeur entre %1 et %2.")
            .replace("%1", str(low))
            .replace("%2", str(high))
        )
    if problem.field == "hot_folder" and problem.code == Problem.NOT_WRITABLE:
        return translate(
            "SettingsText",
            "Vous ne pouvez pas écrire dans ce dossier : les fichiers importés ne pourraient pas en être retirés.",
        )
    if problem.field == "hot_folder" and problem.code == Problem.MISSING:
        return translate(
            "SettingsText",
            "Ce dossier n'existe pas (%1) : le scanner doit déposer ses fichiers dans un dossier existant.",
        ).replace("%1", problem.detail)
    texts = {
        Problem.RELATIVE: translate(
            "SettingsText", "Indiquez le chemin complet du dossier (le plus simple : « Parcourir… »)."
        ),
        Problem.MISSING: translate("SettingsText", "Ce dossier n'existe pas : %1."),
        Problem.NOT_A_FOLDER: translate("SettingsText", "%1 est un fichier, pas un dossier."),
        Problem.NOT_A_FILE: translate(
            "SettingsText", "%1 est un dossier : indiquez le fichier de la base (…/telvalid.sqlite3)."
        ),
        Problem.NOT_CREATABLE: translate(
            "SettingsText", "Ce dossier ne peut pas être créé : vous ne pouvez pas écrire dans %1."
        ),
        Problem.NOT_READABLE: translate("SettingsText", "Vous ne pouvez pas lire ce dossier (%1)."),
        Problem.NOT_WRITABLE: translate("SettingsText", "Vous ne pouvez pas écrire dans ce dossier (%1)."),
        Problem.INSIDE_HOT_FOLDER: translate(
            "SettingsText",
            "Ce dossier est à l'intérieur du dossier du scanner (%1) : ses fichiers seraient importés comme des scans.",
        ),
        Problem.SAME_AS_WORKSPACE: translate(
            "SettingsText",
            "C'est le dossier de l'espace de travail : choisissez le dossier où le scanner dépose ses fichiers.",
        ),
        Problem.INSIDE_WORKSPACE: translate(
            "SettingsText",
            "Ce dossier est dans l'espace de travail (%1) : choisissez un dossier à part, réservé au scanner.",
        ),
        Problem.SAME_AS_HOT_FOLDER: translate(
            "SettingsText",
            "C'est le dossier du scanner lui-même : choisissez-en un autre, ou laissez vide (à côté de lui).",
        ),
        Problem.UNKNOWN_CHOICE: translate("SettingsText", "Valeur inconnue de cette version : %1."),
    }
    return texts[problem.code].replace("%1", problem.detail)


def _url_text(reason: str) -> str:
    if reason == "sqlite_path":
        return translate("SettingsText", "Une base SQLite s'écrit sqlite:///chemin/complet/telvalid.sqlite3.")
    if reason == "port":
        return translate(
            "SettingsText",
            "Le port doit être un nombre de 1 à 65535, par exemple postgresql://telvalid@serveur:5432/telvalid.",
        )
    return translate(
        "SettingsText",
        "Adresse non reconnue : laissez vide (base SQLite dans l'espace de travail) "
        "ou écrivez postgresql://utilisateur@serveur/base.",
    )


def rules_problem_text(problem: RulesProblem) -> str:
    """What is wrong with a rules file, for the lead who edited it."""
    languages = {"fr": translate("SettingsText", "français"), "en": translate("SettingsText", "anglais")}
    texts = {
        RulesFileProblem.MISSING: translate("SettingsText", "Ce fichier n'existe pas (ou plus)."),
        RulesFileProblem.UNREADABLE: translate("SettingsText", "Fichier illisible : %2."),
        RulesFileProblem.NOT_JSON: translate(
            "SettingsText", "Ce n'est pas un fichier de règles (JSON) : erreur à la ligne %2."
        ),
        RulesFileProblem.BAD_LAYOUT: translate(
            "SettingsText", "Le fichier n'a pas la forme attendue (« version » puis la liste « requirements ») : %2."
        ),
        RulesFileProblem.NO_ITEMS: translate("SettingsText", "Le fichier ne liste aucune pièce."),
        RulesFileProblem.DUPLICATE_ITEM: translate("SettingsText", "La pièce « %1 » apparaît plusieurs fois."),
        RulesFileProblem.MISSING_LABEL: translate("SettingsText", "La pièce « %1 » n'a pas de libellé en %2."),
        RulesFileProblem.NOT_NEWER: translate(
            "SettingsText",
            "Ces règles ne sont pas plus récentes que celles en vigueur (version %2) : "
            "augmentez leur numéro de version.",
        ),
    }
    detail = problem.detail
    if problem.code == RulesFileProblem.MISSING_LABEL:
        detail = ", ".join(languages.get(code, code) for code in detail.split(", "))
    return texts[problem.code].replace("%1", problem.item).replace("%2", detail)
