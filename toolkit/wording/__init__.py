"""Stage 4b, wording: how actors are worded (KWIC, collocates, labels, quotes, keyness, tone, dispersion).

One module per concept: ``concordance`` (KWIC), ``collocates``, ``labels`` with their lexicon
(``label_lexicon``) and the sentence model they read (``label_sentence``), the one armed group an
article's labels name (``label_article_groups``), their attachment by structure (``attachment``) with labels as
predicates (``label_predicates``), the state an article is about for labels that name none
(``article_states``), the armed group a sentence names for a label left unattached
(``sentence_groups``) or named in the sentence or two before (``label_anaphora``), the person
a state-class label's "his"/"her" refers to (``label_possessors``), the groups an
unattached label refers back to, in columns of their own (``label_antecedents``), the "Opposition"
of a parliamentary title, which is no label (``label_titles``), armed groups the
dictionary misses, by their shape or a plural acronym (``unnamed_groups``), labels that take
the target of the label next to them (``neighbour_labels``), appositions without a comma (``bare_appositions``)
and the relations of a labelled group (``relations``), ``quotes`` with their reporting clauses
(``reporting``) read over their tokens (``clause_tokens``), verbs joined to the clause before them
(``clause_links``) and their marks
(``quote_marks``), both tables of one analysis read from the frame cache (``cached_quotes``), label rows
found a chunk of articles at a time (``chunked_labels``), the bounds of
their speaker phrases (``phrases``) and a place ending a sentence's setting before the verb
(``settings_before``), asides, passives and outlets around their verbs (``asides``), the reporting-verb
lexicon (``verbs``), the clause each quote belongs to (``attribution``; over paragraphs and titles:
``attribution_paragraphs``; verbs that report only in a safe position: ``attribution_positions``) or that
a quote names in its first words (``inner_sources``), the crowd that shouts a slogan ("after shouts of '…'":
``shouted_quotes``), a verb opening its sentence before its speaker (``speaker_inversions``), "as X
reported" after a quote (``quote_as_clauses``), a next sentence pointing back at a quote
(``quote_back_references``), speaker resolution (``speakers``) with namesakes ("Michelle Obama":
``speaker_namesakes``), partitives ("one", "another": ``speaker_partitives``), a bare role after a
name ("X head of Y said": ``speaker_bare_roles``), outlets citing someone (``speaker_citing``) and
relatives without "that" that report nothing ("the platform he promised —": ``speaker_contact_relatives``)
with the antecedents of pronouns and roles (``antecedents``) and a person's own "they"
(``singular_they``), the subjects of speaker phrases that
are complements of a preposition (``complements``), organisation roles and organisation
speakers (``organisation_roles``), descriptions of people (``person_descriptions``), the people a
field names with a title or in an apposition (``named_people``) or by one word opening a sentence as
its subject, known by the pronoun after it (``subject_names``), or anywhere (``speaker_surnames``), the
author of a document speaker (``speaker_documents``), a place ending a person's description
(``speaker_places``), a speaker outside a relative, participle or naming clause ("a businessman who has
threatened ...": ``speaker_embedded``), the issuer of a block-quoted statement (``speaker_issuers``), a
name run into its title (``speaker_title_after``), a role after "its" (``speaker_determiners``), and the
names in speaker phrases
(``names``), ``keyness`` with its counts (``keyness_counts``), ``tone`` and ``dispersion``.

May import: ``toolkit.actors``, ``toolkit.text``, ``toolkit.corpus`` and the base modules; never
``toolkit.comentions`` (its peer), ``toolkit.plots`` or ``toolkit.reports``.
"""

from toolkit.wording.collocates import find_collocates
from toolkit.wording.concordance import keyword_in_context, kwic_to_html
from toolkit.wording.keyness import compare_wording
from toolkit.wording.labels import find_labels, tabulate_labels
from toolkit.wording.quotes import find_quotes, find_reporting_clauses, profile_reporting_verbs
from toolkit.wording.tone import score_tone

__all__ = [
    "keyword_in_context",
    "kwic_to_html",
    "find_collocates",
    "find_labels",
    "tabulate_labels",
    "find_quotes",
    "find_reporting_clauses",
    "profile_reporting_verbs",
    "compare_wording",
    "score_tone",
]
