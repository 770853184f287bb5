"""Give a user a TOTP device (an authenticator app): their admin login then asks for
its code after the password. Staff set up their own in the admin (cms/two_factor.py); this
is the administrator's way back in for someone who lost their phone and cannot log in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Recovery for an admin user locked out by a lost authenticator app (staff set up "
        "their own in Account → Two-factor authentication): add a TOTP device, with "
        "--replace instead of their others, and print the otpauth:// URI to scan (or type) "
        "into their new app. Hand it over in person. From then on, their login asks for "
        "its 6-digit code."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Authenticator app", help="The device's name.")
        parser.add_argument(
            "--replace", action="store_true", help="Remove the user's other TOTP devices."
        )

    def handle(self, username, name, replace, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        if replace:
            TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name=name, confirmed=True)
        self.stdout.write(
            f"Scan or type this into the authenticator app; it is shown once:\n{device.config_url}"
        )
