"""Session 28, extraction families seen on unseen articles, on invented sentences.

1. A body or a country speaks through a person: « L'armée a répondu par la voix de son
   porte-parole, A : « … » » → A (lexicon quote_voice_phrases).
2. A short clause completes a quote before its incise: « « … » quand on gouverne, répond A »
   (lexicon quote_tail_subordinators); not when the clause holds another speech verb.
3. A case's, plan's or law's name in quote marks is no speech: « l'« affaire Dupuis » »
   (lexicon quote_affair_nouns); lower-case words after such a noun stay a quote.
4. « champion d'Espagne »: a country after « d' » is no particle name (« de Gaulle » is).
5. A judgement before a title (« le très influent conseiller du ministre, A ») leaves the title
   to A, and the « du ministre » complement names someone else's post, never A's.
6. « A a joué pour le club X et l'équipe Y » → A « joueur du club X », « joueur de l'équipe Y »,
   past when the verb is (lexicon people_team_verbs).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import dated_facts as _facts


def _speakers(extract_text: Any, text: str) -> dict[Any, Any]:
    return {f.get("text"): f.get("speaker") for f in _facts(extract_text, text, "quote")}


def _roles(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Accusée, la Moldavie a répondu par la voix du colonel Ivan Petrescu, porte-parole de "
            "l'armée : « Nous n'avons aucune raison d'attaquer ce village ».",
            "Nous n'avons aucune raison d'attaquer ce village",
            "Ivan Petrescu",
        ),
        (
            "Le club a réagi par la voix de son président, Marc Vidal : « Nous ferons appel ».",
            "Nous ferons appel",
            "Marc Vidal",
        ),
        (
            "La mairie a répondu par la bouche de son adjointe Lise Caron : « Le marché rouvrira ».",
            "Le marché rouvrira",
            "Lise Caron",
        ),
        (
            "L'entreprise a répondu par l'intermédiaire de son avocat, Yves Morin : « Rien "
            "n'a été caché ».",
            "Rien n'a été caché",
            "Yves Morin",
        ),
        (
            "Le ministre Paul Garnier est venu mardi. « Les comptes sont justes » quand on gère "
            "une ville, répond encore Garnier aux élus.",
            "Les comptes sont justes",
            "Paul Garnier",
        ),
        (
            "La maire Anne Lebrun a parlé lundi. « Rien ne changera » si l'État ne paie pas, a "
            "prévenu Anne Lebrun devant la presse.",
            "Rien ne changera",
            "Anne Lebrun",
        ),
        (
            "La juge Claire Noël a tranché. « La loi est claire » lorsqu'il s'agit d'enfants, a "
            "rappelé la juge Claire Noël.",
            "La loi est claire",
            "Claire Noël",
        ),
        (
            "Le maire Jean Roux a parlé mardi. « Nous reconstruirons l'école » puisque les fonds "
            "sont là, a-t-il assuré.",
            "Nous reconstruirons l'école",
            "Jean Roux",
        ),
    ],
)
def test_voice_and_tail_clause_speakers(
    extract_text: Any, text: str, said: str, speaker: str
) -> None:
    assert _speakers(extract_text, text).get(said) == speaker


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the voice phrase names no one: the country is nobody's name, no speaker is made up
        (
            "La Moldavie a répondu par la voix de son armée : « Nous n'avons rien fait ».",
            "Nous n'avons rien fait",
        ),
        # the clause after the quote holds its own speech verb: the incise is not the quote's
        (
            "Le maire Jean Roux a parlé. « Tout ira bien » quand Marc Vidal a déclaré que tout "
            "irait mal, répond Paul Garnier.",
            "Tout ira bien",
        ),
    ],
)
def test_no_speaker_is_made_up(extract_text: Any, text: str, said: str) -> None:
    speakers = _speakers(extract_text, text)
    assert speakers.get(said) not in ("Ivan Petrescu", "Marc Vidal", "Paul Garnier")


@pytest.mark.parametrize(
    "text",
    [
        "Pour le maire Jean Roux, cela n'a rien à voir avec l'« affaire Dupuis ».",
        "Le député Paul Garnier a évoqué le « plan Lenoir » devant les élus.",
        "La ministre Anne Lebrun a défendu la « loi Martin » mardi.",
        "Selon l'avocat Yves Morin, le « dossier Karachi » reste ouvert.",
        "Le juge Marc Vidal a rouvert l'« affaire des Vignes » en mai.",
    ],
)
def test_named_cases_in_quote_marks_are_no_speech(extract_text: Any, text: str) -> None:
    assert _facts(extract_text, text, "quote") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Le maire Jean Roux a dénoncé une « affaire montée de toutes pièces ».", None),
        ("« L'affaire Dupuis est close », a déclaré le juge Marc Vidal.", "Marc Vidal"),
        ("« Le plan échouera », a prévenu la ministre Anne Lebrun.", "Anne Lebrun"),
    ],
)
def test_speech_about_a_case_is_still_a_quote(extract_text: Any, text: str, said: Any) -> None:
    quotes = _facts(extract_text, text, "quote")
    assert len(quotes) == 1
    if said is not None:
        assert quotes[0].get("speaker") == said


@pytest.mark.parametrize(
    "text",
    [
        "L'ancien joueur Marc Lenoir est mort. Il fut double champion d'Espagne avec son club.",
        "L'ancien joueur Marc Lenoir est mort. Il fut double champion d’ Espagne avec son club.",
        "La nageuse Ana Ruiz est triple championne d'Italie du 100 mètres.",
        "Le skieur Paul Roux, champion d'Autriche en 2010, a pris sa retraite.",
    ],
)
def test_a_country_after_de_is_no_particle_name(extract_text: Any, text: str) -> None:
    people = {f.get("person") for f in _facts(extract_text, text, "person_role")}
    assert not any(p and p.split()[0].lower() in ("d'", "de") for p in people)
    assert not any(p and ("Espagne" in p or "Italie" in p or "Autriche" in p) for p in people)


def test_a_particle_name_after_a_title_stays_a_name(extract_text: Any) -> None:
    roles = _roles(extract_text, "Le général de Gaulle a parlé à la radio le soir même.")
    assert any(person and "Gaulle" in person for person, _role in roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le très influent conseiller du ministre, Jean Mbarga, a été blessé lundi soir.",
            ("Jean Mbarga", "conseiller du ministre"),
        ),
        (
            "L'influent conseiller du ministre, Jean Mbarga, a été blessé lundi soir.",
            ("Jean Mbarga", "conseiller du ministre"),
        ),
        (
            "Le puissant conseiller spécial du président Paul Biya, Jean Mbarga, a été blessé.",
            ("Jean Mbarga", "conseiller spécial du président Paul Biya"),
        ),
        (
            "La très discrète présidente de la fondation, Lise Caron, a démissionné mardi.",
            ("Lise Caron", "présidente de la fondation"),
        ),
        (
            "Le légendaire entraîneur du club, Piotr Nowak, a pris sa retraite.",
            ("Piotr Nowak", "entraîneur du club"),
        ),
        (
            "Ces cadeaux ont été faits au ministre par Louis Vernet, négociant en vins.",
            ("Louis Vernet", "négociant en vins"),
        ),
        (
            "La courtière en assurances Lise Caron a vendu le cabinet à un concurrent.",
            ("Lise Caron", "courtière en assurances"),
        ),
    ],
)
def test_judged_titles_and_trades(extract_text: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in _roles(extract_text, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le puissant conseiller du ministre, Jean Mbarga, a été blessé.", "Jean Mbarga"),
        ("Le conseiller spécial de la ministre, Jean Mbarga, a été blessé.", "Jean Mbarga"),
        ("Le chef de cabinet du ministre, Jean Mbarga, a démissionné.", "Jean Mbarga"),
        ("L'adjoint au maire, Paul Roux, a démissionné.", "Paul Roux"),
    ],
)
def test_the_complement_of_a_title_is_someone_else(
    extract_text: Any, text: str, person: str
) -> None:
    roles = {role for who, role in _roles(extract_text, text) if who == person}
    assert "ministre" not in roles and "maire" not in roles
    assert roles


@pytest.mark.parametrize(
    ("text", "expected", "past"),
    [
        (
            "L'ancien footballeur Marc Lenoir est mort. Ancien mineur, il avait joué pour le "
            "Stade de Brest, le Sporting Lisbonne et l'équipe de France.",
            {
                ("Marc Lenoir", "joueur du Stade de Brest"),
                ("Marc Lenoir", "joueur du Sporting Lisbonne"),
                ("Marc Lenoir", "joueur de l'équipe de France"),
            },
            True,
        ),
        (
            "La joueuse Ana Ruiz joue pour le club de Lyon depuis 2019.",
            {("Ana Ruiz", "joueuse du club de Lyon")},
            False,
        ),
        (
            "Le Belge Tom Peeters a joué pour le Racing Club de Gand en 2012.",
            {("Tom Peeters", "joueur du Racing Club de Gand")},
            True,
        ),
    ],
)
def test_teams_a_player_played_for(
    extract_text: Any, text: str, expected: set[tuple[str, str]], past: bool
) -> None:
    facts = _facts(extract_text, text, "person_role")
    found = {(f.get("person"), f.get("role")): bool(f.get("past")) for f in facts}
    assert expected <= set(found)
    assert all(found[key] is past for key in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le chanteur Paul Roux a joué pour le plaisir pendant des années.",
        "Le pianiste Marc Vidal a joué pour ses amis au festival.",
        "Les enfants ont joué pour la fête de l'école.",
        "Le comédien Yves Morin joue dans la pièce de Lise Caron.",
        "Le défenseur Paul Roux jouera pour le Racing Club de Gand la saison prochaine.",
        "Le défenseur Paul Roux n'a jamais joué pour le Racing Club de Gand.",
    ],
)
def test_playing_for_no_named_team_gives_no_role(extract_text: Any, text: str) -> None:
    roles = _roles(extract_text, text)
    assert not any(role.startswith(("joueur", "joueuse")) for _who, role in roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans la nuit de ce samedi 21 mai, une camionnette a fauché trois personnes.", "du"),
        ("La fête est prévue à ce 3 juin par les organisateurs du village.", "au"),
    ],
)
def test_a_dated_gap_after_de_or_a_contracts(extract_text: Any, text: str, expected: str) -> None:
    from tests.handmade import dated_deck

    prompts = [q.prompt for q in dated_deck(extract_text, text, "Un accident", every=True)]
    assert prompts
    assert not any(" de le " in p or " à le " in p or "de ce " in p for p in prompts)
    assert any(f" {expected} " in p for p in prompts)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Selon les propos de son avocat, Me Jean Morel, à la presse, « la décision est tombée "
            "ce matin ».",
            "la décision est tombée ce matin",
            "Jean Morel",
        ),
        (
            "D'après les déclarations du maire Jean Morel, « la route rouvrira lundi ».",
            "la route rouvrira lundi",
            "Jean Morel",
        ),
        (
            "Selon les mots de la juge Claire Noël, « rien n'a été prouvé ».",
            "rien n'a été prouvé",
            "Claire Noël",
        ),
    ],
)
def test_a_source_s_words_name_the_source(
    extract_text: Any, text: str, said: str, speaker: str
) -> None:
    assert _speakers(extract_text, text).get(said) == speaker
