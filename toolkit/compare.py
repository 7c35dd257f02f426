"""The path ``toolkit.compare``, kept as a re-export of ``toolkit.reports.compare``, where the code is.

The README and users' scripts name ``toolkit.compare``; it keeps importing with the same names.
"""

from toolkit.reports.compare import *  # noqa: F401,F403
from toolkit.reports.compare import __all__  # noqa: F401
