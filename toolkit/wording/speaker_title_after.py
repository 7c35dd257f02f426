"""A person's name run into the title after it, without a comma: "said Kevin Kennedy Regional
Humanitarian Coordinator for the Syria Crisis" (wire copy without commas, as FA-KES).

``toolkit.wording.names.find_person_name`` takes the longest run of capitalised words, here "Kevin
Kennedy Regional Humanitarian Coordinator", and drops it because "for" follows, so the speaker stayed the
whole phrase, an organisation for "he" ("It must stop" he added took the speaker before). A phrase that
opens with a known given name (``toolkit/data/given_names.txt``) and a capitalised surname, followed by
capitalised words holding a title or person noun (``titles.txt``, ``person_heads`` of
``speaker_nouns.yaml``), names the person by those two words; "Kevin Kennedy" is then resolved as any
name is.
"""

from __future__ import annotations

from toolkit.wording.named_people import given_name_genders
from toolkit.wording.names import is_capitalised, read_speaker_lists

__all__ = ["name_before_title"]

_MAX_TITLE_WORDS = 5  # "Regional Humanitarian Coordinator", "UN Resident Representative"


def name_before_title(words: list[str]) -> str:
    """The given name and surname opening ``words`` when capitalised title words follow them (module
    docstring), else "".
    """
    if len(words) < 3 or words[0].lower() not in given_name_genders() or not is_capitalised(words[1]):
        return ""
    lists = read_speaker_lists()
    nouns = lists["person_heads"] | lists["titles"]
    if words[1].lower() in nouns:
        return ""  # "Kevin Minister ...": no surname
    title = []
    for word in words[2 : 2 + _MAX_TITLE_WORDS]:
        if not is_capitalised(word):
            break
        title.append(word.lower())
    return f"{words[0]} {words[1]}" if any(word in nouns for word in title) else ""
