"""Actor co-mentions and wording in news corpora.

The public functions, re-exported here; each lives in the module named for its concept.
"""

from toolkit.actors import find_mentions, list_candidate_actors, list_unmatched_aliases, load_actor_dictionary
from toolkit.checks import InputError
from toolkit.corpus import load_articles
from toolkit.text import split_paragraphs, split_sentences, split_tokens

__version__ = "0.1.0"
