"""The nightly deployment: its schedule, and ``denials serve`` registering it and stopping cleanly."""
from __future__ import annotations

import signal
import subprocess
import time

from flows.deploy import local_timezone, nightly_deployment
from flows.layout import Layout
from tests.flows.conftest import DENIALS


def test_nightly_deployment_has_the_cron_schedule(tmp_path):
    dep = nightly_deployment(tmp_path / "inbox", "30 1 * * 1-5", "America/Chicago")
    assert dep.name == "nightly" and dep.flow_name == "denials-batch"
    (sched,) = dep.schedules
    assert sched.schedule.cron == "30 1 * * 1-5" and sched.schedule.timezone == "America/Chicago"
    assert dep.parameters == {"inbox": str((tmp_path / "inbox").resolve())}

    default = nightly_deployment(tmp_path / "inbox", "0 2 * * *", None, jobs=3, dask_address="tcp://h:8786")
    assert default.schedules[0].schedule.timezone == local_timezone()
    assert default.parameters["jobs"] == 3 and default.parameters["dask_address"] == "tcp://h:8786"


def test_serve_registers_the_deployment_and_stops_cleanly(tmp_path, store_env, subprocess_env):
    """(A run of the served deployment is the batch flow tested elsewhere; starting one here
    would cost another Python process.)"""
    from prefect.client.orchestration import get_client

    layout = Layout.for_inbox(tmp_path / "drop" / "inbox", store_env).ensure()
    name = f"nightly-{tmp_path.name[-12:]}".replace("_", "-")
    proc = subprocess.Popen([DENIALS, "serve", str(layout.inbox), "--cron", "15 3 * * *", "--timezone", "Europe/Berlin",
                             "--name", name], env={**subprocess_env, "DENIALS_SETTLE_S": "0"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        dep = None
        with get_client(sync_client=True) as client:
            deadline = time.monotonic() + 60
            while dep is None and time.monotonic() < deadline and proc.poll() is None:
                try:
                    dep = client.read_deployment_by_name(f"denials-batch/{name}")
                except Exception:  # noqa: BLE001 - not registered yet
                    time.sleep(0.2)
        assert dep is not None, proc.stderr.read() if proc.poll() is not None else "not registered in time"
        (sched,) = dep.schedules
        assert sched.schedule.cron == "15 3 * * *" and sched.schedule.timezone == "Europe/Berlin"
        assert dep.parameters["inbox"] == str(layout.inbox)
        time.sleep(0.5)  # let the runner install its signal handler
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "Warning" not in err, err[-3000:]
    assert "stopped" in err
