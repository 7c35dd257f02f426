"""The article a web page declares in its structured data: JSON-LD (schema.org) ``articleBody``.

Many news pages carry their article twice: as the page people read and as JSON-LD in a
``<script type="application/ld+json">`` for search engines (a ``NewsArticle``, ``Article``,
``OpinionNewsArticle``, ``BlogPosting`` ..., on its own, in a list or in an ``@graph``). When the
page's HTML hides the body (a paywall, text filled in by JavaScript, a layout the extractor misreads)
the main-text extractor finds a photo caption or a teaser, while the JSON-LD holds the whole body.

``fill_from_linked_data(html, record)`` takes the body from the JSON-LD when the text extracted from
the HTML is less than half as long (``LINKED_BODY_SHARE``) as a JSON-LD body of at least
``MIN_LINKED_BODY`` characters, and the title, date, site name or URL of that article where the
page's metadata lacks them and the text is its body; it returns what it did as load-report rows.
Hostile pages stay cheap: at most ``MAX_SCRIPTS`` scripts of at most ``MAX_SCRIPT_CHARS``
characters each are decoded, and at most ``MAX_NODES`` JSON objects of them looked at, ``MAX_DEPTH``
levels deep. JSON that does not decode (a trailing comma, a stray quote) is read for its
``articleBody``, ``headline`` and ``datePublished`` strings by their keys.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from dataclasses import dataclass

__all__ = [
    "LINKED_BODY_SHARE",
    "MIN_LINKED_BODY",
    "MAX_SCRIPTS",
    "MAX_SCRIPT_CHARS",
    "LinkedArticle",
    "read_linked_articles",
    "fill_from_linked_data",
]

#: The text extracted from the HTML is replaced when shorter than this share of the JSON-LD body.
LINKED_BODY_SHARE = 0.5
#: The shortest JSON-LD body used (characters): a shorter one is a teaser, not an article.
MIN_LINKED_BODY = 200
#: The most JSON-LD scripts decoded on one page, and the longest one decoded (characters): an
#: article's body is rarely over 100,000 characters; a larger script is skipped unread.
MAX_SCRIPTS = 32
MAX_SCRIPT_CHARS = 2_000_000
#: The most JSON objects looked at in one page's JSON-LD, and how deep (an ``@graph`` in a list in a
#: ``WebPage``'s ``mainEntity`` is four levels).
MAX_NODES = 5_000
MAX_DEPTH = 8

#: The opening tag of a script (attributes bounded, so a page of unclosed ``<script`` stays linear).
_SCRIPT_OPENING = re.compile(r"<script\b([^<>]{0,2000})>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script\s*>", re.IGNORECASE)
_JSON_LD_TYPE = re.compile(r"""type\s*=\s*["']?\s*application/ld\+json""", re.IGNORECASE)
#: Wrappers some pages put around the JSON: an HTML comment, CDATA (with ``//`` before it).
_WRAPPER = re.compile(r"\A\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*\Z")
#: A string value by its key, in JSON that does not decode as a whole.
_KEYED_STRING = re.compile(r'"(articleBody|headline|datePublished)"\s*:\s*"([^"\\]*(?:\\.[^"\\]*)*)"', re.DOTALL)
#: schema.org types of an article: ``Article`` and its kinds (``NewsArticle``, ``ReportageNewsArticle``,
#: ``OpinionNewsArticle``, ``ScholarlyArticle`` ...) end in "Article"; these others are kinds too.
_ARTICLE_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting"})
#: Markup inside an ``articleBody`` (some sites put the HTML of the body there): the tags that end a
#: paragraph, any tag, and elements whose content is no text.
_PARAGRAPH_END = re.compile(r"<(?:br\s*/?|/(?:p|div|h[1-6]|li|blockquote|figcaption|tr))\s*>", re.IGNORECASE)
_NO_TEXT = re.compile(r"<(script|style)\b[^<>]{0,2000}>", re.IGNORECASE)
_NO_TEXT_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,2000})?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}")
#: A text is an article's body when it holds the body's first characters (white space left out).
_SAME_OPENING = 200


@dataclass(frozen=True)
class LinkedArticle:
    """One article of a page's JSON-LD: its body (paragraphs separated by one blank line), headline,
    date (``YYYY-MM-DD`` or empty), publisher's name and URL, and whether its JSON was repaired.
    """

    body: str
    headline: str
    date: str
    publisher: str
    url: str
    salvaged: bool = False


def read_linked_articles(html: str) -> list[LinkedArticle]:
    """The articles declared in the JSON-LD scripts of ``html``, outermost first."""
    articles: list[LinkedArticle] = []
    nodes = [0]
    for script in _json_ld_scripts(html):
        values, salvaged = _decode(script)
        for node in _article_nodes(values, nodes):
            articles.append(_article(node, salvaged))
    return articles


def fill_from_linked_data(html: str, record: dict) -> tuple[dict, list[tuple[str, str]]]:
    """``record`` (an HTML page's ``title``, ``text``, ``date``, ``outlet``, ``url``) with its text
    taken from the page's JSON-LD ``articleBody`` when the extracted text is short beside it (see the
    module docstring); and, when its text is that body (taken here, or by the extractor from a page
    whose HTML holds no text), its empty title, date, outlet and URL filled from the same article;
    with one ``(problem, action)`` row for the load report per change.
    """
    if "articleBody" not in html:
        return record, []
    article = _page_article(read_linked_articles(html), record)
    if article is None:
        return record, []
    text = record.get("text") or ""
    body = _without_title(article.body, record.get("title") or article.headline)
    rows = []
    if len(body) >= MIN_LINKED_BODY and len(text) < LINKED_BODY_SHARE * len(body):
        found = f"the main text extracted is {len(text):,} characters" if text else "no main text found"
        repaired = " (read by key: its JSON does not decode)" if article.salvaged else ""
        problem = f"{found} in the HTML page; its JSON-LD articleBody holds {len(body):,}{repaired}"
        rows.append((problem, "text taken from the JSON-LD articleBody"))
        record = {**record, "text": body}
    elif not (body and _squeezed(body)[:_SAME_OPENING] in _squeezed(text)):
        return record, []
    given = {"title": article.headline, "date": article.date, "outlet": article.publisher, "url": article.url}
    for name, value in given.items():
        if value and not record.get(name):
            record = {**record, name: value}
            rows.append((f"no {name} in the HTML page's metadata", f"{name} taken from its JSON-LD"))
    return record, rows


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _json_ld_scripts(html: str):
    """The text of each JSON-LD script of ``html`` (at most ``MAX_SCRIPTS``, none over
    ``MAX_SCRIPT_CHARS``), found without parsing the page.
    """
    read = 0
    for opening in _SCRIPT_OPENING.finditer(html):
        if not _JSON_LD_TYPE.search(opening.group(1)):
            continue
        end = _SCRIPT_END.search(html, opening.end(), opening.end() + MAX_SCRIPT_CHARS + 1)
        if end is None:
            continue
        read += 1
        if read > MAX_SCRIPTS:
            return
        yield html[opening.end() : end.start()]


def _decode(script: str) -> tuple[list, bool]:
    """The JSON values of one script (one, or several written one after the other), and whether the
    JSON did not decode and its keyed strings were read instead (``_KEYED_STRING``).
    """
    script = _WRAPPER.sub("", script).strip().rstrip(";")
    decoder = json.JSONDecoder(strict=False)
    values, position = [], 0
    try:
        while position < len(script) and len(values) < MAX_SCRIPTS:
            value, position = decoder.raw_decode(script, position)
            values.append(value)
            while position < len(script) and script[position] in " \t\r\n;,":
                position += 1
        return values, False
    except (ValueError, RecursionError):
        pass
    keyed: dict[str, str] = {}
    for key, value in _KEYED_STRING.findall(script):
        try:
            keyed.setdefault(key, json.loads(f'"{value}"', strict=False))
        except ValueError:
            continue
    return ([keyed] if keyed else []), True


def _article_nodes(values: list, nodes: list[int]):
    """The JSON objects among ``values`` (and their members, breadth first) that are articles:
    of an article type (``_is_article``) or holding an ``articleBody``; ``nodes`` counts the objects
    looked at on the page, up to ``MAX_NODES``.
    """
    level = list(values)
    for _ in range(MAX_DEPTH):
        deeper = []
        for value in level:
            if isinstance(value, list):
                deeper.extend(value)
                continue
            if not isinstance(value, dict):
                continue
            nodes[0] += 1
            if nodes[0] > MAX_NODES:
                return
            if "articleBody" in value or _is_article(value.get("@type")):
                yield value
            deeper.extend(member for member in value.values() if isinstance(member, (dict, list)))
        if not deeper:
            return
        level = deeper


def _is_article(kind) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith("Article") or k in _ARTICLE_TYPES) for k in kinds)


def _article(node: dict, salvaged: bool) -> LinkedArticle:
    publisher = node.get("publisher")
    publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
    date = _text(node.get("datePublished") or node.get("dateCreated"))
    page = node.get("mainEntityOfPage")
    url = _text(node.get("url")) or _text(page.get("@id") if isinstance(page, dict) else page)
    return LinkedArticle(
        body=_plain_text(node.get("articleBody")),
        headline=" ".join(_plain_text(node.get("headline") or node.get("name")).split()),
        date=date[:10] if _ISO_DATE.match(date) else "",
        publisher=" ".join(_plain_text(publisher.get("name") if isinstance(publisher, dict) else "").split()),
        url=url if url.startswith(("http://", "https://")) else "",
        salvaged=salvaged,
    )


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _plain_text(value) -> str:
    """A JSON-LD string (or list of strings) as plain text: markup and HTML entities read, written
    twice over at most (``&amp;#8217;``), paragraphs (lines) separated by one blank line.
    """
    if isinstance(value, list):
        value = "\n".join(item for item in value if isinstance(item, str))
    if not isinstance(value, str):
        return ""
    for _ in range(2):
        if "<" in value and _TAG.search(value):
            value = _TAG.sub(" ", _PARAGRAPH_END.sub("\n", _without_scripts(value)))
        if "&" in value and _ENTITY.search(value):
            value = html_entities.unescape(value)
    lines = (" ".join(line.split()) for line in value.splitlines())
    return "\n\n".join(line for line in lines if line)


def _without_scripts(value: str) -> str:
    """``value`` without its script and style elements, in one pass (an element left open ends the
    search: its tag goes with the others).
    """
    pieces, position = [], 0
    while (opening := _NO_TEXT.search(value, position)) is not None:
        end = _NO_TEXT_END[opening.group(1).lower()].search(value, opening.end())
        if end is None:
            break
        pieces.append(value[position : opening.start()])
        position = end.end()
    return " ".join([*pieces, value[position:]]) if pieces else value


def _without_title(body: str, title: str) -> str:
    """``body`` without a first paragraph that repeats the title, as the HTML text is read."""
    first, _, rest = body.partition("\n\n")
    return rest if title and first == " ".join(title.split()) else body


def _page_article(articles: list[LinkedArticle], record: dict) -> LinkedArticle | None:
    """The article of the page among the JSON-LD's: the only one with a body, or among several
    bodies the one whose URL or headline is the page's; else the outermost one without a body (for
    the metadata); ``None`` when several bodies fit alike.
    """
    with_body = {article.body: article for article in articles if article.body}
    if len(with_body) == 1:
        return next(iter(with_body.values()))
    if not with_body:
        return articles[0] if articles else None
    url, title = _bare_url(record.get("url") or ""), " ".join((record.get("title") or "").split())
    fitting = {
        body: article
        for body, article in with_body.items()
        if (url and _bare_url(article.url) == url) or (title and article.headline == title)
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _bare_url(url: str) -> str:
    return re.sub(r"\A(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")
