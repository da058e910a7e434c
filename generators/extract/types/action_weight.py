"""Where an action clause stands in its article: the lead, the title, repetition (its `weight`).

A clause of the lead (the first paragraph after the dateline) weighs more than a later one; the top
weight (1.0) goes to a clause whose verb echoes the title (« brise » → « a brisé ») in the lead or
with a word of the title, and to a lead clause sharing two words with the title.
"""

from __future__ import annotations

from typing import Any

from generators.extract.context import Context
from generators.extract.types.action_story import echoes_title
from generators.french.grammar import fold


def is_furniture(text: str) -> bool:
    """Tell a heading, byline or dateline (no closing punctuation, or a bare date) from a sentence."""
    stripped = text.strip()
    return not stripped or stripped[-1] not in '.!?»"…)' or len(stripped.split()) < 4


def lead_end(ctx: Context) -> int:
    """Return where the article's first paragraph ends (after its dateline line)."""
    key = "action.lead_end"
    if key not in ctx.extras:
        text = ctx.article.text
        start = ctx.article.body_start
        lines = text[start:].split("\n")
        while lines and (not lines[0].strip() or is_furniture(lines[0])):
            start += len(lines.pop(0)) + 1
        end = text.find("\n", start)
        ctx.extras[key] = end if end > 0 else len(text)
    return int(ctx.extras[key])


def weight(fields: dict[str, Any], sent: Any, offset: int, ctx: Context) -> float:
    """Weigh a clause by where it stands: the title, the lead, an actor named again and again.

    The top weight goes to the clause whose verb echoes the title (« brise » → « a brisé ») in the
    lead or with a word of the title, and to a lead clause that shares two words with the title.
    """
    lead = offset + sent.start_char <= lead_end(ctx)
    title = ctx.article.title or ""
    hits = _title_hits(fields, fold(title))
    written = str(fields["predicate"]).split()[-1] if fields["predicate"] else ""
    echo = bool(title) and echoes_title(str(fields["verb"]), written, title)
    if (echo and (lead or hits)) or (lead and hits >= 2):
        return 1.0
    if fields["actor_is_person"]:
        repeated = ctx.names.mention_count(str(fields["actor"])) >= 3
    else:  # the second occurrence, found once per actor: not a scan of the article per clause
        folded = str(ctx.extras.setdefault("action.folded", fold(ctx.article.text)))
        seen: dict[str, bool] = ctx.extras.setdefault("action.repeated", {})
        actor = fold(str(fields["actor"]))
        if actor not in seen:
            seen[actor] = folded.find(actor, folded.find(actor) + 1) >= 0 if actor else False
        repeated = seen[actor]
    value = 0.3 + 0.35 * lead + 0.2 * bool(hits) + 0.1 * echo + 0.15 * repeated
    return float(round(min(1.0, value), 2))


def _title_hits(fields: dict[str, Any], title: str) -> int:
    """Count the actor's and the object's words (the actor's last name, two nouns) in the title."""
    if not title:
        return 0
    words = [w for w in fold(str(fields["actor"])).split() if len(w) > 3][-1:]
    for key in ("object", "complement"):
        words += [w for w in fold(str(fields[key] or "")).split() if len(w) > 4][:2]
    padded = " " + title.replace("'", " ") + " "
    return len({w for w in words if f" {w} " in padded})


def confidence(fields: dict[str, Any], via_name: bool, verb: Any) -> float:
    """Rate how sure the clause is: named actor, a complement, an explicit date, the root verb."""
    score = 0.5 + (0.2 if via_name else 0.05)
    complement = fields["object"] or fields["complement"] or fields["agent"] or fields.get("age")
    score += 0.15 if complement else 0.0  # « est mort à 78 ans »: the age completes a death
    score += 0.1 if fields["date"] and not fields["date_inferred"] else 0.0
    score += 0.05 if verb.dep_ == "ROOT" else 0.0
    return round(min(score, 1.0), 2)
