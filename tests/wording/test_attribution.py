"""Attribution in texts far longer than news sentences: each quote still takes its own clause.

``toolkit.wording.attribution`` reads only the clauses that start near a quote (so that a text of
many quotes and clauses, or one endless sentence of them, takes linear time: see
``benchmarks/adversarial.py``); these tests check that no quote loses or swaps its clause for it.
"""

from __future__ import annotations

import pandas as pd

from toolkit import find_mentions, find_quotes


def _quotes(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["x"], "title": ["t"], "text": [text]})
    return find_quotes(articles, find_mentions(articles))


def test_every_quote_of_one_endless_sentence_takes_the_clause_after_it():
    # 400 quotes in one sentence (no full stop), each followed by its own speaker
    names = [f"Dana Whitfield{chr(65 + i % 26)}{chr(65 + i // 26)}" for i in range(400)]
    text = "".join(f'"Item {i} is fine," said Minister {name}, and ' for i, name in enumerate(names)) + "so on."
    quotes = _quotes(text)
    assert quotes["quote"].tolist() == [f"Item {i} is fine," for i in range(400)]
    assert quotes["speaker"].tolist() == names
    assert set(quotes["verb"]) == {"said"} and set(quotes["resolution"]) == {"direct"}


def test_a_clause_before_a_long_quote_in_its_sentence_is_found():
    # the clause ends about 1,900 characters before the quote, within the sentence
    filler = ", ".join(["and the rest of the long list of the matters discussed"] * 35)
    text = f'Minister Dana Whitfield said that {filler}, were "all settled now" in the end.'
    quotes = _quotes(text)
    assert quotes["quote"].tolist() == ["all settled now"]
    assert quotes["speaker"].tolist() == ["Dana Whitfield"]


def test_an_outlet_reporting_the_sentence_before_is_no_later_quotes_speaker():
    # "according to <outlet>" reports its own sentence; a later quote without a clause is nobody's
    text = (
        "Jets struck the city according to the state news agency Anadolu. "
        'Residents fled the town "in panic and fear of more raids that never stop."'
    )
    assert _quotes(text)["speaker"].tolist() == [""]
    # a body that is no outlet still gives the sentence after it its quote
    text = text.replace("the state news agency Anadolu", "the Syrian Observatory for Human Rights")
    assert _quotes(text)["speaker"].tolist() == ["Syrian Observatory for Human Rights"]


def test_a_name_far_into_a_sentence_of_capitalised_words_opens_no_sentence():
    # the salience of a name reads at most SALIENCE_REACH characters back to its sentence's start
    from toolkit.wording.antecedents import SALIENCE_REACH, SALIENT, find_salience

    near = "Farmer Chad Smith"
    far = "Foreign Minister " * (SALIENCE_REACH // 17 + 1) + "Chad Smith"
    assert find_salience(near, near.index("Chad"), [0], None) == SALIENT
    assert find_salience(far, far.index("Chad"), [0], None) == 0


def test_quotes_in_one_endless_sentence_of_people_and_bodies_keep_their_speakers():
    # speakers resolved from the mentions near their phrase only: each clause keeps its own body
    bodies = ["the Pentagon", "the Kremlin", "the State Department", "Hezbollah"] * 50
    text = "".join(f'"Point {i} stands," {body} said, and ' for i, body in enumerate(bodies)) + "so on."
    quotes = _quotes(text)
    assert len(quotes) == len(bodies)
    assert (
        quotes["actor_id"].tolist()
        == _quotes("".join(f'"Point {i} stands," {body} said. ' for i, body in enumerate(bodies)))["actor_id"].tolist()
    )
    assert quotes["actor_id"].iloc[3] == "hezbollah"
