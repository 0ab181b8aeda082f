"""``samson serve FILE``: run the phone room without a window; on SIGTERM or SIGINT write what the phones answered."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from ..fileformat import SessionFileError, read_session, write_session
from ..room.accept import accept, apply_accepted
from ..room.network import default_host
from ..room.server import RoomServer
from ..room.state import Room


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .samson session the phones answer")
    parser.add_argument("--host", default=None,
                        help="the address to serve on (default: this computer's address on the local network)")
    parser.add_argument("--port", type=int, default=0, help="the port (default: a free one)")
    parser.add_argument("--open", metavar="QUESTION_ID", dest="open_item",
                        help="open this question (or value:ID for a value's weight) at once")


async def _serve(args: argparse.Namespace) -> int:
    session = read_session(args.file)
    if not session.voices:
        print("The session has no parties to answer for; add them in the session setup first.", file=sys.stderr)
        return 1
    room = Room(session)
    if args.open_item:
        try:
            room.open_item(args.open_item)
        except KeyError:
            print("The session has no question or value with that id.", file=sys.stderr)
            return 1
    server = RoomServer(room, args.host or default_host(), args.port)
    try:
        await server.start()
    except OSError as exc:
        print(f"Cannot serve on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"join: {server.join_url}", flush=True)
    print(f"code: {server.code} at {server.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    room.close_item()
    for item_id, box in room.ballots.items():
        if box:
            apply_accepted(session, accept(session, item_id, list(box.values())))
    await server.stop()
    write_session(session, args.file)
    print(f"written: {sum(len(b) for b in room.ballots.values())} ballots", flush=True)
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(_serve(args))
    except SessionFileError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
