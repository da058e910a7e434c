"""Question templates: the YAML schema, the loader and the sandboxed rendering."""

from generators.questions.templates.loader import (
    copy_defaults,
    load_file,
    load_folder,
    load_templates,
    select,
    template_dirs,
)
from generators.questions.templates.render import (
    condition,
    environment,
    helper_names,
    helpers,
    render,
    render_field,
)
from generators.questions.templates.schema import POOLS, Template, check

__all__ = [
    "POOLS",
    "Template",
    "check",
    "condition",
    "copy_defaults",
    "environment",
    "helper_names",
    "helpers",
    "load_file",
    "load_folder",
    "load_templates",
    "render",
    "render_field",
    "select",
    "template_dirs",
]
