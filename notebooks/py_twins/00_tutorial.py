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
# # Tutorial: who is mentioned with whom, and in what words
#
# A walk-through of the toolkit on the demo corpus: 36 short, fictional news articles from four
# invented outlets about an invented conflict (see `corpora/demo/README.md`). Every pattern you
# will find was planted on purpose and is listed in that README, so you can check each method
# against a known answer before trusting it on real news.
#
# **On another corpus.** The notebook runs on any corpus (set `corpus` and, for a table, `columns`
# and `dayfirst` or `date_format`), and its sections work the same way; but the remarks marked
# *Planted* describe the demo only and do not apply there. The demo's actors in the parameters
# are then replaced by that corpus's most co-mentioned pair (a warning says so), and the keyword
# may find nothing until you set one of that corpus's words.
#
# **How to use this notebook.** Run the cells from top to bottom (Shift+Enter). To try other
# settings, change only the parameters cell below and run everything again. The exercises ask you
# to change a parameter or an argument and predict the result before you run it.
#
# You will learn to: load a corpus and read its load report; find actors with a dictionary;
# count co-mentions and judge them with association scores; follow a pair over time; read
# words in context; compare labels, reporting verbs, key terms, quotes and tone across outlets.

# %% tags=["parameters"]
corpus = "../corpora/demo"  # corpus folder or file; the tutorial's text describes the demo corpus
columns = {}  # CSV/JSON column mapping, toolkit name -> your column, e.g. {"text": "article_content"}; {} for the usual names
dayfirst = None  # ambiguous dates like 4/5/17: True: day first, False: month first, None: never guess
date_format = ""  # the dates' strftime format, e.g. "%d/%m/%Y"; or "" to read them as dayfirst says
dictionary_files = ["../corpora/demo/actors.yaml"]  # actor dictionary YAML files, loaded on top of the default one
unit = "article"  # co-mention unit: sentence, paragraph, window (of sentences) or article
keyword = "terrorists"  # the word shown in context (and the explorer's first word)
actors_of_interest = ["XSR", "council_of_nations"]  # a pair read in context (and the explorer's first pair); [] for the most co-mentioned pair
rising_pair = ["XOS", "XSR"]  # a pair followed over time; [] for the most co-mentioned pair
wording_actors = ["fhf", "korlov"]  # actors whose labels and tone are shown; [] for the most co-mentioned pair
top_n = 10  # rows shown in tables and bars in plots
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing (the report sets it)
explorers = True  # show the two interactive explorers (ipywidgets); a report sets False: its pages cannot run them

# %%
import ipywidgets

import toolkit
from toolkit.plots.figures import save_figure, show_table

# %% [markdown]
# ## 1. Loading a corpus
#
# `load_articles` reads a folder of text files (or a CSV, JSON or HTML files) into a table with
# **one row per article**: `article_id`, `title`, `text`, `date`, `outlet` and whatever else the
# source gives. Dates and outlets of the demo come from `metadata.csv`, not from the text.
#
# A report shows the first rows of each table and saves all of it as a CSV file beside the page
# (`show_table`; the line under each table links to it).

# %%
articles = toolkit.load_articles(corpus, columns=columns or None, dayfirst=dayfirst, date_format=date_format or None)
show_table(articles, "tutorial_articles", figures_dir, rows=top_n, columns=["article_id", "outlet", "date", "title"])

# %% [markdown]
# Nothing is skipped silently: the **load report** lists every file the loader ignored, dropped
# or repaired, with the reason. *Planted:* `kestrel-herald-011` is an exact copy of another
# article, so 36 files give 35 articles; `highland-voice-011` has no date and keeps none
# (`NaT`) rather than a guessed one.

# %%
show_table(articles.attrs["load_report"], "tutorial_load_report", figures_dir, rows=top_n, note="The loader skipped or repaired nothing.")

# %% [markdown]
# *Exercise 1.* How many articles does each outlet have? (Hint: `articles["outlet"].value_counts()`.)
# Which outlet is so small that its numbers below should be read with care?

# %% [markdown]
# ## 2. Finding actors
#
# An **actor dictionary** lists each actor once with every name it goes by: full names, short
# names, acronyms, demonyms (*Valdorian*) and capitals standing for governments (*Kestrel* for
# Valdoria). `find_mentions` returns **one row per mention**: where it is (field, paragraph,
# sentence, character offsets), what was written (`surface`) and which actor it is.

# %%
dictionary = toolkit.load_actor_dictionary(*dictionary_files)
mentions = toolkit.find_mentions(articles, dictionary)
show_table(mentions, "tutorial_mentions", figures_dir, rows=top_n, columns=["article_id", "field", "sentence", "surface", "actor", "kind", "alias_type"])

# %% [markdown]
# How many articles mention each actor? *Planted:* the Free Highlands Front is in almost every
# article and Valdoria in most, Ostmark in about half, Sarnia in about a third.

# %%
actor_mentions = toolkit.count_actor_mentions(mentions)
figure, data = toolkit.plot_actor_mentions(actor_mentions, top=top_n)
save_figure(figure, data, "tutorial_actor_articles", figures_dir)

# %% [markdown]
# *Exercise 2.* Which surface forms stand for Valdoria? Filter `mentions` on
# `actor_id == "XVD"` and count `surface`. Find the capital and the demonym.

# %% [markdown]
# ## 3. Counting co-mentions
#
# Two actors are **co-mentioned** when both appear in the same unit: here the unit is the
# `unit` parameter (an article by default; try a sentence). For each pair, `count_comentions`
# fills in a 2×2 table of units:
#
# |                | B mentioned | B not mentioned |
# |----------------|-------------|-----------------|
# | A mentioned    | `n_units`   | `n_a - n_units` |
# | A not mentioned| `n_b - n_units` | the rest of `n_total` |
#
# `n_units` is the raw count. Raw counts favour actors that are everywhere, so each pair also
# gets **scores** that compare the count with chance:
#
# - **PMI** (pointwise mutual information): log₂ of observed ÷ expected co-mentions, where
#   expected = `n_a × n_b ÷ n_total`. 0 means "as often as chance", 1 "twice as often",
#   negative "less than chance". Unstable for rare actors.
# - **G²** (log-likelihood): how sure we can be that the pair is not independent. Above 3.84 the
#   difference from chance has p < 0.05; it grows with the amount of evidence.
# - **Dice** and **Jaccard**: the overlap of the two actors' units, from 0 (never together) to 1
#   (always together).

# %%
pairs = toolkit.count_comentions(mentions, articles, unit=unit, dictionary=dictionary)
show_table(pairs, "tutorial_comention_pairs", figures_dir, rows=top_n, by="n_units", columns=["label_a", "label_b", "n_units", "n_a", "n_b", "n_total", "pmi", "g2", "dice"])

# %% [markdown]
# *Planted:* Valdoria – Free Highlands Front is at the top of the raw counts (25 articles, one fewer than the Front – Anya Korlov) because both
# are nearly everywhere (a wire dateline such as `HOLLIN, Valdoria —` says where the story was filed,
# not that Valdoria acts: it is a mention of sense `dateline`, left out of the counts). Sorting by PMI instead brings up pairs that really go together:
# Sarnia – Council of Nations (12 of Sarnia's 13 articles; the Council is in 15 of 35, so the
# pair occurs about 2.2 times as often as chance) and the refugee pair Open Hands – CoN Refugee
# Office. Sarnia – Free Highlands Front is as frequent as Sarnia – Council of Nations, but only
# because the Front is everywhere: its PMI is near 0.

# %%
show_table(pairs, "tutorial_comention_pairs", figures_dir, rows=top_n, by="pmi", columns=["label_a", "label_b", "n_units", "n_a", "n_b", "pmi", "g2", "dice"])

# %%
figure, data = toolkit.plot_comention_heatmap(pairs, top=top_n, value="pmi")
save_figure(figure, data, "tutorial_heatmap_pmi", figures_dir)

# %% [markdown]
# Always read the units behind a count before you interpret it. `choose_actors` checks that the
# pair of the parameters is in `pairs`; on another corpus it follows that corpus's most
# co-mentioned pair instead, and says so.

# %%
pair = toolkit.choose_actors(pairs, actors_of_interest, n=2, if_absent="replace")
show_table(toolkit.find_comention_sentences(mentions, articles, *pair, unit="sentence", dictionary=dictionary), "tutorial_pair_sentences", figures_dir, rows=top_n)

# %% [markdown]
# *Exercise 3.* Set `unit = "sentence"` in the parameters and run again. Which pairs drop out,
# and why do sentence counts say more about a relation than article counts?

# %% [markdown]
# ## 4. A pair over time
#
# *Planted:* Sarnia and Ostmark are never mentioned together before November 2023, and together
# in every article from then on (talks mediated by Sarnia). The upper panel shows the share of
# each month's articles mentioning each actor and both; the lower one the units with both.

# %%
figure, data = toolkit.plot_pair_timeline(
    mentions, articles, *toolkit.choose_actors(pairs, rising_pair, n=2, if_absent="replace"),
    period="month", unit="sentence", dictionary=dictionary,
)
save_figure(figure, data, "tutorial_pair_timeline", figures_dir)

# %% [markdown]
# ## 5. Words in context
#
# A **keyword in context** (KWIC) list shows every hit of a word with the words around it, so you
# can read how it is used. *Planted:* *terrorists* is almost only in the pro-government
# kestrel-herald; the few hits elsewhere are attributed ("They are called terrorists in Kestrel").

# %%
show_table(toolkit.keyword_in_context(articles, keyword, window=6), "tutorial_kwic", figures_dir, rows=top_n * 2, columns=["outlet", "left", "hit", "right"])

# %% [markdown]
# ## 6. Labels attached to actors
#
# `find_labels` finds label words attached to a mention (*the FHF terrorists*, *rebels of the
# Front*); `tabulate_labels` counts their classes per outlet. *Planted:* kestrel-herald calls the
# FHF terrorists, highland-voice calls it rebels or the resistance, the wire calls it militants.
# Only labels grammatically attached to a mention count here: highland-voice's *rebels* mostly
# stand alone (*the rebels said*), so few attach to the FHF, and its attached words are mostly the
# neutral *fighters* (class `combatants`). Section 8 shows *rebels* as a key word of that outlet
# all the same: read the two tables together.

# %%
labels = toolkit.tabulate_labels(toolkit.find_labels(articles, mentions), by="outlet")
shown_actors = toolkit.choose_actors(pairs, wording_actors, n=2, if_absent="replace")
show_table(labels, "tutorial_labels", figures_dir, rows=top_n * 2, subset=labels[labels["actor_id"].isin(shown_actors)])

# %% [markdown]
# ## 7. Reporting verbs
#
# *said* reports; *claimed* and *alleged* cast doubt; *admitted* and *lashed out* judge.
# *Planted:* kestrel-herald uses *stated* for the government and *claimed*/*alleged* for its
# opponents; highland-voice does the opposite with *claimed*, *admitted* and *lashed out*; the
# wire and the gazette use neutral verbs (*said*, *told*, *according to*) almost only.

# %%
verbs = toolkit.profile_reporting_verbs(toolkit.find_reporting_clauses(articles, mentions), by="outlet")
show_table(verbs, "tutorial_reporting_verbs", figures_dir, rows=top_n * 2, subset=verbs.groupby("outlet").head(5))

# %% [markdown]
# ## 8. Words that set an outlet apart (keyness)
#
# Keyness compares how often each word is used in one outlet and in all the others. **G²** says
# how sure the difference is, the **log ratio** how large (1 = twice as often, 2 = four times).

# %%
keyness = toolkit.compare_wording(articles, "outlet", min_count=3)
show_table(
    keyness, "tutorial_keyness", figures_dir, rows=top_n * 2, subset=keyness[keyness["sign"] > 0].groupby("group").head(5),
    columns=["group", "term", "n_target", "n_reference", "g2", "log_ratio"],
)

# %% [markdown]
# ## 9. Quotes and scare quotes
#
# A **scare quote** puts distance between the writer and a word: *so-called 'ceasefire'*.
# *Planted:* kestrel-herald scare-quotes the opposition's words ('Front', 'liberation'),
# highland-voice the government's ('Counter-terrorism operation', 'election').

# %%
quotes = toolkit.find_quotes(articles, mentions)
show_table(quotes, "tutorial_quotes", figures_dir, rows=top_n * 2, subset=quotes[quotes["kind"] == "scare"], columns=["outlet", "article_id", "quote"])

# %% [markdown]
# ## 10. Tone
#
# The mean sentiment (VADER compound: -1 negative to +1 positive) of the sentences that mention
# each actor, per outlet, with a 95% interval. *Planted:* sentences about the FHF are darker in
# kestrel-herald than in highland-voice, and the table shows it: the two intervals do not overlap.
# The demo also writes darkly of Korlov's "regime" in highland-voice, and here the table shows no
# difference: her sentences score about the same in every outlet (the intervals overlap), since
# VADER rates the words of a sentence, and *regime* has no rating at all. Tone measures words, not
# stance: a planted pattern that a method misses is worth knowing before trusting it elsewhere.

# %%
tone = toolkit.score_tone(articles, mentions, by="outlet")
show_table(tone, "tutorial_tone", figures_dir, rows=top_n * 2, subset=tone[tone["actor_id"].isin(shown_actors)], columns=["outlet", "actor", "n", "mean", "ci_low", "ci_high"])

# %% [markdown]
# ## 11. Explore it yourself
#
# In JupyterLab the two explorers below are live: type a word, move the slider, pick two actors.
# In a saved report they cannot run (there is no Python behind a web page), so a report leaves
# them out (`explorers = False`) and the tables above show their first settings.
#
# **KWIC explorer**: any word, phrase or regular expression, sorted by its left or right context.

# %%
if explorers:
    ipywidgets.interact(
        toolkit.keyword_in_context,
        articles=ipywidgets.fixed(articles),
        query=ipywidgets.Text(value=keyword, description="query"),
        mentions=ipywidgets.fixed(None),
        window=ipywidgets.IntSlider(value=6, min=1, max=20, description="window"),
        match=ipywidgets.Dropdown(options=["word", "phrase", "regex"], description="match"),
        sort_by=ipywidgets.Dropdown(options=[("none", None), ("left", "left"), ("right", "right")], description="sort by"),
        case_sensitive=ipywidgets.Checkbox(value=False, description="case sensitive"),
        fields=ipywidgets.fixed(("title", "standfirst", "caption", "text")),
    );

# %% [markdown]
# **Pair explorer**: the sentences (or paragraphs, or articles) in which two actors are
# mentioned together.

# %%
if explorers:
    ipywidgets.interact(
        toolkit.find_comention_sentences,
        mentions=ipywidgets.fixed(mentions),
        articles=ipywidgets.fixed(articles),
        actor_a=ipywidgets.Dropdown(options=sorted(mentions["actor_id"].unique()), value=pair[0], description="actor A"),
        actor_b=ipywidgets.Dropdown(options=sorted(mentions["actor_id"].unique()), value=pair[1], description="actor B"),
        unit=ipywidgets.Dropdown(options=["sentence", "paragraph", "window", "article"], description="unit"),
        window=ipywidgets.IntSlider(value=3, min=1, max=10, description="window"),
        level=ipywidgets.fixed("actor"),
        dictionary=ipywidgets.fixed(dictionary),
        fields=ipywidgets.fixed(("title", "standfirst", "caption", "text")),
    );

# %% [markdown]
# ## Exercises
#
# 4. With the KWIC explorer, look up *regime*. Which outlet uses it, and for whom?
# 5. With the pair explorer, read the sentences of Open Hands (`open_hands`) and the CoN Refugee
#    Office (`cnro`). What are these articles about?
# 6. Set `rising_pair = ["osei_hart", "vance"]`: does the person-level pair rise at the same time
#    as the states?
# 7. Which reporting verb would you count to show that kestrel-herald doubts the FHF? Check it
#    in the reporting-verb table, then read its hits with the KWIC explorer.
#
# ## Where next
#
# `01_corpus_overview`, `02_comentions` and `03_wording` run the same analyses on any corpus, with
# every setting in their parameters cell. `python -m toolkit report --corpus PATH` runs them all
# into a dated report under `reports/`.
