"""The word lists of the mention-sense rules (``toolkit/data/senses.yaml``), folded and read once,
and the codes of the senses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from toolkit.options import SENSES
from toolkit.resources import read_data_lines
from toolkit.text.folding import alias_key
from toolkit.yamlfile import read_yaml_source

__all__ = ["ACTOR", "DATELINE", "OTHER", "PART_OF_NAME", "PLACE", "SenseLists", "word_lists"]

#: The senses of a mention (``toolkit.options.SENSES``), in the order of their codes in ``assign_senses``.
ACTOR, PLACE, DATELINE, PART_OF_NAME, OTHER = range(len(SENSES))


@dataclass(frozen=True)
class SenseLists:
    """The folded word lists of ``toolkit/data/senses.yaml`` and the shared stop and title words."""

    capital_before: frozenset
    state_before: frozenset
    held_words: frozenset
    territory_words: frozenset
    motion_words: frozenset
    departure_words: frozenset
    departure_after: frozenset
    departure_actor_after: frozenset
    facility_nouns: frozenset
    state_body: frozenset
    compass: frozenset
    place_nouns: frozenset
    place_after: frozenset
    place_before: frozenset
    topic_heads: frozenset
    setting_nouns: frozenset
    setting_states: frozenset
    setting_in: frozenset
    ranks: frozenset
    city_role_words: frozenset
    city_nouns: frozenset
    agencies: frozenset
    origin_after: frozenset
    border_nouns: frozenset
    group_kinds: frozenset
    acting_modifiers: frozenset
    event_nouns: frozenset
    incident_nouns: frozenset
    incident_blockers: frozenset
    incident_places: frozenset
    overflight_words: frozenset
    dates: frozenset
    calendar: frozenset
    languages: frozenset
    language_after: frozenset
    language_before: frozenset
    lowercase_phrases: frozenset
    caps_words: frozenset
    caps_objects: frozenset
    descriptive: frozenset
    furniture: frozenset
    particles: frozenset
    organisation_heads: frozenset
    after_name_ok: frozenset
    first_names: frozenset
    political_cues: frozenset
    name_nouns: frozenset
    us_states: dict
    directions: frozenset
    side_words: frozenset
    side_nouns: frozenset
    vote_words: frozenset
    vote_conduct: frozenset
    venue_nouns: frozenset
    place_possessives: frozenset
    place_names: frozenset
    listed_city_nouns: frozenset
    listed_city_fillers: frozenset
    place_possessive_nouns: frozenset
    subject_nouns: frozenset
    accord_nouns: frozenset
    assault_nouns: frozenset
    possessive_events: frozenset
    region_names: frozenset
    party_member_nouns: frozenset
    metonyms: frozenset
    metonym_before: frozenset
    us_state_words: frozenset
    visit_words: frozenset
    act_nouns: frozenset
    support_nouns: frozenset
    possessive_acts: frozenset
    stance_nouns: frozenset
    tag_openers: frozenset
    owned_capital_before: frozenset
    ezafe: frozenset
    stop: frozenset
    titles: frozenset

    @property
    def listed(self) -> frozenset:
        """The folded aliases a list rule reads (languages, US states, caps words, phrases, given names,
        places' possessives without an apostrophe, buildings that stand for a government).
        """
        return (
            self.languages
            | self.caps_words
            | self.lowercase_phrases
            | self.first_names
            | frozenset(self.us_states)
            | self.place_possessives
            | self.metonyms
        )


@lru_cache(maxsize=1)
def word_lists() -> SenseLists:
    """The rule word lists, read once."""
    data, _ = read_yaml_source(None, "senses.yaml", "sense rules")

    def words(key: str) -> frozenset:
        return frozenset(alias_key(str(w)) for w in data.get(key) or ())

    titles = frozenset(word for line in read_data_lines("titles.txt") for word in alias_key(line).split())
    return SenseLists(
        capital_before=words("capital_before"),
        state_before=words("state_before"),
        held_words=words("held_words"),
        territory_words=words("territory_words"),
        motion_words=words("motion_words"),
        departure_words=words("departure_words"),
        departure_after=words("departure_after"),
        departure_actor_after=words("departure_actor_after"),
        facility_nouns=words("facility_nouns"),
        state_body=words("state_body_words"),
        compass=words("compass"),
        place_nouns=words("place_nouns"),
        place_after=words("place_after"),
        place_before=words("place_before"),
        topic_heads=words("topic_heads"),
        setting_nouns=words("setting_nouns"),
        setting_states=words("setting_states"),
        setting_in=words("setting_in"),
        ranks=words("ranks"),
        city_role_words=words("city_role_words"),
        city_nouns=words("city_nouns"),
        agencies=words("agencies"),
        origin_after=words("origin_after"),
        border_nouns=words("border_nouns"),
        group_kinds=frozenset(str(w) for w in data.get("group_kinds") or ()),
        acting_modifiers=words("acting_modifiers"),
        event_nouns=words("event_nouns"),
        incident_nouns=words("incident_nouns"),
        incident_blockers=words("incident_blockers"),
        incident_places=words("incident_places"),
        overflight_words=words("overflight_words"),
        dates=words("months"),
        calendar=words("months") | words("weekdays"),
        languages=words("languages"),
        language_after=words("language_after"),
        language_before=words("language_before"),
        lowercase_phrases=words("lowercase_phrases"),
        caps_words=words("caps_words"),
        caps_objects=words("caps_objects"),
        descriptive=words("descriptive_capitals"),
        furniture=words("furniture_words"),
        particles=words("name_particles"),
        organisation_heads=words("organisation_heads"),
        after_name_ok=words("after_name_ok"),
        first_names=words("first_names"),
        political_cues=words("political_cues"),
        name_nouns=words("name_nouns"),
        us_states={
            alias_key(name): (
                frozenset(alias_key(str(w)) for w in cues.get("us_cues") or ()),
                frozenset(alias_key(str(w)) for w in cues.get("country_cues") or ()),
            )
            for name, cues in (data.get("us_states") or {}).items()
        },
        directions=words("direction_words"),
        side_words=words("side_words"),
        side_nouns=words("side_nouns"),
        vote_words=words("vote_words"),
        vote_conduct=words("vote_conduct"),
        venue_nouns=words("venue_nouns"),
        place_possessives=frozenset(name + "s" for name in words("place_names")),
        place_names=words("place_names"),
        listed_city_nouns=words("listed_city_nouns"),
        listed_city_fillers=words("listed_city_fillers"),
        place_possessive_nouns=words("place_possessive_nouns"),
        subject_nouns=words("subject_nouns"),
        accord_nouns=words("accord_nouns"),
        assault_nouns=words("assault_nouns"),
        possessive_events=words("possessive_events"),
        region_names=words("region_names"),
        party_member_nouns=words("party_member_nouns"),
        metonyms=words("metonyms"),
        metonym_before=words("metonym_before"),
        us_state_words=words("us_state_words"),
        visit_words=words("visit_words"),
        act_nouns=words("act_nouns"),
        support_nouns=words("support_nouns"),
        possessive_acts=words("possessive_acts"),
        stance_nouns=words("stance_nouns"),
        tag_openers=words("tag_openers"),
        owned_capital_before=words("owned_capital_before"),
        ezafe=words("ezafe_particles"),
        stop=frozenset(alias_key(w) for w in read_data_lines("stopwords_en.txt")),
        titles=titles,
    )
