"""Session 20 (quotes on unseen news, issue 14): a title that the person last named does not hold
(« A, président du directoire, … . Le secrétaire général du syndicat affirme que « … » ») is
someone else, not A: the role phrase speaks; « le PDG de X » is the one « président de X » the
article names (lexicon title_hypernyms, title_hypernyms_of_bodies), and no one when only another
body's president is named; « « … », reconnaît-elle » after « A et B ont … » is unsure (no
speaker); a work or a body named in quote marks right after its noun (« le roman « … » »,
« l'association « … » ») is a name, not speech (lexicon quote_naming_nouns); a quote alone as a
sentence right after « X s'est exprimé. » / « X a tenté de prévenir … . » is X's, weakly (0.6;
lexicon quote_announcing_verbs); a phrase quoted after « faire part de », « faire état de » is the
subject's (lexicon quote_phrase_idioms)."""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Nouvelles du jour\n\n"


def _quotes(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    return [
        (f.to_dict().get("speaker"), f.to_dict()["text"])
        for f in extract_text(TITLE + text)
        if f.type == "quote"
    ]


# Family 1: a title the person last named does not hold is someone else's.
OTHER_ROLE = [
    (
        "Marc Delorme, président du directoire du journal, a parlé mardi. Le secrétaire général"
        " du syndicat affirme que « la grève continuera jusqu'à la fin du mois ».",
        "Le secrétaire général du syndicat",
        "la grève continuera jusqu'à la fin du mois",
    ),
    (
        "Pour le journal La Gazette, ce blocage est « intolérable » et Marc Delorme, président du"
        " directoire du journal, estime qu' « en d'autres temps, on aurait appelé ça de la censure"
        " ». Sur la radio Onde Libre, le secrétaire général du syndicat Force Verte affirme qu'il"
        " n'y a eu « ni exigence, ni diktat » et que son syndicat avait « proposé à tous les"
        " journaux une tribune ».",
        "le secrétaire général du syndicat Force Verte",
        "ni exigence, ni diktat",
    ),
    (
        "Lucie Ferrand, directrice de l'hôpital, a reçu les familles. Le porte-parole des"
        " urgentistes affirme que « les équipes sont épuisées depuis des mois ».",
        "Le porte-parole des urgentistes",
        "les équipes sont épuisées depuis des mois",
    ),
    (
        "Hugo Brassac, maire de Blorin, a ouvert la séance. Le trésorier de l'association"
        " explique que « les comptes sont à l'équilibre cette année ».",
        "Le trésorier de l'association",
        "les comptes sont à l'équilibre cette année",
    ),
]

SAME_ROLE = [
    (
        "Marc Delorme, secrétaire général du syndicat, a parlé mardi. Le secrétaire général"
        " affirme que « la grève continuera jusqu'à la fin du mois ».",
        "Marc Delorme",
        "la grève continuera jusqu'à la fin du mois",
    ),
    (
        "Le maire de Blorin, Jean Castel, a ouvert la séance. « Nous voterons le budget ce soir"
        " », a annoncé le maire.",
        "Jean Castel",
        "Nous voterons le budget ce soir",
    ),
    (
        "Le président Paul Girard a visité l'usine mardi. Le chef de l'État en déplacement à"
        " Blorin a dit au maire Jean Castel « Il faut garder ces emplois dans la région ».",
        "Paul Girard",
        "Il faut garder ces emplois dans la région",
    ),
    (
        "Le procureur de Blorin, Anne Roussel, a tenu une conférence. « Deux suspects sont en"
        " garde à vue », a indiqué le procureur.",
        "Anne Roussel",
        "Deux suspects sont en garde à vue",
    ),
    (
        "Paul Roux a été réélu dimanche. Le président du club affirme que « la saison sera"
        " difficile pour tout le monde ».",
        "Paul Roux",
        "la saison sera difficile pour tout le monde",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), OTHER_ROLE + SAME_ROLE)
def test_role_speaker(extract_text: Any, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _quotes(extract_text, text)


@pytest.mark.parametrize(("text", "speaker", "quote"), OTHER_ROLE)
def test_other_role_is_weighed_as_a_partial_quote(
    extract_text: Any, text: str, speaker: str, quote: str
) -> None:
    facts = [f.to_dict() for f in extract_text(TITLE + text) if f.type == "quote"]
    fact = next(f for f in facts if f["text"] == quote)
    assert fact["confidence"] == pytest.approx(0.75)  # a partial quote's weight, body or not


def test_title_resolved_is_less_sure_than_a_name(extract_text: Any) -> None:
    text = (
        "Le maire de Blorin, Jean Castel, a ouvert la séance. « Nous voterons le budget ce soir"
        " », a annoncé le maire. « Le budget est prêt depuis lundi », a ajouté Jean Castel."
    )
    facts = [f.to_dict() for f in extract_text(TITLE + text) if f.type == "quote"]
    assert [(f["speaker"], f["confidence"]) for f in facts] == [
        ("Jean Castel", pytest.approx(0.75)),
        ("Jean Castel", pytest.approx(0.95)),
    ]


# Family 2: « le PDG de X » is the one « président de X ».
PDG = [
    (
        "Théo Garnier, président de la société Orvalis, a pris la parole. « La solution,"
        " maintenant, c'est le covoiturage », a annoncé le PDG d'Orvalis.",
        "Théo Garnier",
    ),
    (
        "Théo Garnier, président de la société Orvalis, a pris la parole. Le PDG d'Orvalis a"
        " annoncé que « la solution, maintenant, c'est le covoiturage ».",
        "Théo Garnier",
    ),
    (
        "Nina Castel, présidente de la SNTR, a parlé lundi. La grève commence mardi. Selon le"
        " syndicat, les trains rouleront peu. Plus tard, le PDG de la SNTR a annoncé que « la"
        " solution, maintenant, c'est le covoiturage ».",
        "Nina Castel",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PDG)
def test_pdg_is_the_president(extract_text: Any, text: str, speaker: str) -> None:
    assert [s for s, _t in _quotes(extract_text, text)] == [speaker]


PDG_NOT = [
    # another body's president: no one, or the role phrase, never Théo Garnier
    "Théo Garnier, président du club de Blorin, a parlé lundi. La grève commence mardi. Selon le"
    " syndicat, les trains rouleront peu. Plus tard, le PDG de la société Orvalis a annoncé que"
    " « la solution, maintenant, c'est le covoiturage ».",
    "Théo Garnier, président de l'association Terre Vive, était présent. La grève commence"
    " mardi. Selon le syndicat, les trains rouleront peu. « Nous ferons rouler des cars », a"
    " précisé le PDG de la société Orvalis.",
]


@pytest.mark.parametrize("text", PDG_NOT)
def test_pdg_of_another_body(extract_text: Any, text: str) -> None:
    speakers = [s for s, _t in _quotes(extract_text, text)]
    assert speakers and "Théo Garnier" not in speakers


PDG_SAME = [
    # the president of that same body, named before
    (
        "Théo Garnier, président de la société Orvalis, a parlé lundi. La grève commence mardi."
        " Selon le syndicat, les trains rouleront peu. « Nous ferons rouler des cars », a"
        " précisé le PDG de la société Orvalis.",
        "Théo Garnier",
    ),
    # the PDG with no president named: the role phrase speaks
    (
        "La grève commence mardi. « Nous ferons rouler des cars », a précisé le PDG de la"
        " société Orvalis.",
        "le PDG de la société Orvalis",
    ),
    (
        "Théo Garnier, président du club, a parlé lundi. Le PDG de la société Orvalis a annoncé"
        " que « la solution, maintenant, c'est le covoiturage ».",
        "Le PDG de la société Orvalis",
    ),
    (
        "Théo Garnier, président du club de Blorin, a parlé lundi. Le PDG de la société de"
        " Vannes a annoncé que « la solution, maintenant, c'est le covoiturage ».",
        "Le PDG de la société de Vannes",
    ),
]


PDG_SAME += [
    # two presidents named: « le PDG » alone is unsure
    (
        "Théo Garnier, président du club de Blorin, et Nina Castel, présidente de la société"
        " Orvalis, ont signé l'accord. « Nous ferons rouler des cars », a précisé le PDG.",
        "le PDG",
    ),
    # the one president named, far before: « la PDG » is her, by the title's hypernym
    (
        "Nina Castel, présidente de la société Orvalis, a signé l'accord. La grève commence"
        " mardi. Selon le syndicat, les trains rouleront peu. « Nous ferons rouler des cars », a"
        " précisé la PDG.",
        "Nina Castel",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PDG_SAME)
def test_pdg_exact_speaker(extract_text: Any, text: str, speaker: str) -> None:
    assert [s for s, _t in _quotes(extract_text, text)] == [speaker]


# Family 3: « « … », reconnaît-elle » after two people joined in one subject.
PAIRED = [
    (
        "Sophie Lantier et Claire Bonnet ont visité le chantier. « C'est une belle victoire »,"
        " reconnaît-elle.",
        None,
    ),
    (
        "Paul Girard et Marc Delorme ont signé l'accord mardi. « Nous avons trouvé un terrain"
        " d'entente », explique-t-il.",
        None,
    ),
    (
        "Paul Girard ou Marc Delorme présidera la séance. « Le vote aura lieu jeudi »,"
        " précise-t-il.",
        None,
    ),
    (
        "Sophie Lantier et Paul Girard ont visité le chantier. « C'est une belle victoire »,"
        " reconnaît-elle.",
        "Sophie Lantier",
    ),
    (
        "Sophie Lantier et Paul Girard ont visité le chantier. « C'est une belle victoire »,"
        " reconnaît-il.",
        "Paul Girard",
    ),
    (
        "La ministre Claire Bonnet et le maire Paul Girard ont inauguré le pont. « C'est un grand"
        " jour », a-t-il déclaré.",
        "Paul Girard",
    ),
    (
        "Sophie Lantier a visité le chantier avec Claire Bonnet. « C'est une belle victoire »,"
        " reconnaît-elle.",
        "Sophie Lantier",
    ),
    (
        "Paul Girard a signé l'accord mardi. « Nous avons trouvé un terrain d'entente »,"
        " explique-t-il.",
        "Paul Girard",
    ),
    (
        "Paul Girard a visité le chantier. « C'est une belle victoire », reconnaît-elle.",
        None,
    ),
    (
        "Marc Delorme a rencontré Paul Girard mardi. « Nous n'abandonnerons pas », reconnaît-elle.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PAIRED)
def test_pronoun_after_two_people(extract_text: Any, text: str, speaker: str | None) -> None:
    assert [s for s, _t in _quotes(extract_text, text)] == [speaker]


# Family 4: a work or a body named in quote marks right after its noun is no speech.
NAMED = [
    "Paul Girard a lu le roman « Nous irons tous au bois » à la radio.",
    "Sophie Lantier a présenté le film « Les enfants ne mentent jamais » mardi à Blorin.",
    "Le collectif « Sauvons la gare de Blorin » a déposé un recours.",
    "L'association « Nous voulons un train » a organisé une marche dimanche.",
    "Claire Bonnet a signé la pétition « Non à la fermeture de la maternité » lundi.",
    "Marc Delorme publie l'essai « Il faut sauver les forêts du nord » chez Orvalis.",
    "La chaîne diffuse la série « Tout le monde ment à Blorin » depuis septembre.",
    "Le mouvement « Nous sommes le fleuve » réunit trois cents habitants.",
]


@pytest.mark.parametrize("text", NAMED)
def test_name_in_marks_is_no_quote(extract_text: Any, text: str) -> None:
    assert _quotes(extract_text, text) == []


SPOKEN = [
    (
        "Paul Girard, président de l'association « Les Amis du rail », a déclaré : « Nous irons"
        " jusqu'au tribunal. »",
        ("Paul Girard", "Nous irons jusqu'au tribunal."),
    ),
    (
        "Sophie Lantier a parlé de son roman. « Nous irons tous au bois », a-t-elle dit.",
        ("Sophie Lantier", "Nous irons tous au bois"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_speech_next_to_a_name_in_marks(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert _quotes(extract_text, text) == [expected]


# Family 5: a quote alone as a sentence right after « X a réagi. », « X a tenté de prévenir … ».
ANNOUNCED = [
    (
        "Paul Martin s'est exprimé mardi. « Nous ne céderons pas. Jamais. » Il a ensuite quitté"
        " la salle.",
        [("Paul Martin", "Nous ne céderons pas. Jamais.")],
    ),
    (
        "Romain Vasseur, un pilote présent sur les lieux, avait pourtant tenté de le prévenir."
        " « Ce n'était pas un bon endroit pour se placer. On lui a dit de partir. »",
        [
            (
                "Romain Vasseur",
                "Ce n'était pas un bon endroit pour se placer. On lui a dit de partir.",
            )
        ],
    ),
    (
        "Paul Martin a réagi mardi soir. « C'est une honte pour le club. »",
        [("Paul Martin", "C'est une honte pour le club.")],
    ),
    (
        "Le club a réagi mardi soir. « C'est une honte pour tout le monde. »",
        [("Le club", "C'est une honte pour tout le monde.")],
    ),
    # must not fire: a verb that announces no words, another paragraph, an incise of its own
    ("Paul Martin a quitté la salle. « C'est une honte pour le club. »", []),
    ("Paul Martin a réagi mardi soir.\n\n« C'est une honte pour le club. »", []),
    (
        "Paul Martin a réagi mardi soir. « C'est une honte pour le club », a déclaré Claire"
        " Bonnet.",
        [("Claire Bonnet", "C'est une honte pour le club")],
    ),
    ("Il a réagi mardi soir. « C'est une honte pour le club. »", []),
    (
        "Paul Martin a réagi au « scandale du siècle ». « C'est une honte pour le club. »",
        [],
    ),
    ("Paul Martin a signé le contrat. « Nous sommes très heureux de ce choix. »", []),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_quote_after_an_announcing_sentence(
    extract_text: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _quotes(extract_text, text) == expected


def test_announced_sentence_is_a_weak_clue(extract_text: Any) -> None:
    for text in ANNOUNCED[0][0], ANNOUNCED[3][0]:
        facts = [f.to_dict() for f in extract_text(TITLE + text) if f.type == "quote"]
        assert [f["confidence"] for f in facts] == [pytest.approx(0.6)]


# Family 6: a phrase quoted after « faire part de », « faire état de » (lexicon quote_phrase_idioms).
IDIOMS = [
    (
        "La ministre des Sports Claire Bonnet a fait part de sa « très vive émotion » sur les"
        " réseaux sociaux.",
        [("Claire Bonnet", "très vive émotion")],
    ),
    (
        "Le club a fait part de sa « profonde tristesse après le décès » dans un communiqué.",
        [("Le club", "profonde tristesse après le décès")],
    ),
    (
        "Paul Girard a fait part de sa « grande déception face au vote » lundi.",
        [("Paul Girard", "grande déception face au vote")],
    ),
    ("Paul Girard a fait part de sa décision au conseil mardi.", []),
    ("Paul Girard a fait la « une des journaux locaux » mardi.", []),
    ("Claire Bonnet a fait part de son « Grand Projet » aux élus.", []),
    ("Paul Girard a fait part de sa « colère » lundi.", []),
    ("Paul Girard a pris part à la « marche pour le climat » samedi.", []),
    ("Paul Girard a fait le « tour de la région » en vélo.", []),
    ("Claire Bonnet fait partie du « comité des sages de la ville » depuis mai.", []),
]


@pytest.mark.parametrize(("text", "expected"), IDIOMS)
def test_phrase_after_an_idiom_of_opinion(
    extract_text: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _quotes(extract_text, text) == expected


def test_a_weak_clue_stays_weak_for_a_body(extract_text: Any) -> None:
    text = "Le tribunal a condamné Paul Girard mardi. « C'est injuste », a-t-il réagi."
    facts = [f.to_dict() for f in extract_text(TITLE + text) if f.type == "quote"]
    assert [(f["speaker"], f["confidence"]) for f in facts] == [
        ("Le tribunal", pytest.approx(0.65))
    ]
