"""Reading a saved web page (.html, .htm) into one article record.

trafilatura extracts the title, date, site name, URL and main text (comments and tables left out);
where that text is short beside the article body the page declares in its structured data (JSON-LD
``articleBody``: a paywalled or script-filled page whose HTML shows a photo caption or a teaser),
the body is taken from there (``toolkit.corpus.linked_data``), and the load report says so. Site
furniture is stripped later, from whichever text was kept, as from every format.
"""

from __future__ import annotations

import re

from toolkit.corpus.linked_data import fill_from_linked_data

__all__ = ["read_html_page"]

#: An XML declaration opening a page (XHTML): the text is decoded already, and lxml misreads a page
#: that opens with one naming an encoding.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]{0,200}\?>")


def read_html_page(relative: str, html: str, report) -> list[dict]:
    """The article record of one decoded page (``article_id``, ``title``, ``text``, ``date``,
    ``outlet``, ``url``, ``path``), or none, with a load-report row (``report.add``) for a page that
    cannot be parsed or holds no main text and for each repair of the JSON-LD fallback.
    """
    import trafilatura

    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
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
        "outlet": found.get("sitename") or "",
        "url": found.get("url") or "",
        "path": relative,
    }
    record, repairs = fill_from_linked_data(html, record)
    for problem, action in repairs:
        report.add(relative, "file", problem, action)
    if not record["text"]:
        report.add(relative, "file", "no main text found in the HTML page", "file skipped")
        return []
    return [record]
