"""Actor co-mentions and wording in news corpora.

The public functions, re-exported here; each lives in the module named for its concept, in the
subpackage of its stage. The modules that load matplotlib or networkx (``toolkit.plots`` and
``toolkit.comentions.networks``) are imported on first use of one of their functions, so that
``import toolkit`` stays quick for scripts, worker processes and the command line.
"""

import importlib

from toolkit.actors.coverage import list_candidate_actors, list_unmatched_aliases
from toolkit.actors.dictionary import load_actor_dictionary
from toolkit.actors.mentions import find_mentions
from toolkit.actors.overview import count_actor_mentions
from toolkit.actors.selection import choose_actors
from toolkit.association import score_comentions
from toolkit.comentions.attention import attention_over_time
from toolkit.comentions.counting import count_comentions, find_comention_sentences
from toolkit.comentions.distributed import count_comentions_dask, find_mentions_dask, write_articles_parquet
from toolkit.comentions.streaming import count_comentions_streaming
from toolkit.corpus.articles import iter_articles, load_articles
from toolkit.corpus.overview import count_articles
from toolkit.corpus.selection import select_articles
from toolkit.errors import InputError
from toolkit.reports.compare import describe_comparability
from toolkit.reports.run import compare_reports, run_report
from toolkit.resources import __version__
from toolkit.text import split_paragraphs, split_sentences, split_tokens
from toolkit.wording.collocates import find_collocates
from toolkit.wording.concordance import keyword_in_context, kwic_to_html
from toolkit.wording.dispersion import term_frequency_over_time
from toolkit.wording.keyness import compare_wording
from toolkit.wording.labels import find_labels, tabulate_labels
from toolkit.wording.quotes import find_quotes, find_reporting_clauses, profile_reporting_verbs
from toolkit.wording.relations import list_label_relations, tabulate_label_relations
from toolkit.wording.tone import score_tone

#: Functions of the modules that load matplotlib or networkx, imported when first asked for (PEP 562).
_LAZY = {
    "build_comention_graph": "toolkit.comentions.networks",
    "write_network": "toolkit.comentions.export",
    "plot_actor_mentions": "toolkit.plots.overview",
    "plot_articles": "toolkit.plots.overview",
    "plot_by_outlet": "toolkit.plots.comentions",
    "plot_comention_heatmap": "toolkit.plots.comentions",
    "plot_pair_timeline": "toolkit.plots.comentions",
    "plot_comention_network": "toolkit.plots.networks",
    "plot_ego_network": "toolkit.plots.networks",
    "plot_dispersion": "toolkit.plots.dispersion",
    "plot_tone": "toolkit.plots.wording",
    "plot_shares": "toolkit.plots.wording",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = sorted(
    {
        *(
            name
            for name, value in globals().items()
            if not name.startswith("_") and not isinstance(value, type(importlib))
        ),
        *_LAZY,
    }
)
