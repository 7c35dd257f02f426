"""The state an article is about: what "the government", "regime forces" or "the army" name when
their sentence names no one (the ``context`` rule of ``toolkit.wording.labels``).

Two kinds of evidence, tried in order:

1. the article's own state-class labels that a structural rule attached ("the Syrian government",
   "the Assad regime", "Syrian army troops"), each a vote for its target's state (a state for
   itself, a person or body for its ``country``): the state with the most votes, when one leads;
2. otherwise its mentions: a state's own mentions weigh 2, mentions of actors whose ``country`` it
   is 1 (datelines, parts of names and ignored senses not at all); the heaviest state, when it
   leads the next by more than 1.

An article where neither gives a clear lead (a Tunisian attack in a US paper that quotes the White
House) has no one state; there an unattached label takes the state nearby (``StateTally.nearby``):
the one state its own sentence names as an actor; if it names none, the state its own label word
was last attached to by structure earlier in the field ("the Tunisian authorities ... the
authorities said"), else the one state the previous sentence of its paragraph names, if a
structural rule attaches a state-class label to it somewhere in the article ("Tunisians voted.
They had lived under authoritarian regimes" in a text that speaks of "the Tunisian authorities");
otherwise it stays unnamed.
A label coordinated with a state's mention ("regime and Russian forces", "Iranian and regime
jets") names another party than that state: its state is the one leading once that state is left
out (``coordinated_state``, ``StateTally.home``), so "Damascus denied it" leads an article where
Russia and Syria tie.
``may_name_article_state`` then says whether one unattached label of a sentence may name that
state: not when its own words name another body ("the interim government", "Lattakia army") or
any state ("a government is", "any government that"), nor when the state stands in the sentence
as a party of its own, coordinated with the label ("Syrian and regime airstrikes") or as the other
party of its clause ("The regime blamed Turkey").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from toolkit.wording.label_sentence import CALENDAR, DETERMINERS, Sentence, stop_words

__all__ = ["StateTally", "coordinated_state", "find_article_states", "may_name_article_state", "tally_article_states"]

_LEFT_OUT_SENSES = frozenset({"dateline", "other", "part_of_name"})
_AND = frozenset({"and", "&", "or"})
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands"
    " dozen dozens scores".split()
)
_ADVERSARIAL = frozenset(
    "blame blames blamed accuse accuses accused urge urges urged warn warns warned condemn condemns condemned"
    " criticise criticises criticised criticize criticizes criticized threaten threatens threatened attack attacks"
    " attacked fight fights fought sanction sanctions sanctioned denounce denounces denounced pressure pressures"
    " pressured oppose opposes opposed".split()
)
_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "no"})
_FILLERS = frozenset("the a has have had will would also again repeatedly openly has long".split())
#: Headline kickers: a capitalised word of these before a label is the page's tag, not a name ("UPDATED
#: Regime air raids kill 20").
_KICKERS = frozenset("updated update breaking exclusive watch video photos live analysis opinion urgent".split())


def find_article_states(mentions: pd.DataFrame, attached: Iterable[tuple[str, str]] = ()) -> dict[str, tuple[str, str]]:
    """The state each article is about (rules in the module docstring).

    Parameters
    ----------
    mentions : ``toolkit.find_mentions`` output: ``article_id``, ``actor_id``, ``kind`` (without
        it no article has a state); ``actor``, ``country`` and ``sense`` used when present.
    attached : ``(article_id, actor_id)`` of each state-class label a structural rule attached.

    Returns
    -------
    dict ``article_id -> (actor_id, actor)`` (the state's id and label), for the articles with a
    clear state only.
    """
    tallies = tally_article_states(mentions, attached)
    return {article_id: home for article_id, tally in tallies.items() if (home := tally.home()) is not None}


class StateTally:
    """One article's evidence of its state: the votes of its attached labels and its mention weights."""

    def __init__(self, names: dict[str, str], state_of: dict[str, str] | None = None):
        self.votes: Counter = Counter()
        self.weights: Counter = Counter()
        self.names = names
        self.state_of = state_of or {}  # the state of each actor: itself, or its country

    def home(self, without: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """The article's state as ``(actor_id, actor)``, leaving out the states ``without`` (a state the
        label is coordinated with is another party: "regime and Russian forces"), or None.
        """
        votes = Counter({key: n for key, n in self.votes.items() if key not in without})
        weights = Counter({key: n for key, n in self.weights.items() if key not in without})
        home = _leader(votes, 0) or _leader(weights, 1, minimum=2)
        return (home, self.names.get(home, home)) if home else None

    def nearby(self, sentences: list[Sentence], earlier: Iterable[str]) -> tuple[str, str] | None:
        """For an article without a leading state: the state an unattached state-class label names by
        what stands near it, as ``(actor_id, actor)``, or None: the one state the label's sentence
        (the last of ``sentences``) names as an actor (not as a relation or a place); else the state
        its own label word was last attached to by structure earlier in the field (``earlier``: the
        actors it was attached to, nearest first; "the Tunisian authorities ... the authorities"); else
        the one state the sentence before (the one before the last of ``sentences``) names, if the
        article attaches a state-class label to it by structure somewhere ("the Tunisian
        authorities"): a state named only as a party, such as an ally at war, is not taken.
        """
        own = _states(sentences[-1])
        before = {s for s in _states(sentences[-2]) if self.votes[s]} if len(sentences) > 1 else set()
        state = next(iter(own)) if len(own) == 1 else None
        if state is None and not own:
            same = next((self.state_of[a] for a in earlier if self.state_of.get(a)), None)
            state = same or (next(iter(before)) if len(before) == 1 else None)
        return (state, self.names.get(state, state)) if state else None


def tally_article_states(mentions: pd.DataFrame, attached: Iterable[tuple[str, str]] = ()) -> dict[str, StateTally]:
    """Each article's ``StateTally`` (parameters as ``find_article_states``), for the articles with a
    state mention or a vote.
    """
    if "kind" not in mentions.columns or mentions.empty:
        return {}
    if "sense" in mentions.columns:
        mentions = mentions[~mentions["sense"].isin(_LEFT_OUT_SENSES)]
    state = mentions["kind"].eq("state")
    country = mentions["country"].fillna("").astype(str) if "country" in mentions.columns else ""
    ids = mentions["actor_id"].astype(str)
    weights = pd.DataFrame(
        {"article_id": mentions["article_id"].astype(str), "state": ids.where(state, country), "weight": 1}
    )
    weights.loc[state, "weight"] = 2
    weights = weights[weights["state"] != ""]
    state_of = dict(zip(ids, weights["state"].reindex(ids.index).fillna(""), strict=True))
    labels = mentions["actor"].astype(str) if "actor" in mentions.columns else ids
    names = dict(zip(ids[state], labels[state], strict=True))
    tallies: dict[str, StateTally] = {}
    summed = weights.groupby(["article_id", "state"])["weight"].sum()  # one grouping for all articles
    for (article_id, state_id), weight in zip(summed.index.tolist(), summed.tolist(), strict=True):
        tallies.setdefault(article_id, StateTally(names, state_of)).weights[state_id] = weight
    for article_id, actor_id in attached:
        if state_of.get(actor_id):
            tallies.setdefault(str(article_id), StateTally(names, state_of)).votes[state_of[actor_id]] += 1
    return tallies


def coordinated_state(sentence: Sentence, span: tuple) -> str | None:
    """The state a mention coordinated with the label names ("regime and Russian forces", "Iranian and
    regime jets"): another party than the label's state, or None.
    """
    first, after = span[:2]
    lower = sentence.lower
    partners = (sentence.mention_at(first - 2, ending=True), sentence.mention_at(after + 1, starting=True))
    joined = (first >= 2 and lower[first - 1] in _AND, after + 1 < len(sentence) and lower[after] in _AND)
    for mention, join in zip(partners, joined, strict=True):
        if mention is not None and join and mention.kind == "state":
            return mention.actor_id
    return None


def _leader(counts: Counter, margin: int, minimum: int = 1) -> str | None:
    """The most counted key when it has at least ``minimum`` and leads the next by more than ``margin``."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] - runner_up > margin else None


def may_name_article_state(sentence: Sentence, span: tuple, blockers: frozenset, state_id: str) -> bool:
    """A state-class label that found no target may name ``state_id``, the state the article is
    about ("the government", "regime forces", "units of the army"): not when the word before it is
    in ``blockers`` ("the interim government", "rebel forces", "the free army"), is a mention that
    is neither target nor relation ("Kurdish authorities") or a capitalised name in running text
    ("Lattakia army"; a number word or a headline kicker is none: "Eleven regime fighters",
    "UPDATED Regime air raids"); not when "of" and a name
    follow ("the Army of Conquest"); not when an indefinite determiner before a label that heads
    its phrase makes it any state's ("how democratic a government is", "any government that");
    not when the label is coordinated with a mention of that state ("Russian and regime
    airstrikes": two parties);
    not when that state is the other party of the label's clause ("the regime blamed Turkey",
    "Turkey accused the regime": one does not blame oneself), see ``_party_of_clause``.
    """
    first, after = span[:2]
    lower, words, k = sentence.lower, sentence.words, first - 1
    if after + 1 < len(sentence) and lower[after] == "of" and words[after + 1][:1].isupper():
        return False
    if lower[after - 1] in ("government", "governments"):
        following = lower[after] if after < len(sentence) else "."
        if following in _NOT_THE_STATE_AFTER:
            return False  # "government bonds"
        if k >= 0 and lower[k] in _GENERIC_BEFORE and (not following.isalpha() or following in _GENERIC_AFTER):
            return False  # "eight years in government —", "an ethos of government,"; "in government air strikes" stays
    if _any_one(sentence, first, after):
        return False
    partners = (sentence.mention_at(first - 2, ending=True), sentence.mention_at(after + 1, starting=True))
    joined = (first >= 2 and lower[first - 1] in _AND, after + 1 < len(sentence) and lower[after] in _AND)
    if any(m is not None and j and m.actor_id == state_id for m, j in zip(partners, joined, strict=True)):
        return False
    if _party_of_clause(sentence, first, after, state_id):
        return False
    if k < 0:
        return True
    mention = sentence.mention_at(k)
    if mention is not None:
        return mention.marker is not None  # "Pro-Assad regime": a patron, the regime is still the state's
    if lower[k] in blockers:
        return False
    parts = words[k].split("-")  # "al-Nasr Army"
    capitalised = any(part[:1].isupper() for part in parts) and all(part.isalpha() for part in parts)
    return not (capitalised and lower[k] not in stop_words() | DETERMINERS | CALENDAR | _NUMBER_WORDS | _KICKERS)


#: Words right before "government" that make it the activity, not a state ("years in government", "an ethos of
#: government", "went into government"), and words after it that make it a kind of thing ("government bonds").
_GENERIC_BEFORE = frozenset({"in", "into", "of", "out", "from", "between"})
_NOT_THE_STATE_AFTER = frozenset({"bonds", "bond", "securities", "debt", "yields", "bills", "notes", "paper"})
#: Words after such a "government" that end its phrase (with punctuation): "in government for eight years".
_GENERIC_AFTER = frozenset({"for", "since", "until", "as", "to", "in", "at", "after", "before"})


def _any_one(sentence: Sentence, first: int, after: int) -> bool:
    """An indefinite determiner right before a label that heads its noun phrase: any state's, no
    one state's ("no matter how democratic a government is", "any government that spies", "no
    regime"); not "a government spokesman" (a noun follows: the state's spokesman).
    """
    if first < 1 or sentence.lower[first - 1] not in _INDEFINITE:
        return False
    following = sentence.lower[after] if after < len(sentence) else "."
    return not following[:1].isalnum() or following in stop_words()


def _party_of_clause(sentence: Sentence, first: int, after: int, state_id: str) -> bool:
    """The label and a mention of ``state_id`` (its name or capital: no demonym, possessive, place
    or affix) are the two sides of a verb one state does not do to itself: "The regime blamed
    Turkey", "Turkey accused the regime", "Turkey has repeatedly urged the government". Only a
    verb of that kind (``_ADVERSARIAL``), auxiliaries, adverbs and an article may stand between
    them: "Damascus lost 40 troops", "troops loyal to Damascus", "Syria's embattled regime" and
    "Assad rallied Syria's minorities behind his regime" keep the state.
    """
    reach = len(_FILLERS) + 1  # more words between than one verb and every filler: not this kind
    for mention in sentence.mentions_near(first - reach, after + reach):
        if mention.actor_id != state_id or mention.marker is not None or mention.sense == "place":
            continue
        if mention.alias_type == "demonym" or sentence.text[mention.end : mention.end + 2] in ("'s", "’s", "s "):
            continue
        gap = range(after, mention.first) if mention.first >= after else range(mention.after, first)
        if len(gap) > reach:
            continue
        words = [sentence.lower[k] for k in gap]
        verbs = [w for w in words if w in _ADVERSARIAL]
        if len(verbs) == 1 and all(w in _ADVERSARIAL or w in _FILLERS for w in words):
            return True
    return False


def _states(sentence: Sentence) -> set[str]:
    """The states a sentence names as an actor: not as a relation ("anti-Assad") or a place ("in Tunisia")."""
    return {m.actor_id for m in sentence.mentions if m.kind == "state" and not m.marker and m.sense != "place"}
