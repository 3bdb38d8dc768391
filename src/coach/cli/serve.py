"""`coach serve`: the same app in a browser, through textual-serve. Each browser tab runs
its own `coach` on this machine, with this machine's data.

Bound to 127.0.0.1 by default. Any other address would show your notes about people to
whoever can reach the port, so it is refused unless an access token is set (`--token`
or `COACH_SERVE_TOKEN`); with a token, the page and its socket answer only a browser
that opened the URL carrying it (the token then lives in a cookie for this site only),
and the socket answers only pages served from this server.
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import os
import re
import secrets
import shlex
import socket
import sys
from typing import Any

from coach.core.errors import UsageError

TOKEN_ENV = "COACH_SERVE_TOKEN"
COOKIE = "coach_token"
MIN_TOKEN = 16
_OUTSIDE_FONTS = re.compile(r"<link\b[^>]*https://fonts\.(?:googleapis|gstatic)\.com[^>]*>", re.S)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> None:
    """One line when serving `host` would be unsafe, or the token too weak to guard it."""
    if token is not None and len(token) < MIN_TOKEN:
        raise UsageError(f"the access token is too short: use {MIN_TOKEN} characters or more (`--token new` makes one)")
    if not is_loopback(host) and not token:
        raise UsageError(
            f"serving on {host} would show your notes to anyone who can reach it; "
            f"set an access token with --token (or {TOKEN_ENV}), or serve on 127.0.0.1"
        )


def token_allows(request: Any, token: str) -> bool:
    given = request.query.get("token") or request.cookies.get(COOKIE) or ""
    return hmac.compare_digest(given.encode(), token.encode())


def _host_and_port(netloc: str) -> tuple[str, str]:
    host, _, port = netloc.rpartition(":") if not netloc.endswith("]") else (netloc, "", "")
    return host.strip("[]").lower(), port


def same_origin(request: Any) -> bool:
    """A socket opened by a page of this server (a browser always says where it is from);
    localhost and 127.0.0.1 are one place."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser
    theirs = _host_and_port(origin.split("://", 1)[-1].rstrip("/"))
    ours = _host_and_port(request.headers.get("Host", ""))
    return theirs == ours or (theirs[1] == ours[1] and is_loopback(theirs[0]) and is_loopback(ours[0]))


def make_server(command: str, host: str, port: int, token: str | None) -> Any:
    from aiohttp import web
    from textual_serve.server import Server

    class CoachServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()

            @web.middleware
            async def guard(request: web.Request, handler: Any) -> web.StreamResponse:
                if request.path == "/ws" and not same_origin(request):
                    raise web.HTTPForbidden(text="coach: this socket only answers pages it served")
                if token and not request.path.startswith("/static/") and not token_allows(request, token):
                    raise web.HTTPUnauthorized(text="coach: open the URL coach serve printed (it carries the token)")
                response = await handler(request)
                if request.path == "/" and isinstance(response, web.Response) and response.text:
                    response.text = _OUTSIDE_FONTS.sub("", response.text)  # the page asks nothing of other sites
                if token and request.query.get("token"):
                    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict")
                return response

            app.middlewares.append(guard)
            return app

    shown = socket.getfqdn() if host in ("0.0.0.0", "::") else f"[{host}]" if ":" in host else host
    return CoachServer(command, host=host, port=port, title="coach", public_url=f"http://{shown}:{port}")


def cmd_serve(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if token == "new":
        token = secrets.token_urlsafe(24)
    check_binding(args.host, token)
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        raise UsageError("coach serve needs textual-serve: pip install textual-serve") from None
    command = [sys.executable, "-m", "coach"]
    if model := getattr(args, "model_override", None):
        command += ["--model", model]
    server = make_server(shlex.join(command), args.host, args.port, token)
    url = f"{server.public_url}/" + (f"?token={token}" if token else "")
    print(f"coach: serving the app on {url} (Ctrl+C stops it)", file=sys.stderr, flush=True)
    try:
        server.serve()
    except OSError as exc:
        raise UsageError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0


def port(text: str) -> int:
    """An argparse type: a TCP port."""
    if not text.strip().isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port (1 to 65535)")
    return int(text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="run the app in a browser (textual-serve), on 127.0.0.1 unless an access token is set",
        description="Each browser tab runs its own coach on this machine. Another address than 127.0.0.1 "
        f"needs an access token (--token, or {TOKEN_ENV}; --token new makes one).",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=port, default=8000, help="port (default 8000)")
    p.add_argument("--token", help=f"access token for the page ({MIN_TOKEN}+ characters, or `new`)")
    p.set_defaults(func=cmd_serve)
