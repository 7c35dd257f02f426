"""The outlets and domain endings of ``toolkit/data/actors/outlet_countries.txt`` (read by
``toolkit.actors.context.outlet_countries``): as a corpus's outlet column holds them."""

from __future__ import annotations

import pytest

from toolkit.actors.context import OUTLET_FILE, outlet_countries
from toolkit.resources import read_data_lines


def test_each_line_is_one_outlet_and_a_known_code_and_no_outlet_is_listed_twice():
    codes = {line.split("\t")[0] for line in read_data_lines("iso3166_alpha3.txt")}
    names = []
    for line in read_data_lines(OUTLET_FILE):
        name, code = line.split()
        assert code in codes, line
        assert name == name.lower() and " " not in name, line
        names.append(name)
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("outlet", "code"),
    [
        ("Herald Sun", "AUS"),
        ("The Australian", "AUS"),
        ("The Age", "AUS"),
        ("Sydney Morning Herald", "AUS"),
        ("https://www.abc.net.au/news/world", "AUS"),
        ("National Post", "CAN"),
        ("Toronto Star", "CAN"),
        ("CTV News", "CAN"),
        ("The Hindu", "IND"),
        ("Indian Express", "IND"),
        ("NDTV", "IND"),
        ("Boston Globe", "USA"),
        ("The Daily Beast", "USA"),
        ("PBS NewsHour", "USA"),
        ("Evening Standard", "GBR"),
        ("New Statesman", "GBR"),
        ("Gulf News", "ARE"),
        ("Arab News", "SAU"),
        ("Tehran Times", "IRN"),
        ("Yeni Safak", "TUR"),
        ("Egypt Independent", "EGY"),
        ("Israel Hayom", "ISR"),
        ("Rudaw", "IRQ"),
        ("www.ahram.org.eg", "EGY"),
        ("www.thenational.ae", "ARE"),
        ("The Star", ""),  # Toronto, Malaysia, Kenya ...: several outlets share it
        ("The National", ""),
        ("Al-Monitor", ""),  # reports on a region from abroad: no one country's domestic news
        ("Reuters", ""),
    ],
)
def test_outlets_by_name_and_by_address(outlet, code):
    assert outlet_countries([outlet]) == [code]
