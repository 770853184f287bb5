"""The Front desk group: the only one that sees the "Appointment requests" admin area.

Its members may reach the admin, see requests and change their status; nothing else.
Patients' details stay out of every other editor's sight.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Front desk"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("locations", "appointmentrequest", "view_appointmentrequest"),
    ("locations", "appointmentrequest", "change_appointmentrequest"),
]


def front_desk_create(apps, schema_editor):
    # Permissions are normally created after all migrations ran: create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _created = group_model.objects.get_or_create(name=GROUP)
    for app_label, model, codename in PERMISSIONS:
        group.permissions.add(
            permission_model.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
        )


def front_desk_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("locations", "0002_appointment_requests"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(front_desk_create, front_desk_delete)]
