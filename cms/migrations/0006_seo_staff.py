"""The “SEO staff” group: the SEO report, redirects, the SEO defaults and robots.txt,
and editing pages (their Promote tab) without publishing them: publishing stays with
editors and the medical review workflow."""

from django.db import migrations

GROUP = "SEO staff"
# (app label, model, codename, name): created here when missing, since Django creates
# permissions only after all migrations have run.
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("cms", "practicesettings", "view_seo_report", "Can see the SEO report"),
    ("cms", "practicesettings", "change_practicesettings", "Can change practice settings"),
    ("wagtailredirects", "redirect", "add_redirect", "Can add redirect"),
    ("wagtailredirects", "redirect", "change_redirect", "Can change redirect"),
    ("wagtailredirects", "redirect", "delete_redirect", "Can delete redirect"),
]
PAGE_PERMISSION = ("wagtailcore", "page", "change_page", "Can change page")


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def create_seo_staff(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*(permission(apps, *spec) for spec in PERMISSIONS))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission(apps, *PAGE_PERMISSION)
        )


def remove_seo_staff(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_practicesettings_robots_txt"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="practicesettings",
            options={
                "permissions": [("view_seo_report", "Can see the SEO report")],
                "verbose_name": "practice settings",
            },
        ),
        migrations.RunPython(create_seo_staff, remove_seo_staff),
    ]
