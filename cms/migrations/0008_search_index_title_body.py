"""On PostgreSQL, index Wagtail's search entries by the expression its searches filter on.

Wagtail's database search backend matches `(title || body) @@ query`, but indexes
`title` and `body` each on its own, so every search read and joined every entry of
the site, its whole body tsvector included, however few pages matched (wagtail/wagtail
#6546, never merged). A GIN index on the same expression lets PostgreSQL find the
matching entries from the index. Other databases have no such index (SQLite searches
its own FTS5 table): nothing to do there.
"""

from django.db import migrations

INDEX = "cms_search_title_body_gin"


def index_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin (("title" || "body"))'
    )


def index_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("cms", "0007_page_url_path_index"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(index_create, index_drop, elidable=False)]
