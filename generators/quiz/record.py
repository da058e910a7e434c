"""The question as the quiz sees it: the light record of `generators.question`."""

from __future__ import annotations

from generators.question import Question, question_from_dict

# The quiz reads questions from the generator, from a built deck's Meta field and from its cache:
# all three are the same record.
QuestionLike = Question

__all__ = ["Question", "QuestionLike", "question_from_dict"]
