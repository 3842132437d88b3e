"""The staff log-in dialog; in demo mode it lists the demo accounts so a newcomer can get in at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import role_name
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import auth
from yk_desktop.services.auth import StaffInfo
from yk_desktop.services.runtime import Runtime

# (username, password, name, role), as ``services.demo.demo_accounts()`` gives them.
DemoAccount = tuple[str, str, str, str]


class LoginDialog(QDialog):
    """Ask for user name and password; ``logged_in(StaffInfo)`` is emitted and ``staff`` set on success."""

    logged_in = Signal(object)

    def __init__(
        self,
        runtime: Runtime,
        *,
        demo_accounts: Sequence[DemoAccount] | None = None,
        hall_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self._runtime = runtime
        self.staff: StaffInfo | None = None
        self.setWindowTitle(self.tr("工作人员登录"))
        self.setMinimumWidth(480)

        title = QLabel(hall_name or self.tr("政务服务大厅窗口系统"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("工作人员登录"))
        subtitle.setObjectName("loginSubtitle")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("用户名"))
        self.username.setPlaceholderText(self.tr("请输入用户名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.password.setPlaceholderText(self.tr("请输入密码"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("登录提示"))
        self.error_label.hide()
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("primaryButton")
        self.login_button.setDefault(True)  # Enter in either field logs in
        self.login_button.setAccessibleName(self.tr("登录"))
        self.login_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setAccessibleName(self.tr("取消登录"))
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.demo_view: QTableView | None = None
        self.demo_model: RowTableModel | None = None
        if demo_accounts:
            self._add_demo_list(layout, demo_accounts)

        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.cancel_button)
        if self.demo_view is not None:
            self.setTabOrder(self.cancel_button, self.demo_view)
        self.username.setFocus()

    def _add_demo_list(self, layout: QVBoxLayout, accounts: Sequence[DemoAccount]) -> None:
        hint = QLabel(self.tr("演示模式：单击账号填入，双击直接登录"))
        hint.setObjectName("hintLabel")
        self.demo_model = RowTableModel(
            [
                Column(self.tr("用户名"), lambda a: a[0]),
                Column(self.tr("姓名"), lambda a: a[2]),
                Column(self.tr("角色"), lambda a: role_name(a[3])),
                Column(self.tr("密码"), lambda a: a[1]),
            ],
            self,
        )
        self.demo_model.set_rows(list(accounts))
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        view.setObjectName("demoAccounts")
        view.setAccessibleName(self.tr("演示账号列表"))
        view.setModel(self.demo_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(280)
        view.clicked.connect(self._fill_from_demo)
        view.doubleClicked.connect(self._login_from_demo)
        self.demo_view = view
        layout.addWidget(hint)
        layout.addWidget(view)

    def _fill_from_demo(self, index: QModelIndex) -> None:
        assert self.demo_model is not None
        username, password, _name, _role = self.demo_model.row_at(index.row())
        self.username.setText(username)
        self.password.setText(password)

    def _login_from_demo(self, index: QModelIndex) -> None:
        self._fill_from_demo(index)
        self.submit()

    def submit(self) -> None:
        """Check the password on a worker thread (argon2 is deliberately slow)."""
        if not self.login_button.isEnabled():
            return  # a check is already running; a second Enter must not log in twice
        self._set_busy(True)
        run_in_pool(
            auth.login,
            self._runtime.uow(),
            self.username.text(),
            self.password.text(),
            on_done=self._succeeded,
            on_error=self._failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("正在登录…") if busy else self.tr("登录"))

    def _succeeded(self, staff: StaffInfo) -> None:
        self._set_busy(False)
        self.staff = staff
        self.error_label.hide()
        self.logged_in.emit(staff)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.password.clear()
        if not self.username.text().strip():
            self.username.setFocus()
        else:
            self.password.setFocus()

    @classmethod
    def ask(
        cls,
        runtime: Runtime,
        *,
        demo_accounts: Sequence[DemoAccount] | None = None,
        hall_name: str = "",
        parent: QWidget | None = None,
    ) -> StaffInfo | None:
        """Show the dialog modally; the staff member who logged in, or None when cancelled."""
        dialog = cls(runtime, demo_accounts=demo_accounts, hall_name=hall_name, parent=parent)
        dialog.exec()
        staff = dialog.staff
        # With a parent (the main window's log-out) the dialog would otherwise live as long as the window:
        # one more hidden dialog, with its models, at every log-out.
        dialog.deleteLater()
        return staff
