"""What a Windows laptop needs that this Linux machine cannot show by running: checked on the source.

- No POSIX-only call (``fcntl``, ``os.fork``, ``os.getuid``...) and no ``os.path``: paths are
  ``pathlib`` objects everywhere, so a drive letter, a UNC share or a backslash never meets string
  arithmetic. A module that only runs on Linux says so (``LINUX_ONLY``).
- No text file read or written without an encoding: Windows's default is the ANSI code page (874 on
  a Thai Windows, 1252 on most others), which cannot hold Lao and would garble Thai.
The same rules in running code (Thai and Lao paths with spaces, the 1 GiB lock) are in
tests/storage/test_windows_semantics.py.
"""

import ast
from pathlib import Path

import mouplanner

PACKAGE = Path(mouplanner.__file__).parent
POSIX_MODULES = {"fcntl", "termios", "pwd", "grp", "resource", "posix", "pty", "tty", "syslog", "crypt"}
POSIX_CALLS = {"fork", "forkpty", "getuid", "geteuid", "getgid", "getegid", "setsid", "setuid", "killpg",
               "getpgid", "uname", "statvfs", "mkfifo", "getloadavg", "sync", "chown", "lchown", "nice"}
POSIX_SIGNALS = {"SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE"}
# Linux desktop integration (`mouplanner desktop install`): XDG folders, never reached on Windows
LINUX_ONLY = {"cli/desktop.py"}
TEXT_IO = {"read_text", "write_text"}


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if "/migrations/versions/" not in f"/{rel}":
            yield rel, ast.parse(path.read_text(encoding="utf-8"))


def _attribute(node: ast.AST) -> tuple[str, str] | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.value.id, node.attr
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
            and isinstance(node.value.value, ast.Name):
        return f"{node.value.value.id}.{node.value.attr}", node.attr
    return None


def test_no_posix_only_call_and_no_os_path():
    found = []
    for rel, tree in _sources():
        if rel in LINUX_ONLY:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [f"{rel}: import {a.name}" for a in node.names
                          if a.name.split(".")[0] in POSIX_MODULES or a.name == "os.path"]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in POSIX_MODULES or node.module == "os.path" \
                        or (node.module == "os" and any(a.name in POSIX_CALLS | {"path"} for a in node.names)):
                    found.append(f"{rel}: from {node.module} import ...")
            elif (pair := _attribute(node)) is not None:
                owner, name = pair
                if (owner == "os" and name in POSIX_CALLS | {"path"}) or owner == "os.path" \
                        or (owner == "signal" and name in POSIX_SIGNALS):
                    found.append(f"{rel}:{node.lineno}: {owner}.{name}")
    assert found == [], "POSIX-only or string-path calls: use pathlib, or guard and list the module in LINUX_ONLY"


def test_text_files_are_read_and_written_with_an_encoding():
    found = []
    for rel, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            keywords = {k.arg for k in node.keywords}
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in TEXT_IO and "encoding" not in keywords:
                found.append(f"{rel}:{node.lineno}: .{func.attr}() without encoding")
            is_open = (isinstance(func, ast.Name) and func.id == "open") or (
                isinstance(func, ast.Attribute) and func.attr == "open" and isinstance(func.value, ast.Name)
                and func.value.id in ("io", "builtins"))
            if is_open and "encoding" not in keywords:
                mode = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "mode"), None)
                binary = isinstance(mode, ast.Constant) and "b" in str(mode.value)
                if not binary:
                    found.append(f"{rel}:{node.lineno}: open() in text mode without encoding")
    assert found == [], "on Windows the default encoding is the ANSI code page: say encoding='utf-8'"


def test_the_rules_above_find_what_they_look_for():
    """The scans are not blind: a module breaking each rule is reported."""
    bad = ast.parse("import fcntl\nimport os\nos.path.join('a', 'b')\nos.getuid()\nopen('x')\n"
                    "from pathlib import Path\nPath('x').read_text()\n")
    attributes = [p for n in ast.walk(bad) if (p := _attribute(n)) is not None]
    assert ("os.path", "join") in attributes and ("os", "getuid") in attributes
    calls = [n for n in ast.walk(bad) if isinstance(n, ast.Call)]
    assert any(isinstance(c.func, ast.Attribute) and c.func.attr == "read_text" and not c.keywords for c in calls)
    assert any(isinstance(c.func, ast.Name) and c.func.id == "open" and not c.keywords for c in calls)
