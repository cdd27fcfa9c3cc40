"""Signed-in users get their seat from the mapping file, never from the URL."""

import pytest

from impact_core.access.signin import AccessMap, InvalidAccessFile, load_access
from impact_core.access.viewer import Role

MAPPING = """
[gebruikers]
"K.Jansen@Welzijn.example" = "professional@wvs"
"beleid@voorbeeldstad.example" = "gemeente@GM9901"

[groepen]
"team-rivierdorp" = "beheer@rvd"
"beleid-voorbeeldstad" = "gemeente@GM9901"
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
