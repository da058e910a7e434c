"""Session 23, quotes whose speaker is a body, a text or people no one names, on invented sentences.

1. A text as the subject of a speech verb speaks for its owner (« « … », a déclaré un communiqué du
   syndicat des cheminots », « Un rapport de l'inspection générale assurait que « … » »).
2. People no one names, subject of a speech verb, speak as written (« L'un des manifestants
   présents précise que « … » », « Les dix délégués exigent « … » »), with a low confidence; one
   anonymous person (« un témoin ») stays unnamed.
3. A short phrase (two words) quoted after a verb or phrase of expression is its subject's
   (« X a fait part de sa « profonde tristesse » »); names, titles and scare quotes in narration
   are no quotes.
"""

from __future__ import annotations

from typing import Any

import pytest

_HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _quotes(extract_text: Any, text: str) -> list[tuple[Any, ...]]:
    facts = extract_text(_HEAD + text + "\n")
    return [(f.get("speaker"), f.get("text")) for f in facts if f.type == "quote"]


def _confidences(extract_text: Any, text: str) -> list[float]:
    facts = extract_text(_HEAD + text + "\n")
    return [f.get("confidence") for f in facts if f.type == "quote"]


_PLAN = "Nous refusons ce plan de fermeture"
_CONTROL = "le contrôle n'était pas suffisant"
_RIVER = "la rivière est en danger depuis des années"


# --- 1. a text speaks for its owner ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"« {_PLAN} », a déclaré un communiqué du syndicat des cheminots.",
            [("le syndicat des cheminots", _PLAN)],
        ),
        (
            f"Un rapport de l'inspection générale, publié mardi, assurait que « {_CONTROL} ».",
            [("l'inspection générale", _CONTROL)],
        ),
        (
            "« Les travaux reprendront lundi », indique un communiqué de la mairie de Vossberg.",
            [("la mairie de Vossberg", "Les travaux reprendront lundi")],
        ),
        (
            "La lettre du collectif Terre Bleue affirme que « ces familles doivent être protégées ».",
            [("le collectif Terre Bleue", "ces familles doivent être protégées")],
        ),
        (
            "« Le barrage tiendra encore dix ans », précise un rapport de l'agence Hydrolis.",
            [("l'agence Hydrolis", "Le barrage tiendra encore dix ans")],
        ),
        (
            f"Un communiqué de Marc Dulac affirme que « {_RIVER} ».",
            [("Marc Dulac", _RIVER)],
        ),
        (
            "« Nous serons présents au rendez-vous », a confirmé une lettre de la fédération de "
            "rugby.",
            [("la fédération de rugby", "Nous serons présents au rendez-vous")],
        ),
        (
            "L'association Terre Bleue a publié mardi un communiqué. « Nous refusons ce plan de "
            "fermeture », précise le communiqué.",
            [("L'association Terre Bleue", "Nous refusons ce plan de fermeture")],
        ),
        (
            "Le syndicat Force Unie a diffusé une lettre aux salariés. « La direction n'a rien "
            "proposé de sérieux », affirme la lettre.",
            [("Le syndicat Force Unie", "La direction n'a rien proposé de sérieux")],
        ),
        (
            "Le pont sera fermé lundi, a confirmé un rapport de l'agence Hydrolis.",
            [("l'agence Hydrolis", "Le pont sera fermé lundi")],
        ),
        # must not fire: a text with no owner, an owner that is no body, a text received, a
        # text of two owners (not the first alone)
        (
            "Le pont sera fermé lundi, ont confirmé des rapports de l'agence Hydrolis et de la "
            "mairie de Vossberg.",
            [],
        ),
        (
            "Marc Dulac a reçu une lettre mardi. « Votre demande a été rejetée », précise la "
            "lettre.",
            [(None, "Votre demande a été rejetée")],
        ),
        ("Le texte de loi prévoit que « chaque commune dispose d'un plan de secours ».", []),
        (
            "« La rivière est en danger depuis des années », a déclaré un communiqué.",
            [(None, "La rivière est en danger depuis des années")],
        ),
        (
            "Un message publié sur le site affirme que « les travaux sont terminés depuis hier ».",
            [(None, "les travaux sont terminés depuis hier")],
        ),
    ],
)
def test_a_text_speaks_for_its_owner(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _quotes(extract_text, text) == expected


# --- 2. people no one names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'un des manifestants présents précise que « le cortège restera pacifique jusqu'au "
            "soir ».",
            [("L'un des manifestants présents", "le cortège restera pacifique jusqu'au soir")],
        ),
        (
            "Les dix délégués exigent « de manière immédiate et sans condition » le retrait du "
            "texte.",
            [("Les dix délégués", "de manière immédiate et sans condition")],
        ),
        (
            "« Nous ne partirons pas d'ici », ont affirmé les grévistes.",
            [("les grévistes", "Nous ne partirons pas d'ici")],
        ),
        (
            "L'une des infirmières a raconté : « Nous avons travaillé toute la nuit sans pause. »",
            [("L'une des infirmières", "Nous avons travaillé toute la nuit sans pause.")],
        ),
        (
            "Les habitants du quartier ont déclaré que « la rue était inondée depuis trois jours ».",
            [("Les habitants du quartier", "la rue était inondée depuis trois jours")],
        ),
        (
            "« La rue était inondée depuis trois jours », a précisé l'un des pompiers.",
            [("l'un des pompiers", "La rue était inondée depuis trois jours")],
        ),
        (
            "Les trois syndicalistes affirment que « la direction n'a rien proposé de sérieux ».",
            [("Les trois syndicalistes", "la direction n'a rien proposé de sérieux")],
        ),
        (
            "Plusieurs enseignants ont dénoncé « une réforme décidée sans aucune concertation ».",
            [("Plusieurs enseignants", "une réforme décidée sans aucune concertation")],
        ),
        (
            "Les membres se sont engagés à « agir ensemble pour la rivière et ses habitants ».",
            [("Les membres", "agir ensemble pour la rivière et ses habitants")],
        ),
        # must not fire: one anonymous person, a pronoun, a possessive, a named group, no speech
        (
            "Un témoin a expliqué que « la voiture roulait beaucoup trop vite ».",
            [(None, "la voiture roulait beaucoup trop vite")],
        ),
        (
            "« Nous voulons la vérité », a déclaré le témoin.",
            [(None, "Nous voulons la vérité")],
        ),
        (
            "L'une d'entre elles a raconté : « Nous avons eu très peur cette nuit-là. »",
            [(None, "Nous avons eu très peur cette nuit-là.")],
        ),
        (
            "Ses partisans affirment que « le scrutin a été truqué dans trois bureaux ».",
            [(None, "le scrutin a été truqué dans trois bureaux")],
        ),
        (
            "Marc et Léa Dulac, les parents de la victime, ont déclaré : « Nous voulons la vérité. »",
            [("Marc et Léa Dulac", "Nous voulons la vérité.")],
        ),
        ("Les manifestants ont brandi des pancartes « Non à la fermeture de l'usine ».", []),
    ],
)
def test_people_no_one_names_speak_as_written(
    extract_text: Any, text: str, expected: list[Any]
) -> None:
    assert _quotes(extract_text, text) == expected


def test_people_no_one_names_are_a_weak_clue(extract_text: Any) -> None:
    crowd = _confidences(
        extract_text, "« Nous ne partirons pas d'ici », ont affirmé les grévistes."
    )
    body = _confidences(extract_text, "« Nous ne partirons pas d'ici », a affirmé la préfecture.")
    assert crowd == [0.6]
    assert body[0] > crowd[0]


# --- 3. a short phrase after a verb or phrase of expression ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marc Dulac a fait part de sa « profonde tristesse » après l'accident.",
            [("Marc Dulac", "profonde tristesse")],
        ),
        (
            "La police évoquait, sur son compte officiel, de « très nombreuses victimes » dans la "
            "soirée.",
            [("La police", "très nombreuses victimes")],
        ),
        (
            "Les autorités ont par la suite confirmé qu'il s'agissait d'un « acte criminel ».",
            [("Les autorités", "acte criminel")],
        ),
        (
            "Le parquet pensait que le suspect aurait peut-être « des complices » dans la ville.",
            [("Le parquet", "des complices")],
        ),
        (
            "La mairie avait mis en garde les habitants en prévenant qu'il pourrait y avoir des "
            "« coupures prolongées ».",
            [("La mairie", "coupures prolongées")],
        ),
        (
            "Léa Morel fait état d'une « situation critique » dans le service.",
            [("Léa Morel", "situation critique")],
        ),
        (
            "L'agence Hydrolis croyait alors que la digue était « hors de danger ».",
            [("L'agence Hydrolis", "hors de danger")],
        ),
        (
            "Critiqué par le directeur du journal, Marc Dulac, le quotidien Le Vossberg s'est "
            "défendu en précisant qu'il publiait « bien volontiers » ces tribunes.",
            [("le quotidien Le Vossberg", "bien volontiers")],
        ),
        (
            "Un expert auprès du Courrier de Vossberg affirme que « la digue ne tiendra pas un "
            "hiver de plus ».",
            [
                (
                    "Un expert auprès du Courrier de Vossberg",
                    "la digue ne tiendra pas un hiver de plus",
                )
            ],
        ),
        (
            "Pour le journal Le Courrier, ce blocage est « intolérable » et la direction doit "
            "réagir.",
            [("le journal Le Courrier", "intolérable")],
        ),
        (
            "Selon la préfecture, la situation est « préoccupante » dans le quartier.",
            [("la préfecture", "préoccupante")],
        ),
        (
            "Les délégués se sont engagés à « agir de concert ».",
            [("Les délégués", "agir de concert")],
        ),
        # must not fire: names, titles, scare quotes on one noun in narration
        ("La mairie a engagé des « travaux de grande ampleur » dans le quartier.", []),
        ("Le club s'engage à « rembourser » les supporters.", []),
        (
            "Le pacte fut signé le 3 mai entre la Belgique, le Danemark, la Suède et la Norvège, "
            "qui s'étaient engagés à « bâtir une union durable entre les peuples ».",
            [],
        ),
        ("Selon la carte, le chemin est « escarpé » par endroits.", []),
        ("Pour Noël, la place est « illuminée » chaque soir.", []),
        ("Le pont est « fermé » aux camions.", []),
        ("Le maire a visité l'usine « Ferlux » dans la soirée.", []),
        ("Les « casseurs » ont été interpellés dans la nuit.", []),
        ("Le ministre a salué le « courage » des pompiers.", []),
        ("Marc Dulac a lu le livre « Vents contraires » pendant l'été.", []),
        ("Marc Dulac a évoqué le « plan Orsec » devant les élus.", []),
        ("Marc Dulac a loué un « appartement de standing » en ville.", []),
        ("Marc Dulac pense souvent à ses « vieux amis ».", []),
        (
            "La police a interpellé, sur la place centrale, des « casseurs » venus de la ville "
            "voisine.",
            [],
        ),
        (
            "Le journal a publié, dans son édition du soir, un « dossier spécial » sur la rivière.",
            [],
        ),
    ],
)
def test_a_short_phrase_of_expression_is_its_subjects(
    extract_text: Any, text: str, expected: list[Any]
) -> None:
    assert _quotes(extract_text, text) == expected
