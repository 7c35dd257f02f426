"""Kept so that ``toolkit.figures`` (named in the README and users' scripts) still imports: the code is in ``toolkit.plots.figures``."""

from toolkit.plots.figures import *  # noqa: F401,F403
from toolkit.plots.figures import __all__  # noqa: F401
