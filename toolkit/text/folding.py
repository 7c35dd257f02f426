r"""Folding: the one normalisation of text and aliases for matching.

``fold_text`` lower-cases, strips diacritics and turns every character that is not a letter or
digit into a space, one character for one character, so offsets into a folded string are offsets
into the original. Combining marks and invisible joiners (decomposed text: ``Erdog\u0306an``; soft
hyphens) become ``"\0"``, a character that stands for nothing.

``squeeze`` then drops the ``"\0"`` characters and collapses every run of spaces into one, and
keeps where it removed characters, so that ``unsqueeze`` gives the index in the folded text of
any index into the squeezed one: the automaton runs
over the squeezed text, so "U.N. Security Council" (folded ``u n  security council``) and
"Washington, D.C." match their aliases written with single spaces, and every match maps back
to exact offsets into the original string.

Aliases are folded the same way (``alias_key``: words joined by single spaces); ``case_form``
keeps the case, for aliases that match only in their written case.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

__all__ = [
    "accepted_forms",
    "alias_key",
    "case_form",
    "fold_for_scan",
    "fold_text",
    "normalise_apostrophes",
    "required_trail",
    "squeeze",
    "unsqueeze",
]

#: What a combining mark or an invisible joiner folds to: a character that stands for nothing.
NOTHING = "\0"
#: Format characters (category Cf) that sit inside words: soft hyphen, zero-width (non-)joiner,
#: word joiner, byte-order mark. Other Cf characters (zero-width space, bidi marks) fold to a space.
_INVISIBLE = frozenset("\u00ad\u200c\u200d\u2060\ufeff")


#: Latin letters without a Unicode decomposition, folded to the base letter readers type for them
#: (one character for one, so offsets hold): Turkish dotless ı, Polish ł, Nordic ø and æ, German ß,
#: South Slavic đ, Icelandic ð and þ, Maltese ħ, ... Upper case keeps its case for ``case_form``.
_LETTERS = dict(
    zip(
        "ıłŁøØßẞæÆœŒđĐðÐþÞħĦŧŦŀĿŋŊĸſƒɨ",
        "ilLoOsSaAoOdDdDtThHtTlLnNksfi",
        strict=True,
    )
)
#: Letter-like apostrophes (modifier letters, category Lm) that stand for an apostrophe: "Baʼath",
#: "Sanaʿa", "Hawaiʻi" read like "Ba'ath", a word boundary as every apostrophe.
_APOSTROPHES = frozenset("ʼʻʽʾʿˈ`´")


def _fold_char(char: str, lower: bool) -> str:
    if unicodedata.combining(char) or unicodedata.category(char) == "Me" or char in _INVISIBLE or char == NOTHING:
        return NOTHING
    if char in _APOSTROPHES or not char.isalnum():
        return " "
    if char in _LETTERS:
        folded = _LETTERS[char]
        return folded.lower() if lower else folded
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
# NUL stays NUL (it stands for nothing, like a combining mark): the placeholder survives this pass.
_ASCII = b"\0" + bytes(ord(_fold_char(chr(c), lower=True)) for c in range(1, 128)) + bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match) -> str:
    return _FOLD[ord(match.group())]


def fold_text(text: str) -> str:
    r"""Fold ``text`` for matching, keeping its length: ``len(fold_text(t)) == len(t)``.

    Each character is replaced by one character: letters and digits lower-cased (where the lower
    case is one character) with diacritics stripped (``Erdoğan`` → ``erdogan``), Latin letters
    without a decomposition folded to their base letter (``Diyarbakır`` → ``diyarbakir``, ``Łódź``
    → ``lodz``, ``Straße`` → ``strase``); modifier-letter apostrophes (``ʼ``) and curly
    apostrophes (``’``) are spaces like ``'``; combining marks
    and invisible joiners become ``"\0"`` (``Erdog\u0306an`` → ``erdog\0an``, see ``squeeze``);
    every other character (punctuation, apostrophes, hyphens and dashes, quotes, any white space)
    becomes a space.
    """
    if not text.isascii():
        if len(_NON_ASCII.findall(text, 0, 20_000)) > 1_000:
            text = text.translate(_FOLD)
        else:
            text = _NON_ASCII.sub(_fold_match, text)
    # ASCII bytes never occur inside a multi-byte UTF-8 sequence, and bytes >= 128 map to
    # themselves, so this folds the ASCII characters and leaves the others as they are.
    return text.encode("utf-8", "surrogatepass").translate(_ASCII).decode("utf-8", "surrogatepass")


def _code_units(text: str) -> tuple[np.ndarray, str]:
    """``text`` as an array of one number per character, in the narrowest encoding that has one
    code unit per character (ASCII, UTF-16 without surrogate pairs, else UTF-32).
    """
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8), "ascii"
    try:
        narrow = text.encode("utf-16-le")  # strict: a lone surrogate (which could pair up) fails
    except UnicodeEncodeError:
        narrow = b""
    if len(narrow) == 2 * len(text):  # else characters beyond U+FFFF took two units
        return np.frombuffer(narrow, dtype=np.uint16), "utf-16-le"
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), "utf-32-le"


def squeeze(folded: str) -> tuple[str, np.ndarray]:
    r"""``folded`` without its ``"\0"`` characters and with each run of spaces as one space, and
    the index of the squeezed text at each removed character (sorted; see ``unsqueeze``).
    """
    codes, encoding = _code_units(folded)
    return _squeeze_codes(codes, encoding, NOTHING in folded, folded)


def _squeeze_codes(codes: np.ndarray, encoding: str, has_nothing: bool, text: str | None = None):
    kept = np.flatnonzero(codes != 0) if has_nothing else None
    live = codes if kept is None else codes[kept]
    space = live == 32
    repeated = np.flatnonzero(space[1:] & space[:-1]) + 1  # a space right after a space
    if kept is None:
        removed = repeated
    else:
        keep = np.zeros(len(codes), dtype=bool)
        keep[kept] = True
        keep[kept[repeated]] = False
        removed = np.flatnonzero(~keep)
    if not len(removed):
        squeezed = text if text is not None else codes.tobytes().decode(encoding, "surrogatepass")
    else:
        squeezed = np.delete(codes, removed).tobytes().decode(encoding, "surrogatepass")
    return squeezed, removed - np.arange(len(removed))


#: ``_ASCII`` as a lookup array over 16-bit code units: ASCII folded, every other unit itself.
_WIDE_ASCII = np.arange(0x10000, dtype=np.uint16)
_WIDE_ASCII[:128] = np.frombuffer(_ASCII[:128], dtype=np.uint8)


def fold_for_scan(text: str) -> tuple[str, str, np.ndarray]:
    """``fold_text(text)`` and ``squeeze(" " + fold_text(text) + " ")``, computed together on one
    array of code units: ``(folded, squeezed, removed)``.
    """
    codes, encoding = _code_units(text)
    if encoding == "ascii":
        folded_codes = np.frombuffer(_ASCII, dtype=np.uint8)[codes]
    else:
        if encoding == "utf-16-le":
            folded_codes = _WIDE_ASCII[codes]
        else:
            folded_codes = np.where(
                codes < 128, np.frombuffer(_ASCII[:128], dtype=np.uint8)[np.minimum(codes, 127)], codes
            ).astype(codes.dtype)
        high = np.flatnonzero(codes >= 128)
        if high.size:
            distinct, inverse = np.unique(codes[high], return_inverse=True)
            mapped = [ord(_FOLD[int(code)]) for code in distinct.tolist()]
            if max(mapped) > np.iinfo(codes.dtype).max:  # cannot happen for Unicode's folds; be safe
                return _fold_then_squeeze(text)
            folded_codes[high] = np.asarray(mapped, dtype=codes.dtype)[inverse]
    folded = folded_codes.tobytes().decode(encoding, "surrogatepass")
    padded = np.concatenate(
        (np.array([32], dtype=folded_codes.dtype), folded_codes, np.array([32], dtype=folded_codes.dtype))
    )
    squeezed, removed = _squeeze_codes(padded, encoding, NOTHING in folded)
    return folded, squeezed, removed


def _fold_then_squeeze(text: str) -> tuple[str, str, np.ndarray]:
    folded = fold_text(text)
    return (folded, *squeeze(" " + folded + " "))


def unsqueeze(removed: np.ndarray, indexes: np.ndarray) -> np.ndarray:
    """The indexes into the folded text of ``indexes`` into the squeezed one (``removed`` as
    returned by ``squeeze``).
    """
    return indexes + np.searchsorted(removed, indexes, side="right")


def case_form(text: str) -> str:
    """``text`` with diacritics stripped and non-alphanumerics as single spaces, case kept."""
    return " ".join(text.translate(_CASE).replace(NOTHING, "").split())


def required_trail(alias: str) -> str:
    """Punctuation other than full stops that ends an alias and must follow it in the text
    ("OPEC+" → "+"): folding turns it into a space, so it is checked apart.
    """
    text = alias.rstrip()
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    tail = text[end:]
    return tail if tail.strip(". ") else ""


#: Every apostrophe-like character (curly, modifier letters, grave and acute accents) -> "'".
_TO_APOSTROPHE = str.maketrans(dict.fromkeys("’‘‛ʼʻʽʾʿˈ`´′", "'"))


def normalise_apostrophes(text: str) -> str:
    """``text`` with every apostrophe-like character ("’", "‘", "ʼ", "`", ...) written "'", so that
    "don’t" meets the stop word "don't" (the same length: offsets hold).
    """
    return text.translate(_TO_APOSTROPHE)


def alias_key(alias: str) -> str:
    """The folded form under which an alias is matched (words joined by single spaces)."""
    return " ".join(fold_text(alias).replace(NOTHING, "").split())


def accepted_forms(alias: str, alias_type: str) -> frozenset[str]:
    """The case forms an exact-case alias accepts: itself, and for acronyms of 4+ letters its
    title case (``NATO`` also matches ``Nato``, ``OPEC`` ``Opec``; ``WHO`` never ``Who``).
    """
    form = case_form(alias)
    forms = {form}
    if alias_type == "acronym" and sum(c.isalpha() for c in form) >= 4 and " " not in form:
        forms.add(form[0] + form[1:].lower())
    return frozenset(forms)
