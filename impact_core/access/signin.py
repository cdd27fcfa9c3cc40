"""Who a signed-in user is here: a mapping file assigns users or groups to a seat.

The file (``IMPACT_ACCESS``, default ``.streamlit/toegang.toml``) looks like::

    [gebruikers]
    "k.jansen@welzijn.example" = "professional@wvs"

    [groepen]
    "beleid-voorbeeldstad" = "gemeente@GM9901"

A user's own line wins over a group; with neither, the user gets no access. The claims
of the login provider are taken strictly (``viewer_for_claims``): groups count only as a
list of strings, and an e-mail address the provider marks as not verified gets no seat.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from impact_core.access.viewer import Viewer
from impact_core.config import PROJECT_ROOT
from impact_core.refusal import Invalid, Phrase


class InvalidAccessFile(Invalid):
    """The access file is missing or wrong; each wrong line is named on a line of its own."""

    problems_on_lines = True


@dataclass(frozen=True)
class AccessMap:
    users: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)

    def viewer_for(self, email: str | None, groups: Iterable[str] = ()) -> Viewer | None:
        """The viewer for a signed-in user, or None when the mapping gives them no seat."""
        seat = self.users.get((email or "").strip().lower())
        if seat is None:
            seat = next((self.groups[group] for group in groups if group in self.groups), None)
        if seat is None:
            return None
        viewer = Viewer.from_seat(seat)
        return Viewer(viewer.role, viewer.organisation_id, viewer.municipality_code, actor=email)

    def viewer_for_claims(self, claims: Mapping[str, object]) -> Viewer | None:
        """The viewer for the claims of a signed-in user (``st.user``), or None.

        A ``groups`` claim that is not a list of strings counts as no groups: a string would
        otherwise be read letter by letter, and a one-letter group name would match. Someone
        whose provider says the e-mail address is not verified gets no seat at all, groups
        included: the address could belong to someone else, and it is what the audit log
        would record as the actor.
        """
        if email_unverified(claims):
            return None
        email = claims.get("email")
        return self.viewer_for(email if isinstance(email, str) else None, claimed_groups(claims))


REQUIRED_AUTH_KEYS = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")


def email_unverified(claims: Mapping[str, object]) -> bool:
    """Does the provider say the address is not verified? Only ``True`` counts as verified
    (some providers send the string "true"); a provider that says nothing is believed."""
    return "email_verified" in claims and claims["email_verified"] is not True


def claimed_groups(claims: Mapping[str, object]) -> tuple[str, ...]:
    groups = claims.get("groups")
    if isinstance(groups, list | tuple) and all(isinstance(group, str) for group in groups):
        return tuple(groups)
    return ()


def missing_auth_settings(section: object) -> list[str]:
    """What an ``[auth]`` section of the secrets lacks for ``st.login``; empty when it is usable."""
    if not isinstance(section, Mapping):
        return list(REQUIRED_AUTH_KEYS)
    return [key for key in REQUIRED_AUTH_KEYS if not isinstance(section.get(key), str) or not section[key].strip()]


def access_path() -> Path:
    return Path(os.environ.get("IMPACT_ACCESS") or PROJECT_ROOT / ".streamlit" / "toegang.toml")


def load_access(path: Path) -> AccessMap:
    """Read and check the mapping; every wrong line is named."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidAccessFile("auth.refusal.no_access_file", path=path) from None
    except tomllib.TOMLDecodeError as error:
        raise InvalidAccessFile("auth.refusal.not_toml", path=path, error=error) from None
    problems = []
    sections = {}
    for section in ("gebruikers", "groepen"):
        entries = data.get(section, {})
        checked = {}
        for who, seat in entries.items():
            try:
                Viewer.from_seat(str(seat))
                if "@" not in str(seat) or not str(seat).split("@", 1)[1]:
                    raise ValueError
            except ValueError:
                problems.append(Phrase("auth.refusal.not_a_seat", section=section, who=who, seat=seat))
                continue
            checked[who.strip().lower() if section == "gebruikers" else who] = str(seat)
        sections[section] = checked
    if problems:
        raise InvalidAccessFile("auth.refusal.access_file_wrong", *problems)
    return AccessMap(users=sections["gebruikers"], groups=sections["groepen"])
