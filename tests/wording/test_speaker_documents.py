"""Tests for toolkit.wording.speaker_documents: who a document speaker ("the report states") stands for."""

from __future__ import annotations

import pytest

from tests.wording.test_quotes import articles_of, mentions_of
from toolkit.wording.quotes import find_quotes


def speakers_of(text, aliases=()):
    articles = articles_of(text)
    mentions = mentions_of(articles, aliases) if aliases else None
    return find_quotes(articles, mentions)["speaker"].tolist()


def test_a_report_after_a_person_speaking_is_the_report():
    text = "“We will close,” Principal Ramon Cortines said. “The threat was real,” the report states."
    assert speakers_of(text) == ["Principal Ramon Cortines", "report"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # the person named issuing the document
        (
            "Ramon Cortines said in a statement that schools would open. “It was real,” the statement said.",
            "Ramon Cortines",
        ),
        ("Mary Jones released a report on Monday. “It was real,” the report says.", "Mary Jones"),
        # the one it was issued by, after an organisation spoke
        (
            "Russia said the talks would go on. The statement released jointly by 33 factions called for a truce. "
            "“Talks are meaningless,” the statement said.",
            "33 factions",
        ),
        # a possessor
        ("“We will close,” said Ramon Cortines. “It was real,” his report said.", "Ramon Cortines"),
        # an organisation speaker
        ("The ministry said it would act. “It was real,” the statement said.", "ministry"),
    ],
)
def test_a_document_takes_its_author(text, author):
    assert speakers_of(text)[-1] == author


def test_documents_are_no_authors():
    text = "“I fear him,” Tom Hale said, according to NBC documents. “He is abusive,” the report said."
    assert speakers_of(text, [("nbc", "NBC")])[-1] == "report"


@pytest.mark.parametrize(
    "text",
    [
        'Lavrov met reporters after reading a report on the strikes. "The strikes killed 40," the report said.',
        'Assad denied a report of chemical attacks. "Sarin was used," the report states.',
    ],
)
def test_one_who_reads_or_denies_a_report_is_not_its_author(text):
    assert speakers_of(text) == ["report"]
