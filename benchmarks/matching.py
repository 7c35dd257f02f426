"""The toolkit's matching core alone, as a benchmark method beside the baselines of ``methods.py``.

- ``toolkit_scan``: what ``bare_ac`` does, with the toolkit's matcher: the same CSV read with
  ``pandas.read_csv`` in chunks, the title and the body of each chunk joined (as ``find_mentions``
  joins a chunk's fields), folded and squeezed (``fold_for_scan``) and scanned (``scan``: whole
  words, case and trail checks, longest match, exclusions dropped) with the full default
  dictionary; no sentences, no senses, no pairs; one process. It measures the matching core
  against the bare pyahocorasick scan on equal terms, where ``streaming_1cpu`` measures the whole
  job.
- ``streaming_asread_1cpu``: ``streaming_1cpu`` on the text as read (``load_options={"furniture":
  "keep"}``): the same job without learning and stripping each outlet's site furniture, which the
  baselines do not do either. Its mentions and pairs differ from ``streaming_1cpu``'s wherever
  furniture named an actor.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from methods import FIELD_COLUMNS, SPAN_COLUMNS, Result, _quiet, _read_chunks

SEPARATOR = "\n\n"


def run_toolkit_scan(path, *, spans: bool = False, **_) -> Result:
    from toolkit import load_actor_dictionary
    from toolkit.actors.matcher import matcher_for, scan
    from toolkit.text.folding import fold_for_scan

    _quiet()
    dictionary = load_actor_dictionary()
    matcher = matcher_for(dictionary)
    actor_of_row = dictionary["actor_id"].tolist()
    n_articles = n_mentions = 0
    found = []
    for chunk in _read_chunks(path):
        n_articles += len(chunk)
        ids = chunk["unit_id"].tolist()
        for field_name, column in FIELD_COLUMNS.items():
            texts = [value.strip() for value in chunk[column].tolist()]
            joined = SEPARATOR.join(texts)
            folded, squeezed, removed = fold_for_scan(joined)
            starts, ends, candidates = scan(matcher, joined, folded, (squeezed, removed))
            n_mentions += len(candidates)
            if spans and candidates:
                lengths = np.fromiter((len(t) + len(SEPARATOR) for t in texts), dtype=np.int64, count=len(texts))
                offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
                row = np.searchsorted(offsets, starts, side="right") - 1
                found.extend(
                    (ids[r], field_name, s - offsets[r], e - offsets[r], actor_of_row[c[0][0]])
                    for r, s, e, c in zip(row.tolist(), starts.tolist(), ends.tolist(), candidates, strict=True)
                )
    return Result(n_articles, n_mentions, 0, pd.DataFrame(found, columns=SPAN_COLUMNS) if spans else None)


def run_streaming_asread_1cpu(path, *, chunk_size: int = 5_000, pairs_out=None, **_) -> Result:
    from toolkit import count_comentions_streaming

    _quiet()
    pairs = count_comentions_streaming(
        path, chunk_size=chunk_size, unit="sentence", n_jobs=1, load_options={"furniture": "keep"}
    )
    if pairs_out is not None:
        pairs.to_csv(pairs_out, index=False)
    return Result(pairs.attrs["n_articles"], pairs.attrs["n_mentions"], len(pairs))


IMPORTS = {
    "toolkit_scan": ("toolkit", "toolkit.actors.matcher", "toolkit.text.folding"),
    "streaming_asread_1cpu": ("toolkit", "toolkit.parallel"),
}
METHODS = {"toolkit_scan": run_toolkit_scan, "streaming_asread_1cpu": run_streaming_asread_1cpu}
