"""Random customers for the sample documents, and the digit strings, dates and IBANs they carry."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

_FIRST_NAMES = {
    "M": (
        "Jean",
        "Pierre",
        "Nicolas",
        "Thomas",
        "Julien",
        "Laurent",
        "Stéphane",
        "Philippe",
        "Karim",
        "Mehdi",
        "Antoine",
        "Mathieu",
        "François",
        "Olivier",
        "Sébastien",
        "Yannick",
        "Jean-Marc",
    ),
    "F": (
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sophie",
        "Camille",
        "Émilie",
        "Céline",
        "Aurélie",
        "Sandrine",
        "Fatima",
        "Julie",
        "Hélène",
        "Chloé",
        "Léa",
        "Manon",
        "Anne-Sophie",
        "Françoise",
    ),
}
_LAST_NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Guérin",
    "Muller",
    "Roussel",
    "Perrin",
    "Morin",
    "Clément",
    "Gauthier",
    "Fontaine",
    "Chevalier",
    "N'Diaye",
    "Benali",
    "Le Goff",
    "Da Silva",
    "Nguyen",
    "Lemaître",
    "Deschamps-Moreau",
)
STREETS = (
    "rue des Lilas",
    "avenue Victor Hugo",
    "rue de la République",
    "boulevard Jean Jaurès",
    "avenue du Général de Gaulle",
    "rue Pasteur",
    "rue des Écoles",
    "place de la Gare",
    "chemin du Moulin",
    "rue Saint-Michel",
    "quai de Verdun",
    "allée des Acacias",
    "rue Gambetta",
    "impasse Voltaire",
    "boulevard Émile Zola",
    "rue des Tanneurs",
    "quai du Port",
    "route de Paris",
)
CITIES = (
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("13008", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("29200", "Brest"),
    ("38000", "Grenoble"),
    ("51100", "Reims"),
    ("76000", "Rouen"),
    ("87000", "Limoges"),
    ("63000", "Clermont-Ferrand"),
    ("97400", "Saint-Denis"),
    ("92100", "Boulogne-Billancourt"),
)
_COMPANIES = (
    "Boulangerie {last}",
    "Cabinet {last} & Associés",
    "Garage du Centre",
    "Transports {last}",
    "Pharmacie de la Gare",
    "Agence ImmoPlus",
    "Menuiserie {last}",
    "Clinique vétérinaire des Acacias",
    "Studio Pixel",
    "Café des Sports",
    "Atelier Numérique",
    "Plomberie {last}",
    "Expertise Comptable {last}",
    "Auto-École du Parc",
    "Hôtel Beau Rivage",
    "Cabinet dentaire {last}",
)
_LEGAL_FORMS = ("SARL", "SAS", "SASU", "EURL", "SA", "SNC")
# (bank, bank code, BIC8)
_BANKS = (
    ("BNP Paribas", "30004", "BNPAFRPP"),
    ("Société Générale", "30003", "SOGEFRPP"),
    ("Crédit Agricole Centre-Est", "17806", "AGRIFRPP"),
    ("LCL", "30002", "CRLYFRPP"),
    ("La Banque Postale", "20041", "PSSTFRPP"),
    ("Caisse d'Épargne Île-de-France", "17515", "CEPAFRPP"),
    ("CIC", "30066", "CMCIFRPP"),
    ("Crédit Mutuel", "10278", "CMCIFR2A"),
    ("Boursorama", "40618", "BOUSFRPP"),
)


def random_procedure_number(rng: random.Random, length: int | None = None) -> str:
    """A procedure number: 6 to 10 digits (mostly 8), never starting with 0."""
    if length is None:
        length = rng.choices((6, 7, 8, 9, 10), weights=(1, 2, 14, 2, 1))[0]
    if not 6 <= length <= 10:
        raise ValueError(f"procedure numbers have 6 to 10 digits, not {length}")
    return str(rng.randint(1, 9)) + digits(rng, length - 1)


def digits(rng: random.Random, count: int, *, avoid: str = "") -> str:
    """``count`` random digits, never equal to (or containing) ``avoid``."""
    while True:
        value = "".join(rng.choice("0123456789") for _ in range(count))
        if not avoid or avoid not in value:
            return value


def phone_number(rng: random.Random, *, mobile: bool | None = None) -> str:
    """A French phone number written in pairs: ``01 84 88 12 34``."""
    if mobile is None:
        mobile = rng.random() < 0.4
    prefix = rng.choice("67") if mobile else rng.choice("123459")
    return "0" + prefix + " " + " ".join(digits(rng, 2) for _ in range(4))


def random_date(rng: random.Random, *, start: date = date(2026, 1, 5), days: int = 80) -> date:
    """A date in the first quarter of 2026 (by default)."""
    return start + timedelta(days=rng.randrange(days))


def fr_date(day: date) -> str:
    """``12/03/2026``."""
    return day.strftime("%d/%m/%Y")


def _iban(rng: random.Random, bank_code: str) -> str:
    """A French IBAN with a valid RIB key and valid check digits."""
    branch, account = digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank_code) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank_code}{branch}{account}{key:02d}"
    check = 98 - int(bban + "152700") % 97
    return f"FR{check:02d}{bban}"


def grouped_iban(iban: str) -> str:
    """``FR76 3000 6000 0112 3456 7890 189``."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def random_siren(rng: random.Random) -> str:
    """A 9-digit SIREN passing the Luhn check, as real ones do."""
    while True:
        body = str(rng.randint(3, 9)) + digits(rng, 8)
        total = 0
        for i, char in enumerate(reversed(body)):
            value = int(char) * (2 if i % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return body


@dataclass(frozen=True)
class Customer:
    """A telephony customer: an individual or a company, with its group, account and bank."""

    name: str  # holder as printed: "M. Jean Dupont" or "SARL Boulangerie Martin"
    first_name: str  # the person (holder, or the company's legal representative)
    last_name: str
    sex: Literal["M", "F"]
    birth_date: date
    address: str  # street line
    postcode: str
    city: str
    company: str | None  # None for an individual
    siren: str | None
    telephony_group: str  # grp-tel-483921
    account: str  # ab12345-ovh
    bank: str
    iban: str
    bic: str
    phone: str
    payment_method: Literal["direct_debit", "cheque"]

    @property
    def is_company(self) -> bool:
        """True for a company (a Kbis is then required)."""
        return self.company is not None

    @property
    def person(self) -> str:
        """``Jean DUPONT``."""
        return f"{self.first_name} {self.last_name.upper()}"

    @property
    def city_line(self) -> str:
        """``69003 Lyon``."""
        return f"{self.postcode} {self.city}"


def random_customer(rng: random.Random, *, company: bool | None = None, payment_method: str | None = None) -> Customer:
    """A random customer; about a third are companies and a quarter pay by cheque."""
    sex: Literal["M", "F"] = rng.choice(("M", "F"))
    first, last = rng.choice(_FIRST_NAMES[sex]), rng.choice(_LAST_NAMES)
    is_company = rng.random() < 0.35 if company is None else company
    company_name = None
    if is_company:
        company_name = f"{rng.choice(_LEGAL_FORMS)} {rng.choice(_COMPANIES).format(last=last)}"
    bank, bank_code, bic8 = rng.choice(_BANKS)
    postcode, city = rng.choice(CITIES)
    method = payment_method or ("cheque" if rng.random() < 0.25 else "direct_debit")
    letters = "abcdefghijklmnopqrstuvwxyz"
    return Customer(
        name=company_name or f"{'M.' if sex == 'M' else 'Mme'} {first} {last}",
        first_name=first,
        last_name=last,
        sex=sex,
        birth_date=date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50)),
        address=f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bis'])} {rng.choice(STREETS)}",
        postcode=postcode,
        city=city,
        company=company_name,
        siren=random_siren(rng) if is_company else None,
        telephony_group=f"grp-tel-{digits(rng, 6)}",
        account=f"{rng.choice(letters)}{rng.choice(letters)}{digits(rng, 5)}-ovh",
        bank=bank,
        iban=_iban(rng, bank_code),
        bic=bic8 + rng.choice(("XXX", "XXX", "PAR", "LYO", "282")),
        phone=phone_number(rng),
        payment_method=method,  # type: ignore[arg-type]
    )
