"""Every visible string is translated into Simplified Chinese and the .qm is current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" /
                                              "translations.py")
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)

TS = ROOT / "resources" / "i18n" / "planwright_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", "")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def text_of(node: ElementTree.Element | None) -> str:
    """The translation, or its plural forms joined (Chinese has one)."""
    if node is None:
        return ""
    forms = [form.text or "" for form in node.iter("numerusform")]
    return " | ".join(forms) if forms else (node.text or "")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict:
    ts = tmp_path_factory.mktemp("ts") / "fresh_zh_CN.ts"
    tools.lupdate(ts, ("-locations", "none"))
    return messages(ts)


def test_every_source_string_has_a_finished_translation(fresh):
    committed = messages(TS)
    missing = [key for key in fresh if key not in committed]
    assert not missing, f"not in {TS.name} (run packaging/translations.py): {missing[:10]}"
    unfinished = [key for key in fresh
                  if committed[key] is None or committed[key].get("type") == "unfinished"
                  or not text_of(committed[key]).strip()]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_no_string_is_collected_without_a_context(fresh):
    assert not [source for context, source in fresh if not context]


def test_placeholders_and_accelerators_survive(fresh):
    committed = messages(TS)
    for key in fresh:
        source, text = key[1], text_of(committed[key])
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), key
        if re.search(r"&\w", source):
            assert "&" in text, f"accelerator lost: {key}"


def test_compiled_qm_is_current(tmp_path):
    qm = tmp_path / "check.qm"
    tools.lrelease(TS, qm)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), \
        "run packaging/translations.py to compile the .qm"
