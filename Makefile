# The two commands of the README: `make run` and `make test`. Both set everything up first.
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test setup gallery

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
