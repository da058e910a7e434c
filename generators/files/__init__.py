"""Plumbing every stage may use: atomic writes, user folders, safe YAML, the content cache, size limits."""
