"""A page's worker thread never keeps the page alive: closed while HQ is slow to answer,
the page goes at once in the GUI thread, and the thread's late answer is dropped — before,
the thread held the page and, ending last, destroyed its Qt objects outside the GUI thread
(a crash of the whole process, seen when a test closed the network catalogue page)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from qt_helpers import ActorOf

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import hq_sync, network_catalogue
from cafe_pos.ui.settings.hq_page import HqSettingsPage
from cafe_pos.ui.settings.network_page import NetworkCataloguePage


def _worker(name: str) -> threading.Thread:
    return next(t for t in threading.enumerate() if t.name == name)


def _closed_while_working(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    build: Callable[[], QWidget],
    start: Callable[[QWidget], None],
    patch: tuple[object, str],
    thread_name: str,
) -> None:
    release = threading.Event()

    def slow(*_args: object, **_kwargs: object) -> object:
        release.wait(10)
        raise RuntimeError("le siège ne répond pas")

    monkeypatch.setattr(*patch, slow)
    page = build()
    page.show()
    start(page)
    worker = _worker(thread_name)
    alive = weakref.ref(page)
    page.close()
    page.deleteLater()
    del page
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the page's C++ side goes
    gc.collect()
    assert alive() is None  # gone while its thread still works
    release.set()
    worker.join(10)
    assert not worker.is_alive()
    qapp.processEvents()  # the late answer, to a relay that went with the page: dropped


PAGES = [  # page class, what starts its worker, the call that is slow, the thread's name
    (NetworkCataloguePage, "check_now", (network_catalogue, "pull"), "network-catalogue"),
    (HqSettingsPage, "send_now", (hq_sync, "send_pending"), "hq-settings"),
]


@pytest.mark.parametrize(
    ("page_class", "method", "patch", "thread_name"), PAGES, ids=["network", "hq"]
)
def test_a_page_closed_mid_work_is_not_held_by_its_thread(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    demo_ctx: ServiceContext,
    actor_of: ActorOf,
    page_class: Callable[[ServiceContext, Callable[[], Actor]], QWidget],
    method: str,
    patch: tuple[object, str],
    thread_name: str,
) -> None:
    manager: Actor = actor_of("Camille")
    _closed_while_working(
        monkeypatch,
        qapp,
        lambda: page_class(demo_ctx, lambda: manager),
        lambda page: getattr(page, method)(),
        patch,
        thread_name,
    )
