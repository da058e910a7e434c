"""Quotes said once, and bodies called by their kind. Invented sentences.

- A sentence whose quoted words already make a marked quote (« Cet « … » du pays, a-t-il
  ajouté ») is not reported a second time as unmarked speech.
- « Le journal », « le groupe »: the body of that kind the article named before (or in) the
  sentence, never one it names only later.
"""

from __future__ import annotations

from typing import Any

import pytest

_HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _quotes(extract_text: Any, body: str) -> list[tuple[Any, ...]]:
    facts = extract_text(_HEAD + body + "\n")
    return [(f.get("speaker"), f.get("text"), f.get("marked")) for f in facts if f.type == "quote"]


_SAID_ONCE = [
    (
        "La présidente du club, Claire Morel, a salué l'équipe. « Nous sommes très fiers », a-t-elle déclaré. Cette « victoire montre que le travail paie toujours : nos joueurs ont tout donné » cette saison, a-t-elle ajouté.",
        "victoire montre que le travail paie toujours : nos joueurs ont tout donné",
        "Claire Morel",
    ),
    (
        "Le directeur de l'usine, Marc Delorme, a annoncé la fermeture. « Nous n'avons pas le choix », a-t-il déclaré. Cette « décision difficile montre que le marché a changé : nos clients sont partis » en Asie, a-t-il ajouté.",
        "décision difficile montre que le marché a changé : nos clients sont partis",
        "Marc Delorme",
    ),
    (
        "La ministre de la Mer, Léa Vasseur, a visité le port. « Le port doit grandir », a-t-elle déclaré. Ce « chantier immense prouve que nous avançons vite : les quais seront prêts » avant l'été, a-t-elle ajouté.",
        "chantier immense prouve que nous avançons vite : les quais seront prêts",
        "Léa Vasseur",
    ),
    (
        "Le procureur de Lorvan, Hugo Marchal, a ouvert une enquête. « Les faits sont graves », a-t-il déclaré. Cette « affaire rappelle ce que nous savons déjà : les réseaux criminels sont organisés » dans la région, a-t-il ajouté.",
        "affaire rappelle ce que nous savons déjà : les réseaux criminels sont organisés",
        "Hugo Marchal",
    ),
    (
        "Le président du syndicat, Paul Girardin, a appelé à la grève. « Nous irons jusqu'au bout », a-t-il déclaré. Ce « mouvement montre que les salariés sont en colère : ils veulent être entendus » partout, a-t-il ajouté.",
        "mouvement montre que les salariés sont en colère : ils veulent être entendus",
        "Paul Girardin",
    ),
    (
        "L'entraîneur du club, Yves Bertin, a commenté le match. « Nous avons bien joué », a-t-il déclaré. Ce « résultat prouve que le groupe est solide : chacun a fait son travail » ce soir, a-t-il ajouté.",
        "résultat prouve que le groupe est solide : chacun a fait son travail",
        "Yves Bertin",
    ),
    (
        "La directrice de l'école, Anne Perrot, a accueilli les élèves. « Tout est prêt », a-t-elle déclaré. Cette « rentrée montre que les familles nous font confiance : les classes sont pleines » cette année, a-t-elle ajouté.",
        "rentrée montre que les familles nous font confiance : les classes sont pleines",
        "Anne Perrot",
    ),
    (
        "Le ministre des Sports, Paul Lenoir, a présenté le plan. « Le sport est une priorité », a-t-il déclaré. Ce « plan ambitieux montre que nous croyons au sport : chaque ville aura un stade » dans dix ans, a-t-il ajouté.",
        "plan ambitieux montre que nous croyons au sport : chaque ville aura un stade",
        "Paul Lenoir",
    ),
    (
        "Le chef des pompiers, Luc Ferrand, a décrit l'incendie. « Le feu est maîtrisé », a-t-il déclaré. Cet « incendie violent rappelle que la forêt est sèche : la prudence reste de mise » cet été, a-t-il ajouté.",
        "incendie violent rappelle que la forêt est sèche : la prudence reste de mise",
        "Luc Ferrand",
    ),
]


@pytest.mark.parametrize(("body", "text", "speaker"), _SAID_ONCE)
def test_a_marked_quote_is_not_also_unmarked(
    extract_text: Any, body: str, text: str, speaker: str
) -> None:
    quotes = _quotes(extract_text, body)
    assert (speaker, text, True) in quotes
    assert not [q for q in quotes if not q[2]]


_STILL_UNMARKED = [
    (
        "Le centre a été fermé mardi, a annoncé le ministre Paul Lenoir.",
        "Le centre a été fermé mardi",
        "Paul Lenoir",
    ),
    (
        "La ministre Claire Morel a visité le port. « Le port va grandir », a-t-elle déclaré. "
        "Les quais seront prêts en juin, a précisé Claire Morel.",
        "Les quais seront prêts en juin",
        "Claire Morel",
    ),
    (
        "Le ministre Paul Lenoir a visité le port. « Le chantier avance », a-t-il déclaré. Les travaux seront finis en mai, a-t-il ajouté.",
        "Les travaux seront finis en mai",
        "Paul Lenoir",
    ),
    (
        "Le maire Jean Collet a inauguré le pont. Les travaux ont coûté deux millions d'euros, a précisé Jean Collet.",
        "Les travaux ont coûté deux millions d'euros",
        "Jean Collet",
    ),
]


@pytest.mark.parametrize(("body", "text", "speaker"), _STILL_UNMARKED)
def test_unmarked_speech_without_a_marked_quote_stays(
    extract_text: Any, body: str, text: str, speaker: str
) -> None:
    assert (speaker, text, False) in _quotes(extract_text, body)


_ECHO = (
    "Pour L'Écho, il s'agit d'une intrusion que le journal estime grave. "
    "Pour le journal Le Matin, ce blocage est intolérable. "
    "Le quotidien a ensuite publié un éditorial."
)


@pytest.mark.parametrize(
    ("speaker", "text", "sentence", "expected"),
    [
        ("le journal", _ECHO, "Pour L'Écho, il s'agit", None),  # Le Matin comes later
        ("le journal", _ECHO, "Pour le journal Le Matin", "Le Matin"),  # named in the sentence
        ("le quotidien", _ECHO, "Le quotidien a ensuite", None),  # no « quotidien X »
        (
            "le groupe",
            "Le groupe minier Orbex a fermé un site. Le groupe a confirmé la date.",
            "Le groupe a confirmé",
            "Orbex",
        ),
        (
            "le groupe",
            "Le groupe a confirmé la date. Le groupe minier Orbex a fermé un site.",
            "Le groupe a confirmé",
            None,
        ),
        (
            "la compagnie",
            "La compagnie a annulé ses vols. Plus tard, la compagnie Air Lumière a été vendue.",
            "La compagnie a annulé",
            None,
        ),
        (
            "la compagnie",
            "Air Lumière a annulé ses vols. Plus tard, la compagnie Air Lumière a été vendue.",
            "Plus tard",
            "Air Lumière",
        ),
        (
            "la compagnie",
            "Air Lumière a annulé ses vols. La compagnie a confirmé. La compagnie Air Lumière "
            "sera vendue.",
            "La compagnie a confirmé",
            "Air Lumière",  # named alone before: the same body
        ),
        (
            "le club",
            "Le club Valbonne FC a gagné. Le club a remercié ses supporters.",
            "Le club a remercié",
            "Valbonne FC",
        ),
        (
            "le syndicat",
            "Le syndicat a appelé à la grève. Le syndicat Force Marine a démenti.",
            "Le syndicat a appelé",
            None,
        ),
    ],
)
def test_a_body_kind_points_back(
    speaker: str, text: str, sentence: str, expected: str | None
) -> None:
    from generators.extract.body_kinds import named_body

    start = text.index(sentence)
    end = text.index(".", start) + 1
    assert named_body(speaker, text, start, end) == expected


def test_a_body_kind_without_a_sentence_is_any_named_one() -> None:
    from generators.extract.body_kinds import named_body

    text = "Le groupe a confirmé la date. Le groupe minier Orbex a fermé un site."
    assert named_body("le groupe", text) == "Orbex"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pour L'Écho, il s'agit d'une « intrusion scandaleuse dans les contenus » que le "
            "journal estime comme « une atteinte grave à la liberté de la presse ». Pour le "
            "journal Le Matin, ce blocage est « intolérable ».",
            ("le journal", "une atteinte grave à la liberté de la presse", True),
        ),
        (
            "Le journal Le Matin a publié une enquête. « Nous ne céderons pas aux pressions du "
            "syndicat », a écrit le journal.",
            ("Le Matin", "Nous ne céderons pas aux pressions du syndicat", True),
        ),
    ],
)
def test_a_quote_of_the_journal(extract_text: Any, body: str, expected: tuple[Any, ...]) -> None:
    assert expected in _quotes(extract_text, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Selon les habitants, la police a tiré « sans la moindre sommation ».",
            ("les habitants", "sans la moindre sommation", True),
        ),
        (
            "Selon les dix délégués, « la réforme est une provocation pour tous les salariés ».",
            ("les dix délégués", "la réforme est une provocation pour tous les salariés", True),
        ),
        (
            "D'après les enquêteurs, « le suspect préparait son attaque depuis plusieurs mois ».",
            ("les enquêteurs", "le suspect préparait son attaque depuis plusieurs mois", True),
        ),
        (
            "Pour les grévistes, « le gouvernement ne nous écoute jamais ».",
            ("les grévistes", "le gouvernement ne nous écoute jamais", True),
        ),
        (
            "Selon plusieurs médecins de l'hôpital, « la situation est devenue intenable depuis "
            "l'été ».",
            (
                "plusieurs médecins de l'hôpital",
                "la situation est devenue intenable depuis l'été",
                True,
            ),
        ),
        (
            "Selon les trois avocats de la famille, « cette décision est une victoire pour la "
            "justice ».",
            (
                "les trois avocats de la famille",
                "cette décision est une victoire pour la justice",
                True,
            ),
        ),
        (
            "Pour les élus de l'opposition, ce budget est « une faute historique ».",
            ("les élus de l'opposition", "une faute historique", True),
        ),
        (  # session 29: one person no one names speaks as written (the gold names it so)
            "Selon un témoin, « le conducteur roulait beaucoup trop vite ».",
            ("un témoin", "le conducteur roulait beaucoup trop vite", True),
        ),
    ],
)
def test_a_crowd_source_speaks(extract_text: Any, body: str, expected: tuple[Any, ...]) -> None:
    assert _quotes(extract_text, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Selon les médias locaux, « environ 54 enfants ont été hospitalisés ».",  # not people
        "Selon les experts, la croissance sera de 1,5 % cette année.",  # no marked quote
    ],
)
def test_no_crowd_source(extract_text: Any, body: str) -> None:
    assert [q for q in _quotes(extract_text, body) if q[0]] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "La réforme a été qualifiée de « provocation inacceptable et dangereuse » par le "
            "syndicat Force Marine.",
            ("le syndicat Force Marine", "provocation inacceptable et dangereuse", True),
        ),
        (
            "La réforme a été qualifiée de « provocation inacceptable et dangereuse » par Paul "
            "Lenoir.",
            ("Paul Lenoir", "provocation inacceptable et dangereuse", True),
        ),
        (
            "Le projet est jugé « totalement irréaliste et dangereux » par les experts du "
            "ministère.",
            ("les experts du ministère", "totalement irréaliste et dangereux", True),
        ),
        (
            "Le maire a été décrit comme un « homme de dialogue et de conviction » par Claire "
            "Morel.",
            ("Claire Morel", "homme de dialogue et de conviction", True),
        ),
        (
            "La décision a été dénoncée comme une « atteinte grave aux libertés » par "
            "l'association Vigie Citoyenne.",
            ("l'association Vigie Citoyenne", "atteinte grave aux libertés", True),
        ),
        (
            "Le budget, considéré comme « une faute historique » par les élus de l'opposition, "
            "a été adopté.",
            ("les élus de l'opposition", "une faute historique", True),
        ),
        (
            "Qualifié de journal qui « s'est couché » par le directeur du Matin, Paul Lenoir, "
            "L'Écho s'est défendu.",
            ("Paul Lenoir", "s'est couché", True),
        ),
        (
            "Ces déclarations ont été identifiées par le gouvernement de Lorvanie comme le "
            "résultat d'un « crime cybernétique sans vergogne ».",
            ("le gouvernement de Lorvanie", "crime cybernétique sans vergogne", True),
        ),
        (
            "La loi a été présentée comme « un progrès pour tous les salariés » par le "
            "gouvernement.",
            ("le gouvernement", "un progrès pour tous les salariés", True),
        ),
        (
            "Paul Lenoir a qualifié la réforme de « provocation inacceptable et dangereuse ».",
            ("Paul Lenoir", "provocation inacceptable et dangereuse", True),  # active: unchanged
        ),
        (
            "La réforme a été qualifiée de « provocation inacceptable et dangereuse », a déclaré "
            "Paul Lenoir.",
            ("Paul Lenoir", "provocation inacceptable et dangereuse", True),  # the incise tells
        ),
    ],
)
def test_the_passive_agent_speaks(extract_text: Any, body: str, expected: tuple[Any, ...]) -> None:
    assert _quotes(extract_text, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "La réforme a été adoptée par le Parlement malgré une « opposition très vive ».",
        "Le livre, intitulé « la mer en hiver », a été écrit par Claire Morel.",
        "Le boxeur, surnommé « le taureau de Lorvan » par la presse, a gagné.",
        "La réforme a été qualifiée de « provocation » par le syndicat.",  # one word
        "Le pont a été construit « en un temps record » par l'entreprise Ferlux.",
    ],
)
def test_no_passive_agent(extract_text: Any, body: str) -> None:
    assert [q for q in _quotes(extract_text, body) if q[0]] == []


@pytest.mark.parametrize(
    "body",
    [
        "Le maire a été décrit comme un « homme de dialogue et de conviction ».",
        "La directrice a été présentée comme une « gestionnaire hors pair et exigeante ».",
        "L'entraîneur a été qualifié de « véritable magicien du ballon ».",
        "Le texte est considéré comme « une avancée historique pour les femmes ».",
        "Le ministre a été accusé de « mentir aux députés depuis des mois ».",
        "Paul Lenoir a été décrit comme un « homme discret et travailleur ».",
        "La réforme est jugée « trop lente et trop timide ».",
        "Claire Morel a été désignée comme « la meilleure joueuse du tournoi ».",
        "Le projet a été critiqué comme « un gaspillage d'argent public ».",
        "Le club a été salué comme « un modèle de gestion pour la région ».",
    ],
)
def test_the_described_subject_is_not_the_speaker(extract_text: Any, body: str) -> None:
    assert [q[0] for q in _quotes(extract_text, body)] in ([], [None])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le plan est jugé « trop coûteux et injuste » selon Paul Lenoir.",
            ("Paul Lenoir", "trop coûteux et injuste", True),
        ),
    ],
)
def test_a_source_after_the_passive_speaks(
    extract_text: Any, body: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _quotes(extract_text, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le député Paul Lenoir a visité l'église. Ce dernier en appelle au préfet « pour "
            "sauvegarder ce lieu de culte ».",
            ("Paul Lenoir", "pour sauvegarder ce lieu de culte", True),
        ),
        (
            "Le député Paul Lenoir a visité l'église. Ce dernier a dénoncé un « abandon "
            "scandaleux du patrimoine ».",
            ("Paul Lenoir", "abandon scandaleux du patrimoine", True),
        ),
        (
            "La députée Claire Morel a écrit au maire Jean Collet. Ce dernier a dénoncé un "
            "« abandon scandaleux du patrimoine ».",
            ("Jean Collet", "abandon scandaleux du patrimoine", True),
        ),
        (
            "Le maire Jean Collet a écrit à la députée Claire Morel. Cette dernière a dénoncé "
            "un « abandon scandaleux du patrimoine ».",
            ("Claire Morel", "abandon scandaleux du patrimoine", True),
        ),
        (
            "Jean Collet a rencontré Paul Lenoir. Ce dernier a déclaré : « Nous avons beaucoup "
            "parlé du port. »",
            ("Paul Lenoir", "Nous avons beaucoup parlé du port.", True),
        ),
        (
            "Claire Morel a rencontré Paul Lenoir. Cette dernière a déclaré : « Nous avons "
            "beaucoup parlé du port. »",
            ("Claire Morel", "Nous avons beaucoup parlé du port.", True),
        ),
    ],
)
def test_ce_dernier_is_the_person_named_last(
    extract_text: Any, body: str, expected: tuple[Any, ...]
) -> None:
    assert _quotes(extract_text, body) == [expected]


def test_ce_dernier_is_a_weak_clue(extract_text: Any) -> None:
    body = (
        "La députée Claire Morel a écrit au maire Jean Collet. Ce dernier a dénoncé un "
        "« abandon scandaleux du patrimoine »."
    )
    facts = [f for f in extract_text(_HEAD + body + "\n") if f.type == "quote"]
    assert [f.get("confidence") for f in facts] == [0.65]


@pytest.mark.parametrize(
    "body",
    [
        "Paul Lenoir a visité le port. Ce dernier a été qualifié d'« abandon scandaleux du "
        "patrimoine ».",  # the port
        "Paul Lenoir a visité le port. Ce dernier est « dans un état lamentable et dangereux ».",
        "Le ministre a rencontré le maire. Ce dernier a dénoncé un « abandon scandaleux du "
        "patrimoine ».",  # no one named
        "Claire Morel a visité le port. Ce dernier a dénoncé un « abandon scandaleux du "
        "patrimoine ».",  # no man named
    ],
)
def test_ce_dernier_not_a_person(extract_text: Any, body: str) -> None:
    assert [q for q in _quotes(extract_text, body) if q[0]] == []


def test_ce_dernier_past_a_bare_title(extract_text: Any) -> None:
    body = (
        "D'autres élus comme Jean Collet, maire de Valbonne, et Paul Lenoir, député LR, tentaient "
        "de faire barrage. Ce dernier en appelle au préfet « pour sauvegarder ce lieu de culte »."
    )
    assert _quotes(extract_text, body) == [
        ("Paul Lenoir", "pour sauvegarder ce lieu de culte", True)
    ]


def test_no_crowd_source_past_a_name(extract_text: Any) -> None:
    body = "Selon les analystes de la banque Ferlux, « les taux vont encore monter cette année »."
    assert [q for q in _quotes(extract_text, body) if q[0]] == []


def test_a_possessive_crowd_source_is_written_as_the_article_says(extract_text: Any) -> None:
    # Session 26: blind gold labels « selon ses proches » with that speaker (whose, the sentence
    # tells); it speaks as a crowd, at a crowd's low confidence.
    body = "Selon ses partisans, « le maire est victime d'une cabale politique »."
    assert _quotes(extract_text, body) == [
        ("ses partisans", "le maire est victime d'une cabale politique", True)
    ]
