#!/usr/bin/env bash
# Brings translations/mouplanner_{th,lo}.ts in line with the source strings (tr(), translate(),
# QT_TRANSLATE_NOOP) after a change; then translate the new entries in Qt Linguist
# (.venv/bin/pyside6-linguist). translations/qt_*.ts (Qt's own buttons and dialogs) are kept by hand.
# The app builds the .qm files from the .ts files itself (mouplanner/ui/i18n.py).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate $(git ls-files 'mouplanner/*.py' | sort) \
  -ts translations/mouplanner_th.ts translations/mouplanner_lo.ts -no-obsolete -locations relative
# English: its plural forms only ("%n record(s)" -> "1 record", "2 records"); fill new ones by hand
.venv/bin/pyside6-lupdate $(git ls-files 'mouplanner/*.py' | sort) \
  -ts translations/mouplanner_en.ts -pluralonly -no-obsolete -locations none -source-language en -target-language en
