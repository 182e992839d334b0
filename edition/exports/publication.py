"""The edition as the exports describe it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..markup import Markup
from ..model import EditionIdentity


@dataclass(frozen=True)
class Publication:
    """The edition as the exports describe it: its identity (mkdocs.yml `extra.edition`) and its address."""

    identity: EditionIdentity
    site_url: str  # ends with "/"
    markup: Markup  # the site's Markdown converter: notes and definitions print as the pages show them
    language: str = "en"  # the edition's (mkdocs.yml's theme.language): its apparatus's; each text's content has its own

    def __getattr__(self, name: str) -> Any:  # title, editors, publisher, version, date_released, licence, …
        return getattr(self.identity, name)

    @property
    def editor_names(self) -> tuple[str, ...]:
        return tuple(e.display for e in self.identity.editors)

    @property
    def licence_chosen(self) -> bool:
        """False for SPDX NOASSERTION: no licence has been chosen yet."""
        return bool(self.identity.licence) and self.identity.licence != "NOASSERTION"
