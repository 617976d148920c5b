"""File > Connect to server…: a workspace on the ministry's PostgreSQL server.

The dialog asks for the server's address (host, port, database, login, TLS); recent servers are
offered first. The password comes from the user's pgpass file (libpq reads it), else from the
system's keyring, else it is asked, and kept in the keyring only when the user says so; never in
settings.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mouplanner.facade.servers import (
    ServerAddress,
    forget_password,
    is_server,
    keyring_available,
    password_of,
    save_password,
    saved_password,
    with_password,
    without_password,
)
from mouplanner.ui import settings
from mouplanner.ui.i18n import translated

if TYPE_CHECKING:
    from mouplanner.facade import Facade


class ConnectDialog(QDialog):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a server"))
        self.recent = QComboBox(self)
        self.recent.setObjectName("recentServers")
        self.recent.addItem(self.tr("(a new server)"), "")
        for location in settings.recent_workspaces():
            if is_server(location):
                self.recent.addItem(ServerAddress.from_url(location).label, location)
        self.recent.currentIndexChanged.connect(self._recent_chosen)
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText("mou.example.go.th")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.user = QLineEdit(getpass.getuser(), self)
        self.user.setObjectName("user")
        self.tls = QComboBox(self)
        self.tls.setObjectName("tls")
        for mode, label in self._tls_labels().items():
            self.tls.addItem(label, mode)
        form = QFormLayout()
        form.addRow(self.tr("Recent servers"), self.recent)
        form.addRow(self.tr("Server (host name or address)"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Your login"), self.user)
        form.addRow(self.tr("Connection"), self.tls)
        note = QLabel(self.tr("Your ministry's IT officer gives you these. The password is asked when the server "
                              "needs one, unless your pgpass file or this computer's keyring keeps it."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update)
        form.setRowVisible(self.recent, self.recent.count() > 1)  # (none yet: nothing to offer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _tls_labels(self) -> dict[str, str]:
        return {"prefer": self.tr("Encrypted when the server offers it"),
                "require": self.tr("Always encrypted"),
                "verify-ca": self.tr("Encrypted, server certificate checked"),
                "verify-full": self.tr("Encrypted, certificate and host name checked"),
                "disable": self.tr("Not encrypted")}

    def _recent_chosen(self, index: int) -> None:
        location = self.recent.itemData(index)
        if location:
            self.fill(ServerAddress.from_url(location))

    def fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(address.sslmode)))

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                             self.user.text().strip(), self.tls.currentData() or "prefer")

    def _update(self) -> None:
        a = self.address()
        self.connect_button.setEnabled(bool(a.host and a.database and a.user))

    def _connect(self) -> None:
        url = self.address().url()
        facade = connect(self.window_, url, parent=self)
        if facade is not None and self.window_.show_workspace(facade, url):
            self.accept()


class PasswordDialog(QDialog):
    def __init__(self, address: ServerAddress, refused: bool, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password"))
        question = QLabel(self.tr("Password of %1 for %2 on %3:").replace("%1", address.user)
                          .replace("%2", address.database).replace("%3", address.host), self)
        question.setWordWrap(True)
        self.refused = QLabel(self.tr("The server did not accept that password. Try again."), self)
        self.refused.setObjectName("refused")
        self.refused.setStyleSheet("color: #b03a2e;")
        self.refused.setVisible(refused)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep it in this computer's keyring"), self)
        self.keep.setObjectName("keep")
        if not keyring_available():
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr("This computer has no keyring: the password is asked each time"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, self.refused, self.password, self.keep, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(440)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


def connect(window: Any, url: str, read_only: bool = False, parent: QWidget | None = None) -> Facade | None:
    """Open the workspace at ``url``, with a password from pgpass, the keyring or the user as
    needed; None when it cannot be opened (the user was told why) or the user gave up."""
    from mouplanner.facade import open_workspace
    from mouplanner.storage import WorkspaceError, WorkspaceNotFound
    from mouplanner.storage.errors import ServerUnavailable

    address = ServerAddress.from_url(url)
    password, from_keyring, keep, refused = password_of(url), False, False, False
    tried_keyring = password is not None
    while True:
        try:
            facade = open_workspace(with_password(url, password), read_only=read_only)
        except ServerUnavailable as exc:
            if not exc.needs_password:
                window.show_error(QCoreApplication.translate("ConnectDialog", "Cannot connect to the server"),
                                  translated(exc, window.formats))
                return None
            if not tried_keyring:  # (libpq has looked in pgpass already)
                tried_keyring = True
                password = saved_password(address)
                if password is not None:
                    from_keyring = True
                    continue
            elif password is not None:
                refused = True
                if from_keyring:
                    forget_password(address)  # changed on the server since it was kept
                    from_keyring = False
            dialog = PasswordDialog(address, refused, parent or window)
            window.password_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            password, keep = dialog.password.text(), dialog.keep.isChecked()
            continue
        except WorkspaceError as exc:
            window.show_error(QCoreApplication.translate("ConnectDialog", "Cannot open workspace"),
                              translated(exc, window.formats))
            if isinstance(exc, WorkspaceNotFound):
                settings.forget_workspace(without_password(url))
            return None
        if keep and password:
            save_password(address, password)
        return facade


__all__ = ["ConnectDialog", "PasswordDialog", "connect"]
