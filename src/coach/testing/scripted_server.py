"""A scripted OpenAI-compatible server on 127.0.0.1, for tests, evals, benchmarks and for
trying the app without a model.

It serves `/v1/models`, `/v1/chat/completions` (SSE streaming and plain) and
`/v1/embeddings`. Replies come from a script: rules that match a regex against the
request's messages (each rule's replies are used in order, the last one repeating), else
a default. Replies can inject faults: latency before the first chunk, an HTTP error with
Retry-After, a stream cut midway, invalid JSON.

It also replays what real local servers do (`ScriptedServer.like("llama-cpp-python")`,
recorded from llama-cpp-python 0.3.36 serving Qwen2.5-Coder 0.5B): JSON schema refused with
HTTP 500, `json_object` with a schema accepted, one slot (a second request ends the running
stream with `[DONE]` and no finish reason), a context window whose overflow is a 400 with
the server's own words when the request is not streamed and an empty 200 when it is, and
the endpoints where llama.cpp, Ollama and LM Studio say their context window and list
their models, and where llama.cpp and llama-cpp-python count tokens with the model's own
tokenizer (`chars_per_token` sets how dense the scripted model's tokens are).

    python -m coach.testing.scripted_server --port 8765 --demo
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import yaml


@dataclass
class Reply:
    text: str | None = None
    """Content of the reply (streamed in chunks when the request streams)."""
    json: Any = None
    """An object sent as the reply's content, serialised."""
    raw: str | None = None
    """Content sent as it is (for example, invalid JSON)."""
    builtin: str | None = None
    """A built-in responder: coverage_echo, coach_demo, brief_demo, brief_edit, routing_echo, summary_echo,
    summary_no_evidence, persona_demo or moments_demo."""
    status: int = 200
    error: str | None = None
    retry_after: float | None = None
    delay_first_chunk: float | None = None
    """Seconds between the request and the first chunk (or the body); None: the server's default."""
    hang: float = 0.0
    """Seconds to wait before sending anything at all (to provoke client timeouts)."""
    cut_after_chunks: int | None = None
    """Close the connection after this many chunks, with no end of stream."""
    chunk_size: int = 12
    chunk_delay: float = 0.0
    """Seconds between streamed chunks."""

    @classmethod
    def parse(cls, data: Any) -> Reply:
        if isinstance(data, Reply):
            return data
        if isinstance(data, str):
            return cls(text=data)
        return cls(**data)


@dataclass
class Rule:
    match: re.Pattern[str]
    replies: list[Reply]
    used: int = 0

    def next(self) -> Reply:
        reply = self.replies[min(self.used, len(self.replies) - 1)]
        self.used += 1
        return reply


@dataclass
class Script:
    rules: list[Rule] = field(default_factory=list)
    default: Reply = field(default_factory=lambda: Reply(text="Thanks. Tell me more about that."))

    def add(self, match: str, *replies: Any) -> Script:
        """Requests whose messages match `match` (a regex) get these replies, in order."""
        self.rules.append(Rule(re.compile(match, re.S | re.I), [Reply.parse(r) for r in replies]))
        return self

    def reply_for(self, text: str) -> Reply:
        for rule in self.rules:
            if rule.match.search(text):
                return rule.next()
        return self.default

    @classmethod
    def load(cls, path: str) -> Script:
        """YAML: `{default: REPLY, rules: [{match: REGEX, replies: [REPLY, ...]}]}`."""
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        script = cls()
        if "default" in data:
            script.default = Reply.parse(data["default"])
        for rule in data.get("rules", []):
            script.add(rule["match"], *rule["replies"])
        return script

    @classmethod
    def demo(cls) -> Script:
        """Enough to try the app: tags coverage from the answer, phrases turns, echoes the brief."""
        script = cls()
        script.add(r"coach:coverage", Reply(builtin="coverage_echo"))
        script.add(r"coach:brief", Reply(builtin="brief_demo"))
        script.add(r"coach:routing", Reply(builtin="routing_echo"))
        script.add(r"coach:summary", Reply(builtin="summary_echo"))
        script.add(r"coach:rehearsal", Reply(builtin="persona_demo"))
        script.add(r"coach:moments", Reply(builtin="moments_demo"))
        script.add(r"coach:judge", Reply(json={"verdict": "no", "evidence": ""}))
        script.add(
            r"coach:advice",
            Reply(text="Try naming the specific behaviour and its effect, then ask an open question about it."),
        )
        script.add(r'Reply with JSON only: \{"ready": true\}', Reply(json={"ready": True}))  # coach doctor's probe
        script.default = Reply(builtin="coach_demo")
        return script


def _builtin(name: str, text: str, last_user: str) -> str:
    if name == "coverage_echo":
        question = re.search(r"CURRENT QUESTION ID: (\S+)", text)
        answer = re.search(r"LATEST ANSWER:\n(.*?)\nEND OF ANSWER", text, re.S)
        answer_text = answer.group(1).strip() if answer else ""
        words = answer_text.split()
        if re.match(r"(?i)how (do|should|can) i\b", answer_text) and answer_text.endswith("?"):
            return json.dumps({"intent": "advice", "covered": []})
        covered = []
        if question and len(words) >= 8:
            covered.append({"id": question.group(1), "evidence": " ".join(words[:6])})
        return json.dumps({"intent": "answer", "covered": covered})
    if name == "coach_demo":
        wording = re.search(r"The question: “(.+)”", text)
        line = wording.group(1).strip() if wording else "Tell me more."
        if "Ask the next question" in text:
            return "Thanks, that helps. " + line
        return ("Let's make that concrete. " if "Ask one follow-up" in text else "") + line
    if name in ("brief_demo", "brief_edit"):
        draft = re.search(r"DRAFT BRIEF:\n(.*)\nEND OF DRAFT", text, re.S)
        body = draft.group(1) if draft else "# Brief\n\nNothing to report."
        if name == "brief_edit":  # the draft with its goal reworded, as a model's edit would be
            body = body.replace("**The goal:**", "**The goal:** (edited by the model)", 1)
        return body
    if name == "routing_echo":
        first = re.search(r"CANDIDATES: ([a-z-]+)", text)
        return json.dumps({"conversation": first.group(1) if first else "progress-update", "confidence": 0.9})
    if name == "summary_echo":
        return summary_echo(text)
    if name == "summary_no_evidence":
        return summary_echo(text, evidence=False)
    if name == "persona_demo":
        return persona_demo(last_user)
    if name == "moments_demo":
        user = re.findall(r"^(\d+)\| USER: (.+)$", text, re.M)
        line, quote = next(
            ((n, said) for n, said in user if said.rstrip().endswith("?")), user[0] if user else ("", "")
        )
        return json.dumps(
            {
                "moments": [
                    {
                        "line": int(line) if line else None,
                        "quote": quote,
                        "better": "What is getting in the way, from where you sit?",
                        "why": "an open question invites more",
                    }
                ]
            }
        )
    raise ValueError(f"unknown builtin {name!r}")


def persona_demo(last_user: str) -> str:
    """An in-character line for trying rehearsals without a model: short answers to closed
    questions, a little more to open ones."""
    if re.match(r"(?i)\s*(what|how|why|tell me|walk me)", last_user):
        return "Honestly, it's been a hard few weeks. There's more going on than the numbers show."
    return "I suppose so." if last_user.rstrip().endswith("?") else "Okay."


def summary_echo(text: str, *, evidence: bool = True) -> str:
    """A model's summary of the MEETING in the prompt, made by the offline extractor: each
    item cites the number its line was sent with ("12| Sam: ..."), and quotes the line unless
    `evidence` is False (as small models do: an empty quote). Tests script bad replies
    explicitly."""
    from datetime import date

    from coach.summary.extract import summarise_offline
    from coach.summary.meeting import parse_meeting

    day = re.search(r"MEETING DATE: (\d{4}-\d{2}-\d{2})", text)
    body = re.search(r"MEETING:\n(.*)\nEND OF MEETING", text, re.S)
    numbered = re.findall(r"^(\d+)\| ?(.*)$", body.group(1) if body else "", re.M)
    sent = [int(n) for n, _ in numbered]
    summary = summarise_offline(
        parse_meeting("\n".join(line for _, line in numbered)),
        date.fromisoformat(day.group(1)) if day else date.today(),
    )
    data = summary.model_dump(mode="json", exclude={"date", "conversation", "unsupported", "from_model"})
    for entry in [*data["action_items"], *data["okr_updates"]]:
        entry.pop("by", None)
        at = entry.get("line")
        entry["line"] = sent[at - 1] if at and at <= len(sent) else None
        if not evidence:
            entry["evidence"] = ""
    return json.dumps(data)


def fake_embedding(text: str, dimensions: int = 64) -> list[float]:
    """Deterministic unit vector from the words of `text` (similar texts share words)."""
    vector = [0.0] * dimensions
    for word in re.findall(r"\w+", text.lower()):
        digest = hashlib.sha256(word.encode()).digest()
        vector[digest[0] % dimensions] += 1.0 if digest[1] % 2 else -1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


class ScriptedServer:
    """Start with `start()` (or as a context manager); `base_url` ends in `/v1`."""

    def __init__(
        self,
        script: Script | None = None,
        *,
        models: tuple[str, ...] = ("scripted-model",),
        api_key: str | None = None,
        json_schema: bool = True,
        first_chunk_delay: float = 0.0,
        port: int = 0,
        schema_refusal: int = 400,
        json_object: bool = True,
        single_slot: bool = False,
        context_window: int | None = None,
        overflow_in_stream: bool = False,
        flavour: str | None = None,
        chars_per_token: float = 4.0,
        tokenizer: str | None = None,
        model_info: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.script = script or Script()
        self.models = models
        self.api_key = api_key
        self.json_schema = json_schema
        self.schema_refusal = schema_refusal
        """The status a refused JSON schema gets: 400 (most servers) or 500 (llama-cpp-python)."""
        self.json_object = json_object
        self.single_slot = single_slot
        """A new chat request ends the stream that is running, as llama-cpp-python does."""
        self.context_window = context_window
        """Prompt tokens (`chars_per_token` characters each) plus max_tokens beyond this get llama-cpp-python's 400."""
        self.overflow_in_stream = overflow_in_stream
        """A streamed request that overflows gets an empty 200 (llama-cpp-python: the error is
        raised after the headers, so only its log says it); unstreamed, the 400."""
        self.flavour = flavour
        self.chars_per_token = chars_per_token
        """How many characters make one of the model's tokens, for the window and the counts:
        4 for plain English; live, Qwen made 2.2 of a recorded call full of names and numbers."""
        self.tokenizer = tokenizer
        """Where the server counts tokens: "extras" (llama-cpp-python's /extras/tokenize/count),
        "tokenize" (llama.cpp's /tokenize) or None (no such endpoint)."""
        """None, "llama.cpp" (/props), "ollama" (/api/tags, /api/show) or "lmstudio" (/api/v0/models)."""
        self.model_info = model_info or {}
        """Per model: {"context": int, "type": "llm" | "embeddings"} for the flavour's endpoints."""
        self._generation = 0
        self.first_chunk_delay = first_chunk_delay
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    def tokens(self, text: str) -> int:
        """`text` in the scripted model's tokens (`chars_per_token` characters each)."""
        return int(len(text) / self.chars_per_token)

    @classmethod
    def like(cls, server: str, script: Script | None = None, **options: Any) -> ScriptedServer:
        """A scripted server that misbehaves as a real one does."""
        recorded: dict[str, dict[str, Any]] = {
            "llama-cpp-python": {
                "json_schema": False,
                "schema_refusal": 500,
                "single_slot": True,
                "context_window": 2048,
                "overflow_in_stream": True,
                "tokenizer": "extras",
                "models": (".model/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",),
            },
            "llama.cpp": {
                "flavour": "llama.cpp",
                "json_schema": False,
                "context_window": 4096,
                "tokenizer": "tokenize",
            },
            "ollama": {
                "flavour": "ollama",
                "models": ("nomic-embed-text:latest", "llama3.1:latest"),
                "model_info": {"nomic-embed-text:latest": {"type": "embeddings"}, "llama3.1:latest": {"context": 2048}},
                "context_window": 2048,
            },
            "lmstudio": {
                "flavour": "lmstudio",
                "models": ("text-embedding-nomic-embed-text-v1.5", "qwen2.5-1.5b-instruct"),
                "model_info": {
                    "text-embedding-nomic-embed-text-v1.5": {"type": "embeddings"},
                    "qwen2.5-1.5b-instruct": {"context": 4096},
                },
            },
        }
        return cls(script, **{**recorded[server], **options})

    @property
    def base_url(self) -> str:
        port = self._httpd.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def start(self) -> ScriptedServer:
        # polled every 50 ms, so that stopping it (after every test) takes no half second
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="scripted-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def chat_requests(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Logged chat requests; `kind` filters on the `coach:<kind>` tag in the prompt."""
        chats = [r for r in self.requests if r["path"].endswith("/chat/completions")]
        if kind is None:
            return chats
        return [r for r in chats if f"coach:{kind}" in r["text"]]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def _error(self, status: int, message: str, code: str, headers: dict[str, str] | None = None) -> None:
                self._json(
                    status, {"error": {"message": message, "type": "invalid_request_error", "code": code}}, headers
                )

            def _authorised(self) -> bool:
                if server.api_key is None:
                    return True
                bearer = self.headers.get("Authorization", "")
                return bearer == f"Bearer {server.api_key}" or self.headers.get("api-key") == server.api_key

            def do_GET(self) -> None:
                if not self._authorised():
                    return self._error(401, "Incorrect API key provided.", "invalid_api_key")
                path = self.path.rstrip("/")
                if server.flavour == "llama.cpp" and path == "/props":
                    return self._json(200, {"default_generation_settings": {"n_ctx": server.context_window or 4096}})
                if server.flavour == "ollama" and path == "/api/tags":
                    return self._json(200, {"models": [{"name": m, "model": m} for m in server.models]})
                if server.flavour == "lmstudio" and path == "/api/v0/models":
                    data = [
                        {
                            "id": m,
                            "type": server.model_info.get(m, {}).get("type", "llm"),
                            "loaded_context_length": server.model_info.get(m, {}).get("context"),
                            "max_context_length": 32768,
                        }
                        for m in server.models
                    ]
                    return self._json(200, {"object": "list", "data": data})
                if path.endswith("/v1/models") or path == "/models":
                    data = [{"id": m, "object": "model", "created": 0, "owned_by": "scripted"} for m in server.models]
                    return self._json(200, {"object": "list", "data": data})
                self._error(404, f"no route {self.path}", "not_found")
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                arrived = time.perf_counter()
                messages = body.get("messages", [])
                text = "\n".join(str(m.get("content", "")) for m in messages)
                last_user = next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")
                record = {
                    "path": self.path,
                    "body": body,
                    "text": text,
                    "arrived": arrived,
                    "authorization": self.headers.get("Authorization", ""),
                }
                with server._lock:
                    server.requests.append(record)
                if not self._authorised():
                    return self._error(401, "Incorrect API key provided.", "invalid_api_key")
                if self.path.rstrip("/").endswith("/embeddings"):
                    return self._embeddings(body)
                if server.flavour == "ollama" and self.path.rstrip("/") == "/api/show":
                    info = server.model_info.get(str(body.get("model")), {})
                    context = info.get("context")
                    return self._json(
                        200,
                        {
                            "model_info": {"llama.context_length": 131072},
                            "parameters": f"num_ctx {context}" if context else "",
                        },
                    )
                if server.tokenizer == "extras" and self.path.rstrip("/") == "/extras/tokenize/count":
                    return self._json(200, {"count": server.tokens(str(body.get("input", "")))})
                if server.tokenizer == "tokenize" and self.path.rstrip("/") == "/tokenize":
                    return self._json(200, {"tokens": list(range(server.tokens(str(body.get("content", "")))))})
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._error(404, f"no route {self.path}", "not_found")
                if body.get("model") not in server.models:
                    return self._error(404, f"The model '{body.get('model')}' does not exist", "model_not_found")
                response_format = body.get("response_format") or {}
                if response_format.get("type") == "json_schema" and not server.json_schema:
                    if server.schema_refusal == 500:  # llama-cpp-python's words for it
                        message = (
                            "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', "
                            "'type'), 'msg': \"Input should be 'text' or 'json_object'\"}"
                        )
                        return self._json(500, {"error": {"message": message, "type": "internal_server_error"}})
                    return self._error(400, "response_format of type json_schema is not supported", "unsupported")
                if response_format.get("type") == "json_object" and not server.json_object:
                    return self._error(400, "response_format json_object is not supported", "unsupported")
                if server.context_window is not None:
                    asked = server.tokens(text) + int(body.get("max_tokens") or 0)
                    if asked > server.context_window and body.get("stream") and server.overflow_in_stream:
                        self.send_response(200)  # recorded live: "Requested tokens (8982) exceed context window
                        self.send_header("Content-Type", "text/event-stream")  # of 4096" in the log, and the
                        self.send_header("Transfer-Encoding", "chunked")  # chunked reply dropped before a chunk
                        self.end_headers()
                        self.wfile.flush()
                        self.close_connection = True
                        return None
                    if asked > server.context_window:
                        message = (
                            f"This model's maximum context length is {server.context_window} tokens. However, you "
                            f"requested {asked} tokens ({server.tokens(text)} in the messages, "
                            f"{int(body.get('max_tokens') or 0)} in the completion). Please reduce the length of "
                            "the messages or completion."
                        )
                        return self._error(400, message, "context_length_exceeded")
                with server._lock:
                    server._generation += 1
                    record["generation"] = server._generation
                with server._lock:
                    reply = server.script.reply_for(text)
                if reply.hang:
                    time.sleep(reply.hang)
                if reply.status != 200:
                    headers = {"Retry-After": f"{reply.retry_after:g}"} if reply.retry_after is not None else None
                    return self._error(
                        reply.status, reply.error or f"scripted error {reply.status}", "scripted", headers
                    )
                content = self._content(reply, text, last_user)
                delay = server.first_chunk_delay if reply.delay_first_chunk is None else reply.delay_first_chunk
                record["content"] = content
                if body.get("stream"):
                    self._stream(body, content, reply, arrived + delay, record)
                else:
                    time.sleep(max(0.0, arrived + delay - time.perf_counter()))
                    self._json(200, self._completion(body, content, server.tokens(text)))
                return None

            @staticmethod
            def _content(reply: Reply, text: str, last_user: str) -> str:
                if reply.builtin:
                    return _builtin(reply.builtin, text, last_user)
                if reply.json is not None:
                    return json.dumps(reply.json)
                if reply.raw is not None:
                    return reply.raw
                return reply.text or ""

            @staticmethod
            def _completion(body: dict[str, Any], content: str, prompt_tokens: int) -> dict[str, Any]:
                return {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model"),
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                    ],
                    "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 0, "total_tokens": prompt_tokens},
                }

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _stream(self, body: dict[str, Any], content: str, reply: Reply, first_at: float, record: dict) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.flush()
                time.sleep(max(0.0, first_at - time.perf_counter()))
                pieces = [content[i : i + reply.chunk_size] for i in range(0, len(content), reply.chunk_size)] or [""]
                base = {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": body.get("model"),
                }
                try:
                    for index, piece in enumerate(pieces):
                        if server.single_slot and server._generation != record.get("generation"):
                            record["interrupted"] = True  # logged before the client can see it end
                            self._chunk(b"data: [DONE]\n\n")  # interrupted: no finish reason
                            self.wfile.write(b"0\r\n\r\n")
                            self.wfile.flush()
                            return
                        if reply.cut_after_chunks is not None and index >= reply.cut_after_chunks:
                            self.connection.shutdown(socket.SHUT_RDWR)  # no end of stream
                            self.close_connection = True
                            return
                        delta = {"role": "assistant", "content": piece} if index == 0 else {"content": piece}
                        event = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                        if index == 0:
                            record["first_chunk_sent"] = time.perf_counter()
                        elif reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                        self._chunk(f"data: {json.dumps(event)}\n\n".encode())
                    done = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self._chunk(f"data: {json.dumps(done)}\n\n".encode())
                    self._chunk(b"data: [DONE]\n\n")
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client went away (cancelled)

            def _embeddings(self, body: dict[str, Any]) -> None:
                inputs = body.get("input", [])
                inputs = [inputs] if isinstance(inputs, str) else inputs
                data = [
                    {"object": "embedding", "index": i, "embedding": fake_embedding(t)} for i, t in enumerate(inputs)
                ]
                self._json(
                    200,
                    {
                        "object": "list",
                        "data": data,
                        "model": body.get("model"),
                        "usage": {"prompt_tokens": 0, "total_tokens": 0},
                    },
                )

        return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A scripted OpenAI-compatible server on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--script", help="a YAML script (default: --demo)")
    parser.add_argument("--demo", action="store_true", help="the built-in demo script")
    parser.add_argument("--model", action="append", help="model names to serve (default scripted-model)")
    parser.add_argument("--first-chunk-delay", type=float, default=0.2, help="seconds before the first chunk")
    parser.add_argument("--no-json-schema", action="store_true", help="reject response_format json_schema (400)")
    args = parser.parse_args(argv)
    script = Script.load(args.script) if args.script else Script.demo()
    server = ScriptedServer(
        script,
        models=tuple(args.model or ["scripted-model"]),
        json_schema=not args.no_json_schema,
        first_chunk_delay=args.first_chunk_delay,
        port=args.port,
    )
    print(f"scripted OpenAI-compatible server on {server.base_url} (Ctrl+C stops it)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server._httpd.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
