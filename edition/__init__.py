"""The edition pipeline: load and validate → model → transform → render → export."""

from .footnote_order import install as _index_footnote_order

# Before any converter is made: MkDocs (in build's process), check and the exports make theirs here.
_index_footnote_order()
