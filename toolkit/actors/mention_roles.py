"""Who a mention is and what office they held: the actor of a shared alias's mention chosen by the
article (an unshared alias of one candidate, else the one in office on the article's date, else the
first, ``ambiguous_alias``) and each person's role on the article's date (``resolved``,
``not_in_office``, ``ambiguous_date``). The rules are listed in ``toolkit.actors.mentions``.
"""

from __future__ import annotations

import numpy as np

from toolkit.actors.matcher import Actor, Matcher

_ROLE_COLUMNS = frozenset({"role", "role_title", "role_status"})


def _role_of(actor: Actor, day: int | None) -> tuple[str, str, str]:
    if not actor.roles:
        return "", "", "none"
    if day is None:
        return "", "", "ambiguous_date"
    best = None
    for role in actor.roles:
        if role[0] <= day <= role[1] and (best is None or role[0] > best[0]):
            best = role
    if best is None:
        return "", "", "not_in_office"
    return best[2], best[3], "resolved"


def _in_office(actor: Actor, day: int | None) -> bool:
    return day is not None and any(role[0] <= day <= role[1] for role in actor.roles)


def _choose(matcher: Matcher, candidates: tuple, named: set[int], day: int | None):
    """The dictionary row of a shared alias's mention, and whether it stayed ambiguous."""
    rows_actor, actors = matcher.rows_actor, matcher.actors
    rows = [c[0] for c in candidates]
    in_article = [row for row in rows if rows_actor[row] in named]
    if len(in_article) == 1:
        return in_article[0], False
    in_office = [row for row in rows if _in_office(actors[rows_actor[row]], day)]
    if len(in_office) == 1:
        return in_office[0], False
    return rows[0], True


def resolve_actors(
    matcher: Matcher, candidates: list, article_rows: np.ndarray, days: list, wanted: frozenset[str]
) -> tuple[np.ndarray, list, list, list, list]:
    """Return each mention's dictionary row and its ``role``, ``role_title``, ``role_status`` and
    ``candidates`` columns (roles and candidates filled only when ``wanted``).
    """
    dict_rows = np.fromiter((c[0][0] for c in candidates), dtype=np.int64, count=len(candidates))
    n = len(candidates)
    role, role_title, status, shared = [""] * n, [""] * n, ["none"] * n, [""] * n
    _resolve_shared_aliases(
        matcher, candidates, article_rows, days, dict_rows, status, shared if "candidates" in wanted else None
    )
    if not wanted.isdisjoint(_ROLE_COLUMNS):
        _resolve_roles(matcher, dict_rows, article_rows, days, role, role_title, status)
    return dict_rows, role, role_title, status, shared


def _resolve_shared_aliases(
    matcher: Matcher,
    candidates: list,
    article_rows: np.ndarray,
    days: list,
    dict_rows: np.ndarray,
    status: list,
    shared: list | None,
) -> None:
    """Choose the actor of each shared alias's mention in place (``_choose``), marking the ambiguous
    ones in ``status`` and listing the candidates in ``shared`` (unless None).
    """
    lengths = np.fromiter(map(len, candidates), dtype=np.int64, count=len(candidates))
    ambiguous = np.flatnonzero(lengths > 1).tolist()
    if not ambiguous:
        return
    actors, rows_actor = matcher.actors, matcher.rows_actor
    actor_of = matcher.rows_actor_array[dict_rows]
    # the actors named by one alias each, in the articles that have a shared alias
    single = (lengths == 1) & np.isin(article_rows, article_rows[ambiguous])
    named: dict[int, set[int]] = {}
    for row, actor in zip(article_rows[single].tolist(), actor_of[single].tolist(), strict=False):
        named.setdefault(row, set()).add(actor)
    for i in ambiguous:
        row = int(article_rows[i])
        dict_rows[i], unresolved = _choose(matcher, candidates[i], named.get(row, set()), days[row])
        if shared is not None:
            shared[i] = ";".join(actors[rows_actor[c[0]]].actor_id for c in candidates[i])
        if unresolved:
            status[i] = "ambiguous_alias"


def _resolve_roles(
    matcher: Matcher,
    dict_rows: np.ndarray,
    article_rows: np.ndarray,
    days: list,
    role: list,
    role_title: list,
    status: list,
) -> None:
    """Fill in place the office each person mentioned held on the article's date (``_role_of``)."""
    actors, rows_actor = matcher.actors, matcher.rows_actor
    kinds = matcher.actor_kind[matcher.rows_actor_array[dict_rows]]
    for i in np.nonzero(kinds == 2)[0].tolist():
        if status[i] != "ambiguous_alias":
            role[i], role_title[i], status[i] = _role_of(actors[rows_actor[dict_rows[i]]], days[article_rows[i]])
