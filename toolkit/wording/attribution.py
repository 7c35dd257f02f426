"""Attribution: which reporting clause each quote of a field belongs to.

A quote takes the clause of the sentence(s) it spans: the one right after its closing mark (only
punctuation between), else the nearest one before it, else the nearest one after it, else, for a quote
that is a sentence of its own ending in "?" or "!", the clause opening the next sentence ('"Why now?"
Ms. Lee asked.': the splitter ends the sentence at the mark); a clause after
the quote whose verb is followed by "that" (after time words only) opens new reported speech and is
not the quote's ('"…" Reports also said on Thursday that …'). A quote with
no clause there follows news style: it continues an unclosed quote of the paragraph before, or an
attributed quote of its own paragraph when it opens a sentence ('"…," he said. "…"'; resolution
``continued``) or, opening its paragraph, an attributed quote that closes the paragraph before; it
takes a clause that closes the paragraph before with a comma or colon ('Pompeo
declared,'); or, alone in its paragraph above a byline ("— Mike Pompeo, College Station"), the byline;
or, naming its own source in its first words, that inner clause. A clause of a sentence that holds no
quote is carried on only when its verb reports words ("SANA said two people were killed. '…'", not
the tentative or directive "She suggested happy hour."); an "according to" phrase after a clause of
its sentence is that clause's source, never carried instead of it. A paragraph that introduces the
quote after it ("said the following.") and a title quote ('an op-ed titled "…"'):
``toolkit.wording.attribution_paragraphs``.
"""

from __future__ import annotations

import bisect
import re

from toolkit.text import paragraph_spans
from toolkit.wording.attribution_paragraphs import introduces_paragraph, names_title, title_clause
from toolkit.wording.quote_back_references import find_repeated, quote_words

__all__ = ["attribute_quotes"]

_SCARE_WORDS = 4  # a quote of more words inside a sentence is reported speech, not a scare quote
_THAT = re.compile(
    r"(?:\s+(?:on|in|at|last|this|also|earlier|later|yesterday|today|\w+day)){0,3}\s+that\b", re.IGNORECASE
)  # "said that", "said on Thursday that"; not "said, adding that"
_ALNUM = re.compile(r"[^\W_]")
_OWN_QUOTE = frozenset({"epigraph", "inner"})  # clauses given only to one quote: a byline, a quote's own source
#: How far from a quote (in characters) its clause may start: more than any news sentence spans.
_REACH = 2_000


def attribute_quotes(text, starts, quotes, open_starts, clauses):
    """Yield ``(quote span, clause, resolution)`` for each quote of one field, in order.

    ``starts`` are the field's sentence starts, ``quotes`` its quote spans (marks included),
    ``open_starts`` the starts of quotes left open at a paragraph's end, ``clauses`` its reporting
    clauses (``toolkit.wording.reporting.Clause``); ``resolution`` is ``"continued"`` or None.

    A quote with no clause in its sentences takes, in this order (news style):

    * a paragraph's opening quote after an unclosed quote: that quote's speaker (``"continued"``);
    * a quote opening a sentence right after a sentence with a reporting clause of its paragraph
      ('SANA said two people were killed. "Two people were killed and five wounded"'): that
      sentence's last clause, when it comes after the paragraph's last attributed quote
      (``"continued"``); an outlet that only reports the sentence before ("… according to
      Turkey's Anadolu Agency.") is carried to no later quote, here or in the rule of four words;
    * a quote opening a sentence after an attributed quote of its paragraph ('"…," he said. "…"'):
      that quote's speaker (``"continued"``);
    * a quote of more than four words inside a sentence right after a sentence with a reporting
      clause of its paragraph ('He said some feel …. Though many are battle-tested, some "may never
      have stepped aboard a ship."'): that sentence's last clause (``"continued"``);
    * a paragraph's opening quote after a paragraph that ends in a reporting clause and a comma or
      colon ('Pompeo declared,' then the quote): that clause;
    * a quote alone in its paragraph above a byline paragraph ("— Mike Pompeo, College Station"):
      the byline (an epigraph);
    * a quote of more than four words opening its paragraph right after a paragraph that closes with
      an attributed quote ('"…," she said.' then '"And when the speaker asks me …"'): that quote's
      speaker (``"continued"``), a speech quoted over several closed paragraphs;
    * a quote that names its own source in its first words ('"Meanwhile a source on the ground said
      …"'): that clause (pattern ``inner``, ``toolkit.wording.inner_sources``);
    * a quote of at most six words repeating words of an earlier attributed quote of the field ('To
      describe his victory as a "landslide"'): that quote's clause (``"continued"``,
      ``toolkit.wording.quote_back_references.find_repeated``).
    """
    carried = None
    by_start = _by_start(clauses)
    paragraphs = paragraph_spans(text)
    paragraph_starts = [s for s, _ in paragraphs]
    ends_clause = {}
    for clause in clauses:
        if clause.pattern not in _OWN_QUOTE:
            k = bisect.bisect_right(paragraph_starts, clause.start) - 1
            if introduces_paragraph(text, clause, paragraphs[k][1], starts):
                ends_clause[k] = clause
    bylines = {clause.start: clause for clause in clauses if clause.pattern == "epigraph"}
    last_by_sentence = _last_by_sentence(clauses)
    inner = [clause for clause in clauses if clause.pattern == "inner"]
    quoted_sentences = _quoted_sentences(starts, quotes)
    previous = (None, -1)  # the last attributed quote's clause and paragraph
    last_quote = (None, None)  # the quote before and its clause
    said = []  # (words, clause) of the attributed quotes so far
    for quote in quotes:
        paragraph = bisect.bisect_right(paragraph_starts, quote[0]) - 1
        title = names_title(text, quote)
        if title:  # 'an op-ed titled "…," a student wrote that': the title of the writer's work
            clause = title_clause(quote, starts, by_start[1])
        else:
            clause = _attribute(quote, starts, by_start, text) or _clause_opening_next(text, quote, starts, by_start)
        resolution = None
        if clause is None and not title:
            clause, resolution = _carried(
                text, quote, paragraph, paragraphs, carried, previous, starts, last_by_sentence, quoted_sentences
            )
        if clause is None and not title and _continues_paragraph(text, quote, paragraphs, paragraph, last_quote):
            clause, resolution = last_quote[1], "continued"
        if clause is None and not title and quote[0] == paragraph_starts[paragraph]:
            clause = ends_clause.get(paragraph - 1)
            if (
                clause is None
                and paragraph + 1 < len(paragraphs)
                and text[quote[1] : paragraphs[paragraph][1]].strip(".,") == ""
            ):
                clause = bylines.get(paragraph_starts[paragraph + 1])
        if clause is None and inner:  # '"Meanwhile a source on the ground said ..."': the quote's own source
            clause = next((c for c in inner if quote[0] < c.start < quote[1]), None)
        if clause is None and not title and said:  # 'To describe his victory as a "landslide"': words said before
            clause = find_repeated(text, quote, said)
            resolution = "continued" if clause is not None else resolution
        if clause is not None:
            said.append((quote_words(text, quote), clause))
        carried = clause if quote[0] in open_starts else None
        if clause is not None:
            previous = (clause, paragraph)
        last_quote = (quote, clause)
        yield quote, clause, resolution


def _quoted_sentences(starts, quotes) -> set[int]:
    """The indexes of the sentences that hold (part of) a quote."""
    found = set()
    for qs, qe in quotes:
        first = bisect.bisect_right(starts, qs) - 1 if starts else 0
        last = bisect.bisect_right(starts, qe - 1) - 1 if starts else 0
        found.update(range(first, last + 1))
    return found


def _reports_plainly(clause) -> bool:
    """Whether a clause of a sentence without a quote may still be carried to the quote after it: a
    verb that reports words ("SANA said two people were killed. '…'", "X slammed the strikes. '…'"),
    not a tentative or directive one, whose object is often an act ("She suggested happy hour.").
    """
    return clause.verb_class in _CARRIED_CLASSES


_CARRIED_CLASSES = frozenset({"neutral", "assertive", "evaluative"})


def _last_by_sentence(clauses) -> dict:
    """``{sentence: its last clause}``, but epigraphs and inner sources; an "according to" clause after
    another clause of its sentence names that clause's source ('"…," she said, according to NBC News'),
    so the clause before it stays the sentence's.
    """
    last = {}
    for clause in clauses:
        if clause.pattern in _OWN_QUOTE or (clause.pattern == "according_to" and clause.sentence in last):
            continue
        last[clause.sentence] = clause
    return last


def _continues_paragraph(text, quote, paragraphs, paragraph, last_quote) -> bool:
    """Whether a quote of more than four words opening its paragraph continues the attributed quote
    that closes the paragraph before ('"…," she said.' then a paragraph '"And when …"'): a speech
    quoted over several paragraphs, each closed, gives the speaker once.
    """
    before, clause = last_quote
    if clause is None or paragraph == 0 or quote[0] != paragraphs[paragraph][0]:
        return False
    start, end = paragraphs[paragraph - 1]
    if not start <= before[0] < end or len(text[quote[0] : quote[1]].split()) <= _SCARE_WORDS:
        return False
    after = max(before[1], clause.end) if start <= clause.start < end else before[1]
    return _ALNUM.search(text, after, end) is None


def _clause_opening_next(text, quote, starts, by_start):
    """The clause opening the next sentence right after a quote that is a sentence of its own and ends
    in "?" or "!" inside its marks ('"Why now?" Ms. Lee asked.', '"Sad!" Mr. Trump tweeted'): the
    splitter ends the sentence at the mark, so the quote's own sentences hold no clause. None otherwise.
    """
    qs, qe = quote
    sentence = bisect.bisect_right(starts, qs) - 1 if starts else 0
    if text[qe - 2 : qe - 1] not in ("?", "!") or text[starts[sentence] if starts else 0 : qs].strip():
        return None
    clause_starts, ordered = by_start
    k = bisect.bisect_left(clause_starts, qe)
    clause = ordered[k] if k < len(ordered) else None
    if clause is None or clause.start - qe > 3 or text[qe : clause.start].strip():
        return None
    return clause if clause.speaker_start == clause.start else None  # "Ms. Lee asked", not "asked Ms. Lee"


def _by_start(clauses) -> tuple[list[int], list]:
    """The clauses but epigraphs in text order (stable), and the start of each."""
    ordered = sorted((c for c in clauses if c.pattern not in _OWN_QUOTE), key=lambda c: c.start)
    return [c.start for c in ordered], ordered


def _carried(text, quote, paragraph, paragraphs, carried, previous, starts, last_by_sentence, quoted_sentences):
    """``(clause, "continued")`` for a quote that continues an earlier one (``attribute_quotes``):
    the open quote it continues; or, opening a sentence, the last clause of the sentence before it
    when that is later than the paragraph's last attributed quote ('SANA said two people were
    killed. "Two people were killed and five wounded"'), else that quote's clause.
    """
    if carried is not None and quote[0] == paragraphs[paragraph][0]:
        return carried, "continued"
    clause, at = previous
    sentence = bisect.bisect_right(starts, quote[0]) - 1 if starts else 0
    sentence_start = starts[sentence] if starts else 0
    opens_sentence = not text[sentence_start : quote[0]].strip()
    just_before = last_by_sentence.get(sentence - 1)
    if just_before is not None and just_before.sentence not in quoted_sentences and not _reports_plainly(just_before):
        just_before = None  # 'She suggested happy hour, but he demurred. "…," she recalls': no speech carried
    if just_before is not None and just_before.pattern == "according_to" and just_before.source:
        just_before = (
            None  # "… according to the news agency Anadolu. The UN spokesman …": the outlet reports, not speaks
        )
    if opens_sentence and just_before is not None and just_before.start >= paragraphs[paragraph][0]:
        if clause is None or at != paragraph or just_before.end > clause.end:
            return just_before, "continued"
    if clause is not None and at == paragraph and opens_sentence and quote[0] > clause.end:
        return clause, "continued"
    if just_before is not None and just_before.start >= paragraphs[paragraph][0]:
        if len(text[quote[0] : quote[1]].split()) > _SCARE_WORDS:
            return just_before, "continued"  # 'He said some feel … Though many are battle-tested, some "may never …"'
    return None, None


def _attribute(quote, sentence_starts, by_start, text):
    """The clause of a quote in the sentence(s) it spans: one right after its closing mark (only
    punctuation between: '"…," said X', '"…" X said'), else the nearest one before it ('X said
    that … "…"'), else the nearest one after it; None when its sentences have none. ``by_start``:
    the clauses but epigraphs in text order and their starts (``_by_start``): only the clauses that
    start within ``_REACH`` characters of the quote are read, so that a text of many quotes and
    clauses (or one endless sentence of them) takes time linear in its length.
    """
    qs, qe = quote
    first = bisect.bisect_right(sentence_starts, qs) - 1
    last = bisect.bisect_right(sentence_starts, qe - 1) - 1
    clause_starts, ordered = by_start
    best = None
    for clause in ordered[
        bisect.bisect_left(clause_starts, qs - _REACH) : bisect.bisect_left(clause_starts, qe + _REACH)
    ]:
        if not first <= clause.sentence <= last:
            continue
        if clause.start >= qe:
            # only punctuation between, not a semicolon: '“family man”; Fox Business anchor X wrote' is a new clause
            adjacent = _ALNUM.search(text, qe, clause.start) is None and ";" not in text[qe : clause.start]
            # '"…" Reports also said that …': a verb followed by "that" opens new reported speech
            opens_speech = bool(_THAT.match(text, clause.end, clause.end + 40))
            if opens_speech:
                continue
            rank = 0 if adjacent else 2
            distance = clause.start - qe
        elif qs >= clause.end:
            rank, distance = 1, qs - clause.end
        elif clause.start <= qs and qe <= clause.speaker_start:
            rank, distance = 1, 0  # 'Declaring "…" is at stake, Gates ...': between verb and speaker
        else:
            continue
        if best is None or (rank, distance) < best[0]:
            best = ((rank, distance), clause)
    return best[1] if best else None
