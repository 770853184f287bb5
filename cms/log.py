"""Structured logs: the request id in every record, and JSON lines in production.

`RequestIdMiddleware` (cms.middleware) gives each request an id; `RequestIdFilter` puts it
in every record logged while the request is handled, whatever logged it; `JsonFormatter`
writes each record as one JSON object. A record carries only its message and these
fields, never the request itself: no body, no query string, no header, so that nothing a
patient sent can reach a log line.
"""

import logging
from contextvars import ContextVar

from django.core.signals import request_finished
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")


def request_id_clear(**kwargs) -> None:
    """After a response is sent, the thread's next records belong to no request."""
    request_id_var.set("-")


request_finished.connect(request_id_clear, dispatch_uid="cms.log.request_id_clear")

# What a record's extras may hold and still be logged: a request or a response object
# (Django attaches them to its request errors) could carry a patient's details.
UNSAFE_EXTRAS = {"request", "response"}


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record: the current request's, or "-" outside one."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(BaseJsonFormatter):
    """One JSON object a line: time, level, logger, message, request id, and the
    exception's traceback when there is one. A request or response attached to a record
    is left out, as are a message's arguments beyond the formatted message."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        super().__init__("%(levelname)s %(name)s %(message)s %(request_id)s", *args, **kwargs)

    def add_fields(self, log_data, record, message_dict):
        super().add_fields(log_data, record, message_dict)
        for name in UNSAFE_EXTRAS:
            log_data.pop(name, None)
