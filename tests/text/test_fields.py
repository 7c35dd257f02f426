"""Fields: the vocabulary of text fields and reading them field by field."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import InputError
from toolkit.options import FIELDS as OPTION_FIELDS
from toolkit.text import FIELDS
from toolkit.text.fields import check_fields, iter_field_strings


def test_fields_are_the_vocabulary_of_options_in_reading_order():
    assert FIELDS == OPTION_FIELDS == ("title", "standfirst", "caption", "text")


def test_field_strings_come_field_by_field_and_skip_empty_values():
    articles = pd.DataFrame(
        {
            "article_id": [1, 2],
            "title": ["T1", "  "],
            "text": ["Body one", "Body two"],
            "caption": [None, "C2"],
        }
    )
    assert list(iter_field_strings(articles, FIELDS)) == [
        ("1", "title", "T1"),
        ("2", "caption", "C2"),
        ("1", "text", "Body one"),
        ("2", "text", "Body two"),
    ]
    assert list(iter_field_strings(articles, ["text", "title"])) == [
        ("1", "text", "Body one"),
        ("2", "text", "Body two"),
        ("1", "title", "T1"),
    ]


def test_check_fields():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["x"]})
    assert check_fields(articles, iter(["text", "title"])) == ("text", "title")
    with pytest.raises(InputError, match="body"):
        check_fields(articles, ["body"])
    with pytest.raises(InputError, match="text"):
        check_fields(articles.drop(columns="text"), FIELDS)
    with pytest.warns(UserWarning, match="empty"):
        check_fields(articles.iloc[0:0], FIELDS)
