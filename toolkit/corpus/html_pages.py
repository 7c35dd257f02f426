"""Reading a saved web page (.html, .htm) into one article record.

trafilatura extracts the title, date, site name, URL and main text (comments and tables left out);
where that text is short beside the article body the page declares in its structured data (JSON-LD
``articleBody``: a paywalled or script-filled page whose HTML shows a photo caption or a teaser),
the body is taken from there (``toolkit.corpus.linked_data``), and the load report says so. Site
furniture is stripped later, from whichever text was kept, as from every format.
"""

from __future__ import annotations

import re
import warnings
from html import unescape as html_unescape

from toolkit.corpus.linked_data import fill_from_linked_data

__all__ = ["read_html_page"]

#: An XML declaration opening a page (XHTML): the text is decoded already, and lxml misreads a page
#: that opens with one naming an encoding.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]{0,200}\?>")


#: A date in a page's address: "/2016/10/04/", "/2016/10/", "/2016-10-04-".
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)(?:[/-](\d\d?))?(?=[/-]|$)")


#: The most words and characters of a site's name: a longer one is a headline taken for it.
_SITE_WORDS, _SITE_CHARACTERS = 5, 40
#: A date taken for a site's name ("Nov. 29, 2016", "2016-11-29").
_DATE_LIKE = re.compile(r"(?i)^(?:\w+\.?\s+)?\d{1,2},?\s+\d{4}$|^\d{4}-\d\d-\d\d|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
#: A page's host name, without "www." (from ``hostname``, or from its address).
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/:?#\s]+)", re.IGNORECASE)


def _checked_outlet(site: str, title: str, named: str, host: str) -> tuple[str, tuple[str, str] | None]:
    """The outlet of a page: its site name, unless there is none or it reads as the page's headline or
    a date (the extractor takes one for the other on some pages: "Nikki Haley to Resign as ...", "Nov.
    29, 2016"); then, as the extractor names a page without a site name, the host name of its address
    without "www." ("nytimes.com"), else the name its ``og:site_name`` tag gives (``named``: read here
    too, from pages whose tags were saved with other attribute names); and the load-report
    ``(problem, action)`` when a site name was replaced.
    """
    if site and not _reads_as_headline(site, title):
        return site, None
    found = _HOST.match(host or "")
    if found is not None:
        outlet, source = found.group(1).lower(), "the page's address"
    elif named and not _reads_as_headline(named, title):
        outlet, source = named, "the page's og:site_name"
    else:
        outlet, source = "", ""
    if not site:
        return outlet, None  # as the extractor does for a page without a site name
    action = f"outlet read from {source}: {outlet!r}" if outlet else "outlet left empty"
    return outlet, (f"site name {site!r} reads as a headline or a date", action)


def _reads_as_headline(site: str, title: str) -> bool:
    """Whether a site name is too long for one, a date, or the page's headline (or its start)."""
    key, headline = site.casefold().rstrip(" .…"), title.casefold()
    words = [word for word in site.split() if any(char.isalpha() for char in word)]  # "Radio Free Europe / ..."
    return (
        bool(site)
        and (
            len(words) > _SITE_WORDS
            or len(site) > _SITE_CHARACTERS
            or _DATE_LIKE.search(site) is not None
            # the headline, or most of it: a site named in its own headline ("The Washington Post names ...") stays
            or (
                len(key) >= 12
                and len(key) >= 0.6 * len(headline)
                and (key in headline or headline.startswith(key[:20]))
            )
        )
    )


#: A ``<meta>`` tag of Open Graph (``property`` or ``name``, ``content`` or ``value``: pages saved by some
#: tools rename the attributes), and a canonical link.
_META = re.compile(
    r"<meta\b[^>]{0,400}?\b(?:property|name)\s*=\s*[\"']og:(url|site_name)[\"'][^>]{0,1000}>", re.IGNORECASE
)
_META_CONTENT = re.compile(r"\b(?:content|value)\s*=\s*(?:\"([^\"]{0,500})\"|'([^']{0,500})')", re.IGNORECASE)
_CANONICAL = re.compile(r"<link\b[^>]{0,400}?\brel\s*=\s*[\"']canonical[\"'][^>]{0,1000}>", re.IGNORECASE)
_HREF = re.compile(r"\bhref\s*=\s*(?:\"([^\"]{0,500})\"|'([^']{0,500})')", re.IGNORECASE)


def _meta_value(html: str, key: str) -> str:
    """The value of the page's first ``og:url`` or ``og:site_name`` tag (``key``), "" when none."""
    for tag in _META.finditer(html):
        if tag.group(1).lower() == key[3:]:
            value = _META_CONTENT.search(tag.group())
            if value is not None:
                return " ".join(html_unescape(value.group(1) or value.group(2) or "").split())
    return ""


def _canonical(html: str) -> str:
    """The address of the page's canonical link, "" when none."""
    tag = _CANONICAL.search(html)
    value = _HREF.search(tag.group()) if tag is not None else None
    return html_unescape(value.group(1) or value.group(2) or "").strip() if value is not None else ""


def _day_month_checked(html: str, url: str, date: str) -> tuple[str, str]:
    """``date`` (``YYYY-MM-DD`` as trafilatura found it), or the date with day and month swapped, and
    why: trafilatura reads a numeric date of the page's text day first ("10/04/16 05:29 PM EDT" of a
    US page as 10 April), so where day and month could be either, the page's own unambiguous dates
    decide: an ISO date in the markup (``<time datetime>``, ``datePublished``, meta tags) or the
    date in its address ("/2016/10/04/"). The date is swapped only where the swapped date is found
    there and the date as read is not.
    """
    found = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", date or "")
    if found is None:
        return date, ""
    year, month, day = found.groups()
    if month == day or int(day) > 12:
        return date, ""
    swapped = f"{year}-{day}-{month}"
    address = _URL_DATE.search(url or "")
    in_url = None
    if address is not None and address.group(1) == year:
        url_month, url_day = int(address.group(2)), address.group(3)
        in_url = (url_month, int(url_day) if url_day else None)

    def named(iso: str, month_day: tuple[int, int]) -> bool:
        if iso in html:
            return True
        return in_url is not None and in_url[0] == month_day[0] and in_url[1] in (None, month_day[1])

    if named(swapped, (int(day), int(month))) and not named(date, (int(month), int(day))):
        return swapped, f"date {date} read day first from the page's text; the page's own dates say {swapped}"
    return date, ""


def read_html_page(relative: str, html: str, report) -> list[dict]:
    """The article record of one decoded page (``article_id``, ``title``, ``text``, ``date``,
    ``outlet``, ``url``, ``path``), or none, with a load-report row (``report.add``) for a page that
    cannot be parsed or holds no main text and for each repair of the JSON-LD fallback.
    """
    import trafilatura

    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        with warnings.catch_warnings():  # dateutil's, about a page's time zone names: the date is checked below
            warnings.simplefilter("ignore")
            document = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False
            )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        report.add(relative, "file", f"HTML could not be parsed: {type(error).__name__}: {error}", "file skipped")
        return []
    found = {} if document is None else (document.as_dict() if hasattr(document, "as_dict") else dict(document))
    title = " ".join((found.get("title") or "").split())
    paragraphs = [" ".join(line.split()) for line in (found.get("text") or "").split("\n") if line.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    record = {
        "article_id": relative.rsplit(".", 1)[0],
        "title": title,
        "text": "\n\n".join(paragraphs),
        "date": found.get("date") or "",
        "outlet": " ".join((found.get("sitename") or "").split()),
        "url": found.get("url") or "",
        "path": relative,
    }
    record["url"] = record["url"] or _meta_value(html, "og:url") or _canonical(html)
    named = _meta_value(html, "og:site_name")
    record["outlet"], renamed = _checked_outlet(record["outlet"], title, named, found.get("hostname") or record["url"])
    if renamed:
        report.add(relative, "file", *renamed)
    record["date"], swapped = _day_month_checked(html, record["url"], record["date"])
    if swapped:
        report.add(relative, "file", swapped, "date read month first")
    record, repairs = fill_from_linked_data(html, record)
    for problem, action in repairs:
        report.add(relative, "file", problem, action)
    if not record["text"]:
        report.add(relative, "file", "no main text found in the HTML page", "file skipped")
        return []
    return [record]
