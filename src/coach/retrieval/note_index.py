"""The search index of notes in Chroma: embedded (PersistentClient in COACH_HOME) or a
Chroma server (COACH_CHROMA_URL), through the same code. The index is derived from
SQLite: `sync` makes it match, and a change of embedding backend, model or dimension
rebuilds it. Chroma only ever receives vectors coach computed: its own default
embedding function (which downloads a model) is never used."""

from __future__ import annotations

import os
import re
import shutil
import struct
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from coach.core.config import Settings
from coach.core.errors import CoachError
from coach.core.types import Embedder
from coach.memory.models import Note
from coach.memory.source import NoteSource

COLLECTION = "notes"
INDEX_SCHEMA = 1
"""Bumped when what is embedded changes, forcing a rebuild."""
BATCH = 2048


class IndexUnavailable(CoachError):
    exit_code = 5


@dataclass(frozen=True)
class SyncReport:
    added: int
    removed: int
    rebuilt: bool


def date_number(day: str) -> int:
    return int(day.replace("-", ""))


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class NoteIndex:
    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._client: Any = None
        self._collection: Any = None
        self._dim: int | None = None
        self.rebuilt = False
        self._lock = threading.RLock()
        """Chroma's client is opened, and the collection checked, by one worker at a time."""

    @property
    def where(self) -> str:
        return self.settings.chroma_url or str(self.settings.index_dir)

    def _fail(self, exc: BaseException) -> IndexUnavailable:
        self._client = self._collection = None
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return IndexUnavailable(
            f"the search index at {self.where} is unavailable ({first[:140]}); notes are kept and the index will catch up"
        )

    def _connect(self) -> Any:
        with self._lock:
            return self._open()

    def _open(self) -> Any:
        if self._client is None:
            try:
                import chromadb
                from chromadb.config import Settings as ChromaSettings

                chroma_settings = ChromaSettings(anonymized_telemetry=False)
                if self.settings.chroma_url:
                    url = urlparse(self.settings.chroma_url)
                    self._client = chromadb.HttpClient(
                        host=url.hostname or "127.0.0.1",
                        port=url.port or (443 if url.scheme == "https" else 8000),
                        ssl=url.scheme == "https",
                        settings=chroma_settings,
                    )
                else:
                    self._client = self._open_embedded(chromadb, chroma_settings)
            except CoachError:
                raise
            except Exception as exc:
                raise self._fail(exc) from None
        return self._client

    def _open_embedded(self, chromadb: Any, chroma_settings: Any) -> Any:
        """The embedded index; a damaged one is derived data, so it is set aside and started
        again (the notes are in SQLite, and the next sync indexes them all)."""
        folder = self.settings.index_dir
        folder.mkdir(parents=True, exist_ok=True)
        try:
            client = chromadb.PersistentClient(path=str(folder), settings=chroma_settings)
            client.list_collections()  # touches the database: a damaged file fails here
            return client
        except Exception as exc:
            if not _DAMAGED.search(str(exc)):
                raise
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        self.rebuilt = True
        return chromadb.PersistentClient(path=str(folder), settings=chroma_settings)

    def dimension(self) -> int:
        if self._dim is None:
            self._dim = int(self.embedder.embed(["dimension probe"]).shape[1])
        return self._dim

    def wanted_metadata(self) -> dict[str, Any]:
        return {
            "embedder": self.embedder.name,
            "model": self.embedder.model,
            "dim": self.dimension(),
            "schema": INDEX_SCHEMA,
            "hnsw:space": "cosine",
        }

    def collection(self, generation: str | None = None) -> Any:
        """The notes collection; recreated (empty) when it was built with other embeddings,
        or, when `generation` is given, for another generation of the database (a restore
        starts a new one: note ids are reused, so old vectors must not survive it)."""
        with self._lock:
            stale = self._collection is not None and (self._collection.metadata or {}).get("generation") != generation
            if generation is not None and stale:
                self._collection = None
            return self._checked_collection(generation)

    def _checked_collection(self, generation: str | None) -> Any:
        if self._collection is not None:
            return self._collection
        client = self._connect()
        wanted = self.wanted_metadata()
        checked = ["embedder", "model", "dim", "schema"]
        if generation is not None:
            wanted["generation"] = generation
            checked.append("generation")
        try:
            collection = client.get_or_create_collection(COLLECTION, embedding_function=None, metadata=wanted)
            recorded = collection.metadata or {}
            if any(recorded.get(key) != wanted[key] for key in checked):
                client.delete_collection(COLLECTION)
                collection = client.create_collection(COLLECTION, embedding_function=None, metadata=wanted)
                self.rebuilt = True
        except Exception as exc:
            raise self._fail(exc) from None
        self._collection = collection
        return collection

    def _call(self, method: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.collection(), method)(**kwargs)
        except CoachError:
            raise
        except Exception as exc:
            raise self._fail(exc) from None

    def indexed_ids(self) -> set[int]:
        ids: set[int] = set()
        offset = 0
        while True:
            page = self._call("get", include=[], limit=5000, offset=offset)["ids"]
            ids.update(int(i) for i in page)
            if len(page) < 5000:
                return ids
            offset += len(page)

    def add(self, notes: Sequence[Note], generation: str | None = None) -> None:
        """Index these notes; `generation` is the database's (see `collection`)."""
        if generation is not None:
            self.collection(generation)
        for batch in chunks(list(notes), BATCH):
            vectors = self.embedder.embed([n.text for n in batch])
            self._call(
                "upsert",
                ids=[str(n.id) for n in batch],
                embeddings=vectors.tolist(),  # no documents: SQLite holds the text, and FTS5 searches it
                metadatas=[
                    {"person": n.person or "", "kind": n.kind, "date": date_number(n.date), "note_id": n.id}
                    for n in batch
                ],
            )

    def delete(self, ids: Sequence[int]) -> None:
        for batch in chunks([str(i) for i in ids], BATCH):
            self._call("delete", ids=list(batch))

    def sync(self, memory: NoteSource, *, full: bool = False) -> SyncReport:
        """Make the index hold exactly the notes SQLite holds (all of them again after a
        restore: the database's generation changed)."""
        self.collection(memory.index_generation())
        rebuilt, self.rebuilt = self.rebuilt, False
        if not (rebuilt or full) and self._call("count") == memory.note_count():
            return SyncReport(0, 0, False)  # the usual case, cheap; `coach index status` compares ids too
        in_store = memory.note_ids()
        in_index = self.indexed_ids()
        missing = sorted(in_store - in_index)
        extra = sorted(in_index - in_store)
        if missing:
            self.add(memory.notes_by_ids(missing))
        if extra:
            self.delete(extra)
        return SyncReport(len(missing), len(extra), rebuilt)

    def rebuild(self, memory: NoteSource) -> SyncReport:
        client = self._connect()
        try:
            if COLLECTION in [getattr(c, "name", c) for c in client.list_collections()]:
                client.delete_collection(COLLECTION)
        except Exception as exc:
            raise self._fail(exc) from None
        self._collection = None
        report = self.sync(memory)
        return SyncReport(report.added, report.removed, True)

    def purge(self, memory: NoteSource) -> SyncReport:
        """Rebuild the index from SQLite leaving nothing of what SQLite no longer holds: the
        collection is recreated (Chroma's log of earlier writes goes with it) and, when the
        index is embedded, its database is vacuumed, old segment folders removed and the
        unused slots of its vector files blanked (see `blank_unused_slots`)."""
        report = self.rebuild(memory)
        if not self.settings.chroma_url:
            with self._lock:
                self._compact_embedded()
        return report

    def _compact_embedded(self) -> None:
        import sqlite3

        self._release()  # Chroma has written its files and holds none of them open
        path = self.settings.index_dir / "chroma.sqlite3"
        try:
            conn = sqlite3.connect(path)
            try:
                live = {row[0] for row in conn.execute("SELECT id FROM segments")}
                conn.execute("VACUUM")
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise self._fail(exc) from None
        for folder in self.settings.index_dir.iterdir():
            if folder.is_dir() and folder.name not in live and _looks_like_a_segment(folder.name):
                shutil.rmtree(folder, ignore_errors=True)
            elif folder.is_dir():
                blank_unused_slots(folder)

    def _release(self) -> None:
        """Let go of the embedded client, so the next call opens the files as they are now."""
        from chromadb.api.client import SharedSystemClient

        self._client = self._collection = None
        SharedSystemClient.clear_system_cache()

    def embed_query(self, query: str) -> list[float]:
        return self.embedder.embed([query])[0].tolist()

    def query(
        self,
        vector: Sequence[float],
        n: int,
        *,
        person: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[tuple[int, float]]:
        """(note id, cosine distance), nearest first."""
        conditions: list[dict[str, Any]] = []
        if person:
            conditions.append({"person": person})
        if kind:
            conditions.append({"kind": kind})
        if since:
            conditions.append({"date": {"$gte": date_number(since)}})
        if until:
            conditions.append({"date": {"$lte": date_number(until)}})
        where = conditions[0] if len(conditions) == 1 else ({"$and": conditions} if conditions else None)
        # Chroma 1.x returns fewer results (or none) when the collection holds fewer than n.
        result = self._call("query", query_embeddings=[list(vector)], n_results=n, where=where, include=["distances"])
        return [(int(i), float(d)) for i, d in zip(result["ids"][0], result["distances"][0], strict=True)]


_DAMAGED = re.compile(r"file is not a database|malformed|code: 26|code: 11|disk image|corrupt", re.I)
_SEGMENT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _looks_like_a_segment(name: str) -> bool:
    return bool(_SEGMENT.match(name))


HNSW_HEADER = struct.Struct("<iQQQQ")
"""The start of hnswlib's header.bin: version, level-0 offset, capacity, element count,
bytes per element."""


def blank_unused_slots(segment: Path) -> bool:
    """Zero the slots of the segment's vector file that hold no element. hnswlib writes its
    whole level-0 buffer, capacity included, and the unused part is memory the process had
    before, which can hold text of notes since deleted. Returns whether the file was
    blanked (a file not laid out as the header says is left alone)."""
    header, data = segment / "header.bin", segment / "data_level0.bin"
    try:
        _, _, capacity, count, size = HNSW_HEADER.unpack_from(header.read_bytes())
        with data.open("r+b") as file:
            file.seek(0, 2)
            if count > capacity or file.tell() != capacity * size:
                return False
            file.seek(count * size)
            file.write(bytes((capacity - count) * size))
            file.flush()
            os.fsync(file.fileno())
    except (OSError, struct.error):
        return False
    return True
