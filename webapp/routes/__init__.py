"""The review app's routes, one module per area: auth, cases (queue, case, images), dashboard,
exports (CSV, JSONL, worklist, iCalendar feed) and a small JSON API."""
