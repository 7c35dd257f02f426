"""The development set of speaker attribution: hand-written quotes for every rule of
``toolkit.wording.speakers`` and real quotes from FA-KES articles, each with its speaker and the
lemma of its reporting verb coded by hand.

Coding rules: the speaker is the person or body whose words the quote gives, by the fullest name
the article gives before (or in) the clause ("Rami Abdel Rahman" for "Abdel Rahman said", the
person for "he said"); a role with no named holder is kept as written ("the sources"); several
spellings may be accepted (alternatives separated by ``|``). A document ("the statement said") is
its author, the speaker named before it. A news outlet is the speaker of the words the text gives
to no one else ("SANA said", "according to Agence France-Presse", "a separate Reuters article
said"), and only the source when the text names who spoke to or through it ("X told Reuters":
X). Both rules date from issue 16's third round; before, a document was kept as written and an
outlet after "according to" or in "a Reuters article" was coded as no speaker. The verb is the
lemma of the reporting verb ("say" for said, "call for", "according to"), empty when there is
none (a headline's colon). The actor dictionary's label of the same actor is accepted too
("Riyad Hijab" for "Riad Hijab", "Russian Ministry of Defence" for "the Russian defence
ministry"). Names are compared in lower case, without a leading "the" or apostrophes.
"""

from __future__ import annotations

# (name, title, text, quote prefix, speaker, verb lemma)
HAND = [
    (
        "x-said",
        "",
        '"We will not leave Syria," Lavrov said.',
        "We will not",
        "Sergei Lavrov|Sergey Lavrov|Lavrov",
        "say",
    ),
    (
        "said-x",
        "",
        '"We will not leave Syria," said Lavrov.',
        "We will not",
        "Sergei Lavrov|Sergey Lavrov|Lavrov",
        "say",
    ),
    (
        "x-the-y-of-z-said",
        "",
        '"Nobody will stay," Staffan de Mistura, the UN envoy for Syria, said.',
        "Nobody",
        "Staffan de Mistura",
        "say",
    ),
    (
        "x-the-y-said-before",
        "",
        'Sergei Lavrov, the foreign minister of Russia, said: "We will not leave Syria."',
        "We will not",
        "Sergei Lavrov|Sergey Lavrov",
        "say",
    ),
    (
        "said-role-apposition",
        "",
        '"The talks are over," said the foreign minister, Sergei Lavrov.',
        "The talks",
        "Sergei Lavrov|Sergey Lavrov",
        "say",
    ),
    (
        "title-abbreviation",
        "",
        '"Aid will reach the port within days," said Navy Rear Adm. John Kirby.',
        "Aid will",
        "John Kirby",
        "say",
    ),
    (
        "title-abbreviation-before",
        "",
        'Sen. Lindsey Graham said: "This is a mistake and we will pay for it."',
        "This is",
        "Lindsey Graham",
        "say",
    ),
    ("told-outlet", "", '"We will win this war," Assad told the BBC.', "We will win", "Bashar al-Assad|Assad", "tell"),
    (
        "told-outlet-first",
        "",
        'Walid Muallem told Reuters: "We will retake Aleppo before winter."',
        "We will retake",
        "Walid Muallem|Walid al-Muallem",
        "tell",
    ),
    (
        "according-to-witnesses",
        "",
        '"The town fell at dawn," according to witnesses.',
        "The town",
        "witnesses",
        "according to",
    ),
    (
        "according-to-person",
        "",
        '"The town fell at dawn," according to Rami Abdel Rahman, who heads the Observatory.',
        "The town",
        "Rami Abdel Rahman",
        "according to",
    ),
    (
        "according-to-agency",
        "",
        '"The town fell at dawn," according to Agence France-Presse.',
        "The town",
        "Agence France-Presse",
        "according to",
    ),
    (
        "separate-article",
        "",
        'A separate Reuters article said rebels "fired first at the convoy near the border."',
        "fired first",
        "Reuters",
        "say",
    ),
    (
        "possessive-spokesman",
        "",
        '"Turkey will act alone if it must," Erdogan\'s spokesman said.',
        "Turkey will",
        "Erdogan's spokesman|spokesman of Recep Tayyip Erdogan",
        "say",
    ),
    (
        "possessive-ministry",
        "",
        'Russia\'s foreign ministry said: "The strikes will go on as planned."',
        "The strikes",
        "Russia's foreign ministry",
        "say",
    ),
    (
        "pronoun-nearest-person",
        "",
        "Lavrov said the talks were useful. Later Secretary of State John Kerry arrived in Geneva. "
        '"We made progress today," he said.',
        "We made",
        "John Kerry",
        "say",
    ),
    (
        "pronoun-skips-organisation",
        "",
        "Senator John McCain spoke on Monday. The ministry said the strikes would go on. "
        '"This is a grave mistake," he said.',
        "This is",
        "John McCain",
        "say",
    ),
    (
        "pronoun-it",
        "",
        'The Russian defence ministry said talks went well. "The document is signed and in force," it said.',
        "The document",
        "Russian defence ministry|Russian Ministry of Defence",
        "say",
    ),
    (
        "role-resolved",
        "",
        "Marco Rubio, the Florida senator, spoke first. "
        'The Florida senator called for new sanctions: "Assad must go and he must go now."',
        "Assad must",
        "Marco Rubio",
        "call for",
    ),
    (
        "role-unresolved",
        "",
        'The Florida senator called for new sanctions: "Assad must go and he must go now."',
        "Assad must",
        "Florida senator",
        "call for",
    ),
    (
        "continued",
        "",
        'Lavrov said: "We will not leave Syria.\n\n"Our troops stay until terrorism is defeated."',
        "Our troops",
        "Sergei Lavrov|Sergey Lavrov|Lavrov",
        "say",
    ),
    ("headline", 'Assad: "We will win this war"', "", "We will win", "Bashar al-Assad|Assad", ""),
    (
        "time-phrase",
        "",
        'Shelling resumed. "We are safe for now," said an hour later the governor of Homs.',
        "We are safe",
        "governor of Homs",
        "say",
    ),
    (
        "time-phrase-after",
        "",
        '"We are safe for now," the governor said an hour later.',
        "We are safe",
        "governor",
        "say",
    ),
    (
        "observatory-head",
        "",
        '"Twelve people were killed," Observatory head Rami Abdel Rahman told AFP.',
        "Twelve",
        "Rami Abdel Rahman",
        "tell",
    ),
    (
        "surname-after-full-name",
        "",
        'Observatory director Rami Abdel Rahman spoke to AFP. "The toll will rise," Abdel Rahman said.',
        "The toll",
        "Rami Abdel Rahman",
        "say",
    ),
]

# (article_id, quote prefix, speaker, verb lemma): FA-KES (Salem et al. 2019, CC BY 4.0), read by hand
FAKES = [
    ("1965511162", "Seven Al-Nusra members", "Rami Abdel Rahman", "say"),
    ("1923102951", "Daesh has managed", "Syrian Observatory for Human Rights|London based monitor", "say"),
    ("1924058037", "A Russian Mi-8", "Russias defence ministry|Russian Ministry of Defence", "say"),
    ("1965495344", "After additional reconnaissance", "Igor Konashenkov|Konashenkov", "say"),
    ("1962495643", "are trying hard", "Idris Nahsen", "say"),
    ("1924058155", "Its a massacre of refugees", "a voice off camera", "say"),
    ("1924058155", "Let the whole world", "a voice off camera", "say"),
    ("1923848269", "There are only civilians", "a man", "shout"),
    ("1923848197", "Opposition fighters are making", "Rami Abdel Rahman", "say"),
    ("1923848282", "This is a tragedy", "Anthony Lake", "say"),
    ("1923102850", "A unilaterally declared", "Frank-Walter Steinmeier", "say"),
    ("1962495664", "A vehicle carrying 11", "the sources", "say"),
    ("1923848281", "the army has foiled", "State television", "say"),
    ("1962495682", "A large number of Nusra", "the source", "tell"),
    ("1965495335", "inside a bus", "Al-Nusra Front Twitter feed", "say"),
    ("1965495372", "This horrific attack", "Staffan de Mistura", "tell"),
    ("1924058200", "Negotiations under the present", "33 factions|a broad coalition of Syrian rebels", "say"),
    ("1924058200", "partner to the regime", "The factions|33 factions", "say"),
    ("1962495704", "Destruction of Deir Ezzor", "the source", "say"),
    (
        "1919191759",
        "The National Coalition demands",
        "National Coalition|Syrias opposition National Coalition|Syrian National Coalition",
        "say",
    ),
    ("1924058188", "This is a tragedy", "Alan Lane|Lane", "say"),
    ("1924058188", "When will the worlds", "Alan Lane|Lane", "add"),
    ("1924058106", "A number of people died", "SOHR|Syrian Observatory for Human Rights", "say"),
    ("1923102866", "Twelve people were killed", "Rami Abdel Rahman", "say"),
    ("1923848234", "A helicopter dropped", "Shuhud al-Hussein", "say"),
    ("1923848234", "This area doesnt", "Shuhud al-Hussein", "say"),
    ("1923848206", "The toll in several", "Rami Abdel Rahman", "tell"),
    ("1923848206", "The number of deaths", "Rami Abdel Rahman", "say"),
    ("1962495716", "A new attack launched", "SANA|SANA (Syrian Arab News Agency)", "report"),
    ("1915433692", "dealt great blows", "SANA|State news agency SANA|SANA (Syrian Arab News Agency)", "say"),
    ("1924058178", "Russian air forces have", "Riad Hijab|Riyad Hijab", "write"),
    ("1924058178", "They have violated", "Riad Hijab|Riyad Hijab", "write"),
    ("1965495325", "This is a massacre by chemical", "Mohammed Saeed", "say"),
    ("1919191744", "a woman with four", "Syrian Observatory for Human Rights", "say"),
    ("1962495676", "The Syrian army soldier", "the sources", "say"),
    ("1965495387", "At least 27 children", "UNICEF|United Nations International Childrens Emergency Fund", "read"),
    ("1915433669", "Pictures from Douma", "Hisham Marwah", "say"),
    ("1923848270", "All movement is targeted", "Rami Abdel Rahman", "say"),
]
