"""House rules that keep the core headless and the modules small."""

import ast
import subprocess
import sys
from pathlib import Path

import mouplanner

PACKAGE = Path(mouplanner.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pytestqt")


def core_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        if rel.parts[1] != "ui":
            yield path, ".".join(rel.with_suffix("").parts).removesuffix(".__init__")


def test_no_qt_import_outside_ui_in_the_source():
    offenders = []
    for path, _name in core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    names = [name for _path, name in core_modules() if not name.endswith("__main__")
             and ".migrations." not in name]
    code = ("import sys\n" + "".join(f"import {n}\n" for n in names)
            + f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_modules_stay_small():
    big = [f"{p} ({n} lines)" for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert big == []


# --- the direction of imports ---------------------------------------------------------------------
# ui -> services -> storage -> domain; excel and exchange beside services; locale beside domain (its
# labels name the domain's enums); nothing imports ui or cli but the command that starts the app.
MAY_IMPORT = {
    "domain": {"locale"},
    "locale": {"domain", "paths"},
    "storage": {"domain", "locale", "paths", "batches"},
    "kinds": {"domain", "locale"},
    "services": {"kinds", "storage", "domain", "locale", "paths", "batches", "outfile"},  # (a document written out)
    "excel": {"kinds", "services", "storage", "domain", "locale", "outfile", "paths", "batches", "__version__"},
    "exchange": {"kinds", "services", "storage", "domain", "locale", "outfile", "paths", "batches"},
    "demo": {"kinds", "services", "storage", "domain", "locale", "paths"},
    "minutes": {"services", "domain", "locale", "outfile"},  # a meeting's minutes, written for people
    "standards": {"services", "domain", "locale", "outfile", "storage"},  # the formats other tools read
    "facade": {"kinds", "services", "excel", "exchange", "demo", "minutes", "standards", "storage", "domain",
               "locale", "paths"},
    "outfile": set(), "paths": set(), "batches": set(), "__init__": set(),
    "ui": {"facade", "kinds", "services", "excel", "exchange", "demo", "minutes", "standards", "storage", "domain",
           "locale", "outfile", "paths", "__version__"},
    "cli": {"ui", "facade", "kinds", "services", "excel", "exchange", "demo", "minutes", "standards", "storage",
            "domain", "locale", "outfile", "paths", "__version__"},
    "__main__": {"cli"},
}
# what the UI may take from storage: its errors and the ChangeSet a write reports; never the
# Workspace (the UI holds a facade), a backend, the journal or migrations
UI_FROM_STORAGE = {"mouplanner.storage", "mouplanner.storage.errors"}
UI_NEVER = {"mouplanner.storage.Workspace", "mouplanner.storage.backend_for", "mouplanner.storage.Backend"}


def _imports(path: Path, names: bool = False) -> list[str]:
    """The mouplanner modules ``path`` imports (with ``names``: also each name taken from them, as
    module.name, so that ``from mouplanner.storage import sqlite`` shows its subpackage)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mouplanner"):
            found += [f"{node.module}.{a.name}" for a in node.names] if node.module == "mouplanner" or names else []
            found += [node.module] if node.module != "mouplanner" else []
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("mouplanner")]
    return found


def test_imports_go_one_way():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        source = parts[0].removesuffix(".py")
        for module in _imports(path):
            target = module.split(".")[1] if "." in module else module
            if target != source and target not in MAY_IMPORT[source]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
            if source == "ui" and target == "storage" and module not in UI_FROM_STORAGE:
                wrong.append(f"{path.relative_to(PACKAGE.parent)} reaches into {module}")
        if source == "ui":
            wrong += [f"{path.relative_to(PACKAGE.parent)} takes {name}" for name in _imports(path, names=True)
                      if name in UI_NEVER]
    assert wrong == []


def test_widgets_hold_the_facade_not_the_workspace():
    """The UI reads and writes through ``document.facade``: never a ``.ws`` nor a session."""
    found = [f"{p.relative_to(PACKAGE.parent)}:{n}: {line.strip()}" for p in sorted((PACKAGE / "ui").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if ".ws." in line or ".ws)" in line or ".ws," in line or "Session(" in line or ".read()" in line]
    assert found == []


# --- the SQL seam ---------------------------------------------------------------------------------
SQLITE_ONLY = ("PRAGMA", " MATCH ", "fts5", "rowid", "sqlite_master")
SQLITE_BACKEND = PACKAGE / "storage" / "sqlite"


def _code_strings_and_names(tree: ast.AST) -> list[tuple[int, str]]:
    """String constants (docstrings left out) and names used in the code."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            out.append((node.lineno, node.value))
        elif isinstance(node, ast.Name):
            out.append((node.lineno, node.id))
        elif isinstance(node, ast.Attribute):
            out.append((node.lineno, node.attr))
    return out


def test_nothing_outside_the_sqlite_backend_speaks_sqlite():
    """No rowid, PRAGMA, MATCH, FTS5 or sqlite3 above storage's SQLite backend: everything else asks
    its workspace's backend, so the PostgreSQL backend replaces one package."""
    leaks = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if SQLITE_BACKEND in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        leaks += [f"{path.relative_to(PACKAGE.parent)}: imports {m}" for m in _imports(path, names=True)
                  if m.startswith("mouplanner.storage.sqlite") and PACKAGE / "storage" not in path.parents]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
                leaks.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: import sqlite3")
        leaks += [f"{path.relative_to(PACKAGE.parent)}:{line}: {text[:60]!r}" for line, text in
                  _code_strings_and_names(tree) if any(word in text for word in SQLITE_ONLY)]
    assert leaks == []


def test_ruff_finds_nothing():
    """The house's lint rules (pyproject.toml: pycodestyle, pyflakes, bugbear, isort, pep8-naming,
    simplify, pyupgrade), run by the test command so that a rule broken fails the build."""
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(PACKAGE), str(PACKAGE.parent / "tests")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]


def test_mypy_finds_nothing_and_catches_a_misspelt_field(tmp_path):
    """mypy over the package (pyproject.toml) is clean, and the typed rows make it see fields: a
    probe that reads ``place`` on an activity's row passes, one that reads ``plce`` does not."""
    probe = tmp_path / "probe.py"
    probe.write_text("from mouplanner.services import Services\n"
                     "from mouplanner.storage import Workspace\n\n\n"
                     "def places(ws: Workspace) -> list[str]:\n"
                     "    rows = Services(ws).activities.list()\n"
                     "    return [r.place for r in rows] + [r.plce for r in rows]\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", str(PACKAGE), str(probe)],
                          cwd=PACKAGE.parent, capture_output=True, text=True)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "probe.py:7" in errors[0] and '"ActivityRow" has no attribute "plce"' in errors[0], \
        done.stdout[-3000:]


def test_typed_rows_are_generated_from_the_models():
    done = subprocess.run([sys.executable, "scripts/generate_rows.py", "--check"], cwd=PACKAGE.parent,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
