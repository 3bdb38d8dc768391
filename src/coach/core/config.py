"""Settings (pydantic-settings) and the paths derived from them.

Precedence, highest first: arguments to `Settings(...)`, `COACH_*` environment
variables (`__` separates nested fields, e.g. `COACH_ENGINE__MAX_PROBES=1`), the
TOML config file, then defaults. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from coach.core.errors import CoachError, ConfigError

APP_NAME = "coach"


def config_file_path() -> Path:
    """Where the TOML config lives: `$COACH_CONFIG`, else `$COACH_HOME/config.toml`,
    else the platform's config folder."""
    if explicit := os.environ.get("COACH_CONFIG"):
        return Path(explicit).expanduser()
    if home := os.environ.get("COACH_HOME"):
        return Path(home).expanduser() / "config.toml"
    return platformdirs.user_config_path(APP_NAME) / "config.toml"


def default_home() -> Path:
    return platformdirs.user_data_path(APP_NAME)


class EngineSettings(BaseModel):
    """How the offline guide runs a conversation."""

    max_probes: int = Field(2, ge=0, le=4)
    """Follow-up probes asked on a vague answer before moving on."""
    max_answer_chars: int = Field(10_000, ge=100)
    """Longest answer accepted in one turn; longer pastes are refused, not cut."""


class RoutingSettings(BaseModel):
    """How a described situation is matched to a conversation."""

    embeddings: Literal["wordllama", "none"] = "wordllama"
    """`wordllama` (bundled, offline) or `none` (lexical matching only)."""


class LLMSettings(BaseModel):
    """How coach talks to an OpenAI-compatible model (used only when one is configured)."""

    temperature: float = Field(0.4, ge=0.0, le=2.0)
    """Sampling temperature for the coach's turns (structured calls always use 0)."""
    timeout: float = Field(60.0, gt=0, le=600)
    """Seconds to wait for the server to answer a request (or to send the next part of it)."""
    deadline: float = Field(180.0, gt=0, le=3600)
    """Most seconds one model call may take in all, retries and streaming included."""
    max_reply_chars: int = Field(20_000, ge=1_000, le=500_000)
    """Longest reply accepted from the model; a longer one is stopped and not used."""
    max_calls: int = Field(40, ge=1, le=1_000)
    """Most model calls one task may make (a long transcript is drafted in parts)."""
    max_retries: int = Field(2, ge=0, le=10)
    """Retries on 429 (honouring Retry-After), 5xx, timeouts and dropped connections."""
    token_budget: int = Field(6000, ge=1000)
    """Most prompt tokens for any one turn; older turns are folded into a running summary.
    Capped to the server's context window when the server says it (or overflows)."""
    log: bool = False
    """Keep every prompt and reply (secrets masked) for `coach logs`, in the database."""
    log_days: int = Field(14, ge=1, le=365)
    """How long logged calls are kept."""
    parallel_requests: int | None = Field(None, ge=1, le=64)
    """Requests sent at once; default 1 to a server on this machine (a single-slot local
    server aborts a running reply for a second request), 4 elsewhere."""


class EmbeddingSettings(BaseModel):
    """How notes and the framework are embedded for search."""

    backend: Literal["wordllama", "openai"] = "wordllama"
    """`wordllama` (bundled, offline) or `openai` (any OpenAI-compatible /v1/embeddings)."""
    model: str | None = None
    """Embedding model for the `openai` backend, e.g. `nomic-embed-text` on Ollama."""
    base_url: str | None = None
    """Endpoint for the `openai` backend (default: the LLM's base URL)."""


class UISettings(BaseModel):
    """The terminal app."""

    theme: str = "textual-dark"
    """Any Textual theme name; the one chosen in the app (ctrl+p, "Change theme") is kept here."""
    keys: dict[str, str] = Field(default_factory=dict)
    """Keys remapped, by binding id: `[ui.keys]` then `skip = "ctrl+k"` (ids: `coach keys`)."""


class Settings(BaseSettings):
    """Everything coach can be configured with."""

    model_config = SettingsConfigDict(
        env_prefix="COACH_",
        env_nested_delimiter="__",
        extra="ignore",
        validate_default=True,
    )

    home: Path = Field(default_factory=default_home)
    """Where all of coach's data lives (sessions database, exports, user knowledge)."""

    @field_validator("home", mode="before")
    @classmethod
    def _home_is_a_folder(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise ValueError("is empty: unset COACH_HOME, or give the folder coach should keep its data in")
        return value

    provider: Literal["openai", "azure", "ollama", "vllm", "lmstudio", "llamacpp", "llama-cpp-python"] | None = None
    """A preset that supplies the usual base URL (and a default model) of that kind of server."""
    base_url: str | None = None
    """OpenAI-compatible endpoint for LLM mode; falls back to OPENAI_BASE_URL (unset: the offline guide)."""
    api_key: SecretStr | None = None
    """API key for the endpoint; falls back to OPENAI_API_KEY (sent only to OpenAI's own
    base URL unless `share_openai_key` is set); never printed."""
    share_openai_key: bool = False
    """Send OPENAI_API_KEY to a base URL other than OpenAI's (COACH_API_KEY is always sent)."""
    model: str | None = None
    """Model name; if unset, the preset's default or the first model the server lists."""
    chroma_url: str | None = None
    """A Chroma server (e.g. http://127.0.0.1:8000) instead of the embedded index in COACH_HOME."""
    llm: LLMSettings = LLMSettings()
    embeddings: EmbeddingSettings = EmbeddingSettings()
    engine: EngineSettings = EngineSettings()
    routing: RoutingSettings = RoutingSettings()
    ui: UISettings = UISettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file_path())
        return (init_settings, env_settings, toml)

    # Derived paths: computed, never created here.
    @property
    def db_path(self) -> Path:
        return self.home / "coach.db"

    @property
    def user_knowledge_dir(self) -> Path:
        return self.home / "knowledge"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    @property
    def servers_path(self) -> Path:
        """What coach learnt about each model server (structured output, context window)."""
        return self.home / "servers.json"

    @property
    def llm_configured(self) -> bool:
        return bool(self.base_url or self.api_key or self.provider)


def unknown_keys(data: dict[str, Any], model: type[BaseModel], prefix: str = "") -> list[tuple[str, str | None]]:
    """Keys of a config table that `model` has no field for, each with the nearest valid
    key (a typo such as `llm.temprature` would otherwise be ignored without a word)."""
    found: list[tuple[str, str | None]] = []
    fields = model.model_fields
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            near = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
            found.append((f"{prefix}{key}", f"{prefix}{near[0]}" if near else None))
            continue
        kind = field.annotation
        if isinstance(value, dict) and isinstance(kind, type) and issubclass(kind, BaseModel):
            found += unknown_keys(value, kind, f"{prefix}{key}.")
    return found


def _check_config_file(path: Path) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if unknown := unknown_keys(data, Settings):
        key, near = unknown[0]
        hint = f" (did you mean '{near}'?)" if near else " (the README's Configuration lists the settings)"
        more = f", and {len(unknown) - 1} more" if len(unknown) > 1 else ""
        raise ConfigError(f"{path}: unknown setting '{key}'{hint}{more}")


def set_config_value(path: Path, section: str, key: str, value: str) -> None:
    """Set `[section] key = "value"` in the TOML file at `path`, changing only that line (or
    adding it, or the section): the user's comments and layout stay. The result is parsed
    before it replaces the file; a file it cannot safely change is left as it was."""
    try:
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\s*{re.escape(section)}\s*\]\s*(?:#.*)?$")
    start = next((i for i, existing in enumerate(lines) if header.match(existing)), None)
    if start is None:
        lines += ([""] if lines and lines[-1].strip() else []) + [f"[{section}]", line]
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        same = re.compile(rf"^\s*{re.escape(key)}\s*=")
        at = next((i for i in range(start + 1, end) if same.match(lines[i])), None)
        if at is None:
            lines.insert(start + 1, line)
        else:
            lines[at] = line
    result = "\n".join(lines) + "\n"
    try:
        parsed = tomllib.loads(result)
    except tomllib.TOMLDecodeError:
        parsed = {}
    if parsed.get(section, {}).get(key) != value:
        raise ConfigError(f"{path}: cannot set {section}.{key} in it without rewriting it; set it there by hand")
    from coach.core.exporting import replace_file

    try:
        replace_file(result, path, path)
    except CoachError as exc:
        raise ConfigError(str(exc)) from None


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, turning any problem into one `ConfigError` line."""
    path = config_file_path()
    _check_config_file(path)
    try:
        settings = Settings(**overrides)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"invalid setting {loc} (from COACH_* variables or {path}): {first['msg']}") from None
    settings.home = settings.home.expanduser()
    base_from_openai = settings.base_url is None and bool(os.environ.get("OPENAI_BASE_URL"))
    if settings.base_url is None and (url := os.environ.get("OPENAI_BASE_URL")):
        settings.base_url = url
    # OpenAI's key goes to OpenAI, or where OPENAI_BASE_URL (set with it) points; any other
    # server gets it only when the user says so.
    shared = base_from_openai or settings.share_openai_key or _is_openai(settings.base_url)
    if settings.api_key is None and shared and (key := os.environ.get("OPENAI_API_KEY")):
        settings.api_key = SecretStr(key)
    return settings


def _is_openai(base_url: str | None) -> bool:
    return base_url is None or urlsplit(base_url).hostname == "api.openai.com"


_SECRET_PARAM = re.compile(r"key|token|secret|password|passwd|sig|auth", re.I)


def redact_url(url: str) -> str:
    """`url` with a password in it, and query values that look like keys, masked."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password:
        netloc = netloc.replace(f":{parts.password}@", ":********@")
    elif parts.username and "@" in netloc:
        netloc = netloc.replace(f"{parts.username}@", "********@")
    query = "&".join(
        f"{name}=********" if _SECRET_PARAM.search(name) else f"{name}={value}" if sep else name
        for name, sep, value in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def settings_report(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data, secrets masked, paths included."""
    data = settings.model_dump(mode="json")
    if settings.api_key is not None:
        data["api_key"] = "********"
    for section, key in ((data, "base_url"), (data, "chroma_url"), (data["embeddings"], "base_url")):
        if section.get(key):
            section[key] = redact_url(section[key])
    data["paths"] = {
        "config_file": str(config_file_path()),
        "config_file_exists": config_file_path().is_file(),
        "database": str(settings.db_path),
        "user_knowledge": str(settings.user_knowledge_dir),
        "exports": str(settings.exports_dir),
    }
    data["mode"] = "llm" if settings.llm_configured else "offline"
    return data
