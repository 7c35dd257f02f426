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
# key terms and reporting verbs that shifted. The same table comes from
# `python -m toolkit compare REPORT_A REPORT_B`.

# %% tags=["parameters"]
report_a = "../reports/2026-11-24/demo"  # the earlier run folder (reports/<date>/<corpus>)
report_b = "../reports/2026-11-25/demo"  # the later run folder
top_n = 10  # items shown per kind and direction (rose, fell, new, gone)
figures_dir = ""  # folder for each figure's PNG and CSV data; or "" to save nothing

# %%
import toolkit
from toolkit.reports.compare import plot_report_changes
from toolkit.plots.figures import save_figure, save_table

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
