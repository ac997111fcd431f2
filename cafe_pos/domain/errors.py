"""The one base class of errors a person must read (message in French, no traceback)."""


class UserError(Exception):
    """Bad input or a refused action: ``str(err)`` is one clear French sentence.

    The command line prints it on one line and exits 2; the app shows it in a dialog or
    the status bar. Raising it must leave the database unchanged (the unit of work rolls
    back).
    """


class PermissionDenied(UserError):
    """The current user's role does not allow this action (a manager PIN may)."""


class NotFound(UserError):
    """A ticket, product, tab... that does not exist."""
