"""House rules that keep the code carryable, checked rather than hoped for."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = sorted(path for path in (ROOT / "impact_core").rglob("*.py") if "ui" not in path.relative_to(ROOT).parts)
PAGES = [*sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", LIBRARY, ids=lambda path: str(path.relative_to(ROOT)))
def test_only_the_ui_part_of_the_library_imports_streamlit(path):
    assert "streamlit" not in _imports(path)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: str(path.relative_to(ROOT)))
def test_pages_hold_no_sql_and_no_database_driver(path):
    source = path.read_text(encoding="utf-8")
    assert "duckdb" not in _imports(path)
    assert not any(word in source for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE "))


OUR_CODE = sorted((ROOT / "impact_core").rglob("*.py")) + PAGES


def _html_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        unsafe = any(keyword.arg == "unsafe_allow_html" for keyword in node.keywords)
        html = isinstance(node.func, ast.Attribute) and node.func.attr in ("html", "iframe")
        script = isinstance(node.func, ast.Name) and node.func.id == "_run_script"
        if unsafe or html or script:
            found.append(node)
    return found


@pytest.mark.parametrize("path", OUR_CODE, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_user_text_can_reach_an_html_renderer(path):
    """The HTML calls are our own style sheets, constant strings: no variable, no f-string, and
    never unsafe_allow_html or unsafe_allow_javascript. The two kinds of script, which set <html lang>
    and move focus (Streamlit offers no setting for either), run in a frame of their own
    (``_run_script``, the one ``st.iframe``) from tables of constants."""
    for call in _html_calls(path):
        assert path.relative_to(ROOT).as_posix() == "impact_core/ui/context.py", f"HTML rendering in {path}"
        if isinstance(call.func, ast.Name):  # _run_script
            assert ast.unparse(call.args[0]) in ("_LANGUAGE_SCRIPTS[language]", "_FOCUS_SCRIPTS[target]")
            continue
        if call.func.attr == "iframe":
            assert ast.unparse(call.args[0]) == "script"
            continue
        assert len(call.args) == 1 and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
        assert not call.keywords, "unsafe_allow_html and unsafe_allow_javascript are never used"
        body = call.args[0].value.strip()
        assert body.startswith("<style>") and body.endswith("</style>")


@pytest.mark.parametrize("path", OUR_CODE, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_deprecated_streamlit_components_api_is_used(path):
    """``streamlit.components.v1.html`` was deprecated (to be removed after 2026-06-01) and wrote a
    warning to the server's log on every run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    modules |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not any(module and module.startswith("streamlit.components") for module in modules)


def test_the_language_scripts_are_constants_that_only_set_the_page_language():
    from impact_core.ui.context import _LANGUAGE_SCRIPTS

    expected = {
        code: f"<script>window.parent.document.documentElement.lang = '{code}';</script>"
        for code in ("nl", "nl-BE", "en")
    }
    assert expected == _LANGUAGE_SCRIPTS


def test_the_focus_scripts_are_constants_that_only_focus_one_of_our_own_controls():
    from impact_core.ui.context import _FOCUS_SCRIPTS

    selectors = {
        "presentation_start": ".st-key-presentation_start button",
        "presentation_leave": ".st-key-presentation_leave button",
        "story_review": ".st-key-story_masked_title input",
        "story_saved": ".st-key-story_saved",
        "marks_form": '[class*="st-key-marks_"][class*="_marked_by"] [role="radiogroup"]',
        "marks_corrected": ".st-key-marks_corrected",
        "marks_reopen": ".st-key-marks_reopen button",
    }
    expected = {
        target: "<script>(function find(tries) {"
        f" const target = window.parent.document.querySelector('{selector}');"
        " if (target) { if (target.tabIndex < 0) { target.setAttribute('tabindex', '-1'); } target.focus(); }"
        " else if (tries > 0) { setTimeout(() => find(tries - 1), 100); }"
        " })(30);</script>"
        for target, selector in selectors.items()
    }
    assert expected == _FOCUS_SCRIPTS


TRACKS = ("doelmatigheid", "betekenisgeving", "vakmanschap")
FORBIDDEN = {  # group -> groups it must never import
    **{track: ("gegevens", "samen", "ui") for track in TRACKS},
    "access": (*TRACKS, "samen", "gegevens", "render", "ui"),
    "render": ("db", "access", *TRACKS, "samen", "gegevens", "ui"),
    "db": ("access", *TRACKS, "samen", "gegevens", "render", "ui"),
    "samen": ("gegevens", "ui"),
    "gegevens": ("ui",),
}


def _groups_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            parts = name.split(".")
            if parts[0] == "impact_core" and len(parts) > 1:
                found.add(parts[1])
    return found


GROUPED = [(group, path) for group in FORBIDDEN for path in sorted((ROOT / "impact_core" / group).rglob("*.py"))]


@pytest.mark.parametrize(("group", "path"), GROUPED, ids=lambda value: str(value).rsplit("impact_core/", 1)[-1])
def test_a_group_imports_only_the_groups_beneath_it(group, path):
    assert not _groups_imported(path) & set(FORBIDDEN[group])


LIBRARY_ALL = sorted((ROOT / "impact_core").rglob("*.py"))


def _half_read_results(path: Path) -> list[int]:
    """Lines where a query's result is read with fetchone or fetchmany: DuckDB then keeps the
    cursor busy, and the next register or append in the same transaction is refused."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in ("fetchone", "fetchmany")
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "execute"
    ]


@pytest.mark.parametrize("path", LIBRARY_ALL, ids=lambda path: str(path.relative_to(ROOT)))
def test_a_unit_of_work_reads_its_results_to_the_end(path):
    """Only the store's own one-row reads use fetchone, on a cursor they close straight after."""
    allowed = {"impact_core/db/store.py": 1}  # Store.scalar
    assert len(_half_read_results(path)) == allowed.get(path.relative_to(ROOT).as_posix(), 0)


def _refusal_classes(trees: list[ast.Module]) -> set[str]:
    """Refused and every class of ours beneath it, by name: a base named after one makes one."""
    bases = {
        node.name: {base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "") for base in node.bases}
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    found = {"Refused"}
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return found


def _is_sentence(node: ast.expr, keys: set[str]) -> bool:
    """A sentence written in place rather than a key: an English reader would read it in Dutch."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value not in keys
    if isinstance(node, ast.BinOp):  # 'Het bestand klopt niet:\n' + ...
        return _is_sentence(node.left, keys) or _is_sentence(node.right, keys)
    if isinstance(node, (ast.List, ast.Tuple)):  # a list of problems
        return any(_is_sentence(element, keys) for element in node.elts)
    if isinstance(node, ast.ListComp):
        return _is_sentence(node.elt, keys)
    return isinstance(node, ast.JoinedStr)


def _sentences_refused(library: list[Path]) -> list[str]:
    from impact_core.i18n import TEXTS

    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in library}
    refusals = _refusal_classes(list(trees.values()))
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in refusals and _is_sentence(node.exc.args[0], set(TEXTS)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        for node in ast.walk(tree):  # validated(model, values, head, ...): the head of its refusal
            heads = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "validated" and len(node.args) > 2
            if heads and _is_sentence(node.args[2], set(TEXTS)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        for node in ast.walk(tree):  # a refusal class that words its own head: super().__init__("...")
            if isinstance(node, ast.ClassDef) and node.name in refusals:
                found += [
                    f"{path.relative_to(ROOT)}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__"
                    and call.args
                    and _is_sentence(call.args[0], set(TEXTS))
                ]
    return found


def test_every_refusal_is_a_sentence_in_both_languages():
    """A refusal names an i18n key, so a page can show it in the reader's language."""
    assert _sentences_refused(LIBRARY_ALL) == []


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in [*Path("impact_core/ui").glob("*.py"), *Path("pages").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == name:
                found.append((path, node))
    return found


def _keywords(call: ast.Call) -> set[str]:
    return {keyword.arg for keyword in call.keywords if keyword.arg}


def test_every_multiselect_has_a_placeholder_in_the_readers_language():
    """Streamlit's own 'Choose an option' is English on a Dutch page."""
    missing = [f"{path}:{call.lineno}" for path, call in _calls("multiselect") if "placeholder" not in _keywords(call)]
    assert missing == []


def test_every_date_field_asks_for_a_dutch_date():
    """Streamlit's own format is YYYY/MM/DD; a Dutch reader writes dd-mm-jjjj."""
    missing = [
        f"{path}:{call.lineno}"
        for path, call in _calls("date_input")
        if not any(kw.arg == "format" and getattr(kw.value, "value", None) == "DD-MM-YYYY" for kw in call.keywords)
    ]
    assert missing == []


UI = sorted((ROOT / "impact_core" / "ui").glob("*.py")) + PAGES
_MISSING_CHECKS = {"isna", "notna", "isnull", "notnull", "isnan"}


def _missing_value_checks(path: Path) -> list[int]:
    """Lines that ask whether a value is NaN: pd.isna(x), math.isnan(x), or isna imported bare."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        module_call = (
            isinstance(func, ast.Attribute)
            and func.attr in _MISSING_CHECKS
            and isinstance(func.value, ast.Name)
            and func.value.id in ("pd", "pandas", "math", "np", "numpy")
        )
        if module_call or (isinstance(func, ast.Name) and func.id in _MISSING_CHECKS):
            found.append(node.lineno)
    return found


@pytest.mark.parametrize("path", UI, ids=lambda path: str(path.relative_to(ROOT)))
def test_the_ui_gets_plain_rows_and_never_asks_whether_a_value_is_nan(path):
    """Reads hand the pages plain rows or dataclasses (None, never NaN), so no page guards
    against NaN, and no page can forget to."""
    assert _missing_value_checks(path) == []
