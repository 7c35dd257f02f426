"""Kept so that ``toolkit.selection`` (named in the README and users' scripts) still imports: the code is in
``toolkit.corpus.selection`` (``select_articles``) and ``toolkit.actors.selection`` (``choose_actors``).
"""

from toolkit.actors.selection import choose_actors  # noqa: F401
from toolkit.corpus.selection import *  # noqa: F401,F403
from toolkit.corpus.selection import __all__ as _corpus_all

__all__ = [*_corpus_all, "choose_actors"]
