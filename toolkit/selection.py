"""Kept so that ``toolkit.selection`` (named in the README and users' scripts) still imports: the code is in ``toolkit.corpus.selection``."""

from toolkit.corpus.selection import *  # noqa: F401,F403
from toolkit.corpus.selection import __all__  # noqa: F401
