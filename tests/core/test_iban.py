"""IBANs: valid ones are normalised, wrong ones refused with what is wrong."""

from __future__ import annotations

import pytest

from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.iban import normalized_iban


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"),
        ("de89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB82-WEST-1234-5698-7654-32", "GB82WEST12345698765432"),
        ("BE68539007547034", "BE68539007547034"),
    ],
)
def test_valid_ibans_are_normalised(typed: str, expected: str) -> None:
    assert normalized_iban(typed) == expected


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("FR76 3000 6000 0112 3456 7890 188", "check_digits"),  # one digit mistyped
        ("FR76 3000 6000 0112 3456 7890 18", "length"),
        ("FR76 3000 6000 0112 3456 7890 819", "check_digits"),  # two digits swapped
        ("RIB joint", "shape"),
        ("", "shape"),
    ],
)
def test_wrong_ibans_say_what_is_wrong(typed: str, why: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        normalized_iban(typed)
    assert (refused.value.field, refused.value.value) == ("iban", why)
