"""Who a signed-in user is here: a mapping file assigns users or groups to a seat.

The file (``IMPACT_ACCESS``, default ``.streamlit/toegang.toml``) looks like::

    [gebruikers]
    "k.jansen@welzijn.example" = "professional@wvs"

    [groepen]
    "beleid-voorbeeldstad" = "gemeente@GM9901"

A user's own line wins over a group; with neither, the user gets no access.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from impact_core.access.viewer import Viewer
from impact_core.config import PROJECT_ROOT
from impact_core.refusal import Invalid


class InvalidAccessFile(Invalid):
    pass


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


def access_path() -> Path:
    return Path(os.environ.get("IMPACT_ACCESS") or PROJECT_ROOT / ".streamlit" / "toegang.toml")


def load_access(path: Path) -> AccessMap:
    """Read and check the mapping; every wrong line is named in Dutch."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidAccessFile(f"Het toegangsbestand {path} ontbreekt; niemand kan dan iets zien.") from None
    except tomllib.TOMLDecodeError as error:
        raise InvalidAccessFile(f"Het toegangsbestand {path} is geen geldige TOML: {error}.") from None
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
                problems.append(f"[{section}] '{who}': '{seat}' is geen rol@organisatie of rol@gemeente")
                continue
            checked[who.strip().lower() if section == "gebruikers" else who] = str(seat)
        sections[section] = checked
    if problems:
        raise InvalidAccessFile("Het toegangsbestand klopt niet:\n" + "\n".join(f"- {line}" for line in problems))
    return AccessMap(users=sections["gebruikers"], groups=sections["groepen"])
