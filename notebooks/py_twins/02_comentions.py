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
# # Actor co-mentions
#
# Who is mentioned with whom, how much more often than chance, in which outlets, and since when.
# Change only the parameters cell; every number below comes from a `toolkit` function.

# %% tags=["parameters"]
corpus = "../corpora/demo"  # corpus folder or file (.txt pages, .csv, .tsv, .json, .jsonl, .html)
columns = {}  # CSV/JSON column mapping, toolkit name -> your column, e.g. {"text": "article_content"}; {} for the usual names
dayfirst = None  # ambiguous dates like 4/5/17: True: day first, False: month first, None: never guess
date_format = ""  # the dates' strftime format, e.g. "%d/%m/%Y"; or "" to read them as dayfirst says
dictionary_files = ["../corpora/demo/actors.yaml"]  # actor dictionary YAML files, loaded on top of the default one
start_date = ""  # first date included, YYYY-MM-DD, or "" for no limit
end_date = ""  # last date included, YYYY-MM-DD, or "" for no limit
outlets = []  # outlets included, as written in the outlet column, e.g. ["The Herald", "Daily Wire"]; or [] for every outlet
unit = "sentence"  # co-mention unit: sentence, paragraph, window (of sentences) or article
level = "actor"  # count actors, or roll them up to: country, kind, sector, role
min_count = 5  # keep pairs co-mentioned in at least this many units
top_n = 15  # pairs and actors shown in tables and plots
actors_of_interest = []  # two actors (id or label) followed over time and read in context, e.g. ["RUS", "SYR"]; [] for the most co-mentioned pair
period = "month"  # time step of the timeline: day, week, month, quarter or year
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing (the report sets it)

# %%
import toolkit
from toolkit.comentions.export import save_network
from toolkit.plots.figures import describe, save_figure, show_table
from toolkit.corpus.selection import select_articles

# %% [markdown]
# ## Which articles are analysed?
#
# The corpus as loaded, restricted to the date range and outlets of the parameters.

# %%
articles = select_articles(
    toolkit.load_articles(corpus, columns=columns or None, dayfirst=dayfirst, date_format=date_format or None),
    start_date=start_date, end_date=end_date, outlets=outlets,
)
show_table(articles.groupby("outlet").size().rename("articles").to_frame(), "analysed_articles_by_outlet", figures_dir, rows=top_n, by="articles")

# %% [markdown]
# ## Who is mentioned?
#
# Every match of the actor dictionary; an actor's count is the number of articles that mention it.

# %%
dictionary = toolkit.load_actor_dictionary(*dictionary_files)
mentions = toolkit.find_mentions(articles, dictionary)
actor_mentions = toolkit.count_actor_mentions(mentions)
show_table(actor_mentions, "actor_mentions", figures_dir, rows=top_n, note="The dictionary finds no actor in these articles.")

# %%
figure, data = toolkit.plot_actor_mentions(actor_mentions, top=top_n)
save_figure(figure, data, "actor_articles", figures_dir)

# %% [markdown]
# ## Who is mentioned with whom?
#
# `n_units` counts the units (sentences, paragraphs, windows or articles) that mention both actors;
# `n_a` and `n_b` those that mention each, `n_total` all units.

# %%
pairs = toolkit.count_comentions(mentions, articles, unit=unit, level=level, dictionary=dictionary, min_count=min_count)
show_table(
    pairs, "comention_pairs", figures_dir, rows=top_n, by="n_units",
    columns=["label_a", "label_b", "n_units", "n_a", "n_b", "n_total", "n_articles"],
    note=f"No two actors are co-mentioned in at least {min_count} units.",
)

# %%
figure, data = toolkit.plot_comention_heatmap(pairs, top=top_n, value="n_units")
save_figure(figure, data, "comention_heatmap", figures_dir)

# %% [markdown]
# ## Which pairs are more than chance?
#
# Raw counts favour actors mentioned everywhere. PMI compares the pair's count with what two
# independent actors would give (0 = chance, 1 = twice as often); G² says how sure that is (above
# 3.84: p < 0.05); Dice and Jaccard are the overlap of the two actors' units.

# %%
show_table(
    pairs, "comention_pairs", figures_dir, rows=top_n, by="pmi",
    columns=["label_a", "label_b", "n_units", "n_a", "n_b", "pmi", "g2", "dice", "jaccard"],
    note="No pair to score: no two actors are co-mentioned often enough.",
)

# %%
figure, data = toolkit.plot_comention_heatmap(pairs, top=top_n, value="pmi")
save_figure(figure, data, "comention_heatmap_pmi", figures_dir)

# %% [markdown]
# ## What does the network of strongest ties look like?
#
# Each line is a pair among the strongest by G² (the more certain the association, the thicker);
# each node is sized by the actor's mentions. The network is also saved for Gephi (`.gexf`) and
# Cytoscape (`.graphml`) beside the figure, with each actor's name, kind, country and mentions and
# each pair's counts and scores.

# %%
figure, data = toolkit.plot_comention_network(pairs, mentions, measure="g2", top=top_n * 2, dictionary=dictionary)
save_figure(figure, data, "comention_network", figures_dir)
save_network(data, "comention_network", figures_dir, mentions=mentions, measure="g2", dictionary=dictionary)

# %% [markdown]
# ## Do outlets pair actors differently?

# %%
pairs_by_outlet = toolkit.count_comentions(mentions, articles, unit=unit, level=level, dictionary=dictionary, min_count=min_count, by="outlet")
figure, data = toolkit.plot_by_outlet(pairs_by_outlet, top=10)
save_figure(figure, data, "comention_pairs_by_outlet", figures_dir)

# %% [markdown]
# ## Which pair of actors is followed?
#
# The two `actors_of_interest` of the parameters (an actor that is in no pair is an error that
# lists the actors there are), or, when it is `[]`, the pair co-mentioned in most units. When no
# two actors are co-mentioned there is no pair to follow: a warning says so, and the sections
# below stay empty.

# %%
actors = toolkit.choose_actors(pairs, actors_of_interest, n=2)
followed_pair = pairs[pairs["actor_a"].isin(actors) & pairs["actor_b"].isin(actors)]
describe(
    "Followed: {pair}, co-mentioned in {n} of {total} units ({unit}); PMI {pmi}, G² {g2}.",
    pair=followed_pair[["label_a", "label_b"]].iloc[0].tolist(), n=followed_pair["n_units"].iloc[0],
    total=followed_pair["n_total"].iloc[0], unit=unit, pmi=followed_pair["pmi"].iloc[0], g2=followed_pair["g2"].iloc[0],
) if len(followed_pair) else describe("No pair is followed: no two actors are co-mentioned in at least {n} units.", n=min_count)

# %% [markdown]
# ## Whom is the first actor of interest mentioned with?

# %%
figure, data = toolkit.plot_ego_network(pairs, actors[0] if actors else "", mentions, measure="g2", top=top_n, dictionary=dictionary)
save_figure(figure, data, "ego_network", figures_dir)
save_network(data, "ego_network", figures_dir, mentions=mentions, measure="g2", dictionary=dictionary)

# %% [markdown]
# ## How has the pair of interest changed over time?

# %%
figure, data = toolkit.plot_pair_timeline(
    mentions if actors else mentions.iloc[:0], articles, *(actors or ["", ""]),
    period=period, unit=unit, level=level, dictionary=dictionary,
)
save_figure(figure, data, "pair_timeline", figures_dir)
show_table(data, "pair_timeline", figures_dir, rows=top_n, note="No timeline: no pair of interest, or no dated article.")

# %% [markdown]
# ## Where are they mentioned together?
#
# The units behind the count, whole, to read before trusting it; every one of them is in the CSV.

# %%
show_table(
    toolkit.find_comention_sentences(mentions, articles, *actors, unit=unit, level=level, dictionary=dictionary)
    if actors else mentions.iloc[:0],
    "comention_sentences", figures_dir, rows=top_n, note="No two actors are co-mentioned, so there are no units to read.",
)
