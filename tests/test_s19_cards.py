"""Cards of session 19: a title opening a name gives its gender (« Cheikh X occupait-il »), a year
of another thing (« né en 1961 ») does not date a post, a one-word name ending in s is one place
(« Qui dirigeait Valbronnes ? »), and a bare head-of-state post is named by the article's country
(« Qui a été élu président de la Norvège ? »). Invented names and sentences, through the whole
question builder (hand-made facts, and the real spaCy pipeline for a few articles)."""

from __future__ import annotations

import pytest

from generators.questions import explain_questions
from generators.questions.index import ArticleIndex, noun_phrase
from generators.questions.posts import countried_post, names_its_body
from generators.questions.roles import past_year, role_class
from generators.questions.score import signals
from generators.records import Fact, Question, Selection
from tests.handmade import fact

HEADER = {"slug": "t", "title": "Vanlandie : un nouveau décret", "date": "2031-03-10"}


def role(person: str, post: str, gender: str, sentence: str, n: int = 0) -> Fact:
    return fact(
        "person_role",
        sentence,
        n,
        person=person,
        role=post,
        gender=gender,
        role_gender=gender,
        confidence=0.9,
    )


def kept(facts: list[Fact], header: dict[str, str] | None = None) -> list[str]:
    made = explain_questions(facts, header or HEADER, selection=Selection(per_fact=0))
    return [q.prompt for q in made.kept]


# --- family 1: a title opening a name gives its gender ------------------------------------------


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("Cheikh Adil Morvane", "f", "m"),
        ("Sheikh Adil Morvane", "f", "m"),
        ("Cheik Adil Morvane", None, "m"),
        ("Émir Adil Morvane", "f", "m"),
        ("Sultan Adil Morvane", "f", "m"),
        ("Sheikha Lina Morvane", "m", "f"),
        ("Cheikha Lina Morvane", "m", "f"),
        ("Princesse Lina Morvane", "m", "f"),
        # must not fire: no title first, or a word that only begins like one
        ("Adil Morvane", "f", "f"),
        ("Kerri Morvane", "m", "m"),
        ("Princeton Morvane", "f", "f"),
        ("Adil Cheikh", "f", "f"),
        ("Rois Morvane", "f", "f"),
    ],
)
def test_a_title_opening_a_name_gives_its_gender(
    name: str, given: str | None, expected: str
) -> None:
    sentence = f"{name} a signé le décret."
    index = ArticleIndex.build([role(name, "gouverneur de Valmir", given or "", sentence)], HEADER)
    assert index.phrase(name).gender == expected


def test_an_emir_s_card_asks_occupait_il() -> None:
    facts = [
        role(
            "Cheikh Adil Morvane",
            "émir",
            "f",
            "Le décret a été publié par l'émir Cheikh Adil Morvane.",
        )
    ]
    assert "Quelle fonction Cheikh Adil Morvane occupait-il en mars 2031 ?" in kept(facts)


def test_a_sheikha_s_card_asks_occupait_elle() -> None:
    facts = [
        role(
            "Sheikha Lina Morvane",
            "présidente de la fondation Valmir",
            "m",
            "Sheikha Lina Morvane, présidente de la fondation Valmir, a salué le décret.",
        )
    ]
    assert "Quelle fonction Sheikha Lina Morvane occupait-elle en mars 2031 ?" in kept(facts)


# --- family 2: a year of another thing does not date a post -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Selon Paul Arnac, le maire de Valbronnes, le suspect est un homme né en 1961.", ""),
        ("Selon Paul Arnac, le maire, la victime est une femme née en 1990.", ""),
        ("Paul Arnac, qui dirige le musée fondé en 1921, a porté plainte.", ""),
        ("Paul Arnac, directeur de l'école créée en 1988, a démissionné.", ""),
        ("Le préfet Paul Arnac a visité le pont construit en 1912.", ""),
        ("Paul Arnac, maire de Valbronnes, a rappelé la naissance du village en 1850.", ""),
        # must not fire: the year dates the post or the story
        ("En 1998, Paul Arnac, alors maire de Valbronnes, a signé l'accord.", "en 1998"),
        ("Paul Arnac, maire de Valbronnes en 2004, a signé l'accord.", "en 2004"),
        ("Paul Arnac, né en 1950, dirigeait la mairie en 1990.", "en 1990"),
        ("Paul Arnac dirige la mairie depuis 2019.", ""),
        ("Paul Arnac a été élu maire en 2012 face à Jean Vidal.", "en 2012"),
    ],
)
def test_a_year_of_another_thing_does_not_date_the_post(sentence: str, expected: str) -> None:
    assert past_year(sentence, "2031-03-10") == expected


def test_a_mayor_quoted_on_a_birth_year_is_asked_at_the_article_s_month() -> None:
    sentence = "Selon Paul Arnac, le maire de Valbronnes, il s'agit d'un homme né en 1961."
    facts = [
        fact(
            "leads",
            sentence,
            leader="Paul Arnac",
            entity="Valbronnes",
            via="title",
            leader_gender="m",
            confidence=0.9,
        )
    ]
    assert kept(facts) == ["Qui dirigeait Valbronnes en mars 2031 ?"]


# --- family 3: a one-word name ending in s or x is one place -------------------------------------


@pytest.mark.parametrize(
    ("name", "number", "article"),
    [
        ("Valbronnes", "s", False),
        ("Mérignoux", "s", False),
        ("Castelnès", "s", False),
        ("Arvieux", "s", False),
        ("Valmir", "s", False),
        # must not fire: a plural noun phrase, a country, a name written with « les », an acronym
        ("forces armées", "p", True),
        ("Philippines", "p", True),
        ("Bleus", "p", True),
        ("Castillonès", "s", False),
        ("Forces démocratiques", "p", True),
    ],
)
def test_a_one_word_name_ending_in_s_is_singular(name: str, number: str, article: bool) -> None:
    sentence = "Les Bleus ont battu Arvieux, puis les Bleus sont rentrés à Valbronnes."
    index = ArticleIndex.build([fact("event", sentence)], HEADER)
    phrase = noun_phrase(name, None, None, index)
    assert (phrase.number, phrase.article) == (number, article)


# --- family 4: a bare head-of-state post named by the article's country -------------------------

TITLE = "Norvège : Paul Arnac élu président"
ELECTED = {"slug": "t", "title": TITLE, "date": "2031-03-10"}


def elected(post: str = "président", sentence: str = TITLE, actor: str = "Paul Arnac") -> Fact:
    return fact(
        "action",
        sentence,
        actor=actor,
        actor_is_person=True,
        gender="m",
        number="sg",
        verb="élire",
        kind="appointment",
        voice="passive",
        predicate="a été élu",
        object=None,
        complement=post,
        date="en mars 2031",
        date_inferred=True,
        weight=1.0,
        confidence=0.85,
    )


COUNTRY = [
    fact("event", "La Norvège a voté dimanche ; en Norvège, la participation a été forte.", 1)
]


def test_an_elected_president_is_president_of_the_article_s_country() -> None:
    prompts = kept([elected(), *COUNTRY], ELECTED)
    assert "Qui a été élu président de la Norvège en mars 2031 ?" in prompts


def test_the_post_as_the_article_writes_it_elsewhere() -> None:
    facts = [
        elected(),
        *COUNTRY,
        role(
            "Paul Arnac",
            "président de la République",
            "m",
            "Paul Arnac, président de la République, a parlé.",
            2,
        ),
    ]
    assert "Qui a été élu président de la République en mars 2031 ?" in kept(facts, ELECTED)


def test_a_king_is_king_of_the_article_s_country() -> None:
    prompts = kept([elected("roi"), *COUNTRY], ELECTED)
    assert "Qui a été élu roi de la Norvège en mars 2031 ?" in prompts


@pytest.mark.parametrize(
    ("facts", "header"),
    [
        ([elected()], {"slug": "t", "title": "Paul Arnac élu président", "date": "2031-03-10"}),
        (  # a club's president
            [elected(sentence="Paul Arnac élu président du club"), *COUNTRY],
            {
                "slug": "t",
                "title": "Norvège : Paul Arnac élu président du club",
                "date": "2031-03-10",
            },
        ),
        (  # another body's head elsewhere in the article
            [
                elected(),
                *COUNTRY,
                role(
                    "Paul Arnac",
                    "président de la fédération de judo",
                    "m",
                    "Paul Arnac, président de la fédération de judo, a parlé.",
                    2,
                ),
            ],
            ELECTED,
        ),
    ],
)
def test_no_country_no_card(facts: list[Fact], header: dict[str, str]) -> None:
    assert not [p for p in kept(facts, header) if "élu" in p]


def question(prompt: str, template: str = "action-qui") -> Question:
    return Question(
        id="q",
        fact_id="t:action:0",
        template=template,
        kind="basic",
        prompt=prompt,
        answer="Paul Arnac",
    )


@pytest.mark.parametrize(
    ("prompt", "post", "expected"),
    [
        (
            "Qui a été élu président en mars 2031 ?",
            "président",
            "Qui a été élu président de la Norvège en mars 2031 ?",
        ),
        (
            "Qui a été élu roi en mars 2031 ?",
            "roi",
            "Qui a été élu roi de la Norvège en mars 2031 ?",
        ),
        # must not fire: the post has its body, or another verb, or the post is not a head of state's
        ("Qui a été élu président du Sénat ?", "président", "Qui a été élu président du Sénat ?"),
        ("Qui a été élu maire en mars 2031 ?", "maire", "Qui a été élu maire en mars 2031 ?"),
        ("Qui a été élu président d’honneur ?", "président", "Qui a été élu président d’honneur ?"),
    ],
)
def test_countried_post(prompt: str, post: str, expected: str) -> None:
    facts = [elected(post), *COUNTRY]
    index = ArticleIndex.build(facts, ELECTED)
    assert countried_post(question(prompt), index).prompt == expected


@pytest.mark.parametrize(
    ("prompt", "post", "expected"),
    [
        ("président de la République", "président", True),
        ("président du Sénat", "président", True),
        ("président d'honneur", "président", True),
        ("président en mars", "président", False),
        ("président", "président", False),
        ("vice-président de la Norvège", "président", False),
    ],
)
def test_names_its_body(prompt: str, post: str, expected: bool) -> None:
    assert names_its_body(prompt, post) is expected


# --- family 5: an action's object told with the complement that says which one ----------------

VALMIR = {"slug": "t", "title": "Valmir : le conseil agit", "date": "2031-03-10"}


def action(sentence: str, obj: str, actor: str = "La mairie", predicate: str = "a lancé") -> Fact:
    return fact(
        "action",
        sentence,
        actor=actor,
        actor_is_person=False,
        gender="f",
        number="sg",
        verb=predicate.split()[-1].replace("é", "er"),
        kind="announcement",
        voice="active",
        predicate=predicate,
        object=obj,
        complement=None,
        actor_source="phrase",
        date="en mars 2031",
        date_inferred=True,
        weight=1.0,
        confidence=0.9,
    )


def who_card(made: Fact) -> str | None:
    result = explain_questions([made], VALMIR, selection=Selection(per_fact=0))
    return next((q.prompt for q in result.kept if q.template == "action-qui"), None)


@pytest.mark.parametrize(
    ("sentence", "obj", "expected"),
    [
        (
            "L'armée valmirienne a lancé l'offensive pour reprendre la ville de Castelnès et sa région.",
            "l'offensive",
            "Qui a lancé l’offensive pour reprendre la ville de Castelnès en mars 2031 ?",
        ),
        (
            "La mairie a lancé une enquête sur une base aérienne qu'elle juge dangereuse.",
            "une enquête",
            "Qui a lancé une enquête sur une base aérienne en mars 2031 ?",
        ),
        (
            "La mairie a lancé une campagne contre le gaspillage alimentaire, a-t-elle annoncé.",
            "une campagne",
            "Qui a lancé une campagne contre le gaspillage alimentaire en mars 2031 ?",
        ),
        (
            "La mairie a lancé un appel envers les riverains du lac.",
            "un appel",
            "Qui a lancé un appel envers les riverains du lac en mars 2031 ?",
        ),
        (
            "La mairie a lancé un plan visant les écoles de Valmir.",
            "un plan",
            "Qui a lancé un plan visant les écoles de Valmir en mars 2031 ?",
        ),
        # must not fire: a place, the answer's own words, a time, too long a complement
        (
            "La mairie a lancé une campagne à Valmir.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
        (
            "La mairie a lancé une campagne pour la mairie de Castelnès.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
        (
            "La mairie a lancé une campagne sur les réseaux sociaux lundi et mardi.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
        (
            "La mairie a lancé une campagne sur les réseaux sociaux de toute la région autour du "
            "grand lac de Valmir.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
        (
            "La mairie a lancé une campagne pour 12,5 millions d'euros.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
        (
            "La mairie a lancé une campagne, sur les réseaux sociaux.",
            "une campagne",
            None,  # the complement stays out; alone, « une campagne » is too vague (session 30)
        ),
    ],
)
def test_an_object_is_asked_with_its_complement(
    sentence: str, obj: str, expected: str | None
) -> None:
    actor = sentence.split(" a lancé")[0]
    assert who_card(action(sentence, obj, actor=actor)) == expected


# --- family 6: a trade of the web, the sciences or the arts is asked as a trade ----------------


@pytest.mark.parametrize(
    ("post", "kind"),
    [
        ("YouTubeur", "job"),
        ("youtubeuse valmirienne", "job"),
        ("vidéaste", "job"),
        ("influenceuse", "job"),
        ("astronaute", "job"),
        ("astrophysicienne de l'université de Valmir", "job"),
        ("rappeur", "job"),
        ("dessinatrice de presse", "job"),
        # must not fire: posts stay functions
        ("directeur de l'observatoire de Valmir", "function"),
        ("maire de Valbronnes", "function"),
        ("porte-parole de la mairie", "function"),
        ("ministre de la culture", "function"),
    ],
)
def test_a_trade_is_no_function(post: str, kind: str) -> None:
    assert role_class(post) == kind


def test_a_youtuber_is_asked_his_trade() -> None:
    sentence = "Le YouTubeur Paul Arnac, suivi par deux millions d'abonnés, a répondu."
    facts = [role("Paul Arnac", "YouTubeur", "m", sentence)]
    prompts = kept(facts)
    assert "Quel est le métier de Paul Arnac ?" in prompts
    assert not [p for p in prompts if "fonction" in p]


# --- family 7: « son poste » named by the title the actor is introduced with -------------------


def resigned(actor: str, obj: str, people: tuple[str, ...] = ("Paul Arnac",)) -> list[str]:
    sentence = f"{actor} a annoncé {obj}."
    made = fact(
        "action",
        sentence,
        actor=actor,
        actor_is_person=True,
        gender="m",
        number="sg",
        verb="annoncer",
        kind="announcement",
        voice="active",
        predicate="a annoncé",
        object=obj,
        complement=None,
        actor_source="phrase",
        date="en mars 2031",
        date_inferred=True,
        weight=0.85,
        confidence=0.9,
    )
    known = [
        role(p, "général", "m", f"Le général {p} a parlé devant la presse.", n + 1)
        for n, p in enumerate(people)
    ]
    result = explain_questions([made, *known], VALMIR, selection=Selection(per_fact=0))
    return [f"{q.prompt} → {q.answer}" for q in result.kept if q.template == "action-qui"]


@pytest.mark.parametrize(
    ("actor", "obj", "expected"),
    [
        (
            "Le chef d'état-major des armées Paul Arnac",
            "la démission de son poste",
            "Qui a annoncé la démission de son poste de chef d’état-major des armées en mars 2031 ? "
            "→ Paul Arnac",
        ),
        (
            "Le maire de Valbronnes Paul Arnac",
            "la fin de son mandat",
            "Qui a annoncé la fin de son mandat de maire de Valbronnes en mars 2031 ? → Paul Arnac",
        ),
        (
            "Le directeur de l'hôpital Paul Arnac",
            "l'abandon de ses fonctions",
            "Qui a annoncé l’abandon de ses fonctions de directeur de l’hôpital en mars 2031 ? "
            "→ Paul Arnac",
        ),
        (
            "Le préfet Paul Arnac",
            "la démission de son poste",
            "Qui a annoncé la démission de son poste de préfet en mars 2031 ? → Paul Arnac",
        ),
        (
            "L'entraîneur Paul Arnac",
            "le départ de son poste",
            "Qui a annoncé le départ de son poste d’entraîneur en mars 2031 ? → Paul Arnac",
        ),
    ],
)
def test_an_own_post_is_named_by_the_actor_s_title(actor: str, obj: str, expected: str) -> None:
    assert resigned(actor, obj) == [expected]


@pytest.mark.parametrize(
    ("actor", "obj", "people", "expected"),
    [
        ("Paul Arnac", "la démission de son poste", ("Paul Arnac",), []),  # no title
        ("Le préfet Paul Arnac", "la démission de son poste", (), []),  # no known person
        ("Le préfet (honoraire) Paul Arnac", "la démission de son poste", ("Paul Arnac",), []),
        (  # already named: left as it was
            "Paul Arnac",
            "la démission de son poste de préfet",
            ("Paul Arnac",),
            ["Qui a annoncé la démission de son poste de préfet en mars 2031 ? → Paul Arnac"],
        ),
        (
            "Le préfet Paul Arnac",
            "la démission de son poste de préfet",
            ("Paul Arnac",),
            [
                "Qui a annoncé la démission de son poste de préfet en mars 2031 ? → Le préfet Paul Arnac"
            ],
        ),
    ],
)
def test_an_own_post_without_a_title_is_not_named(
    actor: str, obj: str, people: tuple[str, ...], expected: list[str]
) -> None:
    assert resigned(actor, obj, people) == expected


def test_an_own_post_without_its_title_is_still_dropped() -> None:
    assert resigned("Paul Arnac", "la démission de son poste") == []


# --- family 8: a question that names « la ville », « le pays » does not point back ------------


def points_back(prompt: str, kind: str = "basic") -> float:
    made = Question(id="q", fact_id="f", template="t", kind=kind, prompt=prompt, answer="Valmir")
    return dict(signals(made)).get("points back", 0.0)


@pytest.mark.parametrize(
    ("prompt", "kind", "penalty"),
    [
        ("Qui a lancé l’offensive pour reprendre la ville de Castelnès ?", "basic", 0.0),
        ("Qui a lancé l’offensive pour reprendre la ville d’Arvieux ?", "basic", 0.0),
        ("Qui dirige le pays Valmir depuis 2010 ?", "basic", 0.0),
        ("Qui a quitté la ville de Castelnès ?", "mcq", 0.0),
        # must fire: a bare noun, a size, a word no name completes, a card showing its sentence
        ("Qui dirige la ville ?", "basic", 0.15),
        ("Qui a quitté la ville de 12 000 habitants ?", "basic", 0.15),
        ("Qui dirige le pays basque ?", "basic", 0.15),
        ("Qui a également voté à Castelnès ?", "basic", 0.15),
        ("Qui a quitté la ville de Castelnès pour la ville ?", "basic", 0.15),
        ("La ville de Castelnès compte {{c1::12 000}} habitants.", "cloze", 0.15),
        ("Complétez : « La ville de Castelnès compte … habitants. »", "mcq", 0.15),
    ],
)
def test_a_named_referent_does_not_point_back(prompt: str, kind: str, penalty: float) -> None:
    assert points_back(prompt, kind) == penalty
