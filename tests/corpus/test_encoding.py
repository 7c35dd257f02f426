"""toolkit.corpus.encoding: bytes to text without losing an article to one bad byte."""

from __future__ import annotations

import codecs
import random

import pytest

from toolkit.corpus.encoding import MOJIBAKE, DecodedText, decode_bytes, open_text, repair_mojibake
from toolkit.errors import UnreadableFile

TEXT = "Caf\u00e9 talks \u201cstart\u201d \u2013 \u20ac5"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be"),
        (TEXT.encode("utf-8"), "utf-8"),
    ],
    ids=["utf-8 BOM", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"],
)
def test_a_byte_order_mark_decides_else_utf8(data, encoding):
    assert decode_bytes(data) == DecodedText(TEXT, encoding, [])


@pytest.mark.parametrize(
    "data, text, repairs",
    [
        (TEXT.encode("cp1252"), TEXT, ["5 bytes not valid UTF-8 decoded as Windows-1252"]),
        ("Caf\u00e9".encode("latin-1"), "Caf\u00e9", ["1 byte not valid UTF-8 decoded as Windows-1252"]),
        (
            "\u201cMixed\u201d ".encode("utf-8") + "caf\u00e9".encode("cp1252"),
            "\u201cMixed\u201d caf\u00e9",
            ["1 byte not valid UTF-8 decoded as Windows-1252"],
        ),
        (b"\x81\x8d\x8f\x90\x9d", "\x81\x8d\x8f\x90\x9d", ["5 bytes not valid UTF-8 decoded as Windows-1252"]),
    ],
    ids=["cp1252", "latin-1", "utf-8 with one stray byte", "bytes cp1252 leaves undefined"],
)
def test_bytes_that_are_not_utf8_are_read_as_windows_1252_one_by_one(data, text, repairs):
    assert decode_bytes(data) == DecodedText(text, "utf-8+cp1252", repairs)


@pytest.mark.parametrize(
    "data, removed", [(b"Head\x00line", "1 NUL character removed"), (b"\x00a\x00b", "2 NUL characters removed")]
)
def test_nul_characters_are_removed_and_noted(data, removed):
    decoded = decode_bytes(data)
    assert decoded.text == data.replace(b"\x00", b"").decode() and decoded.repairs == [removed]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file (PNG image)"),
        (b"\xff\xd8\xff\xe0" + bytes(10), "binary file (JPEG image)"),
        (b"GIF89a...", "binary file (GIF image)"),
        (b"%PDF-1.7\n", "binary file (PDF document)"),
        (b"PK\x03\x04" + bytes(10), "binary file (ZIP archive (or DOCX/XLSX))"),
        (b"\x1f\x8b\x08\x00", "binary file (gzip archive)"),
        (b"\x7fELF\x02\x01", "binary file (executable)"),
        (b"text" + bytes(20), "binary file (many NUL bytes)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16-le after its byte-order mark: unexpected end of data"),
    ],
)
def test_empty_and_binary_files_are_unreadable_with_the_reason(data, reason):
    with pytest.raises(UnreadableFile) as raised:
        decode_bytes(data)
    assert str(raised.value) == reason


def test_random_bytes_are_binary_not_text(tmp_path):
    """Random (or compressed, or encrypted) bytes without a known signature: about 11% of them are
    control bytes, where text in any encoding has next to none."""
    data = random.Random(7).randbytes(5000)
    assert data.count(0) <= 50  # too few NUL bytes for the NUL rule: the control-byte rule decides
    with pytest.raises(UnreadableFile, match=r"^binary file \(\d+ control bytes in its first 5000\)$"):
        decode_bytes(data)
    path = tmp_path / "noise.csv"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile, match="control bytes"):
        open_text(path)


def test_a_few_control_bytes_in_text_are_not_binary():
    # terminal colour codes, a bell, form feeds and a DOS end-of-file mark in 1,000 bytes of text
    data = b"\x1b[1mHeadline\x1b[0m\n\n" + b"word " * 190 + b"\x07\x0c\x0c\x1a"
    assert decode_bytes(data).text.startswith("\x1b[1mHeadline")


def test_a_few_nul_bytes_in_a_long_text_are_not_binary():
    data = b"word " * 200 + b"\x00" * 9  # 9 NULs in 1009 bytes: at most 1 in 100 is text
    assert decode_bytes(data).repairs == ["9 NUL characters removed"]


@pytest.mark.parametrize(
    "data, encoding, repaired",
    [
        ("Headline\n\nCaf\u00e9 \u20ac\n".encode("utf-8"), "utf-8", 0),
        (codecs.BOM_UTF8 + "Headline\n\nCaf\u00e9 \u20ac\n".encode("utf-8"), "utf-8-sig", 0),
        ("Headline\n\nCaf\u00e9 \u20ac\n".encode("utf-16"), "utf-16-le", 0),
        ("Headline\n\nCaf\u00e9 \u20ac\n".encode("utf-32"), "utf-32-le", 0),
        ("Headline\n\nCaf\u00e9 \u20ac\n".encode("cp1252"), "utf-8", 2),
    ],
    ids=["utf-8", "utf-8 BOM", "utf-16", "utf-32", "cp1252"],
)
def test_open_text_streams_by_the_same_rule(tmp_path, data, encoding, repaired):
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    with open_text(path) as stream:
        assert stream.encoding == encoding
        assert stream.read() == "Headline\n\nCaf\u00e9 \u20ac\n"
        assert stream.repaired_bytes == repaired


@pytest.mark.parametrize("data, reason", [(b"", "empty file"), (b"%PDF-1.4", "binary file (PDF document)")])
def test_open_text_refuses_empty_and_binary_files(tmp_path, data, reason):
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile, match=rf"^{reason.replace('(', '[(]').replace(')', '[)]')}$"):
        open_text(path)


@pytest.mark.parametrize(
    "text, repaired",
    [
        ("caf\u00c3\u00a9", "caf\u00e9"),
        ("minister\u00e2\u20ac\u2122s", "minister\u2019s"),
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "\u201cquoted\u201d"),
        ("plain caf\u00e9 and \u201cquotes\u201d", "plain caf\u00e9 and \u201cquotes\u201d"),
        ("", ""),
    ],
)
def test_repair_mojibake_repairs_only_double_decoded_text(text, repaired):
    assert repair_mojibake(text) == repaired


@pytest.mark.parametrize("text, found", [("caf\u00c3\u00a9", True), ("\u00c3 alone", False), ("caf\u00e9", False)])
def test_the_mojibake_pattern_looks_for_the_telltale_pairs(text, found):
    assert bool(MOJIBAKE.search(text)) is found
