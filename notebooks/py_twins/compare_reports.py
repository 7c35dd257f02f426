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
# # What changed between two reports?
#
# Compares two report runs (for example last week's and today's scheduled run) from the CSV
# tables they saved: co-mention pairs that rose or fell most, new and vanished actors, labels,
# key terms and reporting verbs that shifted. First it says whether the two runs can be compared
# at all. The same tables come from `python -m toolkit compare REPORT_A REPORT_B`.

# %% tags=["parameters"]
report_a = "../reports/2026-11-24/demo"  # the earlier run folder (reports/<date>/<corpus>)
report_b = "../reports/2026-11-25/demo"  # the later run folder
top_n = 10  # items shown per kind and direction (rose, fell, new, gone)
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing

# %%
import toolkit
from toolkit.reports.compare import comparability_note, plot_report_changes
from toolkit.plots.figures import save_figure, save_table

# %% [markdown]
# ## Can the two runs be compared?
#
# A change in the tables below is a change in the news only when both runs read the same corpus with
# the same method. Read from both runs' manifest.json: a different corpus means *the data changed*;
# a different actor dictionary, parameter, notebook, toolkit version, code or package means *the method
# changed*, and a change below may come from it. `same` says whether the aspect is the same in both.

# %%
comparability = toolkit.describe_comparability(report_a, report_b)
save_table(comparability, "comparability", figures_dir)
print("\n".join(comparability_note(comparability)))
comparability

# %% [markdown]
# ## Everything that changed
#
# `change` is the later value minus the earlier one (an absent item counts as 0); `status` says
# whether the item rose, fell, is new (only in the later run) or gone (only in the earlier one).

# %%
changes = toolkit.compare_reports(report_a, report_b, top_n=top_n)
save_table(changes, "changes", figures_dir)
changes.groupby(["kind", "status"]).size().rename("items").to_frame()

# %% [markdown]
# ## Which pairs rose or fell most?

# %%
changes[changes["kind"] == "pair"]

# %%
figure, data = plot_report_changes(changes, "pair")
save_figure(figure, data, "pair_changes", figures_dir)

# %% [markdown]
# ## Which actors are new, or gone?

# %%
changes[changes["kind"] == "actor"]

# %% [markdown]
# ## Which labels shifted?

# %%
changes[changes["kind"] == "label"]

# %% [markdown]
# ## Which key terms and reporting verbs shifted?

# %%
changes[changes["kind"].isin(["term", "verb"])]

# %%
figure, data = plot_report_changes(changes, "term")
save_figure(figure, data, "term_changes", figures_dir)
