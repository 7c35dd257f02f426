"""Actor co-mentions and wording in news corpora.

The public functions, re-exported here; each lives in the module named for its concept.
"""

from toolkit.actors import find_mentions
from toolkit.association import score_comentions
from toolkit.attention import attention_over_time
from toolkit.checks import InputError
from toolkit.collocates import find_collocates
from toolkit.comentions import count_comentions, find_comention_sentences
from toolkit.concordance import keyword_in_context, kwic_to_html
from toolkit.corpus import iter_articles, load_articles
from toolkit.coverage import list_candidate_actors, list_unmatched_aliases
from toolkit.dictionary import load_actor_dictionary
from toolkit.dispersion import plot_dispersion, term_frequency_over_time
from toolkit.distributed import count_comentions_dask, find_mentions_dask, write_articles_parquet
from toolkit.keyness import compare_wording
from toolkit.labels import find_labels, tabulate_labels
from toolkit.networks import build_comention_graph, plot_comention_network, plot_ego_network
from toolkit.overview import count_actor_mentions, count_articles, plot_actor_mentions, plot_articles
from toolkit.plots import plot_by_outlet, plot_comention_heatmap, plot_pair_timeline
from toolkit.quotes import find_quotes, find_reporting_clauses, profile_reporting_verbs
from toolkit.reports import compare_reports, run_report
from toolkit.selection import choose_actors, select_articles
from toolkit.streaming import count_comentions_streaming
from toolkit.text import split_paragraphs, split_sentences, split_tokens
from toolkit.tone import score_tone

__version__ = "0.1.0"
