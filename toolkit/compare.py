"""Kept so that ``toolkit.compare`` (named in the README and users' scripts) still imports: the code is in ``toolkit.reports.compare``."""

from toolkit.reports.compare import *  # noqa: F401,F403
from toolkit.reports.compare import __all__  # noqa: F401
