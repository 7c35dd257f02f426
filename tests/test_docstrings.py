"""The docstring of every public name (``toolkit.__all__``) passes numpydoc's validator on the checks below.

The checks are those that tell a reader something wrong about the function, not matters of taste:

- GL08 the name has a docstring at all;
- SS01 it opens with a summary, SS06 of one line (``help()``, IDE tooltips and tables of contents show
  that line alone);
- GL06 every section name is one numpydoc knows (a misspelt "Return" section is not rendered, nor read
  by the other checks) and GL07 the sections come in numpydoc's order;
- GL10 a reST directive (``.. deprecated::``) has its two colons;
- PR01 every parameter is documented, PR02 no documented parameter is missing from the signature
  (a renamed or removed argument), PR03 they are documented in the signature's order, PR10 the
  ``name : ...`` colon is spaced (else numpydoc reads the whole line as the name);
- RT01 a function that returns a value has a Returns section (where the frame's grain and columns are
  stated), YD01 a generator has a Yields section.

Left out, and why: ES01 / EX01 / SA01 (an extended summary, examples, See Also are welcome, not owed);
PR04-PR09 and RT02-RT05 (the house style writes ``name : what it is`` without a separate type line,
and ``DataFrame, one row per ...`` as the Returns line: the description is there, the validator just
looks for it elsewhere); SS02-SS05 (capitalisation, the closing period and the mood of the summary are
ruff's D rules' job, for the whole package).
"""

from __future__ import annotations

import warnings

import pytest
from numpydoc.validate import validate

import toolkit

CHECKS = ("GL06", "GL07", "GL08", "GL10", "SS01", "SS06", "PR01", "PR02", "PR03", "PR10", "RT01", "YD01")


def import_path(name: str) -> str:
    """The dotted path numpydoc imports ``toolkit.<name>`` from: where it is defined, not re-exported."""
    value = getattr(toolkit, name)
    return f"{value.__module__}.{value.__qualname__}"


def failed_checks(path: str) -> list[str]:
    """The ``CODE message`` lines of the checks in ``CHECKS`` that the docstring at ``path`` fails."""
    return [f"{code} {message}" for code, message in validate(path)["errors"] if code in CHECKS]


@pytest.mark.parametrize("name", toolkit.__all__)
def test_public_docstring_validates(name):
    assert failed_checks(import_path(name)) == []


def count_pairs(mentions, *, unit="sentence", min_count=1):
    """Count pairs of actors.

    Parameters
    ----------
    mentions : one row per mention.
    min_count: keep pairs seen at least this often.
    window : sentences per window.

    Returns
    -------
    DataFrame, one row per pair.
    """
    return mentions


def iter_pairs(mentions, *, unit="sentence"):
    """Yield pairs of actors, one pair at a time, in the order of the mentions, for a corpus that does not fit
    in memory.

    Parameters
    ----------
    unit : the unit counted.
    mentions : one row per mention.
    """
    yield from mentions


def score_pairs(pairs):
    """Score pairs of actors.

    Return
    ------
    DataFrame, one row per pair.

    Parameters
    ----------
    pairs : one row per pair.
    """
    return pairs


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        # "unit" undocumented (PR01); "window" is no argument (PR02); "min_count:" unspaced (PR10), so numpydoc reads a
        # parameter named "min_count: keep pairs ..." (PR02 again) and "min_count" is undocumented (PR01 again)
        ("count_pairs", ["PR01", "PR02", "PR10"]),
        # a summary over two lines (SS06), parameters out of order (PR03), a generator without Yields (YD01)
        ("iter_pairs", ["SS06", "PR03", "YD01"]),
        # "Return" is no section (GL06), so there is no Returns section (RT01), and Parameters comes after it (GL07)
        ("score_pairs", ["GL06", "GL07", "RT01"]),
    ],
)
def test_the_checks_catch_what_they_are_chosen_for(name, codes):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # numpydoc's parser also warns of the unknown section
        assert [line[:4] for line in failed_checks(f"{__name__}.{name}")] == codes
