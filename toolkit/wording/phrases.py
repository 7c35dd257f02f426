"""Speaker phrases: where the speaker of a reporting verb begins and ends, in a sentence's tokens.

``toolkit.wording.reporting`` finds the verbs; these rules read the speaker's tokens around each
(the full list of patterns is in that module's docstring):

* before the verb, read backwards over at most 8 noun-phrase words, after skipping up to three
  adverbs or auxiliaries and a parenthesised acronym ("The Syrian Observatory for Human Rights
  (SOHR) earlier said", "he's been railing against"); a pronoun alone, also contracted ("he's");
* "X, the Y of Z, said" (the name before the role); a place before the verb gives way to a speaker
  after it (``settings_before``); otherwise after the verb (inversion), with
  "said the foreign minister, Sergei Lavrov" taking the name after the comma; never after "told";
* a time phrase is never a speaker ("an hour later said", "said an hour later the governor"), and
  one between the speaker and the verb is skipped ("Stephen O'Brien this week said");
* no inversion onto a noun phrase that a finite verb follows ("said Aleppo had become"), nor after a
  verb whose subject is a relative pronoun ("who had accused Mr. Trump": ``toolkit.wording.clause_links``);
* a speaker head keeps its place complement ("a source inside the training camp told"); a document
  read after the verb gives way to its author ("said a statement from the Foreign Ministry");
* a participle (", saying ...", "and calling it ...") takes the sentence's subject: the noun
  phrase at the sentence start or after a comma, followed by a verb or a comma.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from toolkit.resources import read_data_lines, read_data_text
from toolkit.wording.attribution_positions import POSITIONAL_VERBS
from toolkit.wording.clause_links import JOINS, document_setting, follows_relative, names_author
from toolkit.wording.names import (
    NAME_PARTICLES,
    continues_name,
    head_kind,
    is_capitalised,
    name_end_after,
    name_start_before,
)
from toolkit.wording.settings_before import ends_setting
from toolkit.wording.verbs import load_default_verbs

__all__ = [
    "NAME_PARTICLES",
    "PROGRESSIVE",
    "find_participle_speaker",
    "find_speaker",
    "find_subject_after",
    "is_name_or_pronoun",
    "is_pronoun_contraction",
]

_SPEAKER_MAX_WORDS = 8
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_NP_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "de", "al", "el", "von", "van", "bin"})
_ARTICLES = frozenset({"the", "a", "an"})
_INSIDE_NP = frozenset({"of", "for"})
# "told Reuters": the object, not the speaker; "was quoted as saying the town fell": no speaker after
_NO_INVERSION = frozenset({"told", "tells", "according to", "quoted as saying", "cited as saying"})
_BETWEEN_SPEAKER_AND_VERB = frozenset(
    "also earlier later previously again then repeatedly reportedly once had has have would will "
    "further separately recently just allegedly publicly privately subsequently later".split()
)
PROGRESSIVE = frozenset({"been", "is", "was", "are", "were", "be", "am"})
_NOT_ADVERBS = frozenset({"family", "rally", "ally", "assembly", "supply", "italy", "daily", "weekly", "monthly"})
_TIME_UNITS = frozenset(
    {"hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)
_TIME_COUNTS = frozenset({"a", "an", "one", "two", "three", "several", "few", "some", "many", "the"})
_TIME_AFTER = frozenset({"later", "earlier", "ago", "after", "before"})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june"
    " july august september october november december today yesterday tonight later earlier meanwhile now".split()
)  # "May" is left out: Theresa May


def find_participle_speaker(words, lower, quoted, verb_at, stop, *, after_document=False):
    """The speaker of a participle (", saying ...", "and calling it ..."): the sentence's subject.

    The subject is the noun phrase (or pronoun) at the sentence start or just after one of its
    commas before the participle, the first that is followed by a lower-case word or a comma
    ("For the next minutes, Pompeo ranted ..., branding him": "Pompeo"; "Judge Arthur Engoron,
    who ..., telling": "Judge Arthur Engoron"), else the first noun phrase opened by an article in
    the first words (FA-KES has no commas: "In Qaterji a man stood ... and shouting": "a man").
    None unless a comma, "and" or "but" precedes the participle (adverbs between: ", even once describing
    himself as"), or "by" or "while" ("tried to rally support by saying that"), or (``after_document``)
    a document noun whose speaker it reports ("The army issued a statement blaming ...": "The army") or an
    object it names ("describing it as '…'": ``toolkit.wording.clause_links``).
    A participle inside a "which"/"who" clause (no comma between) reports for the relative's
    antecedent: "Netanyahu's Likud party, which tried to rally support by saying that ..." -> the party.
    """
    link = verb_at - 1
    while link > 1 and verb_at - link <= 2 and (_adverb(words[link]) or lower[link] == "even"):
        link -= 1  # ", even once describing himself as": adverbs after the comma
    joined = lower[link] in JOINS or lower[verb_at - 1] in _MANNER or after_document if verb_at >= 2 else False
    if not joined or quoted[verb_at - 1]:
        return None
    relative = next((k for k in range(verb_at - 2, 0, -1) if lower[k] in ("which", "who") and not quoted[k]), None)
    if relative is not None and "," not in lower[relative:verb_at] and ";" not in lower[relative:verb_at]:
        # "Netanyahu's Likud party, which tried to rally support by saying": the relative's antecedent
        end = relative - 1 if lower[relative - 1] == "," else relative
        found = _speaker_before(words, lower, quoted, end, stop) if end > 0 else None
        if found is not None and found[1] == end:
            return found
    # a dateline ends at its dash ("KABUL, Afghanistan (AP) -- The father ..."): the subject follows it
    dashes = (
        k for k in range(min(10, verb_at - 1), 0, -1) if lower[k] in _DASHES or lower[k - 1 : k + 1] == ["-", "-"]
    )
    opening = next(dashes, -1) + 1
    starts = [opening] + [k + 1 for k in range(opening, verb_at - 1) if lower[k] == ","]
    starts += [k for k in range(1, min(6, verb_at - 1)) if lower[k] in _ARTICLES]  # "In Qaterji a man stood"
    for start in starts:
        if start >= verb_at - 1 or quoted[start]:
            continue
        if lower[start] in _PRONOUNS or is_pronoun_contraction(lower[start]):
            return start, start + 1
        if not (is_capitalised(words[start]) or lower[start] in _ARTICLES) or lower[start] in _TIME_WORDS:
            continue
        found = _speaker_after(words, lower, quoted, start, stop)
        if found is None or found[0] != start or found[1] >= verb_at:
            continue
        last = found[1]
        while last - start > 1 and words[last - 1][:1].islower() and lower[last - 1] not in _speaker_words():
            if lower[last - 2] in _ARTICLES or lower[last - 2] in _INSIDE_NP:
                break
            last -= 1  # "a man stood": the verb is not the phrase's
        found = (start, last)
        follows = words[last]
        if follows == "," or (follows[:1].islower() and follows.lower() not in _ARTICLES):
            return found
    return None


def is_name_or_pronoun(words, lower, speaker) -> bool:
    """Whether a speaker phrase is a pronoun or ends in a capitalised word ("Kise", "the Kremlin")."""
    first, last = speaker
    return lower[last - 1] in _PRONOUNS or is_pronoun_contraction(lower[last - 1]) or is_capitalised(words[last - 1])


def is_pronoun_contraction(word: str) -> bool:
    """Whether ``word`` is a pronoun with a contracted auxiliary: "he's", "they’ve", "she'd"."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return bool(mark) and head in _PRONOUNS and tail in ("s", "d", "ll", "ve", "re", "m")


def find_speaker(words, lower, quoted, verb_at, after, verb, stop):
    """``(first, last)`` token range of the verb's speaker, or None (rules in the module docstring)."""
    if verb == "according to":
        return _speaker_after(words, lower, quoted, after, stop)
    before = _speaker_before(words, lower, quoted, verb_at, stop)
    if before is None and verb_at >= 2 and lower[verb_at - 1] == ",":
        role = _speaker_before(words, lower, quoted, verb_at - 1, stop)  # "X, the Y of Z, said"
        if role is not None and lower[role[0]] in _ARTICLES:
            name = name_start_before(words, lower, role[0] - 1)
            return (name, role[1]) if name is not None else None
    if before is not None and ends_setting(lower, before) and verb not in _NO_INVERSION:
        found = _speaker_after(words, lower, quoted, after, stop)  # "Deir ezzor province says a monitoring group"
        if found is not None and lower[found[1] - 1] in _speaker_words():
            if not _opens_reported_clause(lower, quoted, found[1]):
                return found
    if before is not None:
        return _with_head_before(words, lower, quoted, before, stop)
    if verb in _NO_INVERSION or follows_relative(lower, quoted, verb_at):
        return None  # "told Reuters": the audience; "who had accused Mr. Trump": the object
    found = _speaker_after(words, lower, quoted, after, stop)
    if found is not None and _opens_reported_clause(lower, quoted, found[1]):
        return None  # "said Aleppo had become", "said rebels began": the reported words' subject
    if found is not None and found[1] + 1 < len(words) and lower[found[1]] == ",":
        end = name_end_after(words, lower, found[1] + 1)  # "said the foreign minister, Sergei Lavrov."
        if end is not None and lower[found[0]] in _ARTICLES:
            return found[0], end
    return found


def _opens_reported_clause(lower, quoted, end) -> bool:
    """Whether a verb follows a phrase read after a reporting verb (it ends before token ``end``): an
    auxiliary or a positional verb ("said Aleppo had become", "said rebels began withdrawing").
    """
    return end < len(lower) and not quoted[end] and (lower[end] in _FINITE_AFTER or lower[end] in POSITIONAL_VERBS)


_DASHES = frozenset({"—", "–"})
_ONE_OF = frozenset({"one", "each"})  # before "of the" opening a speaker phrase
_CLOSE_TO = frozenset({"close", "loyal", "near", "linked", "affiliated"})  # before "to"
_MANNER = frozenset({"by", "while"})  # "by saying that", "while insisting": the clause's subject speaks
_PLACE_PREPOSITIONS = frozenset({"in", "inside", "at", "from", "near", "within", "off", "outside", "with", "on", "to"})


def _with_head_before(words, lower, quoted, phrase, stop):
    """A phrase whose head is no speaker word, after a place preposition that follows a speaker
    head or a plural of people ("Al-Qaeda-affiliated extremists in Syria announced"), is that head's
    complement: "a source inside the training camp told", "a voice off camera
    said", "a resident in the town said", also over a chain of up to three places ("a spokesman at
    the hospital in Kafr Takharim in Idlib said"), and so is a phrase after "close to", "loyal to"
    ("a source close to Duncan said"); the phrase then starts at the head's noun phrase.
    """
    first, last = phrase
    if lower[last - 1] in _speaker_words():
        return phrase
    for _ in range(3):
        at = first - 1  # the preposition, after an -ing modifier and an article the phrase left out
        if at >= 2 and lower[at].endswith("ing") and lower[at - 1] in _ARTICLES:
            at -= 2  # "inside the training camp": "training" is no speaker word
        if at >= 2 and lower[at] == "to" and lower[at - 1] in _CLOSE_TO:
            at -= 1  # "a source close to Duncan", "fighters loyal to the government"
        elif at < 1 or lower[at] not in _PLACE_PREPOSITIONS or quoted[at]:
            return phrase
        before = _speaker_before(words, lower, quoted, at, stop)
        if before is None or before[1] != at:
            return phrase
        if lower[at - 1] in _speaker_words() or head_kind(lower[at - 1]) == "group":  # "extremists in Syria said"
            return before[0], last
        first = before[0]  # another place: "the hospital in Kafr Takharim in Idlib"
    return phrase


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    data = yaml.safe_load(read_data_text("speaker_nouns.yaml"))
    titles = {word for line in read_data_lines("titles.txt") for word in line.lower().split()}
    titles -= {"district"}  # only in "district attorney": "the district state television said" -> "state television"
    listed = [*data["heads"], *data["modifiers"], *data.get("person_heads", []), *data.get("group_heads", [])]
    return frozenset(str(w).lower() for w in listed) | titles


def _speaker_word(words, lower, k, head_at) -> bool:
    """Whether token ``k`` may belong to the speaker phrase whose head is token ``head_at``."""
    word = lower[k]
    if word in _TIME_WORDS:
        return False
    if word in _NP_FUNCTION_WORDS or abs(k - head_at) <= 1 or is_capitalised(words[k]):
        return True
    return word.endswith(("'s", "’s")) or word in _speaker_words()


def _skip_back(words, lower, quoted, verb_at) -> int:
    """Where the speaker before a verb ends: up to three adverbs or auxiliaries ("SOHR earlier said",
    "he's been railing against", "The paper also blamed") and a parenthesised acronym or party ("The
    Syrian Observatory for Human Rights (SOHR) said", "Rep. Jane Doe (D-Calif.) said") are skipped; a
    time before them ("an hour later said") leaves no speaker (the index of the time word is returned).
    """
    end = _skip_time_before(words, lower, quoted, verb_at)
    progressive = verb_at < len(lower) and lower[verb_at].endswith("ing")
    while end > 0 and verb_at - end < 3 and not quoted[end - 1]:
        if not (_adverb(words[end - 1]) or (progressive and lower[end - 1] == "been")):
            break
        end -= 1  # "been" only before an -ing form: "The BOR has been praised by" is a passive
    if end < verb_at and end > 0 and lower[end - 1] in _TIME_UNITS:
        return 0
    if end >= 3 and lower[end - 1] == ")" and lower[end - 3] == "(" and words[end - 2].split("-")[0].isupper():
        end -= 3  # "(SOHR)", a party and state "(D-Calif.)"
    return end


_FINITE_AFTER = frozenset("had has have was were is are will would could can may might should must did does do".split())
_DEICTICS = frozenset({"this", "last", "next", "on", "late", "early"})
_TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"})
_IN_ON = frozenset({"in", "on"})


def _skip_time_before(words, lower, quoted, verb_at) -> int:
    """Where a speaker ends before a time phrase that stands between it and the verb ("Stephen
    O'Brien this week said", "the ministry on Sunday said", "SANA Monday reported", "The UN deputy
    spokesman in February 2016 condemned"), else ``verb_at``.
    """
    k = verb_at
    if k >= 2 and lower[k - 2] in _DEICTICS and (lower[k - 1] in _TIME_NOUNS or lower[k - 1] in _TIME_WORDS):
        k -= 2
    else:
        # a date: "in February 2016", "on March 3", "in 2016" (a number alone is none)
        if k >= 2 and lower[k - 1].isdigit() and len(lower[k - 1]) <= 4 and lower[k - 2] in _TIME_WORDS | _IN_ON:
            k -= 1
        if k >= 1 and lower[k - 1] in _TIME_WORDS and lower[k - 1] not in ("later", "earlier", "now", "meanwhile"):
            k -= 1
        if verb_at - k and k >= 2 and lower[k - 1] in _IN_ON:
            k -= 1
    if k == verb_at or k < 1 or any(quoted[k:verb_at]):
        return verb_at
    return k if is_capitalised(words[k - 1]) or lower[k - 1] in _speaker_words() else verb_at


def _adverb(word: str) -> bool:
    """An adverb or auxiliary that may stand between a speaker and its verb; a capitalised word ending
    in -ly is a name ("Binyah Kesselly, chairman of ..., told"), not an adverb.
    """
    if word[:1].isupper() and word.lower() not in _BETWEEN_SPEAKER_AND_VERB:
        return False
    word = word.lower()
    if word in _BETWEEN_SPEAKER_AND_VERB:
        return True
    return word.endswith("ly") and len(word) > 4 and word.isalpha() and word not in _NOT_ADVERBS


def _speaker_before(words, lower, quoted, verb_at, stop):
    verb_at = _skip_back(words, lower, quoted, verb_at)
    k = verb_at - 1
    if k >= 0 and not quoted[k] and (lower[k] in _PRONOUNS or is_pronoun_contraction(lower[k])):
        return k, verb_at
    first = verb_at
    while (
        k >= 0
        and verb_at - k <= _SPEAKER_MAX_WORDS
        and not quoted[k]
        and (_np_word(words[k], lower[k], stop) or continues_name(words, k))  # "Theresa May said"
        and _speaker_word(words, lower, k, verb_at - 1)
    ):
        first = k
        if lower[k] in _ARTICLES and not (k > 0 and lower[k - 1] in _INSIDE_NP):
            break
        k -= 1
    if verb_at > 0 and (lower[verb_at - 1] in _TIME_UNITS or lower[verb_at - 1] in _TIME_AFTER):
        return None  # "an hour later said": a time, not a speaker
    found = _trim(lower, first, verb_at)
    setting = document_setting(lower, quoted, *found) if found else None  # "X in a statement said"
    if setting is not None and (before := _speaker_before(words, lower, quoted, setting, stop)) is not None:
        return before
    if found and found[0] >= 2 and lower[found[0] - 1] == "of" and lower[found[0] - 2] in _ONE_OF:
        if found[0] == 2 or lower[found[0] - 3] != "of":  # not "a relative of one of the victims"
            return found[0] - 2, found[1]  # "One of the residents said": one person of the group
    return found


def _skip_time(lower, k: int) -> int:
    """The index after a time phrase starting at ``k`` ("an hour later", "later", "days after"), else ``k``."""
    if k < len(lower) and lower[k] in _TIME_WORDS:
        return k + 1
    j = k + 1 if k < len(lower) and (lower[k] in _TIME_COUNTS or lower[k].isdigit()) else k
    if j < len(lower) and lower[j] in _TIME_UNITS:
        j += 1
        if j < len(lower) and lower[j] in _TIME_AFTER:
            return j + 1
    return k


def find_subject_after(words, lower, quoted, start, stop):
    """``(first, last)`` of the noun phrase read from token ``start`` (as a speaker after its verb), or None."""
    return _speaker_after(words, lower, quoted, start, stop)


#: A count or "another" opening a speaker phrase after the verb ("said one resident", "said another
#: official"): left out, as before the verb ("one resident said" -> "resident"), when a word of the
#: phrase follows it.
_SPEAKER_COUNTS = frozenset({"one", "another", "two", "three", "several", "some", "many"})


def _speaker_after(words, lower, quoted, after, stop):
    after = _skip_time(lower, after)
    if (
        after + 1 < len(words)
        and lower[after] in _SPEAKER_COUNTS
        and not quoted[after]
        and not quoted[after + 1]
        and lower[after + 1] not in _NP_FUNCTION_WORDS
        and _np_word(words[after + 1], lower[after + 1], stop)
    ):
        after += 1
    k, last = after, after
    while (
        k < len(words)
        and k - after < _SPEAKER_MAX_WORDS
        and not quoted[k]
        and _np_word(words[k], lower[k], stop)
        and lower[k] not in _TIME_WORDS
    ):
        if k > after and lower[k] in _ARTICLES and lower[k - 1] not in _INSIDE_NP:
            break
        k += 1
        last = k
    found = _trim(lower, after, last)
    if found and names_author(lower, quoted, found[1]):  # "a statement from the ministry": the ministry
        return _speaker_after(words, lower, quoted, found[1] + 1, stop) or found
    return found


def _np_word(word: str, lower: str, stop) -> bool:
    if not word[0].isalnum():
        return False
    if lower in _NP_FUNCTION_WORDS:
        return True
    if lower in stop or (lower in load_default_verbs() and word[0].islower() and lower not in _speaker_words()):
        return False
    participle = lower.endswith(("ing", "ed")) and len(lower) > 4 and lower not in _speaker_words()  # not "feed"
    participle = participle and "-" not in lower  # "the so-called Observatory": a compound adjective
    return word[0].isupper() or not participle or lower.endswith(("'s", "’s"))


def _trim(lower, first, last):
    while first < last and lower[first] in ("of", "for"):
        first += 1
    while last > first and lower[last - 1] in _NP_FUNCTION_WORDS:
        last -= 1
    if not any(lower[k] not in _NP_FUNCTION_WORDS for k in range(first, last)):
        return None
    return first, last
