"""The Windows build's files, checked here where Windows cannot run them (.github/workflows/windows.yml
runs them on a Windows machine): the installer script, the spec and the workflow agree with the app
and with each other."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

import mouplanner

ROOT = Path(mouplanner.__file__).resolve().parent.parent
ISS = ROOT / "packaging" / "windows" / "mouplanner.iss"
SPEC = ROOT / "packaging" / "mouplanner.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found[current] = []
        elif current:
            found[current].append(line)
    return found


def entry(line: str) -> dict[str, str]:
    """An Inno Setup entry line (``Name: "x"; Flags: a b``) as a dict, quotes undone."""
    pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
    return {k: v.strip()[1:-1].replace('""', '"') if v.strip().startswith('"') else v.strip() for k, v in pairs}


def test_the_installer_opens_the_apps_file_types_in_the_windowed_program():
    iss = sections(ISS.read_text(encoding="utf-8"))
    mime = ET.parse(ROOT / "resources" / "desktop" / "mouplanner-mime.xml").getroot()
    globs = {g.get("pattern", "").removeprefix("*") for g in mime.iter("{http://www.freedesktop.org/standards/shared-mime-info}glob")}
    assert globs == {".mouplan", ".mousync"}
    registry = [entry(line) for line in iss["Registry"]]
    for extension in globs:
        progid = next(e["ValueData"] for e in registry if e["Subkey"] == f"Software\\Classes\\{extension}"
                      and e["ValueName"] == "")
        command = next(e["ValueData"] for e in registry
                       if e["Subkey"] == f"Software\\Classes\\{progid}\\shell\\open\\command")
        assert command == '"{app}\\mouplanner.exe" "%1"', command  # quoted: Thai folders with spaces
        assert any("uninsdeletekey" in e.get("Flags", "") for e in registry if e["Subkey"] == f"Software\\Classes\\{progid}")
    assert all(e["Root"] == "HKA" for e in registry)  # the user's own classes when installed without an administrator


def test_the_installer_has_a_start_menu_entry_an_uninstaller_and_needs_no_administrator():
    iss = sections(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest" and setup["ChangesAssociations"] == "yes"
    assert setup["SetupIconFile"] == "resources\\icons\\app.ico" and setup["UninstallDisplayIcon"] == "{app}\\mouplanner.exe"
    icons = [entry(line) for line in iss["Icons"]]
    assert {"Name": "{group}\\mouplanner", "Filename": "{app}\\mouplanner.exe"}.items() <= icons[0].items()
    assert any(e["Filename"] == "{uninstallexe}" for e in icons)
    files = [entry(line) for line in iss["Files"]]
    assert files == [{"Source": "dist\\mouplanner\\*", "DestDir": "{app}",
                      "Flags": "ignoreversion recursesubdirs createallsubdirs"}]


def test_the_spec_builds_the_programs_the_installer_and_the_workflow_name():
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="mouplanner", console=sys.platform != "win32"' in spec  # windowed on Windows
    assert 'name="mouplanner-cli", console=True' in spec
    assert 'COLLECT(*programs, a.binaries, a.datas, name="mouplanner",' in spec  # -> dist\mouplanner\*


def test_the_workflow_is_valid_and_builds_tests_and_installs():
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = flow["jobs"]["bundle"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert flow["jobs"]["bundle"]["runs-on"].startswith("windows")
    assert "packaging\\mouplanner.spec" in runs and "packaging\\windows\\mouplanner.iss" in runs
    for test in re.findall(r"tests/[\w/]+\.py", runs):
        assert (ROOT / test).exists(), test
    assert "/VERYSILENT" in runs and "unins000.exe" in runs and "MOUPLANNER_EXIT_WHEN_READY" in runs


def test_the_icon_holds_every_size_windows_asks_for():
    data = (ROOT / "resources" / "icons" / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes
