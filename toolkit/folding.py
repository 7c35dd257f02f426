"""Folding: the one normalisation of text and aliases for matching.

``fold_text`` lower-cases, strips diacritics and turns every character that is not a letter or
digit into a space, one character for one character, so offsets into a folded string are offsets
into the original. Aliases are folded the same way (``alias_key``); ``case_form`` keeps the case,
for aliases that match only in their written case.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["accepted_forms", "alias_key", "case_form", "fold_text", "required_trail"]


def _fold_char(char: str, lower: bool) -> str:
    if not char.isalnum():
        return " "
    folded = char.lower() if lower else char
    if len(folded) != 1:
        folded = char
    base = unicodedata.normalize("NFKD", folded)
    if len(base) > 1 and base[0].isalnum() and all(unicodedata.combining(c) for c in base[1:]):
        folded = base[0]
        if lower and len(folded.lower()) == 1:
            folded = folded.lower()
    return folded


class _FoldTable(dict):
    """Code point → folded character, filled on first use (a ``str.translate`` table)."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code), self.lower)
        return folded


_FOLD = _FoldTable(lower=True)
_CASE = _FoldTable(lower=False)
_ASCII = bytes(ord(_fold_char(chr(c), lower=True)) for c in range(128)) + bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match) -> str:
    return _FOLD[ord(match.group())]


def fold_text(text: str) -> str:
    """Fold ``text`` for matching, keeping its length: ``len(fold_text(t)) == len(t)``.

    Each character is replaced by one character: letters and digits lower-cased (where the lower
    case is one character) with diacritics stripped (``Erdoğan`` → ``erdogan``); every other
    character (punctuation, apostrophes, hyphens and dashes, quotes, any white space) becomes a
    space.
    """
    if not text.isascii():
        if len(_NON_ASCII.findall(text, 0, 20_000)) > 1_000:
            text = text.translate(_FOLD)
        else:
            text = _NON_ASCII.sub(_fold_match, text)
    # ASCII bytes never occur inside a multi-byte UTF-8 sequence, and bytes >= 128 map to
    # themselves, so this folds the ASCII characters and leaves the others as they are.
    return text.encode("utf-8", "surrogatepass").translate(_ASCII).decode("utf-8", "surrogatepass")


def case_form(text: str) -> str:
    """``text`` with diacritics stripped and non-alphanumerics as single spaces, case kept."""
    return " ".join(text.translate(_CASE).split())


def required_trail(alias: str) -> str:
    """Punctuation other than full stops that ends an alias and must follow it in the text
    ("OPEC+" → "+"): folding turns it into a space, so it is checked apart."""
    text = alias.rstrip()
    tail = text[len(text.rstrip("".join(c for c in text if not c.isalnum()))):] if text else ""
    return tail if tail.strip(". ") else ""


def alias_key(alias: str) -> str:
    """The folded form under which an alias is matched (words joined by single spaces)."""
    return " ".join(fold_text(alias).split())


def accepted_forms(alias: str, alias_type: str) -> frozenset[str]:
    """The case forms an exact-case alias accepts: itself, and for acronyms of 4+ letters its
    title case (``NATO`` also matches ``Nato``, ``OPEC`` ``Opec``; ``WHO`` never ``Who``)."""
    form = case_form(alias)
    forms = {form}
    if alias_type == "acronym" and sum(c.isalpha() for c in form) >= 4 and " " not in form:
        forms.add(form[0] + form[1:].lower())
    return frozenset(forms)
