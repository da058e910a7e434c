"""Session 23's card families, on invented cards and sentences.

The title's figure is asked even as a side figure of a list sentence; wins told by « obtenir la
médaille », « triompher », « s'emparer de », and by a cleft (« C'est X qui a remporté … »); a small
count whose parenthesis lists what it counts is given away, and so is a figure its sentence gives
by arithmetic; a role of the same head noun as the true one is no wrong choice and no false
statement; a clause a colon opens on a name stands alone; « d’ » is no elision before a figure; a
person resigning holds the post in the past; epicene titles tell no gender.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.french.grammar import close_elisions, guess_gender
from generators.questions import explain_questions
from generators.questions.giveaway import enumerated_count
from generators.questions.hours import hour_asked
from generators.questions.index import ArticleIndex, is_specific
from generators.questions.phrasing import derive_predicate, gapped_clause
from generators.questions.prominence import known_head
from generators.questions.retouch import retouched
from generators.questions.roles import resigned, role_class
from generators.questions.speech import is_clause
from generators.questions.subjects import named_subject
from generators.questions.truths import same_head
from generators.questions.typos import corrected
from generators.records import Question, Selection
from tests.phrasing_helpers import gap_card


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        (
            "Il y a eu {{c1::trois}} blessés (un passant, un gardien et le conducteur) à Vossberg.",
            "trois",
            "cloze",
        ),
        (
            "Complétez : « Il y a eu … blessés (un passant, un gardien et le conducteur). »",
            "3",
            "mcq",
        ),
        ("Le jury compte {{c1::deux}} membres (Paul Lenoir et Léa Marchand).", "deux", "cloze"),
        (
            "Les {{c1::4}} finalistes (Brovanie, Valmontie, Lormes et Vernay) sont connus.",
            "4",
            "cloze",
        ),
        (
            "Vrai ou faux : Il y a eu trois blessés (un passant, un gardien et le conducteur).",
            "Vrai",
            "truefalse",
        ),
        (
            "Le club aligne {{c1::deux}} gardiens (une titulaire et une remplaçante).",
            "deux",
            "cloze",
        ),
    ],
)
def test_a_count_listed_in_parentheses_is_given_away(prompt: str, answer: str, kind: str) -> None:
    assert enumerated_count(gap_card(prompt, answer, kind))


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        (
            "Il y a eu {{c1::trois}} blessés (un passant et le conducteur) à Vossberg.",
            "trois",
            "cloze",
        ),
        ("Il y a eu {{c1::trois}} blessés (selon la police) à Vossberg.", "trois", "cloze"),
        ("Le jury compte {{c1::deux}} membres (dont Paul Lenoir) cette année.", "deux", "cloze"),
        ("Le festival dure {{c1::3}} jours (du 4 au 6 mai).", "3", "cloze"),
        (
            "La ville compte {{c1::deux}} écoles (trois lycées et un collège aussi).",
            "deux",
            "cloze",
        ),
        (
            "Il y a eu {{c1::12}} blessés (six passants, quatre gardiens et deux conducteurs).",
            "12",
            "cloze",
        ),
    ],
)
def test_a_count_not_listed_in_parentheses_stays(prompt: str, answer: str, kind: str) -> None:
    assert enumerated_count(gap_card(prompt, answer, kind)) == ""


@pytest.mark.parametrize(
    ("role", "other", "same"),
    [
        ("chercheuse au CNRS", "chercheuse française", True),
        ("scientifique de la NASA", "scientifique péruvien associé au projet", True),
        ("président de la Commission européenne", "président français", True),
        ("Premier ministre", "premier ministre de la Valmontie", True),
        ("le candidat de la droite", "candidat malheureux", True),
        # other heads: a wrong choice, a false statement
        ("ministre de la Santé", "président de la Valmontie", False),
        ("maire de Vossberg", "député de Vossberg", False),
        ("entraîneur du club", "attaquant du club", False),
        # the same role is no other choice at all
        ("maire de Vossberg", "maire de Vossberg", False),
        ("", "maire de Vossberg", False),
    ],
)
def test_roles_of_one_head_may_both_be_true(role: str, other: str, same: bool) -> None:
    assert same_head(role, other) is same


COLON = "Le rapport de la commission de Vossberg le montre sans détour : "


@pytest.mark.parametrize(
    ("sentence", "span", "cloze"),
    [
        (
            COLON + "Valmex a payé 300 millions de francs pour que son logiciel soit installé par "
            "défaut sur tous les ordinateurs vendus par la société Brovatech en Europe.",
            "300 millions",
            "Valmex a payé {{c1::300 millions}} de francs pour que son logiciel soit installé",
        ),
        (
            COLON + "Paul Lenoir a reçu 45 000 euros de la société Brovatech pour ses conseils sur "
            "la fusion des deux entreprises de transport de la région de Vossberg en 2015.",
            "45 000",
            "Paul Lenoir a reçu {{c1::45 000}} euros",
        ),
    ],
)
def test_a_named_clause_after_a_colon_stands_alone(sentence: str, span: str, cloze: str) -> None:
    gapped = gapped_clause(sentence, span)
    assert gapped["cloze_text"].startswith(cloze)
    assert gapped["truncated"] == ""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Valmex a payé 300 millions de francs", True),
        ("Paul Lenoir a reçu 45 000 euros", True),
        ("Jean Paul Lenoir avait reçu 45 000 euros", True),
        ("Brovatech sont partis", True),
        # no name, or no auxiliary right after it
        ("la société Valmex a payé", False),
        ("Valmex, une société de Vossberg, a payé", False),
        ("Selon Paul Lenoir, la société a payé", False),
        ("Depuis lors Valmex paie", False),
        ("300 millions de francs ont été payés", False),
        ("Paul Lenoir et Léa Marchand ont reçu", False),
    ],
)
def test_named_subject(text: str, named: bool) -> None:
    assert named_subject(text) is named


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("La ligne d’2 millions d’articles", "La ligne de 2 millions d’articles"),
        ("Il a dit qu’3 jours suffiraient", "Il a dit que 3 jours suffiraient"),
        ("Un prix d'40 euros", "Un prix de 40 euros"),
        ("La ligne d’un million", "La ligne d’un million"),
        ("aujourd’hui 3 blessés", "aujourd’hui 3 blessés"),
        ("la route de Ondalia", "la route d’Ondalia"),
    ],
)
def test_no_elision_before_a_figure(text: str, closed: str) -> None:
    assert close_elisions(text) == closed


ARTICLE = "Vossberg : un titre\n\n3 juin 2018. –\n{}\n"


def every_card(extract_text: Any, sentence: str) -> tuple[list[Any], list[Question]]:
    """The facts of an invented article of `sentence` and every question kept (no budget)."""
    text = ARTICLE.format(sentence)
    facts = extract_text(text)
    header = {"title": "Vossberg : un titre", "date": "2018-06-03", "text": text}
    return facts, explain_questions(facts, header, selection=Selection(per_fact=0)).kept


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("La société Valmex a payé un milliard de francs pour racheter son rival.", "un milliard"),
        ("La ville a reçu un million d'euros de la région pour son nouveau musée.", "un million"),
    ],
)
def test_one_million_is_a_figure(extract_text: Any, sentence: str, answer: str) -> None:
    _, kept = every_card(extract_text, sentence)
    assert answer in {q.answer for q in kept if q.template == "quantity-cloze"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Seul un navire a pu quitter le port de Vossberg ce matin-là.",
        "Seule une équipe a franchi la ligne d’arrivée avant la nuit à Vossberg.",
    ],
)
def test_a_count_of_one_is_still_no_figure(extract_text: Any, sentence: str) -> None:
    facts, kept = every_card(extract_text, sentence)
    assert [f for f in facts if f.type == "quantity" and f.get("value") == 1]  # extracted, then
    assert not [q for q in kept if q.fact_type == "quantity"]  # never asked


LONG = (
    "Les élus du conseil municipal de Vossberg réunis en séance extraordinaire le 3 mai ont voté "
    "la fermeture du vieux pont de la ville pour une durée de deux ans {} des plaintes répétées "
    "des riverains sur le bruit, la sécurité et l'état de la chaussée."
)


@pytest.mark.parametrize("opener", ["suite à", "en raison des", "à la suite des", "afin d'éviter"])
def test_a_long_sentence_ends_before_its_adjunct_of_cause(opener: str) -> None:
    gapped = gapped_clause(LONG.format(opener), "deux")
    assert gapped["cloze_text"].endswith("pour une durée de {{c1::deux}} ans.")
    assert gapped["cloze_text"].startswith("Les élus du conseil municipal")
    assert gapped["truncated"] == ""


@pytest.mark.parametrize(
    ("sentence", "span", "kept"),
    [
        # short enough to show whole: nothing cut
        (
            "Le conseil a fermé le pont pour deux ans suite à des plaintes des riverains.",
            "deux",
            "suite à des plaintes des riverains.",
        ),
        # « pour que » says what the clause is for: no cut
        (LONG.format("pour que cessent"), "deux", "pour que cessent des plaintes"),
        # the gap stands in the adjunct: the adjunct is the clause
        (
            LONG.format("suite à"),
            "riverains",
            "suite à des plaintes répétées des {{c1::riverains}}",
        ),
    ],
)
def test_no_cut_before_other_tails(sentence: str, span: str, kept: str) -> None:
    assert kept in gapped_clause(sentence, span)["cloze_text"]


TOLL = (
    "Un premier bilan faisait état de 10 morts et 5 blessés, mais la préfecture de Vossberg a "
    "ensuite annoncé un bilan de 40 morts et 12 blessés."
)


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        ("Vossberg : 40 morts et 12 blessés dans un incendie", True),
        ("Vossberg : quarante morts dans un incendie", True),
        ("Vossberg : un incendie ravage une usine", False),  # no figure in the title: a side figure
    ],
)
def test_the_title_figure_of_a_list_sentence_is_asked(
    extract_text: Any, title: str, asked: bool
) -> None:
    text = f"{title}\n\n3 juin 2018. –\nUn incendie a ravagé une usine de Vossberg.\n{TOLL}\n"
    facts = extract_text(text)
    header = {"title": title, "date": "2018-06-03", "text": text}
    kept = explain_questions(facts, header).kept
    answers = {q.answer for q in kept if q.fact_type == "quantity"}
    assert ("40" in answers) is asked


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Paul Roy a obtenu la médaille d'or du slalom de Vossberg samedi.", "obtenir"),
        ("Léa Morel a obtenu le titre de championne du monde du slalom samedi.", "obtenir"),
        ("Paul Roy a triomphé à Vossberg samedi.", "triompher"),
        ("Les rebelles se sont emparés de la ville de Vossberg lundi.", "emparer"),
        # must not: the same verbs telling no win
        ("Paul Roy a obtenu un prêt de la banque samedi.", None),
        ("Paul Roy a obtenu la médaille sans rien dire.", None),  # a medal of nothing named
        ("Le ministre a emparé le dossier.", None),  # not pronominal: no such win
    ],
)
def test_wins_told_by_other_verbs(extract_text: Any, sentence: str, verb: str | None) -> None:
    facts = extract_text(ARTICLE.format(sentence))
    wins = [f.get("verb") for f in facts if f.type == "action" and f.get("kind") == "win"]
    assert wins == ([verb] if verb else [])


TWO_POSTS = (
    "Paul Lenoir, ministre d'État et ministre de la Mer de la Valmontie, a présenté son plan "
    "lundi à Vossberg."
)
ONE_POST = "Paul Lenoir, ministre de la Mer de la Valmontie, a présenté son plan lundi à Vossberg."


def _role_cards(extract_text: Any, sentence: str) -> list[str]:
    _, kept = every_card(extract_text, sentence)
    return [q.prompt for q in kept if q.fact_type == "person_role"]


def test_one_of_two_functions_is_not_asked_open(extract_text: Any) -> None:
    prompts = _role_cards(extract_text, TWO_POSTS)
    assert not [p for p in prompts if p.startswith("Quelle fonction Paul Lenoir")]
    assert "Qui était le ministre d’État en juin 2018 ?" not in prompts  # one of several
    assert "Qui était le ministre de la Mer de la Valmontie en juin 2018 ?" in prompts


def test_a_single_function_is_asked_open(extract_text: Any) -> None:
    prompts = _role_cards(extract_text, ONE_POST)
    assert "Quelle fonction Paul Lenoir occupait-il en juin 2018 ?" in prompts


@pytest.mark.parametrize(
    ("role", "specific"),
    [
        ("ministre d'État", False),
        ("collaborateur de l'Élysée", False),
        ("députée du Parti vert", False),
        ("eurodéputé de la Ligue", False),
        ("avocat de la famille Roy", False),
        ("député de la circonscription de Vossberg", True),
        ("ministre de la Mer", True),
        ("maire de Vossberg", True),
    ],
)
def test_posts_held_by_many_are_not_specific(role: str, specific: bool) -> None:
    assert is_specific(role) is specific


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("quadruple champion du monde", "title"),
        ("quintuple champion du monde en titre", "title"),
        ("double championne olympique", "title"),
        ("vice champion olympique 2012", "title"),
        ("scientifique de l'agence spatiale", "job"),
        # no title after the multiplier: the word is the role's
        ("double", "function"),
        ("multiple agence", "function"),
        ("ministre de la Mer", "function"),
    ],
)
def test_a_counted_title_is_a_title(role: str, kind: str) -> None:
    assert role_class(role) == kind


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "said"),
    [
        (
            "La mairie a annoncé ce {{c1::samedi 26 mai}} la fermeture du pont.",
            "samedi 26 mai",
            "cloze",
            "La mairie a annoncé le {{c1::samedi 26 mai}} la fermeture du pont.",
        ),
        (
            "Ce {{c1::mardi 3 mai}}, le conseil de Vossberg a voté le budget.",
            "mardi 3 mai",
            "cloze",
            "Le {{c1::mardi 3 mai}}, le conseil de Vossberg a voté le budget.",
        ),
        (
            "En ce {{c1::4 mai 2015}}, le suspect est toujours recherché.",
            "4 mai 2015",
            "cloze",
            "Le {{c1::4 mai 2015}}, le suspect est toujours recherché.",
        ),
        (
            "Complétez : « Le conseil a voté ce … le budget. »",
            "mercredi 4 mai 2016",
            "mcq",
            "Complétez : « Le conseil a voté le … le budget. »",
        ),
        # not a dated day: « ce » stays (and the quality filter judges it)
        (
            "Le conseil a voté ce {{c1::lundi}} le budget.",
            "lundi",
            "cloze",
            "Le conseil a voté ce {{c1::lundi}} le budget.",
        ),
        (
            "Cette {{c1::semaine}}, le conseil a voté le budget.",
            "semaine",
            "cloze",
            "Cette {{c1::semaine}}, le conseil a voté le budget.",
        ),
    ],
)
def test_a_gapped_day_is_said_with_le(prompt: str, answer: str, kind: str, said: str) -> None:
    assert retouched(gap_card(prompt, answer, kind, "event"), "2016-05-04").prompt == said


@pytest.mark.parametrize(
    ("role", "known"),
    [
        ("pape", True),
        ("le pape", True),
        ("secrétaire général de l'ONU", True),
        ("président des États-Unis", True),
        ("papetier", False),
        ("évêque de Vossberg", False),
        ("président du club de Vossberg", False),
    ],
)
def test_a_role_one_person_holds_in_the_world_is_general_knowledge(role: str, known: bool) -> None:
    assert known_head(role) is known


@pytest.mark.parametrize(
    ("name", "sentence", "left"),
    [
        (
            "Paul Roy",
            "Le pape a accepté la démission de Paul Roy, évêque de Vossberg, mardi.",
            True,
        ),
        ("Paul Roy", "Le pape a accepté mardi la démission de Mgr Paul Roy.", True),
        ("Paul Roy", "Le conseil a accepté la démission du maire Paul Roy.", True),
        ("Paul Roy", "Paul Roy, maire de Vossberg, a présenté sa démission jeudi.", True),
        ("Léa Morel", "Léa Morel, directrice du musée, a annoncé son départ à la retraite.", True),
        # someone else leaves, or nobody does
        ("Paul Roy", "Paul Roy, maire de Vossberg, a critiqué la démission de Léa Morel.", False),
        ("Paul Roy", "Paul Roy a demandé à Léa Morel de présenter sa démission.", False),
        ("Paul Roy", "Paul Roy, maire de Vossberg, a inauguré le pont mardi.", False),
        ("Paul Roy", "La démission du gouvernement a surpris Paul Roy.", False),
        ("", "Le pape a accepté la démission de Paul Roy.", False),
    ],
)
def test_a_person_leaving_their_post_in_the_sentence(name: str, sentence: str, left: bool) -> None:
    assert resigned(name, sentence) is left


def test_a_resigning_head_is_asked_in_the_past(extract_text: Any) -> None:
    sentence = "Le pape a accepté la démission de Paul Roy, évêque de Vossberg, mardi."
    prompts = [q.prompt for q in every_card(extract_text, sentence)[1]]
    assert "Qui a dirigé le diocèse de Vossberg ?" in prompts
    assert not [p for p in prompts if "dirigeait" in p or "Qui était l’évêque" in p]


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        (
            "Les doutes portent quand à l’étape elle-même.",
            "Les doutes portent quant à l’étape elle-même.",
        ),
        ("Quand au maire, il reste en poste.", "Quant au maire, il reste en poste."),
        ("Rien n'est dit quand aux résultats.", "Rien n'est dit quant aux résultats."),
        ("Quand à elle, la ville attend.", "Quant à elle, la ville attend."),
        # « quand » and « à » apart: a time, then a place or an hour
        ("Il part quand à 8 heures le train arrive.", "Il part quand à 8 heures le train arrive."),
        (
            "Il a appelé quand à Vossberg la nuit tombait.",
            "Il a appelé quand à Vossberg la nuit tombait.",
        ),
    ],
)
def test_quand_for_quant_is_mended(text: str, mended: str) -> None:
    assert corrected(text) == mended


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        (
            "Six coureurs prennent la tête de la course à Vossberg.",
            "prennent la tête de la course à Vossberg",
        ),
        (
            "Seize coureurs ont abandonné la course à Vossberg.",
            "ont abandonné la course à Vossberg",
        ),
        # the relative clause's own words, not the main verb after it
        (
            "Les 300 salariés qui travaillent à l'usine de Vossberg ont manifesté.",
            "travaillent à l'usine de Vossberg",
        ),
        # a singular verb agrees with another head: no « combien de coureurs prend … »
        ("C'est un groupe de six coureurs qui prend la tête de la course à Vossberg.", None),
    ],
)
def test_a_count_s_verb_phrase_agrees_with_it(
    extract_text: Any, sentence: str, predicate: str | None
) -> None:
    facts = [f for f in extract_text(ARTICLE.format(sentence)) if f.type == "quantity"]
    assert [f.get("predicate") for f in facts] == [predicate]


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("Les 300 salariés travaillent à Vossberg.", "300 salariés", "travaillent à Vossberg"),
        (
            "Quelque 300 salariés ont manifesté à Vossberg.",
            "300 salariés",
            "ont manifesté à Vossberg",
        ),
        (
            "Les 300 salariés ne travaillent plus à Vossberg.",
            "300 salariés",
            "ne travaillent plus à Vossberg",
        ),
        # no conjugated verb after the count: no clause to ask « combien » with
        ("Des 24 marins ayant navigué vers l'île, il reste deux.", "24 marins", ""),
        ("Des 2 200 amateurs et 100 professionnels étaient au départ.", "2 200 amateurs", ""),
        ("Les 45 minutes après l'arrivée du vainqueur ont suffi.", "45 minutes", ""),
    ],
)
def test_a_derived_verb_phrase_is_a_clause(sentence: str, text: str, predicate: str) -> None:
    assert derive_predicate(sentence, text) == predicate


def _action_cards(extract_text: Any, text: str) -> list[str]:
    _, kept = every_card(extract_text, text)
    return [q.prompt for q in kept if q.template.startswith("action-qui")]


@pytest.mark.parametrize(
    "text",
    [
        "Léa Morel s'est imposée sur l'épreuve de Vossberg.\nPaul Roy a remporté le titre européen.",
        "Paul Roy a remporté le sprint final.\nLéa Morel a gagné la course de Vossberg.",
    ],
)
def test_a_win_is_not_asked_when_the_other_race_has_its_winner(
    extract_text: Any, text: str
) -> None:
    assert _action_cards(extract_text, text) == []


def test_a_win_is_asked_when_one_race_is_told(extract_text: Any) -> None:
    prompts = _action_cards(extract_text, "Paul Roy a remporté la course de Vossberg.")
    assert prompts == ["Qui a remporté la course de Vossberg en juin 2018 ?"]


@pytest.mark.parametrize(
    "text",
    [
        "Léa Morel a remporté la médaille d'or en descente.\nPaul Roy a remporté la médaille d'or en slalom.",
        "Paul Roy a remporté la course de Vossberg.\nLéa Morel a gagné le marathon de Lormes.",
    ],
)
def test_wins_of_two_named_events_stay(extract_text: Any, text: str) -> None:
    assert len(_action_cards(extract_text, text)) == 2


def test_two_wins_of_one_gender_stay(extract_text: Any) -> None:
    text = "Paul Roy a remporté la course de Vossberg.\nMarc Lenoir a gagné le marathon de Lormes."
    assert len(_action_cards(extract_text, text)) == 2


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("C'est Paul Roy qui a remporté la course de Vossberg.", "Paul Roy"),
        ("C'est l'Espagnol Marc Vidal qui remporte l'épreuve masculine de Vossberg.", "Marc Vidal"),
        (
            "C'est la Britannique, Léa Morel qui remporte pour la première fois la course de Vossberg.",
            "Léa Morel",
        ),
        # no name put forward, or no cleft
        ("C'est un homme qui a remporté la course de Vossberg.", None),
        ("Paul Roy, qui a remporté la course de Vossberg, est rentré chez lui.", None),
        ("C'est une course que Paul Roy a remportée à Vossberg.", None),
    ],
)
def test_a_cleft_puts_its_winner_forward(
    extract_text: Any, sentence: str, actor: str | None
) -> None:
    facts = extract_text(ARTICLE.format(sentence))
    wins = [f.get("actor") for f in facts if f.type == "action" and f.get("kind") == "win"]
    assert wins == ([actor] if actor else [])


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [
        ("L'archevêque de Vossberg, Paul Roy, a célébré la messe.", "m"),
        ("L'évêque Marc Vidal a célébré la messe à Vossberg.", "m"),
        ("La scientifique Léa Morel a présenté ses travaux à Vossberg.", "f"),
        ("L'archevêque de Lormes, Anne Vidal, a célébré la messe.", "f"),
    ],
)
def test_an_epicene_title_tells_no_gender(extract_text: Any, sentence: str, gender: str) -> None:
    facts = [f for f in extract_text(ARTICLE.format(sentence)) if f.type == "person_role"]
    assert [f.get("gender") for f in facts] == [gender]


@pytest.mark.parametrize("role", ["scientifique de l'agence", "archevêque de Vossberg", "évêque"])
def test_an_epicene_role_is_said_masculine_when_no_one_tells(role: str) -> None:
    assert guess_gender(role) == "m"


def _quantity_answers(extract_text: Any, sentence: str) -> set[str]:
    _, kept = every_card(extract_text, sentence)
    return {q.answer for q in kept if q.fact_type == "quantity" and q.kind == "cloze"}


@pytest.mark.parametrize(
    "sentence",
    [
        "La valeur du groupe Valmex a chuté de 300 millions d'euros, passant de 12,5 milliards à "
        "12,2 milliards d'euros en une journée.",
        "L'incendie a fait 9 morts à Vossberg : 4 pompiers et 5 habitants du quartier de la gare.",
        "Le taux de chômage de Vossberg passe de 8,1 à 8,4 %, soit une hausse de 0,3 point.",
    ],
)
def test_no_figure_the_sentence_gives_by_arithmetic(extract_text: Any, sentence: str) -> None:
    assert _quantity_answers(extract_text, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("L'incendie a fait 9 morts et 14 blessés dans le quartier de la gare de Vossberg.", "9"),
        ("Le taux de chômage de Vossberg passe de 8,1 à 8,4 % en un an.", "8,1"),
    ],
)
def test_figures_that_do_not_follow_stay(extract_text: Any, sentence: str, answer: str) -> None:
    assert answer in _quantity_answers(extract_text, sentence)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "L'ambassadeur de la Valmontie auprès de l'Union européenne, Paul Roy, a présenté le rapport.",
            "ambassadeur de la Valmontie auprès de l'Union européenne",
        ),
        (
            "Le représentant de la Brovanie auprès de l'ONU, Marc Vidal, a voté contre le texte.",
            "représentant de la Brovanie auprès de l'ONU",
        ),
        (
            "L'ambassadeur de la Valmontie, Paul Roy, a présenté le rapport.",
            "ambassadeur de la Valmontie",
        ),
    ],
)
def test_a_post_auprès_de_a_body(extract_text: Any, sentence: str, role: str) -> None:
    facts = [f for f in extract_text(ARTICLE.format(sentence)) if f.type == "person_role"]
    assert [f.get("role") for f in facts] == [role]


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "hour"),
    [
        ("L'accident a eu lieu vers {{c1::22}} h 35 à Vossberg.", "22", "cloze", True),
        ("Complétez : « L'accident a eu lieu vers … heures à Vossberg. »", "22", "mcq", True),
        # the figure gapped is not the hour the sentence also gives
        (
            "Au moins {{c1::22}} personnes sont mortes vers 22 h 35 à Vossberg.",
            "22",
            "cloze",
            False,
        ),
        ("Les secours ont marché {{c1::8}} heures dans la neige.", "8", "cloze", False),
        ("Complétez : « La grève a duré … heures à Vossberg. »", "24", "mcq", False),
    ],
)
def test_an_hour_is_told_by_the_gap_s_place(
    prompt: str, answer: str, kind: str, hour: bool
) -> None:
    card = gap_card(prompt, answer, kind)
    index = ArticleIndex.build([], {"title": "t", "date": "2018-06-03"})
    assert bool(hour_asked(card, index)) is hour


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Au moins 22 personnes sont mortes à Vossberg", True),
        ("Plus de 300 habitants ont été évacués", True),
        ("22 personnes sont mortes", True),
        ("300 euros pour un billet", False),
        ("2 000 manifestants, selon la police", False),
    ],
)
def test_a_counted_subject_opens_a_clause(text: str, clause: bool) -> None:
    assert is_clause(text) is clause


def test_a_clause_with_a_clock_time_stands_before_its_comma() -> None:
    sentence = (
        "Au moins 12 personnes sont mortes et 40 autres blessées vers 21 h 30 UTC+01:00 à la gare "
        "de Vossberg, à Lormes, lorsqu'un train a déraillé à la sortie du tunnel, au moment où les "
        "voyageurs s'apprêtaient à descendre."
    )
    gapped = gapped_clause(sentence, "40")
    assert gapped["truncated"] == ""
    assert gapped["cloze_text"].startswith("Au moins 12 personnes sont mortes et {{c1::40}} autres")
