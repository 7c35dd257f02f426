"""The path ``toolkit.figures``, kept as a re-export of ``toolkit.plots.figures``, where the code is.

The README and users' scripts name ``toolkit.figures``; it keeps importing with the same names.
"""

from toolkit.plots.figures import *  # noqa: F401,F403
from toolkit.plots.figures import __all__  # noqa: F401
