"""A Jinja2 sandbox whose work is bounded: a shared template can neither run code nor hang the machine.

Jinja2's `ImmutableSandboxedEnvironment` stops code execution and file access; this one also bounds
the work a template may ask for:
- arithmetic and repetition (`**`, `*`, `%`, `+`, `//`) are checked before they run: no number of
  more than MAX_DIGITS digits, no string or list longer than MAX_LENGTH (`[[ 9 ** (9 ** 9) ]]`,
  `sentence * 100000000`);
- format widths and precisions (`'%999999999d' % 1`, `'{:>999999999}'.format(1)`, `|format`,
  `|center`, `|indent`…) are refused above MAX_WIDTH;
- every loop iteration and every call counts as a step: more than MAX_STEPS per rendered field,
  or more than MAX_SECONDS, stops it (four nested loops, a macro calling itself twice);
- a rendered field longer than MAX_LENGTH is refused as it grows, and recursion ends cleanly.
Each refusal is a `jinja2.exceptions.SecurityError` whose message says which limit and what to do.
"""

from __future__ import annotations

import functools
import math
import re
import string
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_LENGTH = 20_000  # characters of a rendered field, items of a list built by a template
MAX_DIGITS = 400  # digits of a number a template computes
MAX_WIDTH = 1_000  # a format width or precision
MAX_STEPS = 100_000  # loop iterations and calls while rendering one field
MAX_SECONDS = 2.0  # while rendering one field
_CHECK_EVERY = 256  # steps between two looks at the clock
_PERCENT_SPEC = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_NUMBERS = re.compile(r"\d+")
_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "format", "replace", "batch", "slice")


class _Budget(threading.local):
    """The steps left and the deadline of the render running in this thread."""

    steps = MAX_STEPS
    deadline = math.inf


_BUDGET = _Budget()


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox that also bounds arithmetic, formatting, loops, calls and output."""

    intercepted_binops = frozenset(["**", "*", "%", "+", "//"])

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in _SIZED_FILTERS:
            if name in self.filters:
                self.filters[name] = _sized(self.filters[name], name)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse an operation whose result would be too big, then do it."""
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Count a call as a step, then make it as the sandbox does."""
        step()
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Check the widths of a `str.format` pattern before formatting."""
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        pattern = str(value.__self__)
        for _, _, spec, _ in string.Formatter().parse(pattern):
            if spec and ("{" in spec or _too_wide(_NUMBERS.findall(spec))):
                raise SecurityError(f"format width over {MAX_WIDTH} refused; use a smaller width")
        return wrapper

    def iterate(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Yield the items of a template loop, counting each as a step."""
        for item in iterable:
            step()
            yield item

    def join(self, *parts: Any) -> str:
        """Join the operands of `~`, refusing a string longer than MAX_LENGTH."""
        text = "".join(map(str, parts))
        if len(text) > MAX_LENGTH:
            raise SecurityError(f"a text over {MAX_LENGTH} characters refused; build shorter text")
        return text

    def _generate(self, source: nodes.Template, *args: Any, **kwargs: Any) -> str:
        """Route loops and `~` through `iterate` and `join`, then generate the code."""
        return str(super()._generate(_Route().visit(source), *args, **kwargs))


class _Route(NodeTransformer):
    """Rewrite a template's tree so loops and `~` run through the sandbox's counted methods."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _call("iterate", [node.iter])
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return _call("join", node.nodes)


def _call(method: str, arguments: list[Any]) -> nodes.Call:
    return nodes.Call(nodes.EnvironmentAttribute(method), arguments, [], None, None)


def step() -> None:
    """Count one step of the current render; stop it when over its steps or its time."""
    _BUDGET.steps -= 1
    if _BUDGET.steps < 0:
        raise SecurityError(f"over {MAX_STEPS} loop steps or calls; simplify the loops")
    if _BUDGET.steps % _CHECK_EVERY == 0 and time.monotonic() > _BUDGET.deadline:
        raise SecurityError(f"rendering took over {MAX_SECONDS:g} s; simplify the template")


def render(template: Any, context: Mapping[str, Any]) -> str:
    """Render a compiled template within the limits; a field over MAX_LENGTH is refused."""
    with _bounded():
        parts: list[str] = []
        size = 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_LENGTH:
                raise SecurityError(
                    f"a rendered field over {MAX_LENGTH} characters refused; shorten the template"
                )
            parts.append(chunk)
            step()
        return "".join(parts)


def evaluate(expression: Any, context: Mapping[str, Any]) -> Any:
    """Evaluate a compiled expression (`compile_expression`) within the limits."""
    with _bounded():
        return expression(**context)


class _bounded:
    """Give this thread a fresh budget; turn runaway recursion and overflows into SecurityError."""

    def __enter__(self) -> None:
        self.saved = (_BUDGET.steps, _BUDGET.deadline)
        _BUDGET.steps = MAX_STEPS
        _BUDGET.deadline = time.monotonic() + MAX_SECONDS

    def __exit__(self, kind: Any, exc: Any, trace: Any) -> None:
        _BUDGET.steps, _BUDGET.deadline = self.saved
        if isinstance(exc, RecursionError):
            raise SecurityError("the template calls itself without end; remove the recursion")
        if isinstance(exc, (OverflowError, MemoryError)):
            raise SecurityError(f"a number or text too large ({exc}); use smaller values")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Raise SecurityError when `left operator right` would be too big to compute."""
    for value in (left, right):
        if _is_int(value) and abs(value).bit_length() > MAX_DIGITS * 3.33:
            raise SecurityError(f"a number over {MAX_DIGITS} digits refused; use smaller numbers")
    if operator == "**" and _is_int(left) and _is_int(right) and _digits(left, right) > MAX_DIGITS:
        raise SecurityError(f"a power over {MAX_DIGITS} digits refused; use smaller numbers")
    if operator == "*" and _repeated(left, right) > MAX_LENGTH:
        raise SecurityError(f"a repetition over {MAX_LENGTH} refused; repeat less")
    if operator == "%" and isinstance(left, str):
        widths = [n for m in _PERCENT_SPEC.finditer(left) for n in m.groups() if n]
        if "*" in widths or _too_wide(widths):
            raise SecurityError(f"format width over {MAX_WIDTH} refused; use a smaller width")
    if operator == "+" and _length(left) + _length(right) > MAX_LENGTH:
        raise SecurityError(f"a text over {MAX_LENGTH} characters refused; build shorter text")


def _digits(base: int, exponent: int) -> float:
    """Return about how many digits `base ** exponent` has."""
    return exponent * math.log10(abs(base)) if exponent > 0 and abs(base) > 1 else 1


def _repeated(left: Any, right: Any) -> int:
    """Return the length of `left * right` when it repeats a string or a list, else 0."""
    for count, other in ((left, right), (right, left)):
        if _is_int(count) and isinstance(other, (str, list, tuple)):
            return int(count) * len(other)
    return 0


def _length(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 0


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _too_wide(numbers: Iterable[str]) -> bool:
    return any(len(n) > 6 or int(n) > MAX_WIDTH for n in numbers if n.isdigit())


def _sized(apply: Callable[..., Any], name: str) -> Callable[..., Any]:
    """Wrap a Jinja filter that takes a size, refusing sizes and results over the limits."""

    skip = 1 if getattr(apply, "jinja_pass_arg", None) else 0  # environment or eval context

    @functools.wraps(apply)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        value, given = args[skip : skip + 1], (*args[skip + 1 :], *kwargs.values())
        if any(_is_int(v) and abs(v) > MAX_WIDTH for v in given):
            raise SecurityError(f"|{name} size over {MAX_WIDTH} refused; use a smaller size")
        if name == "format" and value:
            _check_binop("%", str(value[0]), ())
        if name == "replace" and value and len(given) >= 2:
            grown = (str(value[0]).count(str(given[0])) + 1) * len(str(given[1]))
            if grown > MAX_LENGTH:
                raise SecurityError(f"|replace over {MAX_LENGTH} characters refused")
        return apply(*args, **kwargs)

    return bounded
