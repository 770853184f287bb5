"""`manage.py ensure_admin`: the admin user `make run` creates, safely repeatable."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


def run(monkeypatch, password=None) -> str:
    if password is None:
        monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("ADMIN_PASSWORD", password)
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_generates_and_prints_a_password_when_none_is_given(monkeypatch):
    output = run(monkeypatch)
    password = output.split("generated password: ")[1].split()[0]
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password(password)


@pytest.mark.django_db
def test_uses_admin_password_and_a_second_run_keeps_it(monkeypatch):
    run(monkeypatch, "a-chosen-password")
    output = run(monkeypatch)
    assert "unchanged" in output
    assert get_user_model().objects.get(username="admin").check_password("a-chosen-password")
    assert get_user_model().objects.filter(username="admin").count() == 1


@pytest.mark.django_db
def test_admin_password_resets_an_existing_admin(monkeypatch):
    run(monkeypatch, "first-password-1")
    run(monkeypatch, "second-password-2")
    assert get_user_model().objects.get(username="admin").check_password("second-password-2")
