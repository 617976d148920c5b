# The two commands of the README: `make run` and `make test`. Both set everything up first.
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test setup gallery bundle

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh

setup: $(STAMP)

# make run                      -> the last workspace, or the demo workspace on first start
# make run WORKSPACE=file.mouplan -> that workspace
run: $(STAMP)
	$(VENV)/bin/mouplanner $(WORKSPACE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest $(PYTEST_ARGS)

# every view, form, dialog and report page in English, Thai and Lao -> gallery/index.html
gallery: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/gallery.py $(GALLERY_ARGS)

# a standalone folder (Python, Qt, fonts, translations, migrations, demo data) -> dist/mouplanner and
# its archive dist/mouplanner-<version>-<system>.tar.gz; on Windows the same spec makes the Windows folder
bundle: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mouplanner.spec
	tar -C dist -czf dist/mouplanner-$$($(VENV)/bin/python -c "import mouplanner; print(mouplanner.__version__)")-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz mouplanner
