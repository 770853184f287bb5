"""Create the `admin` superuser for a local install, once.

The password comes from ADMIN_PASSWORD; without it a random one is generated and
printed. Running the command again never changes an existing admin's password unless
ADMIN_PASSWORD is given, so `make run` is safe to repeat.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the `admin` superuser (password from ADMIN_PASSWORD, else generated)."

    def handle(self, *args, **options):
        password = os.environ.get("ADMIN_PASSWORD", "")
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is not None:
            if password:
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(f"Admin user '{USERNAME}': password set from ADMIN_PASSWORD.")
            else:
                self.stdout.write(f"Admin user '{USERNAME}' exists; its password is unchanged.")
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        user_model.objects.create_superuser(USERNAME, "admin@localhost", password)
        if generated:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created admin user '{USERNAME}' with the generated password: {password}\n"
                    "Set ADMIN_PASSWORD to choose your own."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created admin user '{USERNAME}' (password from ADMIN_PASSWORD)."
                )
            )
