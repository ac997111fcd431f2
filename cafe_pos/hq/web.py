"""The dashboard's web pages (French, rendered on the server with Jinja2): login, the
network (paged, searched, sorted), a café, alerts, the network catalogue, exports, the
accounts (Comptes, ``cafe_pos.hq.accounts``), one's own password and the administration.
``install`` adds them to the HQ application (``create_app``).

Security: the session cookie is HttpOnly, SameSite=Lax, and Secure (with the ``__Host-``
prefix) when the page came over HTTPS (behind the proxy: run uvicorn with
``--proxy-headers``) or when ``CAFE_POS_HQ_SECURE_COOKIES=1``. Every form carries a CSRF
token (the session's; before login, a double-submit cookie) and a POST without the right
one is refused (403). Pages send a strict Content-Security-Policy: scripts, styles and
charts come from this server only, so no page needs the internet.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
import os
import re
import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cafe_pos.domain import hq_wire
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.stock import LOSS_LABELS as _LOSS_LABELS
from cafe_pos.hq import accounts, admin, alert_rules, auth, compliance, dashboard, exports
from cafe_pos.hq import catalogue as network_catalogue
from cafe_pos.hq.ingest import utcnow
from cafe_pos.hq.models import Archive

LOSS_LABELS = {str(reason): label for reason, label in _LOSS_LABELS.items()}
HERE = Path(__file__).resolve().parent
COOKIE = "hq_session"
SECURE_COOKIE = "__Host-hq_session"
LOGIN_CSRF_COOKIE = "hq_login_csrf"
SECURE_ENV = "CAFE_POS_HQ_SECURE_COOKIES"
MAX_FORM = 64 * 1024
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'"
)
FAMILY_LABELS = {
    "bar": "Bar",
    "grocery": "Épicerie",
    "bread": "Pain",
    "press": "Presse",
    "services": "Services (colis, timbres…)",
    "other": "Autres",
}
SORT_LABELS = {
    "name": "Café",
    "yesterday": "CA propre hier",
    "turnover": "CA propre 30 j",
    "third_party": "Pour tiers 30 j",
    "tickets": "Tickets 30 j",
    "basket": "Panier",
    "trend": "Tendance",
    "last_sync": "Dernière synchro",
    "alerts": "Alertes",
}
LIST_DEFAULTS: dict[str, object] = {"q": "", "sort": "turnover", "dir": "desc", "page": 1}
_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])\Z")


class LoginRequired(Exception):
    """No valid session: the browser goes to the login page."""


class Forbidden(Exception):
    """A form without the right CSRF token, or an administrator's page."""


class PasswordChangeRequired(Exception):
    """An administrator chose the user's password (a new account, a reset): only "Mon mot
    de passe" until they replaced it."""


PASSWORD_PAGE = "/mot-de-passe"


def _db(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


Db = Annotated[Session, Depends(_db)]


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or os.environ.get(SECURE_ENV) == "1"


def _token(request: Request) -> str:
    return request.cookies.get(SECURE_COOKIE) or request.cookies.get(COOKIE) or ""


def _scope(request: Request, s: Db) -> auth.Scope:
    scope = auth.scope_of(s, _token(request), utcnow())
    if scope is None:
        raise LoginRequired
    if scope.must_change_password and request.url.path not in (PASSWORD_PAGE, "/logout"):
        raise PasswordChangeRequired
    return scope


User = Annotated[auth.Scope, Depends(_scope)]


async def _form(request: Request) -> list[tuple[str, str]]:
    raw = await request.body()
    if len(raw) > MAX_FORM:
        raise Forbidden
    return parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)


async def _posted(request: Request) -> dict[str, str]:
    """The posted form (read here, asynchronously, so that the endpoints that use it are
    plain functions run in the thread pool: database work and argon2 stay off the loop)."""
    return dict(await _form(request))


Posted = Annotated[dict[str, str], Depends(_posted)]


def _checked(scope: auth.Scope, form: dict[str, str]) -> dict[str, str]:
    """The form, after its CSRF token was checked against the session's."""
    if not auth.csrf_ok(scope.csrf, form.get("csrf", "")):
        raise Forbidden
    return form


def _page_number(raw: str) -> int:
    """``?page=`` as a number (anything else: the first page; too far: clamped later)."""
    return int(raw) if raw.isdigit() and len(raw) < 7 else 1


def _list_url(path: str, values: dict[str, object]) -> str:
    """A list's address with its parameters, those at their default left out."""
    kept = {k: v for k, v in values.items() if v != LIST_DEFAULTS.get(k)}
    return path + ("?" + urlencode(kept) if kept else "")


def _local_path(target: str, default: str = "/") -> str:
    """Only a path on this site (no ``//host`` or scheme): no open redirect."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def _percent(bp: int | None, signed: bool = True) -> str:
    if bp is None:
        return "—"
    return dashboard.percent_text(bp, signed)


def _kilobytes(size: int) -> str:
    """A file size in French: 1213849 -> "1 185,4 Ko"."""
    tenths = (size * 10 + 512) // 1024
    whole, rest = divmod(tenths, 10)
    return f"{whole:,}".replace(",", "\u202f") + f",{rest} Ko"


def _date(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return "—"
    if isinstance(day, dt.datetime):
        return f"{day:%d/%m/%Y %H:%M}"
    return f"{day:%d/%m/%Y}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["eur"] = format_eur
    env.filters["pct"] = _percent
    env.filters["date"] = _date
    env.filters["paris"] = dashboard.to_paris
    env.filters["urlq"] = lambda text: quote(str(text), safe="")
    env.filters["kb"] = _kilobytes
    env.filters["loss"] = lambda reason: LOSS_LABELS.get(str(reason), str(reason))
    env.globals["FAMILY_LABELS"] = FAMILY_LABELS
    env.globals["KIND_LABELS"] = alert_rules.KIND_LABELS
    env.globals["ROLES"] = auth.ROLES
    env.globals["ONE_DAY"] = dt.timedelta(days=1)
    return env


def _today_paris() -> dt.date:
    return dt.datetime.now(PARIS).date()


class PageHeaders:
    """The pages' security headers (CSP, nosniff, no framing, no caching of pages).

    A plain ASGI middleware: the API (the cafés' messages) goes straight through, and a
    page's response only gets headers added to its start message. Starlette's
    ``@app.middleware("http")`` would run every request, the API's included, through a
    second task and a response stream: at HQ ingest that cost a tenth of a message.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else "/api/"
        if path.startswith("/api/"):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                if not path.startswith("/static/"):
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install(app: FastAPI, today: Callable[[], dt.date] | None = None) -> None:
    """Add the dashboard's pages, static files and security headers to the HQ app."""
    env = _environment()
    app.state.today = today or _today_paris
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, **values)
        return HTMLResponse(html, status_code=status)

    app.add_middleware(PageHeaders)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, _exc: Forbidden) -> Response:
        return page(
            request,
            "error.html",
            403,
            title="Accès refusé",
            text="Formulaire expiré ou page réservée aux administrateurs. "
            "Rechargez la page et recommencez.",
        )

    @app.exception_handler(PasswordChangeRequired)
    async def _password_change(_request: Request, _exc: PasswordChangeRequired) -> Response:
        return RedirectResponse(PASSWORD_PAGE, status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return await http_exception_handler(request, exc)
        text = "Cette page n'existe pas ou ne vous est pas accessible."
        return page(request, "error.html", exc.status_code, title="Introuvable", text=text)

    def not_found() -> StarletteHTTPException:
        return StarletteHTTPException(404)

    # --- login ---------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
        response = page(request, "login.html", csrf=token, next=_local_path(next), error="")
        _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
        return response

    @app.post("/login")
    def login(request: Request, s: Db, form: Posted) -> Response:
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        next_path = _local_path(form.get("next", "/"))
        if not auth.csrf_ok(expected, form.get("csrf", "")):
            raise Forbidden
        client = request.client.host if request.client else "?"
        try:
            token, _row = auth.log_in(
                s, form.get("name", ""), form.get("password", ""), client, now=utcnow()
            )
        except auth.AuthError as exc:
            status = 429 if isinstance(exc, auth.Throttled) else 401
            return page(
                request, "login.html", status, csrf=expected, next=next_path, error=str(exc)
            )
        response = RedirectResponse(next_path, status_code=303)
        name = SECURE_COOKIE if _secure(request) else COOKIE
        _set_cookie(
            request, response, name, token, max_age=int(auth.SESSION_LIFETIME.total_seconds())
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    @app.post("/logout")
    def logout(request: Request, s: Db, scope: User, form: Posted) -> Response:
        _checked(scope, form)
        auth.log_out(s, _token(request))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        response.delete_cookie(SECURE_COOKIE, path="/", secure=True)
        return response

    # --- pages ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def network_page(
        request: Request,
        s: Db,
        scope: User,
        sort: str = "turnover",
        dir: str = "desc",
        q: str = "",
        page_number: Annotated[str, Query(alias="page")] = "1",
    ) -> Response:
        sort = sort if sort in dashboard.SORTS else "turnover"
        descending = dir != "asc"
        figures = dashboard.network(s, scope, app.state.today(), sort, descending)
        listed = dashboard.cafe_list_page(figures.cafes, q, _page_number(page_number))

        def list_url(path: str = "/", **changes: Any) -> str:
            """This list's address with some of its parameters changed."""
            values = {"q": listed.search, "sort": sort, "dir": "desc" if descending else "asc",
                      "page": listed.page, **changes}  # fmt: skip
            return _list_url(path, values)

        return page(
            request,
            "network.html",
            user=scope,
            net=figures,
            listed=listed,
            list_url=list_url,
            sort=sort,
            descending=descending,
            sort_labels=SORT_LABELS,
            active="network",
        )

    @app.get("/cafes/{siret}", response_class=HTMLResponse)
    def cafe_page(request: Request, siret: str, s: Db, scope: User) -> Response:
        figures = dashboard.cafe_page(s, scope, siret, app.state.today())
        if figures is None:
            raise not_found()
        charts = {
            "days": [d["date"] for d in figures.days],
            "own": [d["own"] for d in figures.days],
            "third": [d["third"] for d in figures.days],
            "tickets": [d["tickets"] for d in figures.days],
            "basket": [d["basket"] for d in figures.days],
            "families": [FAMILY_LABELS[f] for f in hq_wire.FAMILIES],
            "weeks": dashboard.by_family_weeks(figures.days),
            "hours": figures.hours,
        }
        months = sorted({d["date"][:7] for d in figures.days}, reverse=True)
        return page(
            request,
            "cafe.html",
            user=scope,
            cafe=figures,
            # "<" escaped: the JSON sits in a <script> block of the page
            charts_json=json.dumps(charts, separators=(",", ":")).replace("<", "\\u003c"),
            months=months,
            active="network",
        )

    @app.get("/cafes/{siret}/archives/{period}")
    def archive_download(siret: str, period: str, s: Db, scope: User) -> Response:
        cafe = dashboard.visible_cafe(s, scope, siret)
        if cafe is None:
            raise not_found()
        row = s.execute(
            select(Archive.file_name, Archive.content).where(
                Archive.cafe_id == cafe.id, Archive.period == period
            )
        ).first()
        if row is None:
            raise not_found()
        file_name = re.sub(r"[^A-Za-z0-9._-]", "_", row[0])
        return Response(
            bytes(row[1]),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{file_name}"'},
        )

    @app.get("/alerts", response_class=HTMLResponse)
    def alerts_page(request: Request, s: Db, scope: User, all: int = 0) -> Response:
        rows = dashboard.alerts(s, scope, include_acknowledged=bool(all))
        return page(
            request, "alerts.html", user=scope, alerts=rows, show_all=bool(all), active="alerts"
        )

    @app.get("/catalogue", response_class=HTMLResponse)
    def catalogue_page(request: Request, s: Db, scope: User) -> Response:
        """The network catalogue (the same for every café), which of the user's cafés pulled
        which version, and their purchases above the suppliers' caps."""
        cafes = scope.cafe_filter()
        return page(
            request,
            "catalogue.html",
            user=scope,
            cat=network_catalogue.overview(s, cafes),
            compliance=compliance.summary_by_cafe(s, cafes=cafes),
            excesses=compliance.excesses(s, cafes=cafes, limit=200),
            active="catalogue",
        )

    @app.post("/alerts/{alert_id}/ack")
    def acknowledge(alert_id: int, s: Db, scope: User, form: Posted) -> Response:
        _checked(scope, form)
        siret = dashboard.acknowledge(s, scope, alert_id, form.get("note", ""), utcnow())
        if siret is None:
            raise not_found()
        back = _local_path(form.get("back", "/alerts"), "/alerts")
        return RedirectResponse(back, status_code=303)

    # --- exports -------------------------------------------------------------------------

    @app.get("/export/cafes.csv")
    def export_cafes(
        s: Db, scope: User, sort: str = "turnover", dir: str = "desc", q: str = ""
    ) -> Response:
        """The café list as the page shows it (sorted, searched), every page of it."""
        sort = sort if sort in dashboard.SORTS else "turnover"
        figures = dashboard.network(s, scope, app.state.today(), sort, dir != "asc")
        if q.strip():
            found = dashboard.cafe_list_page(figures.cafes, q, 1, size=len(figures.cafes) or 1)
            figures = dataclasses.replace(figures, cafes=found.lines)
        return _csv(exports.network_csv(figures), f"reseau-{figures.today}.csv")

    @app.get("/export/alerts.csv")
    def export_alerts(s: Db, scope: User, all: int = 0) -> Response:
        rows = dashboard.alerts(s, scope, include_acknowledged=bool(all), limit=100_000)
        return _csv(exports.alerts_csv(rows), f"alertes-{app.state.today()}.csv")

    @app.get("/cafes/{siret}/days.csv")
    def export_days(siret: str, s: Db, scope: User) -> Response:
        figures = dashboard.cafe_page(s, scope, siret, app.state.today())
        if figures is None:
            raise not_found()
        return _csv(exports.days_csv(figures), f"journees-{figures.siret}-{figures.today}.csv")

    @app.get("/cafes/{siret}/visite-{period}.pdf")
    def visit_pdf(siret: str, period: str, s: Db, scope: User) -> Response:
        if not _PERIOD.match(period):
            raise not_found()
        from cafe_pos.hq import visit_pdf as pdf

        year, month = int(period[:4]), int(period[5:])
        content = pdf.month_pdf(s, scope, siret, year, month)
        if content is None:
            raise not_found()
        return Response(
            content,
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="visite-{siret}-{period}.pdf"'},
        )

    # --- administration ------------------------------------------------------------------

    def require_admin(scope: auth.Scope) -> None:
        if not scope.is_admin:
            raise Forbidden

    @app.get("/admin", response_class=HTMLResponse)
    def admin_page(
        request: Request,
        s: Db,
        scope: User,
        message: str = "",
        q: str = "",
        page_number: Annotated[str, Query(alias="page")] = "1",
    ) -> Response:
        require_admin(scope)
        return render_admin(request, s, scope, message, q, _page_number(page_number))

    def render_admin(
        request: Request,
        s: Session,
        scope: auth.Scope,
        message: str,
        search: str = "",
        number: int = 1,
    ) -> Response:
        found = dashboard.search_page(
            admin.cafes_by_name(s), search, number, lambda c: (c.name, c.town, c.siret)
        )  # the page's cafés first, then their counts (not the whole network's)
        listed = found.with_lines(admin.list_cafes(s, found.lines))

        def list_url(path: str = "/admin", **changes: Any) -> str:
            values = {"q": listed.search, "page": listed.page, **changes}
            return _list_url(path, values)

        return page(
            request,
            "admin.html",
            user=scope,
            listed=listed,
            list_url=list_url,
            message=message[:300],
            active="admin",
        )

    def admin_form(scope: auth.Scope, form: dict[str, str]) -> dict[str, str]:
        require_admin(scope)
        return _checked(scope, form)

    def back_to_admin(message: str) -> Response:
        return RedirectResponse(f"/admin?message={quote(message, safe='')}", status_code=303)

    @app.post("/admin/cafes")
    def admin_add_cafe(s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)
        try:
            cafe = admin.add_cafe(
                s, form.get("siret", ""), form.get("name", ""), town=form.get("town", "")
            )
        except admin.HqAdminError as exc:
            s.rollback()
            return back_to_admin(str(exc))
        return back_to_admin(f"Café ajouté : {cafe.name}")

    @app.post("/admin/cafes/{siret}/code")
    def admin_code(request: Request, siret: str, s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)
        try:
            code = admin.new_code(s, siret)
        except admin.HqAdminError as exc:
            return back_to_admin(str(exc))
        # shown once, on this answer only (never in a URL, a log or the history)
        text = f"Code d'inscription pour {siret} (à usage unique, 7 jours) : {code}"
        return render_admin(request, s, scope, text)

    # --- accounts (administrators) and one's own password --------------------------------

    def back_to_accounts(message: str, ok: bool = True) -> Response:
        query = f"message={quote(message, safe='')}" + ("" if ok else "&refused=1")
        return RedirectResponse(f"/comptes?{query}", status_code=303)

    @app.get("/comptes", response_class=HTMLResponse)
    def accounts_page(
        request: Request, s: Db, scope: User, message: str = "", refused: int = 0
    ) -> Response:
        require_admin(scope)
        return page(
            request,
            "accounts.html",
            user=scope,
            accounts=accounts.list_accounts(s),
            audit=accounts.audit_log(s),
            message=message[:300],
            refused=bool(refused),
            min_password=auth.MIN_PASSWORD,
            active="accounts",
        )

    def account_action(action: Callable[[], str], s: Session) -> Response:
        try:
            done = action()
        except auth.AuthError as exc:
            s.rollback()
            return back_to_accounts(str(exc), ok=False)
        return back_to_accounts(done)

    @app.post("/comptes")
    def account_create(s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)
        sirets = [x for x in re.split(r"[,\s]+", form.get("cafes", "")) if x]

        def create() -> str:
            made = accounts.create(
                s, scope.name, form.get("name", ""), form.get("role", ""),
                form.get("password", ""), form.get("confirmation", ""), sirets, now=utcnow(),
            )  # fmt: skip
            return f"Compte « {made.name} » créé ({auth.ROLES[made.role]})"

        return account_action(create, s)

    @app.post("/comptes/{user_id}/cafes")
    def account_cafes(user_id: int, s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)
        sirets = [x for x in re.split(r"[,\s]+", form.get("cafes", "")) if x]

        def assign() -> str:
            auth.assign_cafes(s, user_id, sirets, by=scope.name, now=utcnow())
            return "Cafés suivis mis à jour"

        return account_action(assign, s)

    @app.post("/comptes/{user_id}/desactiver")
    def account_deactivate(user_id: int, s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)

        def deactivate() -> str:
            user = accounts.deactivate(
                s, user_id, by=scope.name, by_user_id=scope.user_id, now=utcnow()
            )
            return f"Compte « {user.name} » désactivé : ses sessions ouvertes sont fermées"

        return account_action(deactivate, s)

    @app.post("/comptes/{user_id}/reactiver")
    def account_reactivate(user_id: int, s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)

        def reactivate() -> str:
            user = accounts.reactivate(s, user_id, by=scope.name, now=utcnow())
            return f"Compte « {user.name} » réactivé"

        return account_action(reactivate, s)

    @app.post("/comptes/{user_id}/mot-de-passe")
    def account_reset(user_id: int, s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)

        def reset() -> str:
            user = accounts.reset_password(
                s, user_id, form.get("password", ""), form.get("confirmation", ""),
                by=scope.name, by_user_id=scope.user_id, now=utcnow(),
            )  # fmt: skip
            return (
                f"Mot de passe de « {user.name} » réinitialisé : à changer à sa prochaine connexion"
            )

        return account_action(reset, s)

    @app.get(PASSWORD_PAGE, response_class=HTMLResponse)
    def password_page(request: Request, scope: User, ok: int = 0) -> Response:
        return page(
            request, "password.html", user=scope, error="", done=bool(ok),
            min_password=auth.MIN_PASSWORD, active="password",
        )  # fmt: skip

    @app.post(PASSWORD_PAGE)
    def password_change(request: Request, s: Db, scope: User, form: Posted) -> Response:
        _checked(scope, form)
        try:
            accounts.change_own_password(
                s, scope, form.get("current", ""), form.get("password", ""),
                form.get("confirmation", ""), now=utcnow(),
            )  # fmt: skip
        except auth.AuthError as exc:
            s.rollback()
            status = 429 if isinstance(exc, auth.Throttled) else 400
            return page(
                request, "password.html", status, user=scope, error=str(exc), done=False,
                min_password=auth.MIN_PASSWORD, active="password",
            )  # fmt: skip
        return RedirectResponse(f"{PASSWORD_PAGE}?ok=1", status_code=303)

    @app.post("/admin/scan")
    def admin_scan(s: Db, scope: User, form: Posted) -> Response:
        admin_form(scope, form)
        created = alert_rules.scan(s, app.state.today())
        return back_to_admin(f"Vérification faite : {created} nouvelle(s) alerte(s)")


def _set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request) or name.startswith("__Host-"),
    )


def _csv(content: bytes, file_name: str) -> Response:
    return Response(
        content,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{file_name}"'},
    )


@asynccontextmanager
async def alert_scanner(app: FastAPI) -> AsyncIterator[None]:
    """While ``hq serve`` runs: the alert scan at start and every ``SCAN_INTERVAL``."""

    def scan_once() -> None:
        with app.state.sessions() as session:
            alert_rules.scan(session, app.state.today())

    async def loop() -> None:
        while True:
            try:
                await run_in_threadpool(scan_once)
            except Exception:  # a database hiccup: try again at the next round
                logging.getLogger(__name__).exception("alert scan failed")
            await asyncio.sleep(alert_rules.SCAN_INTERVAL.total_seconds())

    task = asyncio.create_task(loop())
    try:
        yield
    finally:
        task.cancel()
