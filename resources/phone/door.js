// The room's front door: a participant types the room code shown on the wall.
"use strict";
(function () {
  const nb = /^(nb|no|nn)\b/i.test(navigator.language || "");
  const t = nb
    ? { label: "Skriv romkoden som vises på skjermen", go: "Gå inn", none: "Fant ikke rommet. Sjekk koden.", fail: "Ingen forbindelse. Prøv igjen." }
    : { label: "Type the room code shown on the screen", go: "Enter", none: "No room with that code. Check it.", fail: "No connection. Try again." };
  document.documentElement.lang = nb ? "nb" : "en";
  document.getElementById("code-label").textContent = t.label;
  const button = document.getElementById("go");
  const message = document.getElementById("message");
  button.textContent = t.go;
  async function go() {
    const code = document.getElementById("code").value;
    try {
      const r = await fetch("/code", { method: "POST", headers: { "Content-Type": "application/json" },
                                       body: JSON.stringify({ code: code }) });
      if (!r.ok) { message.textContent = t.none; return; }
      const data = await r.json();
      location.assign(data.path);
    } catch (e) {
      message.textContent = t.fail;
    }
  }
  button.addEventListener("click", go);
  document.getElementById("code").addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
})();
