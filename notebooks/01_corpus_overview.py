# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Corpus overview
#
# What is in the corpus before any analysis: how many articles from which outlets and months,
# how long they are, what the loader skipped or repaired, which duplicates it dropped, and how
# much of the text the actor dictionary covers.

# %% tags=["parameters"]
corpus = "../corpora/demo"  # corpus folder or file (.txt pages, .csv, .tsv, .json, .jsonl, .html)
columns = {}  # CSV/JSON column mapping, toolkit name -> your column, e.g. {"text": "article_content"}; {} for the usual names
dayfirst = None  # ambiguous dates like 4/5/17: True: day first, False: month first, None: never guess
date_format = ""  # the dates' strftime format, e.g. "%d/%m/%Y"; or "" to read them as dayfirst says
dictionary_files = ["../corpora/demo/actors.yaml"]  # actor dictionary YAML files, loaded on top of the default one
start_date = ""  # first date included, YYYY-MM-DD, or "" for no limit
end_date = ""  # last date included, YYYY-MM-DD, or "" for no limit
outlets = []  # outlets included, e.g. ["kestrel-herald"]; or [] for every outlet
period = "month"  # time step of the article counts: day, week, month, quarter or year
top_n = 20  # rows shown in the longer tables
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing (the report sets it)

# %%
import pandas as pd

import toolkit
from toolkit.plots.figures import save_figure, save_table
from toolkit.plots.frames import note_if_empty
from toolkit.corpus.selection import select_articles

# %% [markdown]
# ## What was loaded, and what was skipped or repaired?
#
# The load report has one row per file or record the loader skipped, dropped or repaired, with
# the reason. Nothing is skipped silently.

# %%
articles = select_articles(
    toolkit.load_articles(corpus, columns=columns or None, dayfirst=dayfirst, date_format=date_format or None),
    start_date=start_date, end_date=end_date, outlets=outlets,
)
load_report = articles.attrs["load_report"]
save_table(load_report, "load_report", figures_dir)
note_if_empty(load_report, "The loader skipped or repaired nothing.")

# %% [markdown]
# ## How many articles per outlet and period?
#
# `dated` counts the articles with a known date; the others cannot be placed in time and are
# counted as `undated` in the figure (a corpus without metadata has only those).

# %%
articles.groupby("outlet").agg(articles=("article_id", "size"), dated=("date", "count"), first=("date", "min"), last=("date", "max"))

# %%
articles_by_period = toolkit.count_articles(articles, period=period, by="outlet")
figure, data = toolkit.plot_articles(articles_by_period, title="Articles per period and outlet")
save_figure(figure, data, "articles_by_period", figures_dir)

# %% [markdown]
# ## How long are the articles?
#
# Length in words of the body text; very short ones are often scraping errors.

# %%
lengths = articles.assign(words=articles["text"].str.split().str.len())[["article_id", "outlet", "date", "words"]]
lengths.groupby("outlet")["words"].agg(["count", "mean", "median", "min", "max"])

# %%
axes = lengths.boxplot(column="words", by="outlet", figsize=(8, 4))
save_figure(axes, lengths, "article_lengths", figures_dir)

# %% [markdown]
# ## Which duplicates were dropped?
#
# An exact duplicate (the same text from the same outlet) is kept once; the copies are listed here.

# %%
note_if_empty(load_report[load_report["problem"].str.contains("duplicate")], "No duplicate was dropped.")

# %% [markdown]
# ## How much does the actor dictionary cover?
#
# Mentions per actor kind, the articles with no actor at all, aliases never found, and frequent
# capitalised phrases that are not in the dictionary (candidates to add).

# %%
dictionary = toolkit.load_actor_dictionary(*dictionary_files)
mentions = toolkit.find_mentions(articles, dictionary)
note_if_empty(
    mentions.groupby("kind").agg(mentions=("actor_id", "size"), actors=("actor_id", "nunique"), articles=("article_id", "nunique")),
    "The dictionary finds no actor in these articles.",
)

# %%
note_if_empty(articles[~articles["article_id"].isin(mentions["article_id"])][["article_id", "outlet", "date", "title"]], "Every article mentions an actor.")

# %%
unmatched = toolkit.list_unmatched_aliases(mentions, dictionary)
note_if_empty(unmatched[unmatched["actor_matched"]].head(top_n), "No alias of a found actor is missing.")

# %%
candidates = toolkit.list_candidate_actors(articles, dictionary)
save_table(candidates, "candidate_actors", figures_dir)
note_if_empty(candidates.head(top_n), "No frequent capitalised phrase is left out of the dictionary.")
