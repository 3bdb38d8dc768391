"""The parts every use case shares, each built once on first use: the framework, the router
and embedder, the model gateway, the stores and the search index. Building a part takes a
lock, so two workers asking at once get the same, fully built part."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from coach.framework.loader import Framework, bundled_knowledge_dir, load_framework
from coach.store.database import Database
from coach.store.memory import MemoryStore
from coach.store.rehearsals import RehearsalStore
from coach.store.sessions import SessionStore

if TYPE_CHECKING:
    from pathlib import Path

    from coach.core.config import Settings
    from coach.core.types import Embedder
    from coach.framework.models import Conversation
    from coach.llm.client import Endpoint
    from coach.llm.gateway import Gateway
    from coach.rehearsal.intents import IntentMatcher
    from coach.rehearsal.personas import Persona
    from coach.retrieval.advice_search import AdviceIndex
    from coach.retrieval.note_index import NoteIndex
    from coach.retrieval.vocabulary import Vocabulary
    from coach.routing.router import Router
    from coach.store.model_log import ModelLogStore


class Components:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._framework: Framework | None = None
        self._router: Router | None = None
        self._embedder: Embedder | None = None
        self._advice: AdviceIndex | None = None
        self._endpoint: Endpoint | None = None
        self._endpoint_checked = False
        self._gateway: Gateway | None = None
        self._sessions: SessionStore | None = None
        self._note_index: NoteIndex | None = None
        self._vocabulary: Vocabulary | None = None
        self._personas: dict[str, Persona] | None = None
        self._matchers: dict[str, IntentMatcher] = {}

    @property
    def knowledge_dirs(self) -> list[Path]:
        return [bundled_knowledge_dir(), self.settings.user_knowledge_dir]

    # Knowledge -----------------------------------------------------------------------
    @property
    def framework(self) -> Framework:
        with self._lock:
            if self._framework is None:
                self._framework = load_framework(self.knowledge_dirs)
            return self._framework

    @property
    def vocabulary(self) -> Vocabulary:
        with self._lock:
            if self._vocabulary is None:
                from coach.retrieval.vocabulary import load_vocabulary

                self._vocabulary = load_vocabulary(self.knowledge_dirs)
            return self._vocabulary

    @property
    def personas(self) -> dict[str, Persona]:
        with self._lock:
            if self._personas is None:
                from coach.rehearsal.personas import load_personas

                self._personas = load_personas(self.knowledge_dirs, self.framework)
            return self._personas

    def forget_personas(self) -> None:
        """Read the persona files again on next use (one was saved)."""
        with self._lock:
            self._personas = None

    # Embeddings, routing, advice --------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                from coach.llm.embeddings import WordLlamaEmbedder

                self._embedder = WordLlamaEmbedder()
            return self._embedder

    @property
    def router(self) -> Router:
        with self._lock:
            if self._router is None:
                from coach.routing.learned import load_routing_model
                from coach.routing.router import Router
                from coach.routing.scope import load_scope

                embedder = self.embedder if self.settings.routing.embeddings == "wordllama" else None
                model = load_routing_model(self.knowledge_dirs)
                self._router = Router(self.framework, embedder, load_scope(self.knowledge_dirs), model)
            return self._router

    @property
    def advice(self) -> AdviceIndex:
        """The advice base (bundled, then the user's entries), searchable."""
        with self._lock:
            if self._advice is None:
                from coach.framework.advice import load_advice
                from coach.retrieval.advice_search import AdviceIndex

                self._advice = AdviceIndex(load_advice(self.knowledge_dirs), self.embedder, self.vocabulary)
            return self._advice

    def matcher(self, conversation: Conversation) -> IntentMatcher:
        with self._lock:
            if conversation.id not in self._matchers:
                from coach.rehearsal.intents import IntentMatcher

                self._matchers[conversation.id] = IntentMatcher(conversation, self.embedder)
            return self._matchers[conversation.id]

    # The model (only when one is configured) ----------------------------------------
    @property
    def endpoint(self) -> Endpoint | None:
        with self._lock:
            if not self._endpoint_checked:
                from coach.llm.client import resolve_endpoint

                self._endpoint = resolve_endpoint(self.settings)
                self._endpoint_checked = True
            return self._endpoint

    @property
    def gateway(self) -> Gateway | None:
        """The model, or None for the offline guide. Building it loads and checks the prompt
        files, so a broken one fails here, at start-up."""
        with self._lock:
            if self._gateway is None and self.endpoint is not None:
                from coach.llm.client import LLMClient
                from coach.llm.gateway import Gateway
                from coach.llm.prompts import load_prompts
                from coach.llm.tokens import TokenCounter

                prompts = load_prompts(user_dir=self.settings.home / "prompts")
                from coach.llm.server_profile import ServerProfiles

                client = LLMClient(self.settings, self.endpoint, ServerProfiles(self.settings.servers_path))
                slots = self.settings.llm.parallel_requests or (1 if self.endpoint.local else 4)
                log = self.model_log if self.settings.llm.log else None
                self._gateway = Gateway(client, prompts, TokenCounter(), self.settings.llm.token_budget, slots, log)
            return self._gateway

    @property
    def mode_label(self) -> str:
        if self.endpoint is None:
            return "Offline guide (no LLM configured)"
        if self._gateway is not None:
            return f"LLM · {self._gateway.client.label}"
        return f"LLM · {self.endpoint.model or '(first served model)'} @ {self.endpoint.host}"

    async def aclose(self) -> None:
        """Close the model client's connections, if one was opened."""
        if self._gateway is not None:
            await self._gateway.client.close()

    # Stores (SQLite is the truth) and the derived index ------------------------------
    @property
    def sessions(self) -> SessionStore:
        with self._lock:
            if self._sessions is None:
                self._sessions = SessionStore(Database(self.settings.db_path))
            return self._sessions

    @property
    def memory(self) -> MemoryStore:
        return MemoryStore(self.sessions.db)

    @property
    def rehearsals(self) -> RehearsalStore:
        return RehearsalStore(self.sessions.db)

    @property
    def model_log(self) -> ModelLogStore:
        from coach.store.model_log import ModelLogStore

        return ModelLogStore(self.sessions.db, days=self.settings.llm.log_days)

    @property
    def note_index(self) -> NoteIndex:
        with self._lock:
            if self._note_index is None:
                from coach.llm.embeddings import make_embedder
                from coach.retrieval.note_index import NoteIndex

                backend = self.settings.embeddings.backend
                embedder = self.embedder if backend == "wordllama" else make_embedder(self.settings)
                self._note_index = NoteIndex(self.settings, embedder)
            return self._note_index
