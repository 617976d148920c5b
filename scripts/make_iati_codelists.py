"""Writes resources/iati/codelists.json: the codes (and English names) of the IATI codelists the
IATI export checks its settings and values against, read from clones of IATI's own repositories:

    python scripts/make_iati_codelists.py PATH/TO/IATI-Codelists-NonEmbedded PATH/TO/IATI-Codelists

Only active items are kept. The codelists are IATI's (https://iatistandard.org/en/guidance/
standard-guidance/codelists/), published openly; see resources/iati/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

NON_EMBEDDED = ("Sector", "AidType", "OrganisationType", "Country", "Currency")
EMBEDDED = ("OrganisationRole", "ActivityStatus", "DocumentCategory")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OUT = Path(__file__).resolve().parents[1] / "resources" / "iati" / "codelists.json"


def items(repo: Path, name: str) -> dict[str, str]:
    text = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:xml/{name}.xml"], capture_output=True, text=True,
                          check=True).stdout
    root = ElementTree.fromstring(text)
    found = {}
    for item in root.iter("codelist-item"):
        if item.get("status", "active") != "active":
            continue
        code = (item.findtext("code") or "").strip()
        names = [n for n in item.iter("narrative") if n.get(XML_LANG) in (None, "en")]
        found[code] = (names[0].text or "").strip() if names else ""
    return found


def main() -> None:
    non_embedded, embedded = Path(sys.argv[1]), Path(sys.argv[2])
    lists = {name: items(non_embedded, name) for name in NON_EMBEDDED}
    lists |= {name: items(embedded, name) for name in EMBEDDED}
    OUT.write_text(json.dumps(lists, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in lists.items()))


if __name__ == "__main__":
    main()
