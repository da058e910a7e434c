"""Reading articles: decoding, header and boilerplate, offsets, size cap, odd files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from generators.errors import InputError
from generators.source.article import DEFAULT_MAX_SIZE, decode, parse_bytes, read_article, slugify

BODY = (
    "Le ministre de l'Économie, Bruno Lemaire, a annoncé mercredi à Lyon que 1 200 emplois "
    "seraient créés d'ici à 2027 dans la région.\n\n"
    "« C'est une très bonne nouvelle pour la vallée », a-t-il déclaré devant les élus.\n"
)
ACCENTED = "Été, œuvre, coûte 3 €, « déjà » – l’île, naïve, Noël, garçon, août.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_decodes_french_in_common_encodings(encoding: str) -> None:
    text = (
        ACCENTED
        if encoding != "latin-1"
        else ACCENTED.replace("œ", "oe").replace("€", "EUR").replace("’", "'").replace("–", "-")
    ) + BODY
    decoded, _ = decode(text.encode(encoding), "a.txt")
    assert decoded == text


def test_windows_1252_typography_is_not_taken_for_control_characters() -> None:
    article = parse_bytes(
        ("« Bonjour » – dit-il… l’été.\n" + BODY).encode("cp1252"), source="a.txt"
    )
    assert article.encoding == "cp1252"
    assert "« Bonjour » – dit-il… l’été." in article.text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF file"),
        (b"PK\x03\x04\x14\x00", "a zip archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"SQLite format 3\x00", "an SQLite database"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
    ],
)
def test_refuses_binary_formats_by_their_signature(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=f"is {what}"):
        decode(data + bytes(range(256)), "f.bin")


def test_refuses_unknown_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(bytes(range(256)) * 20, "f.bin")


def test_line_endings_are_normalized_and_offsets_point_into_text() -> None:
    raw = BODY.replace("\n\n", "\r\n\r\n", 1).replace(".\n", ".\r", 1).encode()
    article = parse_bytes(raw, source="a.txt")
    assert "\r" not in article.text
    assert len(article.clean) == len(article.text)
    assert article.text == BODY


def test_header_title_dateline_and_metadata_are_blanked_in_clean_copy() -> None:
    text = "Des emplois à Lyon\nsource: Le Progrès\ndate 2021-03\n\n" + BODY
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.title == "Des emplois à Lyon"
    assert article.date == "2021-03"
    assert article.metadata["source"] == "Le Progrès"
    assert article.clean[: article.body_start].strip() == ""
    assert article.clean[article.body_start :].strip().startswith("Le ministre")
    assert len(article.clean) == len(article.text)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Le village de Brume devient « Vertbourg »", "Le village de Brume devient « Vertbourg »"),
        (
            "Musique : le groupe « Les Volets » en tournée",
            "Musique : le groupe « Les Volets » en tournée",
        ),
        ("« Nous partirons demain. »", None),
        ("Le maire a parlé.", None),
    ],
)
def test_a_title_may_end_on_a_quoted_name_not_on_a_quoted_sentence(
    first: str, title: str | None
) -> None:
    text = f"{first}\nsource: La Gazette du Val\n\n" + BODY
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.title == title
    if title is None:
        assert article.body_start == 0  # not a header: nothing of the text is blanked
    else:
        assert article.metadata["source"] == "La Gazette du Val"
        assert article.clean[: article.body_start].strip() == ""


def test_header_end_is_the_end_of_its_last_line_even_when_repeated_earlier() -> None:
    text = "Bilan date 2020-02\ndate 2020\n\n" + BODY
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.body_start == text.index("\n\n")
    assert article.date == "2020"


def test_typography_is_normalized_without_changing_length() -> None:
    text = "Le\u00a0ministre l\u2019a dit\u202f: 3\u2009000\tpersonnes.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.clean == "Le ministre l'a dit : 3 000 personnes.\n"
    assert article.text == text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        (
            "Selon Jean Roux [2], ancien maire, tout va bien.",
            "Selon Jean Roux,     ancien maire, tout va bien.",
        ),
        ("Il part en 1979.[12] Puis il revient.", "Il part en 1979    . Puis il revient."),
        ("Elle l'affirme[réf. nécessaire], rien.", "Elle l'affirme," + " " * 17 + " rien."),
        ("Un ami [note 3] [1][2], dit-il.", "Un ami,                 dit-il."),
        ("Le bilan [Quand ?] reste lourd.", "Le bilan           reste lourd."),
    ],
)
def test_reference_marks_are_blanked_with_their_punctuation_kept_next_to_the_word(
    text: str, clean: str
) -> None:
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.clean == clean
    assert article.text == text


def test_encyclopedia_furniture_and_reference_list_are_blanked() -> None:
    text = (
        "La ville est fondée en 43 av. J.-C.\n\n"
        "Histoire[modifier | modifier le code]\n"
        "Article détaillé : Histoire de Lyon.\n"
        "Le pont est construit en 1890.\n\n"
        "↑ a et b Jean Dupont, Histoire de Lyon, Paris, 1990, p. 12.\n"
        "↑ « Lyon », Le Monde, 3 mars 2001.\n"
    )
    clean = parse_bytes(text.encode(), source="a.txt").clean
    assert len(clean) == len(text)
    assert [line.strip() for line in clean.split("\n") if line.strip()] == [
        "La ville est fondée en 43 av. J.-C.",
        "Histoire",
        "Le pont est construit en 1890.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« Je pars [...] demain [sic] », dit-il.",
        "M. [X] a été entendu par le juge.",
        "Le tableau [a] montre la courbe.",
    ],
)
def test_editorial_brackets_are_text(text: str) -> None:
    assert parse_bytes(text.encode(), source="a.txt").clean == text


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf", b"\r\n\r\n"])
def test_empty_articles_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        parse_bytes(data, source="a.txt")


def test_header_only_article_is_read_as_body() -> None:
    article = parse_bytes(b"Un titre\ndate 2020-02\n\n", source="a.txt")
    assert article.body_start == 0
    assert article.clean.startswith("Un titre")


def test_size_cap_refuses_over_and_accepts_exactly_at_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    size = path.stat().st_size
    assert read_article(path, max_size=size).text == BODY
    with pytest.raises(
        InputError,
        match=r"a\.txt is \d+ bytes, over the \d+ bytes limit; split it or raise --max-size",
    ):
        read_article(path, max_size=size - 1)


def test_default_cap_is_ten_mebibytes() -> None:
    assert DEFAULT_MAX_SIZE == 10 * 1024 * 1024


def test_stdin_is_read_with_the_cap() -> None:
    data = BODY.encode()
    assert read_article("-", stdin=io.BytesIO(data)).text == BODY
    with pytest.raises(InputError, match="standard input is over the"):
        read_article("-", stdin=io.BytesIO(data), max_size=10)


def test_device_without_end_is_refused_by_the_cap() -> None:
    with pytest.raises(InputError, match=r"/dev/zero is over the 1\.0 kB limit"):
        read_article("/dev/zero", max_size=1000)


def test_fifo_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer end, as `factdeck facts <(curl …)` would be
        with open(fifo, "wb") as handle:
            handle.write(BODY.encode())
        os._exit(0)
    try:
        assert read_article(fifo).text == BODY
    finally:
        os.waitpid(pid, 0)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder, not an article"):
        read_article(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(path)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY, "fr"),
        (
            "The minister said on Wednesday that the plant would create 1,200 jobs in the region by 2027, and the mayor agreed.",
            "en",
        ),
        (
            "El ministro dijo el miércoles que la fábrica crearía 1.200 empleos en la región antes de 2027, y el alcalde estuvo de acuerdo.",
            "es",
        ),
    ],
)
def test_language_is_guessed(text: str, language: str) -> None:
    assert parse_bytes(text.encode(), source="a.txt").language == language


def test_sha256_is_of_the_bytes_read() -> None:
    import hashlib

    raw = BODY.encode("utf-16")
    assert parse_bytes(raw, source="a.txt").sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("value", "slug"),
    [
        ("Affaire des fiches", "affaire-des-fiches"),
        ("  Été 2020 : l'OMS ", "ete-2020-l-oms"),
        ("???", "article"),
        ("x" * 200, "x" * 80),
    ],
)
def test_slugify(value: str, slug: str) -> None:
    assert slugify(value) == slug


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_short_french_8_bit_text_is_not_taken_for_mac_roman(codec: str) -> None:
    text = "Tout à sa joie, il disait : « Dans trois ans, je serai peut-être encore là pour chanter ». Noël, garçon, août."
    assert decode(text.encode(codec), "a.txt")[0] == text


def test_non_french_8_bit_text_falls_back_to_detection() -> None:
    text = "Привет, как дела? Это тестовый текст на русском языке, написанный в кодировке." * 3
    decoded, encoding = decode(text.encode("cp1251"), "a.txt")
    assert decoded == text and encoding.replace("_", "").lower() in ("cp1251", "windows1251")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Selon M. Durand [2], ancien maire", "Selon M. Durand, ancien maire"),
        ("fondée en 1998.[12] La suite", "fondée en 1998. La suite"),
        ("la ville [réf. nécessaire] compte", "la ville compte"),
        ("un tableau [note 3] et", "un tableau et"),
        (
            "« J'ai vu […] les soldats » [sic]",
            "« J'ai vu […] les soldats » [sic]",
        ),  # editorial: kept
        ("le lot [1 065] reste", "le lot [1 065] reste"),  # not a reference mark
    ],
)
def test_without_boilerplate_for_display(text: str, shown: str) -> None:
    from generators.source.article import without_boilerplate

    assert without_boilerplate(text) == shown


PAGE = """<!doctype html><html lang="fr"><head><title>Un marché couvert rouvre à Lorval</title>
<meta property="article:published_time" content="2024-05-14T08:00:00+02:00"></head>
<body><nav>Accueil · Région · Sports</nav><article><h1>Un marché couvert rouvre à Lorval</h1>
<p>Par Jeanne Martel, publié le 14 mai 2024 à 10 h 05</p>
<p>Le marché couvert de la ville a rouvert ses portes mardi après deux ans de travaux. Selon la
mairie, environ 40 commerçants y vendent désormais leurs produits chaque matin.</p>
<p>La maire, Sophie Carrel, a inauguré le bâtiment devant plusieurs centaines d'habitants.</p>
</article><footer>Mentions légales</footer></body></html>"""


def test_a_web_page_gives_its_title_date_and_text_without_byline() -> None:
    article = parse_bytes(PAGE.encode(), source="page.html")
    assert article.title == "Un marché couvert rouvre à Lorval"
    assert article.date == "2024-05-14"
    body = article.clean[article.body_start :]
    assert "Le marché couvert de la ville a rouvert" in body
    assert "Lorval" not in body.split("Le marché")[0]  # the heading is the header's title
    assert "Jeanne Martel" not in article.clean and "publié" not in article.clean
    assert "Jeanne Martel" in article.text  # offsets still point into the text as read


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("5 juin 2016. – ", "2016-06-05"),
        ("1er mars 2016. –\n", "2016-03-01"),
        ("12 octobre 2019 – ", "2019-10-12"),
        ("3 août 2018. — ", "2018-08-03"),
        ("7 mai 2017 - ", "2017-05-07"),
        ("29 juillet 2016, Cracovie, Pologne. –\n", "2016-07-29"),
        ("Lorval, 3 mars 2021 – ", "2021-03-03"),
    ],
)
def test_a_dateline_opening_the_body_is_the_articles_date(line: str, date: str) -> None:
    text = f"Un titre sans point\n\n{line}Le conseil a voté le budget de la commune mardi soir.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.date == date
    body = article.clean[article.body_start :]
    assert body.strip() == "Le conseil a voté le budget de la commune mardi soir."
    assert len(article.clean) == len(article.text)


def test_a_header_date_wins_over_the_dateline() -> None:
    text = "date 2016-06\n\n5 juin 2016. – Le conseil a voté le budget.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.date == "2016-06"
    assert article.clean.strip() == "Le conseil a voté le budget."


@pytest.mark.parametrize(
    "byline",
    [
        "Par Jeanne Martel, publié le 14 mai 2024 à 10 h 05",
        "Par Jeanne Martel - Publié le 14 mai 2024",
        "Publié le 14 mai 2024 à 10h05, mis à jour le 15 mai 2024 à 8h",
        "Publié le 14 mai 2024 à 10 h 05",
        "Par Jeanne Martel",
        "Par Jeanne Martel, envoyée spéciale à Lorval",
    ],
)
def test_a_pasted_byline_is_metadata(byline: str) -> None:
    text = f"Un titre sans point\n\n{byline}\n\nLe conseil a voté le budget mardi soir.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.clean.strip() == "Le conseil a voté le budget mardi soir."
    assert article.date == ("2024-05-14" if "2024" in byline else None)


@pytest.mark.parametrize(
    "first",
    [
        "Par ailleurs, le conseil a voté le budget le 5 juin 2016.",
        "Le 5 juin 2016, le conseil a voté le budget.",
        "En 2016 – année d'élections – le conseil a voté le budget.",
        "Par la voix de son maire, la ville a voté le budget.",
    ],
)
def test_a_body_sentence_is_no_dateline_nor_byline(first: str) -> None:
    text = f"Un titre sans point\n\n{first}\n\nSuite du texte.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert first in article.clean and article.date is None


def test_a_dateline_after_a_lead_paragraph_is_the_articles_date() -> None:
    lead = "Deux élus de la commune ont démissionné mardi."
    text = f"Un titre sans point\n\n{lead}\n\n14 juin 2016. –\nLe maire a réagi dans la soirée.\n"
    article = parse_bytes(text.encode(), source="a.txt")
    assert article.date == "2016-06-14"
    assert " ".join(article.clean.split()) == f"{lead} Le maire a réagi dans la soirée."
