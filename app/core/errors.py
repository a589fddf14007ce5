"""The one error type a user sees (no Qt)."""

from __future__ import annotations

from app.core.i18n import translate


class UserError(Exception):
    """A problem the user can act on, shown as one translated message.

    `template` is English source text marked with QT_TRANSLATE_NOOP in context
    "errors"; `params` fill its `{placeholders}` after translation.
    """

    context = "errors"

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params

    def message(self) -> str:
        return translate(self.context, self.template).format(**self.params)
