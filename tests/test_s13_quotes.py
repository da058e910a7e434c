"""Quote speakers on invented news sentences (issue 14, session 13): sources that are bodies or
roles, phrases quoted in a sentence that opens on « selon X », verbs of an incise, quotes read
together, and the must-not-fire cases of each."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]


Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in _quotes(extract_text, text)]


# « Selon X, … « … » »: a body named after « selon » (past a description, inside quote marks), a
# role, or a person with an apposition; a lower-case phrase of the sentence is X's words. Not for
# « pour » + a name that is no source (« Pour Noël »), nor for plural anonymous sources.
SOURCES: list[Case] = [
    (
        "Selon le fournisseur Lorvan Télécom, l'opération « visait à protéger les réseaux des élèves ».",
        [("Lorvan Télécom", "visait à protéger")],
    ),
    (
        "À 10 h, selon Météo-Lorvan, « la tempête poursuit sa route vers l'est du pays ».",
        [("Météo-Lorvan", "la tempête poursuit")],
    ),
    (
        "Selon « Le Courrier », « les filles de Paul Girard n'ont jamais été présentes à la mairie ».",
        [("Le Courrier", "les filles de")],
    ),
    (
        "Selon Paul Girard, du conseil régional, les « règles du marché continuent de peser sur les prix ».",
        [("Paul Girard", "règles du marché")],
    ),
    (
        "Selon Paul Girard, cette réforme est « un grand pas ».",
        [("Paul Girard", "un grand pas")],
    ),
    (
        "Selon le journal Le Soir, le « plan de relance » est prêt.",
        [("le journal Le Soir", "plan de relance")],  # a body as the text names it
    ),
    ("Pour Noël, la « grande parade » traverse la ville.", []),
    ("Pour la première fois, le « petit train » a roulé jusqu'à la mer.", []),
    ("Selon la carte, le « chemin des douaniers » longe la côte.", []),
    (
        "Selon les analystes de la banque Crédit Vermeil, « les taux vont encore monter cette année ».",
        [],
    ),
    ("Il a reçu le prix pour « Les hommes qui marchent ».", []),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_speakers(extract_text: Any, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(extract_text, text) == expected


# Verbs that attribute only in an incise after the closing mark (« se défend », « complète »),
# with a filler between verb and subject (« pour sa part », « de son côté »); never outside.
INCISES: list[Case] = [
    (
        "Le maire Paul Girard est venu. « Nous ferons en sorte que tout le monde puisse venir », s'est défendu Paul Girard devant la presse.",
        [("Paul Girard", "Nous ferons en")],
    ),
    (
        "La ministre Claire Vidal était à Lyon. « Nous ferons en sorte que tout le monde puisse venir », complète pour sa part la ministre.",
        [("Claire Vidal", "Nous ferons en")],
    ),
    (
        "« Les travaux seront finis en mai », se défend le cabinet du maire.",
        [("le cabinet du maire", "Les travaux seront")],
    ),
    ("« Les travaux seront finis en mai », sourit Anne Roy.", [("Anne Roy", "Les travaux seront")]),
    (
        "Paul Roy est venu. « Les travaux seront finis en mai », a-t-il ajouté de son côté.",
        [("Paul Roy", "Les travaux seront")],
    ),
    (
        "« Le chantier a pris du retard », révèle la directrice Inès Morel.",
        [("Inès Morel", "Le chantier a")],
    ),
    (
        "« Rien n'a été caché aux parents », justifie la rectrice Anne Roy.",
        [("Anne Roy", "Rien n'a été")],
    ),
    ("Le club a publié « Nos valeurs », défendu par Paul Girard.", []),
    ("Le ministre défend le projet de loi devant les députés.", []),
    ("Le dossier est « complète », selon la mairie.", []),
]

# « le ministre » is the one person whose role opens on that title (« l'actuel ministre de X »),
# not the « Premier ministre »; « « A. » « B », a répondu X »: A is X's too.
ROLES: list[Case] = [
    (
        "Paul Roy, l'actuel ministre de l'Intérieur, est venu. Le Premier ministre Luc Blanc l'a reçu. « Je me souviens avoir pris des stagiaires », a répondu le ministre en marge d'un déplacement.",
        [("Paul Roy", "Je me souviens")],
    ),
    (
        "Le ministre de la Santé Anne Roy et le Premier ministre Luc Blanc sont venus. « Les hôpitaux recruteront cet été », a précisé la ministre.",
        [("Anne Roy", "Les hôpitaux recruteront")],
    ),
    (
        "Le ministre Paul Roy était à Lyon. « Bien sûr, mes enfants ont travaillé avec moi l'été. » « Je me souviens avoir pris aussi des stagiaires », a répondu le ministre.",
        [("Paul Roy", "Bien sûr, mes"), ("Paul Roy", "Je me souviens")],
    ),
    (
        "« Nous irons jusqu'au bout. » Puis il se tait. « Je ne dirai rien de plus », a répondu Paul Roy.",
        [("Paul Roy", "Je ne dirai")],
    ),
    (
        "« Le vote aura lieu lundi. »\n\n« Je ne dirai rien de plus », a répondu Paul Roy.",
        [("Paul Roy", "Je ne dirai")],
    ),
    (
        "« La ville a trouvé les fonds », « les écoles rouvriront en mai », a ajouté la préfète Anne Vidal.",
        [("Anne Vidal", "La ville a"), ("Anne Vidal", "les écoles rouvriront")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCISES + ROLES)
def test_incises_and_roles(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


def test_an_adjacent_quote_is_less_sure_than_a_named_one(extract_text: Any) -> None:
    text = "« Bien sûr, nous avons voté le texte. » « Il faut aller vite », a répondu Paul Roy."
    first, second = _quotes(extract_text, text)
    assert first["speaker"] == second["speaker"] == "Paul Roy"
    assert first["confidence"] < second["confidence"]


# « « … », explique-t-il » after « Selon X, Y devrait … »: X is who the paragraph quotes (Y is
# only talked about), gender permitting; of the other gender, no one.
PRONOUNS: list[Case] = [
    (
        "Selon le maire de Lorvan, Paul Girard, Marie Dupont devrait présider elle-même la séance. « C'est quelque chose qu'elle pourrait faire avec talent » explique-t-il.",
        [("Paul Girard", "C'est quelque chose")],
    ),
    (
        "Selon la maire de Lorvan, Anne Roy, Paul Girard devrait présider la séance. « Il le fera très bien », estime-t-elle.",
        [("Anne Roy", "Il le fera")],
    ),
    (
        "Selon Paul Girard, Marie Dupont devrait présider la séance. « Elle le fera très bien », estime-t-il.",
        [("Paul Girard", "Marie Dupont devrait"), ("Paul Girard", "Elle le fera")],
    ),
    (
        "D'après Paul Girard, la ville devrait gagner mille habitants. « Les écoles sont pleines », souligne-t-il.",
        [("Paul Girard", "la ville devrait"), ("Paul Girard", "Les écoles sont")],
    ),
    (
        "Selon Paul Girard, Marie Dupont devrait présider la séance. « Je suis prête », a-t-elle répondu.",
        [("Paul Girard", "Marie Dupont devrait"), (None, "Je suis prête")],
    ),
    (
        "Selon Paul Girard, la ville devrait gagner mille habitants. « Les écoles sont pleines », souligne-t-elle.",
        [("Paul Girard", "la ville devrait"), (None, "Les écoles sont")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronouns_after_a_source(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


# A phrase quoted in the complement clause of a speech verb: the speech verb's subject reports
# it (« X a révélé que Y a demandé « … » » is X's words); an unnamed spokesperson is the phrase;
# an anonymous witness gives no speaker.
REPORTED: list[Case] = [
    (
        "Le porte-parole de la mairie, Paul Roy, a révélé que Luc Blanc a demandé « l'autorisation d'observer les opérations. Cette autorisation lui a été donnée » et qu'il a été sanctionné.",
        [("Paul Roy", "l'autorisation d'observer les")],
    ),
    (
        "Paul Roy a annoncé que Luc Blanc a dénoncé une « décision prise dans le dos des habitants ».",
        [("Paul Roy", "décision prise dans")],
    ),
    (
        "Luc Blanc a demandé « l'autorisation d'observer les opérations de police ».",
        [("Luc Blanc", "l'autorisation d'observer les")],
    ),
    (
        "Luc Blanc a dénoncé une « décision prise dans le dos des habitants ».",
        [("Luc Blanc", "décision prise dans")],
    ),
    (
        "Un porte-parole de l'entreprise Lorvac, chargée du réseau, a expliqué à la revue Science Ouest que « cela fait plusieurs semaines que la fréquence reste basse ».",
        [("Un porte-parole de l'entreprise Lorvac", "cela fait plusieurs")],
    ),
    (
        "La direction de l'usine a expliqué que « les commandes ont baissé de moitié depuis mars ».",
        [("La direction de l'usine", "les commandes ont")],
    ),
    (
        "La ministre Anne Roy a déclaré que la décision n'était pas « facile », mais qu'il « ne fallait pas rester passif face à une telle menace ».",
        [("Anne Roy", "ne fallait pas")],
    ),
    (
        "Un témoin a expliqué que « la voiture roulait beaucoup trop vite ».",
        [(None, "la voiture roulait")],
    ),
    ("Le livre « Les jours heureux » raconte la vie d'un village.", []),
    ("Luc Blanc a lu « Les misérables » pendant l'été.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_phrases(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


# Word order after the quote (« « … », Paul Roy a dit aux députés »), a title's holder after
# « pour le président de la Commission X », a verb of opinion the model took for a name.
ORDER: list[Case] = [
    (
        "Le président Paul Roy est venu. « C'est très important que le musée vienne ici », Roy a dit aux députés.",
        [("Paul Roy", "C'est très important")],
    ),
    (
        "« Nous ne fermerons aucune école », Anne Vidal a déclaré devant le conseil.",
        [("Anne Vidal", "Nous ne fermerons")],
    ),
    ("« Nous gagnerons », Paul Roy a ajouté que l'équipe était prête.", []),
    ("« Les Misérables », Paul Roy l'a lu trois fois.", []),
    ("Le film « Les Misérables », Paul Roy l'a vu trois fois.", []),
    (
        "« Prouvez que vous êtes des dirigeants », a lancé le président du Conseil Luc Blanc tandis que, pour le président de la Commission régionale Jean-Paul Roy, « il y aura une fête pour les cent ans ».",
        [
            ("Luc Blanc", "Prouvez que vous"),
            ("Jean-Paul Roy", "il y aura"),
        ],
    ),
    ("Selon les proches de la Commission régionale Jean-Paul Roy, « il y aura une fête ».", []),
    (
        "L'ancien maire de la ville, Paul Girard parle de « dizaines de blessés ».",
        [("Paul Girard", "dizaines de blessés")],
    ),
    ("Le quartier de la ville, Paul Girard en tête, attend des « jours meilleurs ».", []),
    ("Paul Girard parle de « trois ».", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDER)
def test_word_order_and_titles(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


# A description before the body's name may hold a plural complement (« le fournisseur de services
# X »); a reported phrase with no subject found takes the source that opens its clause.
DESCRIBED: list[Case] = [
    (
        "Selon le fournisseur de services Internet Lorvan Télécom, l'opération « visait à assurer le bon déroulement des examens ».",
        [("Internet Lorvan Télécom", "visait à assurer")],
    ),
    (
        "Selon l'institut de sondages Vermeil Opinion, « les électeurs hésitent encore beaucoup ».",
        [("l'institut de sondages Vermeil Opinion", "les électeurs hésitent")],
    ),
    (
        "Selon les experts de l'institut Vermeil Opinion, « les électeurs hésitent encore beaucoup ».",
        [],
    ),
    (
        "La séance a été longue tandis que, pour la présidente de la Région Anne Vidal, « il faudra voter le budget avant l'été ».",
        [("Anne Vidal", "il faudra voter")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_sources(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


# « X, qui …, ont annoncé … »: the comma closes a relative clause on the subject; nothing before
# it is reported speech. A relative clause inside reported words keeps them.
UNMARKED: list[Case] = [
    (
        "Les Forces unies du Nord, qui contrôlent presque toute la vallée, ont annoncé le 6 mai le lancement de l'offensive au sud de Lorvan.",
        [],
    ),
    ("Les élus de Lorvan, qui votent mardi, ont indiqué leur intention de rejeter le budget.", []),
    ("Le club, qui a changé de président, a confirmé la vente du stade.", []),
    ("La ministre, qui était à Lyon, a déclaré la fin des travaux.", []),
    ("Les pompiers, que le maire a félicités, ont expliqué la méthode aux habitants.", []),
    (
        "Les travaux dureront jusqu'en mai, a annoncé le maire Paul Roy.",
        [("Paul Roy", "Les travaux dureront")],
    ),
    (
        "La route, qui longe la côte, sera fermée tout l'été, a indiqué la préfecture.",
        [("la préfecture", "La route, qui")],
    ),
    (
        "Le stade qui accueille la finale sera rénové, a précisé la ministre Anne Vidal.",
        [("Anne Vidal", "Le stade qui")],
    ),
    (
        "Les prix augmenteront encore de deux euros, a prévenu le directeur Luc Blanc.",
        [("Luc Blanc", "Les prix augmenteront")],
    ),
    (
        "Des Lorvanais pourraient faire partie des otages libérés, a-t-il ajouté.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNMARKED)
def test_unmarked_reports(
    extract_text: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(extract_text, text) == expected


def test_a_noun_phrase_with_its_relative_clause_is_reported(extract_text: Any) -> None:
    text = "Des retards qui ont duré tout l'hiver et fâché les usagers, d'ajouter M. Paul Roy."
    assert _speakers(extract_text, text) == [("Paul Roy", "Des retards qui")]


def test_a_subject_with_adjectives_and_a_relative_clause_is_not_reported(
    extract_text: Any,
) -> None:
    text = (
        "Les Brigades unies (BU) principalement lorvanaises, qui tiennent presque toute la vallée "
        "du Nord, ont annoncé le 6 mai le lancement de l'offensive au sud de Lorvan."
    )
    assert _speakers(extract_text, text) == []
