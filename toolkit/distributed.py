"""The path ``toolkit.distributed``, kept as a re-export of ``toolkit.comentions.distributed``, where the code is.

The README and users' scripts name ``toolkit.distributed``; it keeps importing with the same names.
"""

from toolkit.comentions.distributed import *  # noqa: F401,F403
from toolkit.comentions.distributed import __all__  # noqa: F401
