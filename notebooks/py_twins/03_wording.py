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
# # Wording
#
# How the outlets word the actors: the contexts of a word, the words that keep an actor company,
# the labels attached to actors, the words that set each outlet apart, who is quoted with which
# reporting verbs, scare quotes, the tone around each actor, and where in the coverage the keyword
# and the actors occur.

# %% tags=["parameters"]
corpus = "../corpora/demo"  # corpus folder or file (.txt pages, .csv, .tsv, .json, .jsonl, .html)
columns = {}  # CSV/JSON column mapping, toolkit name -> your column, e.g. {"text": "article_content"}; {} for the usual names
dayfirst = None  # ambiguous dates like 4/5/17: True: day first, False: month first, None: never guess
date_format = ""  # the dates' strftime format, e.g. "%d/%m/%Y"; or "" to read them as dayfirst says
dictionary_files = ["../corpora/demo/actors.yaml"]  # actor dictionary YAML files, loaded on top of the default one
start_date = ""  # first date included, YYYY-MM-DD, or "" for no limit
end_date = ""  # last date included, YYYY-MM-DD, or "" for no limit
outlets = []  # outlets included, as written in the outlet column, e.g. ["The Herald", "Daily Wire"]; or [] for every outlet
keyword = ""  # the word (or phrase) whose contexts are listed; "" for the label word attached to actors most often (else the first followed actor)
kwic_window = 6  # words of context on each side of the keyword
actors_of_interest = []  # actors (id or label) whose collocates, labels and tone are shown, e.g. ["RUS", "SYR"]; [] (or absent ones) for the most co-mentioned pair
compare_by = "outlet"  # article column whose groups are compared, each against the rest (keyness, verbs, tone)
tone_unit = "sentence"  # unit around a mention scored for tone: sentence or paragraph
period = "month"  # period of the frequency over time: day, week, month, quarter or year
min_count = 5  # keep a collocate or key term used at least this often
min_articles = 5  # a group (e.g. an outlet) with fewer articles gets no keyness table (a warning names them)
top_n = 15  # rows shown in tables and bars in plots
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing (the report sets it)

# %%
from functools import partial

import toolkit
from toolkit.plots.figures import describe, save_figure, show_table
from toolkit.plots.frames import plot_frame
from toolkit.corpus.ahead import build_ahead
from toolkit.corpus.selection import select_articles
from toolkit.wording.cached_quotes import find_quotes_and_clauses
from toolkit.wording.chunked_labels import find_labels_by_chunk

# %% [markdown]
# ## Which articles are analysed?

# %%
articles = select_articles(
    toolkit.load_articles(corpus, columns=columns or None, dayfirst=dayfirst, date_format=date_format or None),
    start_date=start_date, end_date=end_date, outlets=outlets,
)
dictionary = toolkit.load_actor_dictionary(*dictionary_files)
mentions = toolkit.find_mentions(articles, dictionary)
build_ahead(  # found in the background, in the order needed, while the next sections run
    partial(toolkit.compare_wording, articles, compare_by, min_count=min_count, min_articles=min_articles),
    partial(find_quotes_and_clauses, articles, mentions),
    partial(toolkit.score_tone, articles, mentions, unit=tone_unit, by=compare_by),
    articles=len(articles),
)
show_table(articles.groupby(compare_by).size().rename("articles").to_frame(), f"analysed_articles_by_{compare_by}", figures_dir, rows=top_n, by="articles")

# %% [markdown]
# ## Which actors are followed?
#
# The actors of interest; when there are none, or one the corpus does not mention (a warning says
# so), the corpus's most co-mentioned pair. When no two actors are co-mentioned, none is followed and
# the sections on the actors of interest say so. The keyword, when the parameters give none, is the
# label word attached to actors most often (else the first followed actor's name).

# %%
followed = toolkit.choose_actors(toolkit.count_comentions(mentions, articles), actors_of_interest, n=2, if_absent="replace")
first_actor = followed[0] if followed else "(no actor)"
names = dict(zip(mentions["actor_id"], mentions["actor"]))
first_name = names.get(first_actor, first_actor)
label_rows = find_labels_by_chunk(articles, mentions)
query = keyword or (label_rows["label"].str.lower().value_counts().index[0] if len(label_rows) else first_name)
describe("Followed: {actors}. Keyword: {query}.", actors=[names.get(actor, actor) for actor in followed] or "none (no two actors are co-mentioned)", query=repr(query))

# %% [markdown]
# ## In what contexts does the keyword appear?
#
# A keyword-in-context (KWIC) list: every hit with the words before and after it, sorted by the
# word that follows.

# %%
show_table(
    toolkit.keyword_in_context(articles, query, window=kwic_window, sort_by="right", match="phrase"), "kwic", figures_dir,
    rows=top_n * 2, columns=["outlet", "left", "hit", "right"], note=f"The keyword {query!r} is not in these articles.",
)

# %% [markdown]
# ## Which words keep the first actor of interest company?
#
# Collocates within five words of any mention of the actor. `frequency` counts them; `logdice`
# (at most 14) rewards words that occur mostly near the actor, whatever the corpus size.

# %%
collocates = toolkit.find_collocates(articles, first_actor, mentions=mentions, match="actor", min_count=min_count)
show_table(collocates, "collocates", figures_dir, rows=top_n, by="logdice", note=f"No word is within five words of {first_name} at least {min_count} times.")

# %%
figure, data = plot_frame(
    collocates.nlargest(top_n, "logdice"), x="collocate", y="logdice", legend=False,
    title=f"Collocates of {first_name} (logDice)", note="no collocates",
)
save_figure(figure, collocates, "collocates", figures_dir)

# %% [markdown]
# ## Which labels does each outlet attach to the actors?
#
# A label is a word such as *terrorists*, *rebels* or *regime* attached to a mention of an actor
# (as its head noun, apposition, or "X of"); `share` is the label class's part of that actor's
# labels in that group, drawn with its 95% Wilson interval. Each label row names the words it was
# attached to (`target_text`) and the actors it is only related to (`relations`: "anti-X" is an
# opponent, "X-backed" a patron, "X-based" a base, "Syrian rebels" an origin), with its whole
# sentence; all of them are in `label_rows.csv`.

# %%
labels = toolkit.tabulate_labels(label_rows, by=compare_by)
labelled = [actor for actor in followed if actor in set(labels["actor_id"])] or label_rows.loc[label_rows["actor_id"] != "", "actor_id"].value_counts().index[:2].tolist()
describe("Labels shown for: {actors} (the followed actors that are labelled, else the two labelled most often).", actors=[names.get(actor, actor) for actor in labelled] or "none")

# %%
show_table(
    labels, "labels", figures_dir, rows=top_n * 2, subset=labels[labels["actor_id"].isin(labelled)],
    columns=[compare_by, "actor", "label_class", "n", "share"], note="No label is attached to any actor.",
)

# %%
show_table(
    label_rows, "label_rows", figures_dir, rows=top_n, subset=label_rows[label_rows["actor_id"].isin(labelled)],
    columns=[compare_by, "actor", "label", "label_class", "target_text", "rule", "relations", "sentence_text"],
    note="No label is attached to any actor.",
)

# %% [markdown]
# Labels whose sentence names no actor ("the militants") are counted for an unnamed group. Where an
# earlier sentence or the headline names the group they refer back to, it is given as the label's
# antecedent (how: `antecedent_rule`); it is never counted as the label's target.

# %%
show_table(
    label_rows, "label_antecedents", figures_dir, rows=top_n,
    subset=label_rows[(label_rows["actor_id"] == "") & (label_rows["antecedent_actor_id"].fillna("") != "")],
    columns=[compare_by, "label", "target_text", "antecedent", "antecedent_rule", "sentence_text"],
    note="No label of an unnamed group refers back to a named one.",
)

# %%
label_name = names.get(labelled[0], labelled[0]) if labelled else "(no actor)"
figure, data = toolkit.plot_shares(
    labels[labels["actor_id"].isin(labelled[:1])], by=compare_by, category="label_class", title=f"Labels of {label_name} by {compare_by}",
)
save_figure(figure, data, "labels_by_group", figures_dir)

# %% [markdown]
# Which actors are the labelled groups related to? Counted per related actor, relation and label
# class, apart from the targets above (an "anti-Assad rebel" is a rebel, not Assad).

# %%
label_relations = toolkit.tabulate_label_relations(toolkit.list_label_relations(label_rows), by=compare_by, min_count=min_count)
show_table(label_relations, "label_relations", figures_dir, rows=top_n, by="n", note=f"No related actor is named at least {min_count} times.")

# %% [markdown]
# ## Which words set each group apart?
#
# Keyness compares how often a word is used in one group with the rest: G² says how sure the
# difference is (above 10.83: p < 0.001), the log ratio how big it is (1 = twice as often).

# %%
keyness = toolkit.compare_wording(articles, compare_by, min_count=min_count, min_articles=min_articles)
key_terms = keyness[keyness["sign"] > 0].groupby("group").head(5)
show_table(
    keyness, "keyness", figures_dir, rows=top_n * 2, subset=key_terms,
    columns=["group", "term", "n_target", "n_reference", "g2", "log_ratio"], note=f"No term sets one {compare_by} apart from the rest.",
)

# %%
figure, data = plot_frame(
    key_terms.set_index(["group", "term"])["g2"], figsize=(7, 8), title=f"Key terms of each {compare_by} (G²)", note="no key terms"
)
save_figure(figure, key_terms, "key_terms", figures_dir)

# %% [markdown]
# ## Who is quoted, and with which reporting verbs?
#
# A neutral verb (*said*, *told*) reports; an assertive one (*claimed*, *alleged*) casts doubt;
# an evaluative one (*admitted*, *lashed out*) judges. Each quote's speaker is given as written and
# as resolved (a pronoun or a role such as "the minister" to the person named before it), with how
# it was resolved and its actor in the dictionary, if any.

# %%
quotes, clauses = find_quotes_and_clauses(articles, mentions)
show_table(
    quotes, "quotes", figures_dir, rows=top_n, subset=quotes[quotes["kind"] != "scare"],
    columns=[compare_by, "speaker_text", "speaker", "actor_id", "resolution", "source", "verb_lemma", "verb_class", "quote"],
    note="No quote is found.",
)

# %%
verbs = toolkit.profile_reporting_verbs(clauses, by=compare_by)
verb_classes = verbs.groupby([compare_by, "verb_class"], as_index=False)["n"].sum()
show_table(verbs, "reporting_verbs", figures_dir, rows=top_n, by="n", note="No reporting verb is found.")

# %%
figure, data = toolkit.plot_shares(verb_classes, by=compare_by, category="verb_class", title=f"Reporting verb classes by {compare_by}")
save_figure(figure, data, "reporting_verb_classes", figures_dir)

# %% [markdown]
# ## Which words are put in scare quotes?
#
# Short quotes with no speaker, or after *so-called*: the outlet distancing itself from a word.

# %%
show_table(
    quotes[quotes["kind"] == "scare"], "scare_quotes", figures_dir, rows=top_n,
    columns=[compare_by, "article_id", "quote"], note="No word is put in scare quotes.",
)

# %% [markdown]
# ## Is the tone around the actors different?
#
# The mean VADER compound score (from -1, negative, to +1, positive) of the units that mention
# each actor, with a 95% interval: overlapping intervals mean no clear difference.
#
# What lexicon tone can tell: whether the words of the sentences that mention an actor are, on
# average, more negative in one outlet (or period) than another, by a fixed, published yardstick
# (VADER's word ratings, with rules for negation, intensifiers and "but"), the same for every text.
#
# What it cannot tell:
# - **stance**: it scores the words around an actor, not the attitude toward it. War news is
#   negative around every actor ("killed", "attack"), victim and attacker alike, and it does not
#   know who did what to whom;
# - **the labels are part of the score**: "terrorists" (-3.1) is negative in VADER's lexicon,
#   "rebels" (-0.8) barely, "regime" not at all, so an outlet that says "terrorists" looks more
#   negative because of the very labels measured above, not as a separate finding;
# - **whose words**: a quoted speaker's words count as the outlet's; a sentence naming two actors
#   gives both the same score;
# - **news and other registers**: the lexicon was rated on social-media text; irony, euphemism
#   ("neutralised") and domain words are missed, and a mean is only meaningful compared with
#   another mean from the same corpus, never as an absolute level of hostility.

# %%
tone = toolkit.score_tone(articles, mentions, unit=tone_unit, by=compare_by)
show_table(
    tone, "tone", figures_dir, rows=top_n * 2, subset=tone[tone["actor_id"].isin(followed)],
    columns=[compare_by, "actor", "n", "mean", "ci_low", "ci_high"], note="No followed actor, so no tone to compare.",
)

# %%
figure, data = toolkit.plot_tone(tone, by=compare_by, actors=followed)
save_figure(figure, data, "tone_of_followed", figures_dir)

# %% [markdown]
# ## Where in the coverage do the keyword and the actors occur?
#
# A dispersion plot: the corpus read as one stream of words, the articles in date order; each tick
# is one occurrence. Ticks spread across the stream mean steady use; clusters mean a word or an
# actor belongs to a few weeks of the story.

# %%
figure, dispersion = toolkit.plot_dispersion(articles, [query, *followed], mentions=mentions)
save_figure(figure, dispersion, "dispersion", figures_dir)

# %% [markdown]
# ## How often are they used over time?
#
# Occurrences per 1,000 words of each period's articles, so a period with more coverage does not
# look like a period of more interest.

# %%
frequency = toolkit.term_frequency_over_time(articles, [query, *followed], period=period, mentions=mentions)
frequency_lines = frequency.pivot_table(index="period", columns="term", values="per_1000")
show_table(frequency, "term_frequency", figures_dir, rows=top_n, note="No dated article, so no frequency over time.")

# %%
figure, data = plot_frame(frequency_lines, kind="line", marker="o", title=f"Occurrences per 1,000 words by {period}", note="no dated articles")
save_figure(figure, frequency_lines, "term_frequency_over_time", figures_dir)
