"""Signed-in users get their seat from the mapping file, never from the URL."""

import pytest

from impact_core.access import policy
from impact_core.access.policy import Action
from impact_core.access.signin import (
    REQUIRED_AUTH_KEYS,
    AccessMap,
    InvalidAccessFile,
    load_access,
    missing_auth_settings,
)
from impact_core.access.viewer import Role

MAPPING = """
[gebruikers]
"K.Jansen@Welzijn.example" = "professional@wvs"
"beleid@voorbeeldstad.example" = "gemeente@GM9901"

[groepen]
"team-rivierdorp" = "beheer@rvd"
"beleid-voorbeeldstad" = "gemeente@GM9901"
"hosting" = "beheer@platform"
"""


@pytest.fixture
def access(tmp_path) -> AccessMap:
    path = tmp_path / "toegang.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return load_access(path)


@pytest.mark.parametrize(
    ("email", "groups", "seat"),
    [
        ("k.jansen@welzijn.example", [], "professional@wvs"),
        ("K.JANSEN@WELZIJN.EXAMPLE", ["team-rivierdorp"], "professional@wvs"),  # own line wins
        ("iemand@rivierdorp.example", ["andere-groep", "team-rivierdorp"], "beheer@rvd"),
        ("beleid@voorbeeldstad.example", [], "gemeente@GM9901"),
    ],
)
def test_users_and_groups_map_to_a_seat(access, email, groups, seat):
    viewer = access.viewer_for(email, groups)
    assert viewer.seat == seat
    assert viewer.actor == email


def test_someone_not_in_the_mapping_gets_no_access(access):
    assert access.viewer_for("onbekend@example.org", ["andere-groep"]) is None


def test_a_municipal_user_is_an_outside_viewer(access):
    assert access.viewer_for("beleid@voorbeeldstad.example").role is Role.GEMEENTE


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[gebruikers]\n"a@b.nl" = "directeur@wvs"\n', "is geen rol@organisatie"),
        ('[groepen]\n"x" = "gemeente@"\n', "is geen rol@organisatie"),
        ("[gebruikers\n", "geen geldige TOML"),
        (None, "ontbreekt"),
    ],
)
def test_a_wrong_mapping_file_is_refused_in_dutch(tmp_path, content, message):
    path = tmp_path / "toegang.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidAccessFile, match=message):
        load_access(path)


@pytest.mark.parametrize(
    ("claims", "seat"),
    [
        ({"email": "iemand@rivierdorp.example", "groups": ["team-rivierdorp"]}, "beheer@rvd"),
        ({"email": "iemand@rivierdorp.example", "groups": ("andere-groep", "team-rivierdorp")}, "beheer@rvd"),
        ({"email": "k.jansen@welzijn.example"}, "professional@wvs"),
        ({"email": "k.jansen@welzijn.example", "email_verified": True}, "professional@wvs"),
    ],
)
def test_claims_with_a_verified_or_unmentioned_address_and_a_list_of_groups_give_a_seat(access, claims, seat):
    viewer = access.viewer_for_claims(claims)
    assert viewer.seat == seat
    assert viewer.actor == claims["email"]


@pytest.mark.parametrize(
    "groups",
    [
        "team-rivierdorp",  # a string, which would otherwise be read letter by letter
        "beleid-voorbeeldstad,team-rivierdorp",
        {"team-rivierdorp": True},
        ["team-rivierdorp", 7],
        None,
    ],
)
def test_a_groups_claim_that_is_not_a_list_of_strings_counts_as_no_groups(access, groups):
    assert access.viewer_for_claims({"email": "iemand@rivierdorp.example", "groups": groups}) is None


def test_a_one_letter_group_does_not_match_a_groups_claim_sent_as_a_string(tmp_path):
    path = tmp_path / "toegang.toml"
    path.write_text('[groepen]\n"t" = "beheer@rvd"\n', encoding="utf-8")
    assert load_access(path).viewer_for_claims({"email": "x@example.org", "groups": "team"}) is None


@pytest.mark.parametrize("verified", [False, "true", None, 1])
def test_an_address_not_verified_as_true_gets_no_seat_not_even_through_a_group(access, verified):
    claims = {"email": "k.jansen@welzijn.example", "email_verified": verified, "groups": ["team-rivierdorp"]}
    assert access.viewer_for_claims(claims) is None


AUTH = {key: "ingevuld" for key in REQUIRED_AUTH_KEYS}


@pytest.mark.parametrize(
    ("section", "missing"),
    [
        ({key: value for key, value in AUTH.items() if key != "server_metadata_url"}, ["server_metadata_url"]),
        ({**AUTH, "cookie_secret": "  "}, ["cookie_secret"]),
        ({**AUTH, "client_id": 12345}, ["client_id"]),
        ({}, list(REQUIRED_AUTH_KEYS)),
        ("aan", list(REQUIRED_AUTH_KEYS)),  # auth = "aan": not a table
    ],
)
def test_an_auth_section_names_the_settings_sign_in_lacks(section, missing):
    assert missing_auth_settings(section) == missing


def test_a_complete_auth_section_lacks_nothing():
    assert missing_auth_settings(AUTH) == []


def test_the_platform_steward_is_a_seat_of_the_mapping_file_and_keeps_no_organisations_data(access):
    viewer = access.viewer_for("iemand@hosting.example", ["hosting"])
    assert viewer.is_platform
    assert policy.may(viewer, Action.STEWARD_PLATFORM)
    assert not policy.may(viewer, Action.STEWARD_DATA)
    assert not policy.may(viewer, Action.RECORD_STORY)
