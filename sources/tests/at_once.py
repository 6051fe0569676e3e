"""Run calls in threads released at the same moment, each with its own database connection
(PostgreSQL: real concurrent transactions)."""
import threading

from django.db import connection


def at_once(*calls, timeout: float = 60) -> list:
    """Each call's result, in order; the first error raised in a thread is raised here.
    PostgreSQL only (mark the test `postgres`): SQLite locks the whole file."""
    assert connection.vendor == "postgresql", "mark the test postgres: concurrent writers need PostgreSQL"
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(i, call):
        try:
            barrier.wait(10)
            results[i] = call()
        except Exception as exc:  # raised again in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if errors:
        raise errors[0]
    return results
