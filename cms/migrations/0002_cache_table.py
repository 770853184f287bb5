"""Create the database cache's table, so that `migrate` alone prepares a new database.

Without Redis, the shared cache is Django's database cache (settings/base.py); its table
is not a model, and a forgotten `createcachetable` would break every page save.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
