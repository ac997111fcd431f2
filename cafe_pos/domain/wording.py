"""Words for the user that the interface translates: a French template and its values.

A ``Wording`` is a ``str`` (the French text, what the CLI prints and the logs keep) that
also remembers its template (``"Siège : à jour ({0})"``) and values, so the Qt interface
can show it in another language (``cafe_pos.ui.wording.shown``): the template is looked up
in the translation files, each value too when it is itself a ``Wording``. French is the
source language; a template the translation files don't know stays French.
"""

from __future__ import annotations


class Wording(str):
    """French text built from ``template.format(*args)``, template and args kept."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: str) -> Wording:
        text = super().__new__(cls, template.format(*args))
        text.template = template
        text.args = tuple(args)
        return text

    def __reduce__(self) -> tuple[type[Wording], tuple[str, ...]]:  # copies, pickles
        return (Wording, (self.template, *self.args))
