"""The rules of ``reportdiff check``: where they are configured and what each one may be.

Rules live in ``[rules]`` of a ``reportdiff.toml`` (or ``.reportdiff.toml``) or in
``[tool.reportdiff.rules]`` of a ``pyproject.toml``. The file is found as ruff finds its own:
the first directory, from the reports folder upwards, holding one of those files (a
``pyproject.toml`` counts only when it has a ``[tool.reportdiff]`` table). ``--config FILE``
names one instead. Each rule is ``"fail"``, ``"warn"`` or ``"off"``; an unknown rule, level
or table is an error naming it, so a typo never switches a rule off silently.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError, os_reason

#: Every rule with its default level (the README lists them; keep both in step).
DEFAULT_RULES: dict[str, str] = {
    "required_parts": "fail",
    "dropped": "warn",
    "shortcoming_dropped": "warn",
    "not_reported": "warn",
    "growth_mismatch": "warn",
    "year_gap": "fail",
}
LEVELS = ("fail", "warn", "off")
#: Looked for in each directory, in this order.
CONFIG_NAMES = (".reportdiff.toml", "reportdiff.toml", "pyproject.toml")


class ConfigError(SourceError):
    """A configuration file is unreadable, not TOML, or names an unknown rule or level."""


@dataclass(frozen=True, slots=True)
class Config:
    """The rules in force and the file they came from (None: the defaults)."""

    rules: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RULES))
    path: Path | None = None

    def level(self, rule: str) -> str:
        return self.rules[rule]


def find_config(start: Path) -> Path | None:
    """Return the configuration file nearest to ``start`` going upwards, or None."""
    start = start.resolve()
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or "reportdiff" in _read(candidate).get("tool", {}):
                return candidate
    return None


def load_config(path: Path | None) -> Config:
    """Return the rules of the file at ``path`` over the defaults (the defaults for None)."""
    if path is None:
        return Config()
    data = _read(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("reportdiff", {})
        where = {"where": "[tool.reportdiff]"}
    else:
        table, where = data, {"where_code": "top_level"}
    if not isinstance(table, dict):
        raise ConfigError.of(str(path), "config_not_table", **where)
    unknown = sorted(set(table) - {"rules"})
    if unknown:
        raise ConfigError.of(str(path), "config_unknown_key", key=unknown[0], **where)
    rules_table = table.get("rules", {})
    if not isinstance(rules_table, dict):
        raise ConfigError.of(str(path), "config_rules_not_table")
    rules = dict(DEFAULT_RULES)
    for rule, level in rules_table.items():
        if rule not in DEFAULT_RULES:
            raise ConfigError.of(str(path), "config_unknown_rule", rule=rule, known=tuple(DEFAULT_RULES))
        if level not in LEVELS:
            raise ConfigError.of(str(path), "config_unknown_level", rule=rule, level=level)
        rules[rule] = level
    return Config(rules, path)


def resolve_config(directory: Path, explicit: Path | None = None) -> Config:
    """Return the configuration for a reports folder: ``explicit`` if given, else the nearest one."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError.of(str(explicit), "config_missing")
        return load_config(explicit)
    return load_config(find_config(directory))


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError.of(str(path), "config_not_toml", detail=str(exc)) from None
    except OSError as exc:
        raise ConfigError.of(str(path), "config_unreadable", **os_reason(exc)) from None


__all__ = ["CONFIG_NAMES", "DEFAULT_RULES", "LEVELS", "Config", "ConfigError", "find_config",
           "load_config", "resolve_config"]
