"""Agreement a word owes the words of its clause, beyond its two neighbours: rules of the
language's grammar (`agreement.yaml`) that read the word classes a dictionary gives each word
form (for English, `lemminflect`'s, from the NIH SPECIALIST lexicon), never the text's own
corrections. A rule tells where the witnessed word breaks the clause's grammar and a reading
keeps it; it does not say which reading the page had.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .text import Paragraph, runs

Classes = Callable[[str], frozenset[str]]


@dataclass(frozen=True)
class Clause:
    """A token's run of words (lower case), its place in it, and whether the run closes a sentence."""

    words: tuple[str, ...]
    at: int
    closes_sentence: bool
    commas: frozenset[int]  # places in the run that a comma precedes


def clauses(paragraph: Paragraph) -> dict[int, Clause]:
    """For each token's index, its clause as `grammar` reads it."""
    found: dict[int, Clause] = {}
    text = paragraph.text
    for run in runs(paragraph):
        words = tuple(t.lower for t in run)
        after = text[run[-1].end:].lstrip(" \t\r\n\u00a0\"'”’)")
        closes = not after or after[0] in ".!?"
        commas = frozenset(place for place in range(1, len(run)) if "," in text[run[place - 1].end:run[place].start])
        for place, token in enumerate(run):
            found[token.index] = Clause(words, place, closes, commas)
    return found


@functools.lru_cache(maxsize=4)
def classes_for(language: str) -> Classes | None:
    """The word classes (Universal Dependencies tags) of a word form, for a language that has a
    dictionary of them; None for the others (then no rule here applies)."""
    if language != "en":
        return None
    table = _english_forms()

    def classes(word: str) -> frozenset[str]:
        return frozenset(table.get(word, ()))

    return classes


def written_capitalised(word: str, language: str) -> bool:
    """Whether the language's dictionary of word forms writes `word` ("Korean", "Monday") with
    its capital only: then the capital is no error wherever it stands."""
    if language != "en":
        return False
    table = _english_forms()
    return word in table and word.lower() not in table


@functools.lru_cache(maxsize=1)
def _english_forms() -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's table of English word forms (from the NIH SPECIALIST lexicon), with its
    overrides: form -> {class: its lemmas}. Read from the package's data files, as lemminflect's
    own codec reads them, without importing the package (which loads numpy for the neural
    guesses at unknown words that suggest does not use: a third of the search's time)."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    class_of = {"adj": "ADJ", "adv": "ADV", "aux": "AUX", "modal": "AUX", "noun": "NOUN", "verb": "VERB"}
    for line in gzip.decompress((resources / "lemma_lu.csv.gz").read_bytes()).decode("utf-8").splitlines():
        word, category, forms = line.split(",")
        entry = table.get(word)
        if entry is None:
            entry = table[word] = {}
        entry[class_of.get(category, category.upper())] = tuple(forms.split("/"))
    for line in (resources / "lemma_overrides.csv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, upos, lemma = line.strip().split(",")
            table.setdefault(word, {})[upos] = (lemma,)
    return table


@functools.lru_cache(maxsize=65536)
def _verb_forms(word: str) -> frozenset[str]:
    """What `word` is as a form of its verbs: VB (the bare form), VBZ (with -s), VBG (-ing) or
    VBD/VBN (a past form), told from its verb lemmas."""
    tags = set()
    for lemma in _english_forms().get(word, {}).get("VERB", ()):
        if word == lemma:
            tags.add("VB")
        elif word.endswith("s"):
            tags.add("VBZ")
        elif word.endswith("ing"):
            tags.add("VBG")
        else:
            tags.update(("VBD", "VBN"))
    return frozenset(tags)


@dataclass(frozen=True)
class Broken:
    """A rule of the clause that the witnessed word breaks: which readings keep it, and why."""

    keeps: Callable[[str], bool]
    why: str


def broken_rule(word: str, clause: Clause, rules: dict, classes: Classes | None) -> Broken | None:
    """The first rule of the clause's grammar that the witnessed `word` breaks, or None."""
    if classes is None or not rules:
        return None
    for rule in (_coordinated_like, _coordinated_verb, _headless_phrase):
        broken = rule(word, clause, rules, classes)
        if broken is not None:
            return Broken(*broken)
    return None


def reading_breaks(option: str, clause: Clause, rules: dict, classes: Classes | None) -> str:
    """Why `option` cannot stand in the witnessed word's place, by a rule of the clause that the
    witnessed word does not break ("plunder of them is" read as "the is": an article before a
    verb or a function word); "" where none forbids it."""
    if classes is None or option not in rules.get("articles", ()):
        return ""
    words, at = clause.words, clause.at
    if words[at] in rules.get("articles", ()) or at + 1 >= len(words) or at + 1 in clause.commas:
        return ""
    after = words[at + 1]
    function_words = (*rules.get("coordinators", ()), *rules.get("prepositions", ()), *rules.get("articles", ()),
                      *rules.get("bare_verb_after", ()), *rules.get("finite_auxiliaries", ()))
    if after in function_words:
        return f"the article {option!r} cannot stand before {after!r}"
    return ""


def _coordinated_like(word: str, clause: Clause, rules: dict, classes: Classes):
    """"peace and <adjective>": what a coordinator joins to a noun is a noun, unless it opens a
    noun phrase (an adjective before a noun) or is an adverb of the whole clause."""
    words, at = clause.words, clause.at
    if at < 2 or words[at - 1] not in rules.get("coordinators", ()) or at - 1 in clause.commas:
        return None  # (", and thus": a coordinator after a comma may join clauses)
    before, mine = classes(words[at - 2]), classes(word)
    if before != {"NOUN"} or mine != {"ADJ"}:
        return None
    if at + 1 < len(words) and at + 1 not in clause.commas and "NOUN" in classes(words[at + 1]):
        return None  # "peace and lasting security"
    return (lambda option: _noun(option, rules, classes),
            f"{words[at - 1]!r} joins it to the noun {words[at - 2]!r}, and {word!r} is no noun")


def _coordinated_verb(word: str, clause: Clause, rules: dict, classes: Classes):
    """"able to strengthen … and dynamically promotes": a verb coordinated with one after "to"
    or a modal takes its form: the bare one."""
    words, at = clause.words, clause.at
    coordinators = rules.get("coordinators", ())
    if not (at >= 2 and words[at - 1] in coordinators) and not (at >= 3 and words[at - 2] in coordinators):
        return None
    joined = at - 1
    if words[joined] not in coordinators and classes(words[joined]) == {"ADV"}:
        joined -= 1  # an adverb between: "and dynamically"
    if joined < 1 or words[joined] not in rules.get("coordinators", ()) or classes(word) != {"VERB"}:
        return None
    if _verb_forms(word) != {"VBZ"}:
        return None
    for place in range(joined - 1, 0, -1):
        if place in clause.commas or place + 1 in clause.commas or _finite(words[place], classes):
            return None  # another clause, or a verb with a suffix it may be coordinated with
        if words[place - 1] in rules.get("bare_verb_after", ()) and "VB" in _verb_forms(words[place]) \
                and classes(words[place]) == {"VERB"}:  # ("can be redone and behaves": a participle's)
            if any(_finite(earlier, classes) for earlier in words[:place - 1]):
                return None  # "this chapter shows how to get … and explains": its subject's verb
            marker, verb = words[place - 1], words[place]
            return (lambda option: "VB" in _verb_forms(option),
                    f"coordinated with {verb!r} after {marker!r}, the verb has its bare form")
    return None


def _finite(word: str, classes: Classes) -> bool:
    """A verb in its third-person form that can be nothing else ("shows", "defines")."""
    return classes(word) == {"VERB"} and "VBZ" in _verb_forms(word)


def _headless_phrase(word: str, clause: Clause, rules: dict, classes: Classes):
    """"as their common fighting programmed.": a noun phrase that a determiner opens needs a noun
    to close it; a past form of a verb that can be nothing else cannot end the sentence there."""
    words, at = clause.words, clause.at
    if at + 1 != len(words) or not clause.closes_sentence or classes(word) != {"VERB"}:
        return None
    if not _verb_forms(word) or not _verb_forms(word) <= {"VBD", "VBN"}:
        return None
    if at == 0 or "NOUN" in classes(words[at - 1]) or words[at - 1] == "being":
        return None  # a participle after its noun: "the name specified", "the text being recorded"
    for place in range(at - 1, max(at - 5, -1), -1):
        if words[place] in rules.get("determiners", ()):
            if place + 1 == at or place == 0 or words[place - 1] not in rules.get("prepositions", ()):
                return None  # a phrase that is no preposition's object may be a subject: "the men trained."
            return (lambda option: _noun(option, rules, classes),
                    f"{words[place]!r} opens a noun phrase that ends the sentence without a noun")
        between = classes(words[place])
        if place in clause.commas or between == {"NOUN"} or not (between & {"ADJ", "NOUN"} or words[place].endswith("ing")):
            return None  # (a word that can only be a noun heads the phrase already)
    return None


def _noun(word: str, rules: dict, classes: Classes) -> bool:
    """A word that can be a noun and is none of the rules' function words (the dictionary gives
    "this" and "their" a noun's class too)."""
    function_words = (*rules.get("coordinators", ()), *rules.get("determiners", ()), *rules.get("prepositions", ()),
                      *rules.get("bare_verb_after", ()))
    return "NOUN" in classes(word) and word not in function_words
