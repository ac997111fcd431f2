"""The HQ wire format's pure rules, the published JSON Schema and the retry delays."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from cafe_pos.domain import hq_wire
from cafe_pos.sync.worker import backoff_delay


def _schema() -> dict[str, object]:
    text = resources.files("cafe_pos.domain").joinpath("schemas", "hq-message-v1.schema.json")
    return dict(json.loads(text.read_text("utf-8")))


def test_the_published_schema_is_standard_json_schema() -> None:
    jsonschema.Draft7Validator.check_schema(_schema())


def test_canonical_text_is_sorted_compact_and_keeps_accents() -> None:
    text = hq_wire.canonical_text({"b": 1, "a": "Épicerie", "c": {"z": [1, 2], "y": None}})
    assert text == '{"a":"Épicerie","b":1,"c":{"y":null,"z":[1,2]}}'
    assert hq_wire.signed_bytes(text) == text.encode("utf-8")


def test_personal_keys_are_found_at_any_depth() -> None:
    body = {"data": {"cash": [{"opened_by": "Marie"}], "customer": "x", "tickets": 3}}
    assert hq_wire.personal_keys(body) == ["data.cash[0].opened_by", "data.customer"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ([], "objet JSON"),
        ({"body": "", "signature": "a" * 128, "key": "b" * 16}, "body"),
        ({"body": "{}", "signature": "zz", "key": "b" * 16}, "signature"),
        ({"body": "{}", "signature": "a" * 128, "key": "B"}, "key"),
        ({"body": "{nope", "signature": "a" * 128, "key": "b" * 16}, "illisible"),
        ({"body": '{"siret":"1"}', "signature": "a" * 128, "key": "b" * 16}, "SIRET"),
    ],
)
def test_malformed_envelopes_are_named(raw: object, words: str) -> None:
    with pytest.raises(hq_wire.WireError, match=words):
        hq_wire.parse_envelope(raw)


def test_families_of_the_demo_categories() -> None:
    assert hq_wire.family_of("Bières") == "bar"
    assert hq_wire.family_of("Cafés & thés") == "bar"
    assert hq_wire.family_of("Boulangerie") == "bread"
    assert hq_wire.family_of("Presse") == "press"
    assert hq_wire.family_of("Épicerie") == "grocery"
    assert hq_wire.family_of("Timbres", third_party=True) == "services"


def test_retry_delays_grow_up_to_a_ceiling() -> None:
    delays = [backoff_delay(n) for n in range(1, 12)]
    assert delays[:4] == [5.0, 10.0, 20.0, 40.0]
    assert delays == sorted(delays) and delays[-1] == 900.0
