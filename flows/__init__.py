"""Orchestration: the only layer that knows Prefect. It wires pipeline + extractors + store.

    flows.batch      the batch flow (one task per document) and its task
    flows.documents  one document's life: read, process (with a time limit), store, file away
    flows.layout     the watched-folder layout: claims, archive/quarantine moves, crash recovery
    flows.watch      ``denials watch``: native events + periodic rescans -> batch flow runs
    flows.deploy     ``denials serve``: the nightly deployment of the batch flow
    flows.summary    the run summary (counts, deadlines due soon) and its Prefect artifacts
    flows.export / flows.reprocess   ``denials export`` / ``denials reprocess`` (store only, no Prefect)
    flows.commands   the click commands

Flows are thin: they loop, submit and collect; the work lives in plain functions that tests call
directly. Nothing else in the project imports this package.
"""
from __future__ import annotations

import os

# Offline by default: no anonymous usage reporting from the Prefect client or its (ephemeral)
# server. Set before anything imports prefect; an explicit environment setting still wins.
for _key, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # the ephemeral API server (used when PREFECT_API_URL is unset) migrates its database on the
    # first start, which can take longer than Prefect's 20 s default on a small, busy machine
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # the ephemeral server records task runs one event per transaction by default, which costs
    # ~20 ms of CPU per event on a small machine (three events per document); in batches of 50
    # it is a fraction of that, and task runs still show up within its 5 s flush interval.
    # (Only servers started by this process see these; a real server has its own settings.)
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "50",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_READ_BATCH_SIZE": "50",
    # …and it need not keep every state-change event as well: with no UI and no automations on
    # an ephemeral server nobody reads them, and storing them was a third of its CPU per task
    # (flow runs, task runs, their states and logs are still recorded)
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    # our plain-function modules log through Prefect too, so their lines land in the run's logs
    "PREFECT_LOGGING_EXTRA_LOGGERS": "flows,pipeline",
    # …and outside a flow run (the watcher between batches) they just log locally, without a warning
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}.items():
    os.environ.setdefault(_key, _value)
