"""Workspaces on a server, as the app connects to them: an address (host, port, database, user,
TLS mode) made into a URL and back, and passwords kept in the operating system's keyring
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux), never in settings.

libpq reads the user's pgpass file by itself, so a password kept there needs nothing from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from mouplanner.storage.postgres import is_url, readable
from mouplanner.storage.postgres import without_password as _no_password

KEYRING_SERVICE = "mouplanner"


def is_server(location: object) -> bool:
    return is_url(location) if isinstance(location, str) else False


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        parsed = make_url(url)
        host = parsed.host or str(parsed.query.get("host") or "")
        mode = str(parsed.query.get("sslmode") or "prefer")
        port = parsed.port or int(str(parsed.query.get("port") or 5432))  # (libpq takes it in the query too)
        return cls(host, port, parsed.database or "", parsed.username or "", mode)

    def url(self, password: str | None = None) -> str:
        """The URL to open (with the password only in memory, never to be kept)."""
        query: dict[str, str] = {"sslmode": self.sslmode} if self.sslmode != "prefer" else {}
        socket = self.host.startswith("/")  # a Unix socket's folder (a server on this machine)
        if socket:
            query["host"] = self.host
        made = URL.create("postgresql", username=self.user or None, password=password or None,
                          host=None if socket else self.host or None,
                          port=None if socket or self.port == 5432 else self.port,
                          database=self.database, query=query)
        return readable(made)

    @property
    def key(self) -> str:
        """The keyring's name for this login: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        """How the app shows it: "somchai on mou.mdes.go.th / mou"."""
        where = "this computer" if self.host.startswith("/") or not self.host else self.host
        return f"{self.database} — {self.user}@{where}"


def reachable(url: str, timeout: float = 2.0) -> bool:
    """Whether the server at ``url`` answers on its port (or socket) at all: a laptop back on the
    ministry's network. No login (that may need a password); a few seconds at most."""
    import socket

    address = ServerAddress.from_url(url)
    try:
        if address.host.startswith("/"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
                unix.settimeout(timeout)
                unix.connect(f"{address.host}/.s.PGSQL.{address.port}")
        else:
            socket.create_connection((address.host or "localhost", address.port), timeout=timeout).close()
    except OSError:
        return False
    return True


def password_of(url: str) -> str | None:
    password = make_url(url).password
    return None if password is None else str(password)


def with_password(url: str, password: str | None) -> str:
    """``url`` as it was given (every libpq option in its query kept), with ``password`` if any."""
    given = _no_password(make_url(url))
    return (given.set(password=password) if password else given).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    return readable(_no_password(make_url(url))) if is_url(url) else url


# --- the keyring ----------------------------------------------------------------------------------


def saved_password(address: ServerAddress) -> str | None:
    """The password kept in the keyring for this login, or None (none kept, or no keyring here)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, address.key)
    except Exception:  # noqa: BLE001 - no keyring on this machine (a bare server, a locked one)
        return None


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False when this machine has none (it is then asked again)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.key, password)
        return True
    except Exception:  # noqa: BLE001 - no usable keyring
        return False


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, address.key)
    except Exception:  # noqa: BLE001 - nothing kept, or no keyring
        pass


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001
        return False


__all__ = ["ServerAddress", "forget_password", "is_server", "keyring_available", "password_of",
           "save_password", "saved_password", "with_password", "without_password"]
