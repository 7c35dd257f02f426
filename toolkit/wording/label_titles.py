"""Label words inside a parliamentary title: no label (for ``toolkit.wording.label_sentence``).

Westminster parliaments (the UK, Australia, Canada, New Zealand, ...) give the leader of the largest
party outside government the title "Leader of the Opposition", written "Opposition Leader" before
the name ("Opposition Leader Bill Shorten"). Its "Opposition" is part of an office's name, as
"Army" is in "Syrian Arab Army": it labels no one, so ``drop_title_spans`` leaves it out. Only
the capitalised title is taken:

- "Opposition Leader" with both capitals, not after a mention or another capitalised word that
  is not a title word ("Deputy", "Federal", "Shadow", "Former") or a lead-in in capitals ("AS
  Opposition Leader Bill Shorten ..."): "Syrian Opposition Leader" in a headline written in
  title case, or "the Syrian opposition leader", stays a label;
- "Leader of the Opposition" (or "leader of the Opposition").

"opposition leader Alexei Navalny", "leading opposition figure George Sabra", "the Labour
opposition" stay labels (class rebellion; a table by actor kind tells the parties apart).
"""

from __future__ import annotations

__all__ = ["drop_title_spans"]

_TITLE_WORDS = frozenset("deputy federal state shadow former acting then the".split())


def drop_title_spans(words: list[str], spans: list[tuple], mention_at) -> list[tuple]:
    """The label spans ``(first, after, label, ...)`` of a sentence's ``words`` without those that are
    the "Opposition" of a parliamentary title (module docstring); ``mention_at(k)`` is the mention
    owning token ``k`` or None.
    """
    return [span for span in spans if not _in_title(words, span, mention_at)]


def _in_title(words: list[str], span: tuple, mention_at) -> bool:
    first, after = span[:2]
    if after - first != 1 or words[first] != "Opposition":
        return False
    if [w.lower() for w in words[max(first - 3, 0) : first]] == ["leader", "of", "the"]:
        return True  # "Leader of the Opposition"
    if after >= len(words) or words[after] != "Leader":
        return False
    before = words[first - 1] if first > 0 else ""
    if first > 0 and mention_at(first - 1) is not None:
        return False  # "Syrian Opposition Leader"
    return not before[:1].isupper() or before.isupper() or before.lower() in _TITLE_WORDS
