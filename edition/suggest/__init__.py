"""`suggest`: the witness's likely transcription errors, with proposed readings, from the witness alone.

find.py finds and ranks them (reading source/ only); report.py writes the table, the YAML entries
and the JSON, and marks the places the editors have corrected already."""

from .find import Findings, Suggestion, find
from .text import SuggestFailed

__all__ = ["Findings", "SuggestFailed", "Suggestion", "find"]
