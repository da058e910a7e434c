"""Quote facts on invented news sentences (session 18): statements a body issues through a text
(« X a publié un communiqué, qui se lit comme suit : », « selon le communiqué du ministère »),
quotes in the « que » clause of a verb of saying (« X remarque que « … » », « X, qui commente
« … » »), the words someone owns (« Les paroles du poète sont : »), words cried out (« en criant
"…" »), pronoun runs and the incise's gender, sources after the quote (« d'après les autorités »),
quotes of several sentences or split by an incise; each family with its must-not-fire cases."""

from __future__ import annotations

from typing import Any

import pytest

Case = tuple[str, list[tuple[str | None, str]]]


def _speakers(extract_text: Any, text: str) -> list[tuple[str | None, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    return [(q["speaker"], " ".join(q["text"].split()[:3])) for q in facts]


# The words of a text a colon opens are said by whoever issued it: the subject of a verb of
# issuing (« publier », « consacrer ») whose object the text is, a person its « de » names, the
# body it belongs to (« le communiqué du syndicat »), or, for « La déclaration explique : », the
# issuer an earlier sentence gave the same text. Receiving a text, or a text nobody issued, gives
# no speaker.
DOCUMENTS: list[Case] = [
    (
        "Les dirigeants de Velorix ont publié un communiqué officiel, qui se lit comme suit : "
        "« Nous confirmons que le recours a été rejeté. »",
        [("Les dirigeants de Velorix", "Nous confirmons que")],
    ),
    (
        "Selon le communiqué du ministère : « Les récoltes de blé seront inférieures de dix pour "
        "cent. »",
        [("le ministère", "Les récoltes de")],
    ),
    (
        "Selon un communiqué de la préfecture, « la circulation restera coupée jusqu'à lundi ».",
        [("la préfecture", "la circulation restera")],
    ),
    (
        "Le club de Valmont a publié une déclaration jeudi. La déclaration explique : « Le joueur "
        "a quitté le club jeudi. Il ne reviendra pas. »",
        [("Le club de Valmont", "Le joueur a")],
    ),
    (
        "Une déclaration de Valmont a confirmé le paiement. La déclaration explique : « Les "
        "représentants du joueur ont visité nos bureaux. » « Le club transmettra les détails à "
        "la fédération. »",
        [("Valmont", "Les représentants du"), ("Valmont", "Le club transmettra")],
    ),
    (
        "Le communiqué du syndicat précise : « La grève continuera demain dans les trois usines. »",
        [("le syndicat", "La grève continuera")],
    ),
    (
        "Le communiqué de Ferlux Industries explique : « Nos usines reprendront le travail lundi. »",
        [("Ferlux Industries", "Nos usines reprendront")],
    ),
    (
        "L'attaquant de Valmont, Luis Varga, a consacré un post d'Instagram à Paul Roux : « Mon "
        "ami, je te souhaite le meilleur ! Reste comme ça ».",
        [("Luis Varga", "Mon ami, je")],
    ),
    (
        "Le quotidien a publié une lettre de Marc Delorme : « Je quitte la vie politique après "
        "vingt ans. »",
        [("Marc Delorme", "Je quitte la")],
    ),
    # must not fire: a text received, a text nobody issued, a title in marks
    (
        "Le ministère a reçu une lettre anonyme : « Nous refusons la fermeture de notre école. »",
        [],
    ),
    (
        "La déclaration explique : « Les travaux reprendront en mars. »",
        [(None, "Les travaux reprendront")],
    ),
    ("Le texte, intitulé « Pour une école ouverte », a été adopté par le conseil.", []),
    (
        "Paul Verdier a reçu un message de menace : « Tu vas payer pour ce que tu as fait. »",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_texts_issued_by_bodies(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# A quote that ends the « que » clause of a verb of saying or thinking is said by that verb's
# subject: a name the parse left without a verb (« Marlin remarque que »), an unfilled role
# (« le rapporteur public »), a speaker named before « a déclaré au journal que … », the
# antecedent of « qui » (« le cas de X, qui commente « … » »). The name alone is the speaker, never
# the clause; noticing a thing (« a remarqué une voiture « … » ») reports no words.
CLAUSES: list[Case] = [
    (
        "Les deux clubs ont esquissé la question. Marlin remarque d'ailleurs que « pour celui qui "
        "descend de la colline, il y a déjà un passage très commode ».",
        [("Marlin", "pour celui qui")],
    ),
    (
        "Le maire David Marlin a visité le chantier. Marlin remarque que « le chantier a pris six "
        "mois de retard ».",
        [("David Marlin", "le chantier a")],
    ),
    (
        "Dans cette procédure, le rapporteur public estime que le jugement « doit être annulé » "
        "et compte demander « que soit faite injonction » au juge.",
        [("le rapporteur public", "doit être annulé")],
    ),
    (
        "Plusieurs vidéastes ont réagi. C'est entre autres le cas de Lucien Marot, qui commente "
        "« Ne nous mettez pas tous dans le même panier, les rumeurs nuisent ».",
        [("Lucien Marot", "Ne nous mettez")],
    ),
    (
        "Le mois dernier, Saïd Al Karim, directeur du bureau des communications du gouvernement, "
        "a déclaré au journal que les lois étaient en cours de révision afin de garantir que "
        "« les travailleurs reçoivent les protections nécessaires sur le site ».",
        [("Saïd Al Karim", "les travailleurs reçoivent")],
    ),
    (
        "L'association Terre Libre, qui affirme que « les forêts disparaissent plus vite que "
        "prévu », publie un rapport.",
        [("L'association Terre Libre", "les forêts disparaissent")],
    ),
    (
        "Vernet a rencontré Marlin, qui a répondu : « Nous verrons bien lundi. »",
        [("Marlin", "Nous verrons bien")],
    ),
    (
        "Le maire, qui a rappelé que « la sécurité des enfants passe avant tout », a fermé l'école.",
        [("Le maire", "la sécurité des")],
    ),
    (
        "Paul Roux explique que le « Nestor Cloud permettra aux clients de payer en ligne ».",
        [("Paul Roux", "Nestor Cloud permettra")],
    ),
    # must not fire: a thing noticed, a law's provision, a song performed, a newspaper's headline,
    # a plan's name the clause goes on about
    ("Le ministre Paul Roux explique que le « Plan Horizon » sera présenté lundi.", []),
    ("Paul Roux a présenté le « Plan Horizon pour les écoles rurales » lundi.", []),
    (
        "Les enquêteurs ont remarqué une voiture « très ancienne et sans plaque » devant la "
        "mairie.",
        [],
    ),
    ("La loi, qui prévoit que « tout citoyen peut saisir le juge », entre en vigueur lundi.", []),
    ("Le chanteur, qui interprète « Les jours heureux », arrive demain à Lorvan.", []),
    ("Le Courrier de Lorvan titre « La ville sous la neige » ce matin.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses_of_saying(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# « Les paroles du poète sont : « … » »: the words' owner (a person, a role, a body); the words
# of a song belong to no one who speaks.
SPOKEN: list[Case] = [
    (
        "Les paroles du poète sont : « Sauver la ville, c'est sauver le pays. La ville est le "
        "centre du monde. »",
        [("le poète", "Sauver la ville,")],
    ),
    (
        "Les propos du ministère étaient clairs : « Aucune école ne fermera cette année. »",
        [("le ministère", "Aucune école ne")],
    ),
    (
        "Les propos de Claire Fontan étaient clairs : « Aucune école ne fermera cette année. »",
        [("Claire Fontan", "Aucune école ne")],
    ),
    ("Les paroles de la chanson sont : « Nous irons tous au bord de la mer cet été. »", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_words_of_someone(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# Words cried out right after a verb of crying out (« a crié », « en hurlant »), in « » or in
# straight marks, however short, are the subject's (a gerund's: the subject of its verb; « il »:
# the person the paragraph is about); a reply verb before a one- or two-word sentence too. An
# anonymous or plural crowd gives no quote, nor does a title after « lire », « chanter »,
# « annoncer », nor anyone a source phrase names (« Selon la police, X aurait hurlé »: X).
CRIES: list[Case] = [
    (
        'Paul Roux a couru vers la foule en criant "Vive la liberté". Puis il a disparu.',
        [("Paul Roux", "Vive la liberté")],
    ),
    (
        "Paul Roux a couru vers la foule en criant « Vive la liberté ». Puis il a disparu.",
        [("Paul Roux", "Vive la liberté")],
    ),
    (
        "Paul Roux a été arrêté. Il aurait crié « Je reviendrai, je vous le promets », avant "
        "d'être emmené.",
        [("Paul Roux", "Je reviendrai, je")],
    ),
    (
        "Selon la police, Paul Roux aurait hurlé « À bas le roi » devant la préfecture.",
        [("Paul Roux", "À bas le")],
    ),
    (
        'La ministre Claire Fontan a répondu "Nous verrons" aux journalistes.',
        [("Claire Fontan", "Nous verrons")],
    ),
    ('Paul Roux a dit "Merci" avant de partir.', [("Paul Roux", "Merci")]),
    # must not fire: an anonymous or plural crier, a title, a name, a cry without words
    (
        "Un témoin a déclaré qu'un homme a sauté d'une voiture blanche et couru vers la foule, "
        'en criant "Dieu est grand". Puis il a disparu.',
        [],
    ),
    ('Les manifestants scandaient "Non à la fermeture" devant l\'usine de Lorvan.', []),
    ('Claire Fontan a lu "Le Petit Prince" à ses enfants.', []),
    ('Paul Roux a chanté "La Marseillaise" avant le match.', []),
    ("La ministre Claire Fontan a annoncé « Horizon 2030 », un plan pour les écoles.", []),
    ("Paul Roux a crié au scandale devant la mairie.", []),
    (
        "L'assaillant aurait agi au nom de Valdor. Dans la matinée, il a volé une voiture. Puis "
        "il a tiré sur un policier. Il aurait crié « Nous vaincrons tous », avant de fuir.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CRIES)
def test_cries(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# « il » running through a paragraph about someone a common noun names (« Le chauffard a été
# arrêté. Il … ») is not the person or place named in the paragraph before; a pronoun about a
# named person still is.
PRONOUNS: list[Case] = [
    (
        "Trois personnes ont été admises à l'hôpital de Sainte-Marthe de Lorvan.\n\nLe chauffard "
        "a été arrêté vers midi. Il avait de lourds antécédents. Il aurait affirmé avoir agi pour "
        "« venger les siens ».",
        [],
    ),
    (
        "Le maire Paul Roux a visité le chantier.\n\nIl avait promis des travaux rapides. Il a "
        "dénoncé des retards « inacceptables et coûteux pour tous ».",
        [("Paul Roux", "inacceptables et coûteux")],
    ),
    (
        "La ministre Claire Fontan a inauguré l'hôpital de Lorvan.\n\nElle a visité les "
        "services. Elle a dénoncé des retards « inacceptables et coûteux pour tous ».",
        [("Claire Fontan", "inacceptables et coûteux")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_runs(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# A day ends the body that speaks (« a affirmé l'ONU lundi »: the ONU), a nationality adjective
# does not (« l'agence officielle syrienne X », whatever the tagger made of it); the incise's « il » /
# « elle » gives the speaker's gender: the one person of that gender the sentence names (« Elle
# est saluée par X : « … », a-t-il écrit »: X), never one of the other gender.
SPEAKER_BOUNDS: list[Case] = [
    (
        "Au moins cinq hôpitaux ont été bombardés dans le nord du pays, tuant environ 50 civils, "
        "a affirmé l'ONU lundi.",
        [("l'ONU", "Au moins cinq")],
    ),
    (
        "Les écoles resteront fermées jusqu'à la fin du mois, a indiqué la préfecture du Lorvan "
        "hier soir.",
        [("la préfecture du Lorvan", "Les écoles resteront")],
    ),
    (
        "Le décès de Jeanne Morel a été annoncé hier. Ancienne ministre, elle est saluée par Paul "
        "Verdier : « en tant que mère et ancienne ministre, Mme Morel a été une militante pour la "
        "famille », a-t-il écrit.",
        [("Paul Verdier", "en tant que")],
    ),
    (
        "Claire Fontan a remercié Paul Verdier : « Sans lui, rien n'aurait été possible », "
        "a-t-elle dit.",
        [("Claire Fontan", "Sans lui, rien")],
    ),
    (
        "« Les bus sont entrés dans les quartiers de l'est de la ville », a indiqué l'agence de "
        "presse officielle syrienne Talmar.",
        [("l'agence de presse officielle syrienne Talmar", "Les bus sont")],
    ),
    (
        "« Les bus sont entrés dans les quartiers de l'est de la ville », a indiqué l'agence de "
        "presse officielle russe.",
        [("l'agence de presse officielle russe", "Les bus sont")],
    ),
    # must not fire: two men named, the pronoun cannot choose (attributed, no speaker)
    (
        "Jeanne Morel est saluée par Paul Verdier et Marc Delorme : « Elle a été une militante "
        "pour la famille », a-t-il écrit.",
        [(None, "Elle a été")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_BOUNDS)
def test_speaker_bounds(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# A source phrase after the quote names a body too (« …, selon la préfecture », « d'après les
# autorités »), past an aside between brackets (« « … » (en breton), a lancé X »); a tradition,
# a novel or anonymous witnesses speak no words.
SOURCES_AFTER: list[Case] = [
    (
        "« Les écoles resteront fermées jusqu'à lundi », selon la préfecture.",
        [("la préfecture", "Les écoles resteront")],
    ),
    (
        "Il ne s'agit pas d'une mutinerie, mais « d'une action rapide d'un groupe de détenus » "
        "(moins d'une heure), d'après les autorités.",
        [("les autorités", "d'une action rapide")],
    ),
    (
        "Il ne s'agit pas d'une mutinerie, mais « d'une action rapide d'un groupe de détenus », "
        "d'après les autorités.",
        [("les autorités", "d'une action rapide")],
    ),
    (
        "« Nous ne céderons rien sur ce point » (en breton), a lancé Paul Roux.",
        [("Paul Roux", "Nous ne céderons")],
    ),
    (
        "« Les routes sont coupées dans tout le département » (AFP), selon la gendarmerie.",
        [("la gendarmerie", "Les routes sont")],
    ),
    # must not fire
    ("Le film « La grande évasion », d'après le roman, sort lundi.", []),
    ("« La Marseillaise », selon la tradition, ouvre le match.", []),
    # session 29: people no one names speak as written, after the quote as before it
    (
        "« Les routes sont coupées dans tout le département », selon des témoins.",
        [("des témoins", "Les routes sont")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES_AFTER)
def test_sources_after(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


# Quotes of several sentences in one pair of marks, quotes split by an incise (« « A », a dit X,
# « B » », « « A, poursuit X, B » »: the incise cut), and their must-not-fire cases: the second
# part answered by someone else is theirs, an incise pronoun no one before answers to gives no
# quote. The continuation is checked apart.
SEGMENTS: list[Case] = [
    (
        "« Nous ne céderons rien. Les salariés méritent mieux. Nous irons jusqu'au bout », a déclaré Paul Roux.",
        [("Paul Roux", "Nous ne céderons")],
    ),
    (
        "« Nous ne céderons rien », a déclaré Paul Roux, « les salariés méritent mieux ».",
        [("Paul Roux", "Nous ne céderons")],
    ),
    (
        "Le maire Paul Roux a pris la parole. « Nous ne céderons rien », a-t-il ajouté, « les salariés méritent mieux. Nous irons jusqu'au bout. »",
        [("Paul Roux", "Nous ne céderons")],
    ),
    (
        "La ministre Claire Fontan a déclaré : « Nous ne céderons rien. Les salariés méritent mieux. » Elle a ensuite quitté la salle.",
        [("Claire Fontan", "Nous ne céderons")],
    ),
    (
        "« Les écoles resteront fermées lundi. Les familles seront prévenues par courrier », précise la mairie de Lorvan dans un communiqué.",
        [("la mairie de Lorvan", "Les écoles resteront")],
    ),
    (
        "« La situation, poursuit Paul Roux, devient intenable pour les familles. »",
        [("Paul Roux", "La situation devient")],
    ),
    (
        "« Nous ne céderons rien », a déclaré Paul Roux. « Les salariés méritent mieux », a répondu Claire Fontan.",
        [("Paul Roux", "Nous ne céderons"), ("Claire Fontan", "Les salariés méritent")],
    ),
    (
        "« Nous ne céderons rien, a-t-il ajouté, les salariés méritent mieux. » Le maire Paul Roux a quitté la salle.",
        [],
    ),
    (
        "« Nous ne céderons rien », a déclaré Paul Roux, « les salariés méritent mieux », a répondu Claire Fontan.",
        [("Paul Roux", "Nous ne céderons"), ("Claire Fontan", "les salariés méritent")],
    ),
    (
        "Claire Fontan a pris la parole. « Nous ne céderons rien. » « Les salariés méritent mieux », a-t-elle poursuivi.",
        [("Claire Fontan", "Nous ne céderons"), ("Claire Fontan", "Les salariés méritent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS)
def test_segments(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _speakers(extract_text, text) == expected


def test_split_quote_continues(extract_text: Any) -> None:
    text = "« Nous ne céderons rien », a déclaré Paul Roux, « les salariés méritent mieux »."
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "quote"]
    assert [q.get("continuation") for q in facts] == ["les salariés méritent mieux"]
