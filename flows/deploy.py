"""``denials serve``: the nightly batch over the inbox as a Prefect deployment with a cron schedule,
served by this process (``prefect.serve``) until it is stopped."""
from __future__ import annotations

import os
from pathlib import Path

DEPLOYMENT_NAME = "nightly"


def local_timezone() -> str:
    """The machine's IANA time zone name (TZ, /etc/timezone, the /etc/localtime link), else UTC."""
    try:
        import tzlocal  # present through Prefect's dependencies; optional here

        name = tzlocal.get_localzone_name()
        if name:
            return name
    except Exception:  # noqa: BLE001 - fall back to reading the system files
        pass
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        name = Path("/etc/timezone").read_text().strip()
        if name:
            return name
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def nightly_deployment(inbox: Path, cron: str, timezone: str | None = None, *, name: str = DEPLOYMENT_NAME,
                       jobs: int | None = None, dask_address: str | None = None):
    """The batch flow over ``inbox`` on ``cron`` (in ``timezone``, default the local zone)."""
    from prefect.schedules import Cron

    from flows.batch import batch_flow

    parameters = {"inbox": str(Path(inbox).expanduser().resolve())}
    if jobs is not None:
        parameters["jobs"] = jobs
    if dask_address:
        parameters["dask_address"] = dask_address
    return batch_flow.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone or local_timezone())],
        parameters=parameters,
        description="Denial letters in the inbox -> case store; processed files archived, failures quarantined.",
        tags=["denials"],
    )


def serve(deployment) -> None:
    """Register ``deployment`` and run its scheduled flow runs until interrupted. SIGTERM stops it
    the way Ctrl-C does (prefect 3.8's own SIGTERM handler leaves a coroutine un-awaited and exits
    mid-loop): the serving loop is cancelled, the deployment's schedule paused, the server stopped."""
    import asyncio

    from prefect.runner import Runner

    runner = Runner(pause_on_shutdown=True)
    runner.add_deployment(deployment)

    async def main() -> None:
        loop, me = asyncio.get_running_loop(), asyncio.current_task()
        runner.handle_sigterm = lambda *_: loop.call_soon_threadsafe(me.cancel)  # installed by start()
        await runner.start()

    try:
        asyncio.run(main())
    except (KeyboardInterrupt, asyncio.CancelledError):
        pass
