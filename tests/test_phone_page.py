"""The phone page in a real browser at phone size: join, choose a party, answer, lose the Wi-Fi, come back."""

from __future__ import annotations

import signal

import pytest
from playwright.sync_api import expect

from browser import WAIT_MS, phone_context
from factories import session_bytes
from samson_desktop.fileformat import read_session
from test_room_server import VOICES, serve

#: a real browser against real room processes; `make test-slow` and CI run it.
pytestmark = pytest.mark.slow


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "room.samson"
    path.write_bytes(session_bytes(voices=VOICES))
    qid = read_session(path).question_set.questions()[0].id
    proc, url, code = serve(path, "--open", qid)
    yield path, qid, proc, url, code
    if proc.poll() is None:
        proc.kill()
        proc.communicate(timeout=10)


def new_phone(browser, locale="nb-NO"):
    context = phone_context(browser, locale)
    return context, context.new_page()


def test_a_phone_answers_changes_its_mind_survives_a_dropped_wifi_and_reaches_the_file(browser, served):
    path, qid, proc, url, _code = served
    context, page = new_phone(browser)
    page.goto(url)
    # The party is the only thing asked; names are shown literally, never as markup.
    page.get_by_role("heading", name="Hvem snakker du for?").wait_for()
    assert page.get_by_role("button", name="<b>Frivillige</b>").is_visible()
    page.get_by_role("button", name="Kommunen").click()
    page.get_by_text("Part: Kommunen").wait_for()
    assert page.get_by_text("Påstand 1-1 æøå").is_visible()

    send = page.locator("#send")
    assert send.is_disabled()
    page.get_by_role("button", name="7", exact=True).click()
    assert send.inner_text() == "Send svar: 7"
    send.click()
    page.get_by_text("Mottatt: 7").wait_for()

    page.get_by_role("button", name="Ikke relevant / vet ikke").click()
    page.get_by_role("button", name="Send svar: Ikke relevant / vet ikke").click()
    page.get_by_text("Mottatt: Ikke relevant / vet ikke").wait_for()

    # The Wi-Fi drops: the page says so, keeps the choice, and a send fails visibly.
    context.set_offline(True)
    page.get_by_role("button", name="4", exact=True).click()
    send.click()
    page.get_by_text("Ikke sendt").wait_for()
    expect(page.locator("#connection")).to_have_text("Ingen forbindelse. Prøver igjen …", timeout=WAIT_MS)
    # Back on the Wi-Fi the page finds the room again by itself; the same phone (same key, same party)
    # sends again.
    context.set_offline(False)
    expect(page.locator("#connection")).to_have_text("", timeout=WAIT_MS)
    send.click()
    page.get_by_text("Mottatt: 4").wait_for()
    page.reload()
    page.get_by_text("Mottatt: 4").wait_for()
    assert page.get_by_text("Part: Kommunen").is_visible()

    # The room closes: the phone says so instead of waiting for ever.
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=20)
    assert proc.returncode == 0
    page.get_by_role("heading", name="Rommet er stengt").or_(
        page.get_by_role("heading", name="Fant ikke rommet")).wait_for(timeout=30_000)
    context.close()
    answer = read_session(path).answers[qid]
    assert answer.voices == {"v1": 4}
    assert answer.extra["ballots"] == [{"voice": "v1", "score": 4}]


def test_the_page_follows_the_phones_language_and_can_switch(browser, served):
    _path, _qid, _proc, url, code = served
    context, page = new_phone(browser, locale="en-GB")
    page.goto(url)
    page.get_by_role("heading", name="Who do you speak for?").wait_for()
    page.get_by_role("button", name="Norsk").click()
    page.get_by_role("heading", name="Hvem snakker du for?").wait_for()
    # Every control has an accessible name.
    page.get_by_role("button", name="Kommunen").click()
    for button in page.get_by_role("button").all():
        if button.is_visible():
            assert (button.get_attribute("aria-label") or button.inner_text()).strip()
    context.close()


def test_a_typed_room_code_opens_the_room(browser, served):
    _path, _qid, _proc, url, code = served
    base = url.rsplit("/", 2)[0] + "/"
    context, page = new_phone(browser)
    page.goto(base)
    page.locator("#code").fill("ZZZZZZ")
    page.get_by_role("button", name="Gå inn").click()
    page.get_by_text("Fant ikke rommet").wait_for()
    page.locator("#code").fill(f"{code[:3].lower()} {code[3:]}")
    page.get_by_role("button", name="Gå inn").click()
    page.get_by_role("heading", name="Hvem snakker du for?").wait_for()
    assert page.url == url
    context.close()
