"""ICU's data for the Linux bundle, with only the locales the app speaks (used by mouplanner.spec).

Qt's Linux libraries link to ICU, whose data library (libicudata) carries every locale's names of
languages, countries, currencies, units and time zones, every language's collation and spell-out
rules, transliterators, word-break dictionaries and a hundred legacy code pages: 32 MB, a fifth of
the bundle. Qt itself asks ICU for collation, case mapping, time-zone names and named text codecs
(the ICU functions libQt6Core imports); the app formats with babel and Qt's own locale data.

So the bundle gets a libicudata of the same name whose data keeps every file that is not of a
locale, the locales English, Thai and Lao with their parents, the Thai code pages, and the line
break rules with their dictionaries (the app asks ICU where Thai and Lao lines break:
locale/wordbreaks.py), and leaves out the rest and the transliterators: ICU falls back to its root
locale for any other. The data is
ICU's own package cut with ICU's own tool (``icupkg``, Debian's icu-devtools) and linked with gcc
into a library that exports it under ICU's symbol. Without those tools the bundle keeps Qt's
library whole (and says so). tests/packaging/test_bundle.py compares what Qt gets from both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LOCALES = {"root", "en", "en_001", "en_150", "en_GB", "en_US", "en_US_POSIX", "th", "th_TH", "lo", "lo_LA"}
LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")  # (de_ is an alias of de)
DROPPED_TREES = ("translit/",)  # transliterators: nothing in Qt or the app asks for them
KEPT_TREES = ("brkitr/",)  # (the break rules name every dictionary: icupkg keeps them together)
KEPT_CODE_PAGES = ("ibm-874", "windows-874", "tis-620")  # (Thai; Unicode and Latin-1 are in ICU's code)


def tools() -> tuple[str, str] | None:
    icupkg, gcc = shutil.which("icupkg"), shutil.which("gcc") or shutil.which("cc")
    return (icupkg, gcc) if icupkg and gcc else None


def symbol(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the data symbol (``icudt73_dat``) in ICU's data library."""
    listed = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True,
                            check=True).stdout
    address, size, name = next((int(a, 16), int(s, 16), n) for a, s, _kind, n in
                               (line.split() for line in listed.splitlines() if line.strip().endswith("_dat")))
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[1] == ".rodata":
            start, offset = int(parts[3], 16), int(parts[4], 16)
            data = library.read_bytes()[offset + address - start: offset + address - start + size]
            return name, data
    raise ValueError(f"no .rodata section in {library}")


def unwanted(item: str) -> bool:
    if item.startswith(DROPPED_TREES):
        return True
    if item.startswith(KEPT_TREES):
        return False
    if item.endswith(".cnv"):
        return not item.startswith(KEPT_CODE_PAGES)
    found = LOCALE_ITEM.match(item)
    return bool(found) and found.group(1) not in KEEP_LOCALES


def trimmed_library(library: Path, work: Path) -> Path | None:
    """A libicudata like ``library`` with the data above; None without icupkg and gcc."""
    found = tools()
    if found is None:
        print("icupkg (icu-devtools) or gcc not found: the bundle keeps ICU's data whole (32 MB)")
        return None
    icupkg, gcc = found
    work.mkdir(parents=True, exist_ok=True)
    name, data = symbol(library)
    package = work / f"{name.removesuffix('_dat')}l.dat"
    package.write_bytes(data)
    items = subprocess.run([icupkg, "-l", str(package)], capture_output=True, text=True, check=True).stdout.split()
    dropped = work / "dropped.txt"
    dropped.write_text("\n".join(i for i in items if unwanted(i)) + "\n", encoding="utf-8")
    smaller = work / "smaller" / package.name  # (icupkg names the items after the file: the same name)
    smaller.parent.mkdir(exist_ok=True)
    subprocess.run([icupkg, "-r", str(dropped), str(package), str(smaller)], check=True, capture_output=True)
    source = work / "icudata.c"
    source.write_text(  # the package under ICU's symbol, 16-byte aligned as ICU's own build lays it out
        f'__asm__(".section .rodata\\n.globl {name}\\n.type {name}, @object\\n.balign 16\\n{name}:\\n'
        f'.incbin \\"{smaller}\\"\\n.size {name}, .-{name}\\n");\n', encoding="utf-8")
    out = work / library.name
    subprocess.run([gcc, "-shared", "-nostdlib", "-o", str(out), f"-Wl,-soname,{library.name}", str(source)],
                   check=True, capture_output=True)
    subprocess.run(["strip", "--strip-unneeded", str(out)], check=False, capture_output=True)
    print(f"ICU data: {len(data) / 1e6:.1f} MB -> {smaller.stat().st_size / 1e6:.1f} MB "
          f"({len(items) - len(dropped.read_text(encoding='utf-8').split())} of {len(items)} files)")
    return out
