# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py_twins//py:percent
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
outlets = []  # outlets included, as written in the outlet column, e.g. ["The Herald", "Daily Wire"]; or [] for every outlet
period = "month"  # time step of the article counts: day, week, month, quarter or year
top_n = 20  # rows shown in the longer tables
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing (the report sets it)

# %%
import toolkit
from toolkit.plots.figures import describe, save_figure, show_table
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
describe(
    "The corpus holds {articles} articles from {outlets} outlet(s), dated {first} to {last} (undated: {undated}). "
    "The loader skipped, dropped or repaired {problems} file(s) or record(s).",
    articles=len(articles), outlets=articles["outlet"].nunique(), first=articles["date"].min(),
    last=articles["date"].max(), undated=int(articles["date"].isna().sum()), problems=len(load_report),
)

# %%
show_table(load_report, "load_report", figures_dir, rows=top_n, note="The loader skipped or repaired nothing.")

# %% [markdown]
# ## How many articles per outlet and period?
#
# `dated` counts the articles with a known date; the others cannot be placed in time and are
# counted as `undated` in the figure (a corpus without metadata has only those).

# %%
outlet_counts = articles.groupby("outlet").agg(articles=("article_id", "size"), dated=("date", "count"), first=("date", "min"), last=("date", "max"))
show_table(outlet_counts, "articles_by_outlet", figures_dir, rows=top_n, by="articles")

# %%
articles_by_period = toolkit.count_articles(articles, period=period, by="outlet")
figure, data = toolkit.plot_articles(articles_by_period, title="Articles per period and outlet")
save_figure(figure, data, "articles_by_period", figures_dir)

# %% [markdown]
# ## How long are the articles?
#
# Length in words of the body text; very short ones are often scraping errors. The box spans the
# middle half of an outlet's articles, the line in it is the median, the dots are outliers.

# %%
lengths = articles.assign(words=[len(text.split()) for text in articles["text"]])[["article_id", "outlet", "date", "words"]]
show_table(lengths.groupby("outlet")["words"].agg(["count", "mean", "median", "min", "max"]), "article_lengths_by_outlet", figures_dir, rows=top_n, by="count")

# %%
axes = lengths.boxplot(column="words", by="outlet", vert=False, figsize=(8, min(25, 1.5 + 0.3 * lengths["outlet"].nunique())))
axes.set(title="Words per article, by outlet (one row per outlet)", xlabel="words", ylabel="")
axes.figure.suptitle("")
save_figure(axes, lengths, "article_lengths", figures_dir)

# %% [markdown]
# ## Which duplicates were dropped?
#
# An exact duplicate (the same text from the same outlet) is kept once; the copies are listed here.

# %%
show_table(load_report[load_report["problem"].str.contains("duplicate")], "duplicates", figures_dir, rows=top_n, note="No duplicate was dropped.")

# %% [markdown]
# ## How much does the actor dictionary cover?
#
# Mentions per actor kind, the articles with no actor at all, aliases never found, and frequent
# capitalised phrases that are not in the dictionary (candidates to add).

# %%
dictionary = toolkit.load_actor_dictionary(*dictionary_files)
mentions = toolkit.find_mentions(articles, dictionary)
show_table(
    mentions.groupby("kind").agg(mentions=("actor_id", "size"), actors=("actor_id", "nunique"), articles=("article_id", "nunique")),
    "mentions_by_kind", figures_dir, rows=top_n, by="mentions", note="The dictionary finds no actor in these articles.",
)

# %%
show_table(articles[["article_id", "outlet", "date", "title"]][~articles["article_id"].isin(mentions["article_id"].unique())], "articles_without_actors", figures_dir, rows=top_n, note="Every article mentions an actor.")

# %%
unmatched = toolkit.list_unmatched_aliases(mentions, dictionary)
show_table(unmatched[unmatched["actor_matched"]], "unmatched_aliases", figures_dir, rows=top_n, note="No alias of a found actor is missing.")

# %%
candidates = toolkit.list_candidate_actors(articles, dictionary, mentions=mentions)
show_table(candidates, "candidate_actors", figures_dir, rows=top_n, note="No frequent capitalised phrase is left out of the dictionary.")
