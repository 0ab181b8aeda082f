"""Simulated phones in a process of their own, as independent of the app as real phones: ``python -m benchmarks.phone_swarm``.

Reads one command a line on stdin and answers one JSON line on stdout:
``join URL VOICE,VOICE N`` · ``answer ITEM SECONDS`` (every phone once, at a random moment within SECONDS;
prints each phone's send time) ·
``steady ITEM RATE SECONDS`` (answers at RATE per second; prints how many) · ``quit``.
Times are ``time.perf_counter()``, the system's monotonic clock, comparable with the app's process.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import aiohttp


class Swarm:
    def __init__(self) -> None:
        self.url = ""
        self.keys: list[str] = []
        self.session: aiohttp.ClientSession | None = None
        self.retries = 0

    async def post(self, path: str, body: dict) -> dict:
        for _attempt in range(50):
            async with self.session.post(f"{self.url}api/{path}?key={body.get('key', '')}", json=body) as response:
                if response.status == 429:
                    self.retries += 1
                    await asyncio.sleep(0.05)
                    continue
                response.raise_for_status()
                return await response.json()
        raise RuntimeError("a phone was turned away 50 times")

    async def join(self, url: str, voices: list[str], count: int) -> dict:
        self.url = url
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=count + 10))
        for index in range(count):
            key = (await self.post("join", {}))["key"]
            await self.post("party", {"key": key, "voice": voices[index % len(voices)]})
            self.keys.append(key)
        return {"joined": len(self.keys)}

    async def answer(self, item: str, round_: int, spread: float) -> dict:
        sent: dict[str, float] = {}
        chance = random.Random(round_)

        async def one(index: int, key: str) -> None:
            await asyncio.sleep(chance.uniform(0.0, spread))
            sent[key] = time.perf_counter()
            await self.post("answer", {"key": key, "item": item, "score": 1 + (index + round_) % 10})

        await asyncio.gather(*(one(i, k) for i, k in enumerate(self.keys)))
        return {"sent": sent, "retries": self.retries}

    async def steady(self, item: str, rate: float, seconds: float) -> dict:
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            key = self.keys[count % len(self.keys)]
            asyncio.ensure_future(self.post("answer", {"key": key, "item": item, "score": 1 + count % 10}))
            count += 1
            await asyncio.sleep(max(0.0, start + count / rate - time.perf_counter()))
        return {"sent": count, "seconds": time.perf_counter() - start}


async def main() -> None:
    swarm = Swarm()
    loop = asyncio.get_running_loop()
    round_ = 0
    while True:
        line = (await loop.run_in_executor(None, sys.stdin.readline)).split()
        if not line or line[0] == "quit":
            break
        if line[0] == "join":
            reply = await swarm.join(line[1], line[2].split(","), int(line[3]))
        elif line[0] == "answer":
            round_ += 1
            reply = await swarm.answer(line[1], round_, float(line[2]))
        else:
            reply = await swarm.steady(line[1], float(line[2]), float(line[3]))
        print(json.dumps(reply), flush=True)
    if swarm.session is not None:
        await swarm.session.close()


if __name__ == "__main__":
    asyncio.run(main())
