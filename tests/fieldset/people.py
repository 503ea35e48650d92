"""Fictitious customers: identities, addresses, bank details and their procedure numbers."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

FIRST = (
    "Camille Léa Manon Chloé Inès Sarah Jade Louise Emma Alice Julie Nathalie Isabelle Sylvie Catherine Hélène "
    "Thomas Lucas Hugo Nicolas Julien Antoine Pierre Maxime Alexandre Kévin François Laurent Olivier Stéphane "
    "Mohamed Karim Yasmine Fatima Nguyen Sébastien Gaëlle Joël Benoît Céline"
).split()
LAST = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia "
    "David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François "
    "Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu "
    "Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Boyer Denis Lemaire Duval Joly"
).split()
STREETS = (
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Victor Hugo",
    "rue du Général Leclerc",
    "impasse des Lilas",
    "chemin des Vignes",
    "place de la Mairie",
    "allée des Tilleuls",
    "rue Pasteur",
    "quai de la Loire",
    "rue Nationale",
    "route de Paris",
)
CITIES = (
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("13008", "Marseille"),
    ("59000", "Lille"),
    ("59100", "Roubaix"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("29200", "Brest"),
    ("63000", "Clermont-Ferrand"),
    ("74000", "Annecy"),
)
COMPANY_WORDS = (
    "Boulangerie Artisan Conseil Informatique Transports Plomberie Cabinet Garage Studio Immobilier "
    "Menuiserie Pharmacie Agence Atelier Solutions Services Distribution Bâtiment Optique Traiteur"
).split()
COMPANY_FORMS = ("SARL", "SAS", "SASU", "EURL", "SA", "SCI")
BANKS = (
    ("Crédit Régional", "30004", "CRREFRPP"),
    ("Banque du Nord", "30076", "NORDFRPP"),
    ("Société Bancaire de France", "30003", "SOBAFRPP"),
    ("Caisse Mutuelle", "10278", "CMCIFR2A"),
    ("Banque Postale Régionale", "20041", "PSSTFRPP"),
    ("Crédit Coopératif Local", "42559", "CCOPFRPP"),
    ("Banque Atlantique", "14445", "ATLAFRPP"),
)


def _letters_value(text: str) -> str:
    return "".join(str(int(ch, 36)) for ch in text)


def iban_fr(bank_code: str, rng: random.Random) -> tuple[str, str, str, str]:
    """A French IBAN with valid check digits; returns (iban, branch, account, rib key)."""
    branch = f"{rng.randrange(100000):05d}"
    account = f"{rng.randrange(10**11):011d}"
    key = 97 - (89 * int(bank_code) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank_code}{branch}{account}{key:02d}"
    check = 98 - int(_letters_value(bban + "FR00")) % 97
    return f"FR{check:02d}{bban}", branch, account, f"{key:02d}"


def group4(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def pairs(number: str) -> str:
    """12345678 -> '12 34 56 78' (odd lengths keep their first digit alone)."""
    head = len(number) % 2
    parts = [number[:head]] if head else []
    parts += [number[i : i + 2] for i in range(head, len(number), 2)]
    return " ".join(parts)


def neighbour(number: str, rng: random.Random) -> str:
    """A number one digit away (same length)."""
    digits = list(number)
    pos = len(digits) - 1 if rng.random() < 0.6 else rng.randrange(len(digits))
    old = int(digits[pos])
    digits[pos] = str((old + rng.choice((1, -1, 2, 9))) % 10)
    return "".join(digits)


@dataclass
class Customer:
    """A customer and the procedure the manager generated for it."""

    ident: str
    number: str
    company: bool
    payment: str  # direct_debit | cheque
    first: str
    last: str
    company_name: str
    siren: str
    street: str
    postcode: str
    city: str
    phone: str
    account: str
    group: str
    bank: str
    bic: str
    iban: str
    branch: str
    bank_account: str
    rib_key: str
    bank_code: str
    created: str
    decoys: list[str] = field(default_factory=list)

    @property
    def holder(self) -> str:
        return self.company_name if self.company else f"{self.first} {self.last}"

    @property
    def person(self) -> str:
        return f"{self.first} {self.last}"


def procedure_numbers(rng: random.Random, count: int) -> list[str]:
    """Unique numbers of 6 to 10 digits; most from sequential series, so customers are each other's neighbours."""
    numbers: list[str] = []
    series = [
        (8, rng.randrange(40_000_000, 49_000_000)),
        (8, rng.randrange(100_000, 900_000)),  # printed with leading zeros
        (10, rng.randrange(4_800_000_000, 4_899_999_999)),
        (7, rng.randrange(3_000_000, 9_000_000)),
        (6, rng.randrange(200_000, 990_000)),
        (9, rng.randrange(100_000_000, 999_000_000)),
    ]
    weights = (0.45, 0.2, 0.13, 0.1, 0.06, 0.06)
    seen: set[str] = set()
    while len(numbers) < count:
        index = rng.choices(range(len(series)), weights)[0]
        width, value = series[index]
        value += rng.choice((1, 1, 2, 3, 7, 11, 40))
        series[index] = (width, value)
        text = f"{value:0{width}d}"[-width:]
        if text not in seen:
            seen.add(text)
            numbers.append(text)
    return numbers


def make_customer(ident: str, number: str, rng: random.Random) -> Customer:
    company = rng.random() < 0.4
    first, last = rng.choice(FIRST), rng.choice(LAST)
    bank, bank_code, bic = rng.choice(BANKS)
    iban, branch, bank_account, key = iban_fr(bank_code, rng)
    postcode, city = rng.choice(CITIES)
    if rng.random() < 0.3:
        group = f"grp-{number[-6:]}"  # groups are sometimes named after the procedure: a decoy
    else:
        group = f"grp-{rng.randrange(100000, 999999)}"
    letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(2))
    return Customer(
        ident=ident,
        number=number,
        company=company,
        payment="cheque" if rng.random() < 0.25 else "direct_debit",
        first=first,
        last=last,
        company_name=f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST)} {rng.choice(COMPANY_FORMS)}",
        siren=f"{rng.randrange(300_000_000, 999_999_999)}",
        street=f"{rng.randint(1, 140)} {rng.choice(STREETS)}",
        postcode=postcode,
        city=city,
        phone="0" + rng.choice("1234567") + "".join(f" {rng.randrange(100):02d}" for _ in range(4)),
        account=f"{letters}{rng.randrange(10000, 99999)}-ovh",
        group=group,
        bank=bank,
        bic=bic,
        iban=iban,
        branch=branch,
        bank_account=bank_account,
        rib_key=key,
        bank_code=bank_code,
        created=f"2026-{rng.randint(10, 11)}-{rng.randint(10, 28)}T{rng.randint(10, 19)}:{rng.randint(10, 59)}:00",
    )


def date_fr(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.choice((11, 12)):02d}/2026"
