"""The server tests' own: the app's windows too (File > Connect to server…), with the UI tests'
settings folders and checks. The server itself comes from tests/server.py (for every suite)."""

from tests.ui.conftest import isolated_settings, make_window, no_printed_traceback, ui_thread_collector  # noqa: F401
