"""Kept so that ``toolkit.distributed`` (named in the README and users' scripts) still imports: the code is in ``toolkit.comentions.distributed``."""

from toolkit.comentions.distributed import *  # noqa: F401,F403
from toolkit.comentions.distributed import __all__  # noqa: F401
