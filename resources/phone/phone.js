// The phone page of the SAMSON room. Plain script, no external file; user text only through textContent.
"use strict";
(function () {
  const TEXTS = {
    nb: {
      other: "English", pickParty: "Hvem snakker du for?", pickHint: "Velg parten du svarer for. Navnet ditt blir ikke spurt om.",
      waitTitle: "Venter på neste spørsmål", waitHint: "Fasilitatoren åpner spørsmålet på skjermen.",
      closedTitle: "Spørsmålet er lukket", question: "Spørsmål", weightLabel: "Hvor viktig er denne verdien for samarbeidet?",
      ends: "1 = stemmer ikke i det hele tatt for oss · 10 = stemmer helt",
      weightEnds: "1 = lite viktig · 10 = svært viktig", na: "Ikke relevant / vet ikke",
      choose: "Velg et tall", send: (v) => "Send svar: " + v, received: (v) => "Mottatt: " + v,
      notSent: "Ikke sendt. Sjekk Wi-Fi og trykk Send igjen.", sending: "Sender …",
      yours: (v) => "Ditt svar: " + v, connecting: "Kobler til …", offline: "Ingen forbindelse. Prøver igjen …",
      goneTitle: "Rommet er stengt", goneHint: "Takk for svarene! Du kan lukke siden.",
      lostTitle: "Fant ikke rommet", lostHint: "Forbindelsen til fasilitatorens maskin er borte. Hold deg på samme Wi-Fi; siden prøver igjen.",
      changeParty: "Bytt part", party: (n) => "Part: " + n, closedNote: "Svarene vises på skjermen.",
    },
    en: {
      other: "Norsk", pickParty: "Who do you speak for?", pickHint: "Choose the party you answer for. Your name is not asked.",
      waitTitle: "Waiting for the next question", waitHint: "The facilitator opens the question on the screen.",
      closedTitle: "The question is closed", question: "Question", weightLabel: "How important is this value for the collaboration?",
      ends: "1 = not at all true for us · 10 = fully true",
      weightEnds: "1 = of little importance · 10 = very important", na: "Not relevant / don't know",
      choose: "Choose a number", send: (v) => "Send answer: " + v, received: (v) => "Received: " + v,
      notSent: "Not sent. Check the Wi-Fi and press Send again.", sending: "Sending …",
      yours: (v) => "Your answer: " + v, connecting: "Connecting …", offline: "No connection. Trying again …",
      goneTitle: "The room is closed", goneHint: "Thank you for answering! You can close this page.",
      lostTitle: "The room cannot be reached", lostHint: "The connection to the facilitator's computer is gone. Stay on the same Wi-Fi; the page keeps trying.",
      changeParty: "Change party", party: (n) => "Party: " + n, closedNote: "The answers are shown on the screen.",
    },
  };
  const token = location.pathname.split("/").filter(Boolean)[0] || "";
  const storeKey = "samson-room-" + token;
  let lang = localStorage.getItem("samson-lang") || (/^(nb|no|nn)\b/i.test(navigator.language || "") ? "nb" : "en");
  let key = localStorage.getItem(storeKey);
  let state = null;
  let selected = null;        // the value chosen on this phone, not yet sent
  let receipt = null;         // {cls, text}
  let source = null;          // the EventSource
  let lastHeard = 0;          // when the server was last heard from
  let failures = 0;
  let gone = false;
  let choosingParty = false;
  const $ = (id) => document.getElementById(id);
  const t = () => TEXTS[lang];

  function show(id) {
    for (const view of ["party-view", "wait-view", "item-view", "gone-view"]) $(view).hidden = view !== id;
  }
  function scoreText(score) {
    return score === (state && state.not_applicable) ? t().na : String(score);
  }
  function localized(text) {
    if (!text) return "";
    return text[lang] || text.nb || text.en || Object.values(text)[0] || "";
  }

  function render() {
    const tx = t();
    document.documentElement.lang = lang;
    $("lang").textContent = tx.other;
    $("change-party").textContent = tx.changeParty;
    const conn = $("connection");
    if (gone) {
      show("gone-view");
      $("gone-title").textContent = gone === "closed" ? tx.goneTitle : tx.lostTitle;
      $("gone-hint").textContent = gone === "closed" ? tx.goneHint : tx.lostHint;
      conn.textContent = ""; conn.className = "";
      $("change-party").hidden = true;
      return;
    }
    conn.textContent = failures > 0 ? tx.offline : (state ? "" : tx.connecting);
    conn.className = failures > 0 ? "bad" : "";
    if (!state) return;
    const party = state.voices.find((v) => v.id === state.party);
    $("party-badge").hidden = !party;
    $("party-badge").textContent = party ? tx.party(party.name) : "";
    $("change-party").hidden = !party || choosingParty;
    if (!party || choosingParty) {
      show("party-view");
      $("party-title").textContent = tx.pickParty;
      $("party-hint").textContent = tx.pickHint;
      const list = $("parties");
      list.replaceChildren();
      for (const voice of state.voices) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = voice.name;
        b.setAttribute("aria-pressed", String(voice.id === state.party));
        b.addEventListener("click", () => chooseParty(voice.id));
        list.appendChild(b);
      }
      return;
    }
    const item = state.item;
    if (!item || state.phase === "idle") {
      show("wait-view");
      $("wait-title").textContent = tx.waitTitle;
      $("wait-hint").textContent = tx.waitHint;
      return;
    }
    show("item-view");
    const open = state.phase === "open";
    $("item-label").textContent = item.kind === "weight" ? tx.weightLabel : (item.label ? tx.question + " " + item.label : "");
    $("item-text").textContent = localized(item.text);
    $("item-help").textContent = open ? localized(item.help) : tx.closedTitle + ". " + tx.closedNote;
    $("scale-ends").textContent = item.kind === "weight" ? tx.weightEnds : tx.ends;
    const scale = $("scale");
    if (scale.childElementCount !== 10) {
      scale.replaceChildren();
      for (let n = 1; n <= 10; n++) {
        const b = document.createElement("button");
        b.type = "button"; b.className = "choice"; b.textContent = String(n); b.dataset.score = String(n);
        b.addEventListener("click", () => { selected = n; receipt = null; render(); });
        scale.appendChild(b);
      }
    }
    $("scale").setAttribute("aria-label", item.kind === "weight" ? tx.weightEnds : tx.ends);
    const current = selected !== null ? selected : state.mine;
    for (const b of scale.children) {
      b.setAttribute("aria-pressed", String(String(current) === b.dataset.score));
      b.disabled = !open;
      b.setAttribute("aria-label", b.dataset.score);
    }
    const na = $("na");
    na.textContent = tx.na;
    na.disabled = !open;
    na.setAttribute("aria-pressed", String(current === state.not_applicable));
    const send = $("send");
    const pending = selected !== null && selected !== state.mine;
    send.disabled = !open || !pending;
    send.textContent = pending ? tx.send(scoreText(selected)) : (state.mine !== null && state.mine !== undefined ? tx.yours(scoreText(state.mine)) : tx.choose);
    const r = $("receipt");
    if (receipt) { r.textContent = receipt.text; r.className = receipt.cls; }
    else if (state.mine !== null && state.mine !== undefined && !pending) { r.textContent = tx.received(scoreText(state.mine)); r.className = "ok"; }
    else { r.textContent = ""; r.className = ""; }
  }

  async function post(path, body) {
    const r = await fetch("api/" + path + "?key=" + encodeURIComponent(key || ""), { method: "POST", headers: { "Content-Type": "application/json" },
                                            body: JSON.stringify(body), cache: "no-store" });
    const data = await r.json().catch(() => ({}));
    if (r.status === 403 && path !== "join") { key = null; await join(); }
    if (!r.ok) throw Object.assign(new Error(data.error || String(r.status)), { status: r.status });
    return data;
  }
  function accept(newState) {
    if (!newState) return;
    if (state && state.item && newState.item && state.item.id !== newState.item.id) { selected = null; receipt = null; }
    if (state && newState.revision < state.revision && state.item && newState.item && state.item.id === newState.item.id) return;
    if (newState.mine !== null && newState.mine === selected) selected = null;
    state = newState;
    render();
  }
  async function join() {
    const data = await post("join", { key: key });
    key = data.key;
    localStorage.setItem(storeKey, key);
    failures = 0;
    accept(data.state);
  }
  async function chooseParty(voice) {
    try {
      const data = await post("party", { key: key, voice: voice });
      choosingParty = false;
      accept(data.state);
    } catch (e) { failures += 1; render(); }
  }
  async function send() {
    if (selected === null || !state || !state.item) return;
    const value = selected;
    receipt = { cls: "", text: t().sending }; render();
    try {
      const data = await post("answer", { key: key, item: state.item.id, score: value });
      receipt = null;
      accept(data.state);
    } catch (e) {
      receipt = { cls: "bad", text: e.status === 409 ? t().closedTitle : t().notSent };
      if (e.status === undefined) failures += 1;
      render();
    }
  }

  function listen() {
    if (source) source.close();
    if (!window.EventSource) return;
    source = new EventSource("api/events?key=" + encodeURIComponent(key));
    source.onmessage = (e) => { lastHeard = Date.now(); failures = 0; accept(JSON.parse(e.data)); };
    source.addEventListener("ping", () => { lastHeard = Date.now(); });
    source.addEventListener("gone", () => { gone = "closed"; source.close(); source = null; render(); });
    source.onerror = () => { failures += 1; render(); };
  }
  async function poll() {
    if (gone === "closed") return;
    try {
      const r = await fetch("api/state?key=" + encodeURIComponent(key || ""), { cache: "no-store" });
      if (r.status === 404) { gone = "lost"; render(); return; }
      const data = await r.json();
      lastHeard = Date.now();
      if (!data.open) { gone = "closed"; render(); return; }
      failures = 0;
      if (gone === "lost") gone = false;
      if (!data.state.known) { await join(); } else { accept(data.state); }
      if (!source || source.readyState === 2) listen();
    } catch (e) {
      failures += 1;
      if (failures >= 4) gone = "lost";
      render();
    }
  }
  function reconnect() {
    if (gone === "closed") return;
    if (source) { source.close(); source = null; }
    poll();
  }

  $("lang").addEventListener("click", () => { lang = lang === "nb" ? "en" : "nb"; localStorage.setItem("samson-lang", lang); render(); });
  $("na").addEventListener("click", () => { selected = state.not_applicable; receipt = null; render(); });
  $("send").addEventListener("click", send);
  $("change-party").addEventListener("click", () => { choosingParty = true; render(); });
  // iOS keeps a dead socket open after the screen was locked: start again when the page comes back.
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") reconnect(); });
  window.addEventListener("pageshow", (e) => { if (e.persisted) reconnect(); });
  window.addEventListener("online", reconnect);
  // A stream that has been silent for longer than two heartbeats is dead, whatever it claims.
  setInterval(() => {
    if (gone === "closed") return;
    const silent = Date.now() - lastHeard > 25000;
    if (!source || source.readyState !== 1 || silent) poll();
  }, 3000);

  render();
  join().then(listen).catch(() => { failures += 1; render(); });
})();
