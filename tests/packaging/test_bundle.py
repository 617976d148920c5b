"""The standalone bundle starts where there is no Python (issue 20).

The test builds the Linux bundle from this tree with the same spec as ``make bundle``, makes a clean
Debian root with debootstrap (the minimal base system, plus what every desktop has and PyInstaller
leaves to the system on purpose: the OpenGL dispatch libraries, which must match the graphics
driver, and a system font with its configuration; the app brings its Thai and Lao fonts, Latin
letters come from the system's font), copies the bundle in and runs it there with chroot and an
empty environment: the version, the demo workspace written to a Thai and Lao folder with spaces,
``summary``, the window opened offscreen until the workspace shows, and the commands that need the
bundled libraries most (the PDF report: Qt's painting and the fonts; the workbook; MS Project XML:
lxml; the calendar). A Thai report from the bundle reads line for line as the one the app makes
from the virtual environment: Thai lines break between words there too (ICU's break rules and libthai,
both bundled).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

import mouplanner

ROOT = Path(mouplanner.__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "mouplanner.spec"
DESKTOP = ("libgl1", "libegl1", "fonts-dejavu-core", "fontconfig-config")
FOLDER = "/root/ແຜນງານ ຮ່ວມມື ไทย"


def debian_mirror() -> tuple[str, str]:
    """The mirror and release this machine's apt uses (a CI machine may have a mirror of its own)."""
    release = re.search(r"^VERSION_CODENAME=(\S+)", Path("/etc/os-release").read_text(encoding="utf-8"), re.M)
    suite = release.group(1) if release else "bookworm"
    for sources in sorted(Path("/etc/apt").glob("sources.list.d/*.sources")):
        for stanza in sources.read_text(encoding="utf-8").split("\n\n"):
            uris = re.search(r"^URIs:\s*(\S+)", stanza, re.M)
            suites = re.search(r"^Suites:\s*(.+)$", stanza, re.M)
            if uris and suites and suite in suites.group(1).split() and "security" not in uris.group(1):
                return uris.group(1), suite
    listed = Path("/etc/apt/sources.list")
    if listed.exists():
        for line in listed.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "deb" and parts[2] == suite:
                return parts[1], suite
    return "http://deb.debian.org/debian", suite


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    built = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)],
                           capture_output=True, text=True, timeout=1200, check=False)
    assert built.returncode == 0, built.stderr[-4000:]
    return out / "dist" / "mouplanner"


@pytest.fixture(scope="module")
def clean_root(tmp_path_factory, bundle) -> Path:
    assert os.geteuid() == 0, "debootstrap and chroot need root (as CI runs)"
    root = tmp_path_factory.mktemp("root")
    mirror, suite = debian_mirror()
    made = subprocess.run(["debootstrap", "--variant=minbase", f"--include={','.join(DESKTOP)}", suite, str(root),
                           mirror], capture_output=True, text=True, timeout=1200, check=False)
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr[-3000:]
    shutil.copytree(bundle, root / "opt" / "mouplanner", symlinks=True)
    return root


def inside(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The bundle's program run in the clean root, with nothing of this machine's environment."""
    clean = {"HOME": "/root", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", **env}
    return subprocess.run(["chroot", str(root), "/usr/bin/env", "-i", *(f"{k}={v}" for k, v in clean.items()),
                           "/opt/mouplanner/mouplanner", *args], capture_output=True, text=True, encoding="utf-8",
                          timeout=300, check=False)


def test_the_root_is_clean(clean_root):
    """No Python, no Qt, no mouplanner but the bundle: what the bundle needs, it brings."""
    assert not list((clean_root / "usr" / "bin").glob("python*"))
    assert not list(clean_root.glob("usr/lib/*/libQt6*")) and not list(clean_root.glob("usr/lib/*/libpython*"))
    packages = subprocess.run(["chroot", str(clean_root), "dpkg-query", "-W", "-f", "${Package}\\n"],
                              capture_output=True, text=True, check=True).stdout.split()
    assert not [p for p in packages if p.startswith(("python", "libqt", "libpython"))], packages


def test_the_bundle_starts_makes_the_demo_and_opens_its_window_in_a_clean_root(clean_root):
    version = inside(clean_root, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"mouplanner {mouplanner.__version__}", version

    workspace = f"{FOLDER}/demo ไทย ລາວ.mouplan"
    (clean_root / FOLDER.lstrip("/")).mkdir(parents=True)
    demo = inside(clean_root, "demo", workspace)
    assert demo.returncode == 0, demo.stderr
    summary = inside(clean_root, "summary", workspace)
    assert summary.returncode == 0 and "2 agreements" in summary.stdout, summary.stderr

    window = inside(clean_root, workspace, QT_QPA_PLATFORM="offscreen", MOUPLANNER_EXIT_WHEN_READY="1")
    assert window.returncode == 0, window.stdout + window.stderr
    assert window.stdout.strip() == "ready demo ไทย ລາວ.mouplan — mouplanner", window.stdout + window.stderr


@pytest.mark.parametrize("command, out, starts", [
    ("report", "รายงาน.pdf", b"%PDF"),
    ("export", "ແຜນ.xlsx", b"PK"),
    ("mspdi", "plan.xml", b"<?xml"),
    ("calendar", "ປະຕິທິນ.ics", b"BEGIN:VCALENDAR"),
])
def test_the_bundles_commands_write_their_files_in_a_clean_root(clean_root, command, out, starts):
    workspace = f"{FOLDER}/exports.mouplan"
    if not (clean_root / workspace.lstrip("/")).exists():
        (clean_root / FOLDER.lstrip("/")).mkdir(parents=True, exist_ok=True)
        assert inside(clean_root, "demo", workspace).returncode == 0
    done = inside(clean_root, command, workspace, f"{FOLDER}/{out}")
    assert done.returncode == 0, done.stdout + done.stderr
    written = (clean_root / FOLDER.lstrip("/") / out).read_bytes()
    assert written.startswith(starts) and len(written) > 2000, written[:100]


ICU_CHECK = """
import functools
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
names = ["ไก่", "ขวด", "เกม", "กา", "ข้าว", "ค่ำ", "ໄກ່", "ກາ", "ເກມ", "Zebra", "apple", "Äpfel"]
for name in ("th_TH", "lo_LA", "en_GB", "fr_FR"):
    print(name, sorted(names, key=functools.cmp_to_key(QCollator(QLocale(name)).compare)))
    for zone in (b"Asia/Bangkok", b"Asia/Vientiane"):
        print(name, "zone", QTimeZone(zone).displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                                                        QLocale(name)))
print(QLocale("th_TH").toUpper("straße ﬁ"), QLocale("lo_LA").toLower("ÀÉ"))
print([QStringDecoder(name).isValid() for name in ("TIS-620", "windows-874", "UTF-8", "ISO-8859-1")])
from mouplanner.locale.wordbreaks import words
print("words", words("การประชุมคณะทำงานร่วมด้านเทคโนโลยี"), words("ກອງປະຊຸມຄະນະເຮັດວຽກຮ່ວມ"))
"""


def test_the_bundles_smaller_icu_answers_qt_as_the_whole_one_does(bundle):
    """The bundle's ICU data keeps only the app's locales (packaging/icu_data.py): what Qt asks ICU
    (collation, time-zone names, case mapping, the Thai code pages) and what the app asks (where
    Thai and Lao lines break) comes out the same as with
    Qt's own ICU, for Thai, Lao and English; a locale left out (French) sorts by ICU's root rules, as
    French does anyway, and names time zones in English."""
    small = bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libicudata.so.73"
    whole = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    assert small.stat().st_size < 8_000_000 < 25_000_000 < whole.stat().st_size, (small, whole)
    answers = [subprocess.run([sys.executable, "-c", ICU_CHECK], capture_output=True, text=True, encoding="utf-8",
                              env={**os.environ, **extra}, check=True).stdout
               for extra in ({}, {"LD_PRELOAD": str(small)})]
    assert "เวลาอินโดจีน" in answers[1] and "ເວລາອິນດູຈີນ" in answers[1] and "[True, True, True, True]" in answers[1]
    assert "words ['การ', 'ประชุม', 'คณะ', 'ทำงาน', 'ร่วม', 'ด้าน', 'เทคโนโลยี'] ['ກອງ', 'ປະຊຸມ'," in answers[1]
    whole_said, small_said = ([line for line in said.splitlines() if not line.startswith("fr_FR zone")]
                              for said in answers)
    assert whole_said == small_said
    assert answers[1].count("fr_FR zone Indochina Time") == 2


def test_about_lists_every_library_from_the_bundle(bundle):
    """Help > About reads versions and licences from the libraries' metadata: the bundle carries
    the metadata of every library the app requires (not only of some)."""
    from importlib import metadata

    required = {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower().replace("-", "_")
                for r in metadata.requires("mouplanner") or [] if "extra ==" not in r}
    carried = {p.name.split("-")[0].lower().replace("-", "_") for p in (bundle / "_internal").glob("*.dist-info")}
    assert required and required <= carried, required - carried


def test_a_thai_report_from_the_bundle_reads_as_the_apps_own(clean_root, tmp_path):
    """The same workspace and day, the report in Thai from the bundle in the clean root and from
    the virtual environment here: the same text, line for line (a Thai line that broke mid-word, as
    Qt does without libthai, would differ)."""
    workspace = f"{FOLDER}/report.mouplan"
    (clean_root / FOLDER.lstrip("/")).mkdir(parents=True, exist_ok=True)
    assert inside(clean_root, "demo", workspace, "--as-of", "2026-12-01").returncode == 0
    made = inside(clean_root, "report", workspace, f"{FOLDER}/th.pdf", "--lang", "th", "--as-of", "2026-12-01")
    assert made.returncode == 0, made.stderr
    here = tmp_path / "report.mouplan"
    shutil.copyfile(clean_root / workspace.lstrip("/"), here)
    ours = subprocess.run([sys.executable, "-m", "mouplanner", "report", str(here), str(tmp_path / "th.pdf"),
                           "--lang", "th", "--as-of", "2026-12-01"], capture_output=True, text=True, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert ours.returncode == 0, ours.stderr

    def text(pdf: Path) -> list[str]:
        return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              encoding="utf-8", check=True).stdout.splitlines()

    bundled, own = text(clean_root / FOLDER.lstrip("/") / "th.pdf"), text(tmp_path / "th.pdf")
    assert len(own) > 100 and any("ระบบการให้บริการ" in line for line in own)
    assert bundled == own
