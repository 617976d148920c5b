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
            + "print(sorted(m for m in sys.modules if m.split('.')[0] in %r))" % (QT_MODULES,))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_modules_stay_small():
    big = [f"{p} ({n} lines)" for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert big == []
