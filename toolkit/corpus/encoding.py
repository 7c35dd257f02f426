"""Bytes to text: decoding corpus files without losing an article to one bad byte.

The rule, in order:

1. an empty file is rejected ("empty file");
2. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
3. a file that starts like a known binary format (PNG, JPEG, GIF, PDF, ZIP/DOCX/XLSX, gzip) is
   rejected ("binary file"); so is one whose first 8 KiB hold many NUL bytes, unless they are UTF-16
   without a byte-order mark (a NUL in every other byte, as mostly-ASCII text in UTF-16 has), and
   so is one whose first 8 KiB are more than 5% control bytes other than tab, line and page breaks
   (text in any single-byte or UTF-8 encoding has next to none; random or compressed bytes have 11%);
4. otherwise UTF-8; any byte that is not valid UTF-8 is decoded as Windows-1252 (Latin-1 for the
   five bytes Windows-1252 leaves undefined), byte by byte, so a UTF-8 file with a few stray
   Windows-1252 bytes, and a file wholly in Latin-1 or Windows-1252, both read correctly;
5. NUL characters left in the text are removed.

Text that was decoded twice upstream ("mojibake": ``cafÃ©``, ``ministerâ€™s``) is repaired by
ftfy's ``fix_encoding``, applied only to strings that show the telltale pairs (``MOJIBAKE``).

Every repair is returned as a note so the loader can put it in its load report.
"""

from __future__ import annotations

import codecs
import io
import re
import threading
from dataclasses import dataclass, field

from toolkit.errors import UnreadableFile

__all__ = ["DecodedText", "decode_bytes", "open_text", "repair_mojibake", "MOJIBAKE", "UnreadableFile"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_ERROR_HANDLER = "toolkit-cp1252-fallback"
#: C0 control bytes and DEL, without tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])


@dataclass
class DecodedText:
    """Text decoded from bytes, with the encoding used and the repairs made."""

    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


def _decode_one(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


_repaired = threading.local()


def _fallback(error: UnicodeDecodeError):
    bad = error.object[error.start : error.end]
    _repaired.count = getattr(_repaired, "count", 0) + len(bad)
    return "".join(_decode_one(b) for b in bad), error.end


codecs.register_error(_ERROR_HANDLER, _fallback)


def _check_head(head: bytes) -> str:
    """Return the encoding a file's first bytes call for; raise UnreadableFile for empty/binary."""
    if not head:
        raise UnreadableFile("empty file")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding + ("-sig" if encoding == "utf-8" else "")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise UnreadableFile(f"binary file ({kind})")
    return _nul_heavy_encoding(head) or _text_like(head)


def _text_like(head: bytes) -> str:
    """``"utf-8"`` for a head that can be text; raise UnreadableFile for one full of control bytes."""
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if control > max(8, len(head) // 20):
        raise UnreadableFile(f"binary file ({control} control bytes in its first {len(head)})")
    return "utf-8"


def _nul_heavy_encoding(head: bytes) -> str | None:
    """None for a head with few NUL bytes; the UTF-16 it is in when it has no byte-order mark; else
    raise UnreadableFile ("many NUL bytes").
    """
    if head.count(b"\x00") <= max(8, len(head) // 100):
        return None
    pairs = len(head) // 2
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) >= 0.9 * pairs and not low.count(0):
            try:
                codecs.getincrementaldecoder(encoding)().decode(head[: 2 * pairs], final=False)
            except UnicodeDecodeError:
                break
            return encoding
    raise UnreadableFile("binary file (many NUL bytes)")


class TextStream(io.TextIOWrapper):
    """A text stream over a corpus file, decoded by the same rule as ``decode_bytes``.

    ``repaired_bytes`` counts the bytes read so far that were not valid UTF-8. NUL characters are
    left in place: the reader removes them.
    """

    @property
    def repaired_bytes(self) -> int:
        return getattr(_repaired, "count", 0) - self._repaired_before


def open_text(path) -> TextStream:
    """Open a (large) corpus file as a text stream, checking its head first; see ``decode_bytes``."""
    raw = open(path, "rb")
    try:
        head = raw.read(8192)
        encoding = _check_head(head)
        raw.seek(0)
        if not encoding.startswith("utf-8"):
            raw.read(next((len(bom) for bom, _ in _BOMS if head.startswith(bom)), 0))
        stream = TextStream(
            raw, encoding=encoding, errors=_ERROR_HANDLER if encoding.startswith("utf-8") else "strict", newline=""
        )
    except BaseException:
        raw.close()
        raise
    stream._repaired_before = getattr(_repaired, "count", 0)
    return stream


def decode_bytes(data: bytes) -> DecodedText:
    """Decode the bytes of one corpus file (see the module docstring for the rule).

    Raises
    ------
    UnreadableFile
        For an empty or binary file; its message is the reason to report.
    """
    if not data:
        raise UnreadableFile("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"invalid {encoding} after its byte-order mark: {error.reason}") from None
            return _strip_nul(DecodedText(text, encoding))
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnreadableFile(f"binary file ({kind})")
    bomless = _nul_heavy_encoding(data[:8192])
    if bomless is not None:
        try:
            text = data.decode(bomless)
        except UnicodeDecodeError:
            raise UnreadableFile(f"invalid {bomless} (read as such for its NUL bytes): cannot be decoded") from None
        return _strip_nul(DecodedText(text, bomless, [f"no byte-order mark: read as {bomless.upper()}"]))
    _text_like(data[:8192])
    try:
        return _strip_nul(DecodedText(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    _repaired.count = 0
    text = data.decode("utf-8", errors=_ERROR_HANDLER)
    bad = _repaired.count
    decoded = DecodedText(
        text,
        "utf-8+cp1252",
        [f"{bad} byte{'s' if bad != 1 else ''} not valid UTF-8 decoded as Windows-1252"],
    )
    return _strip_nul(decoded)


def _strip_nul(decoded: DecodedText) -> DecodedText:
    nul = decoded.text.count("\x00")
    if nul:
        decoded.text = decoded.text.replace("\x00", "")
        decoded.repairs.append(f"{nul} NUL character{'s' if nul != 1 else ''} removed")
    return decoded


#: Pairs of characters that UTF-8 text decoded as Windows-1252 or Latin-1 leaves behind.
MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00c5\u00c4\u00e2\u00d0\u00d8\u00d9]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """Return ``text`` with double-decoded UTF-8 repaired (unchanged when it shows no mojibake)."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
