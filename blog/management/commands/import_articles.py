"""`manage.py import_articles PATH…`: the old website's articles, as drafts to review.

The work is done by `blog.importer`; this command finds the files, shows progress and
prints what happened to each file. A file that cannot be imported is named with its
reason while the others still import; the command fails only if nothing could be.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from blog.importer import (
    ArticleImportError,
    ImportResult,
    article_import,
    blog_index_resolve,
    html_files_find,
)
from blog.models import BlogIndexPage


class Command(BaseCommand):
    help = (
        "Import articles saved as HTML from the old website (files, or folders searched "
        "for *.html and *.htm) as draft articles under the blog index. Nothing is published; "
        "running it again updates the same drafts."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="HTML files or folders.")
        parser.add_argument(
            "--parent",
            help="The blog index to import under: a page id or URL path (default: the first).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, then roll it back: shows what would happen, saves nothing.",
        )

    def handle(self, *args, paths: list[Path], parent: str | None, dry_run: bool, **options):
        try:
            files = html_files_find(paths)
            blog_index = blog_index_resolve(parent)
        except ArticleImportError as error:
            raise CommandError(str(error)) from error

        results: list[ImportResult] = []
        claimed: dict[str, Path] = {}
        # The bar goes to stderr and hides itself when stderr is not a terminal.
        progress = tqdm(files, desc="Importing", unit="file", file=sys.stderr, disable=None)
        for path, root in progress:
            try:
                result = article_import(
                    path, blog_index, root=root, dry_run=dry_run, claimed=claimed
                )
            except Exception as error:  # One broken file must not stop the others.
                reason = f"unexpected error: {error!r}"
                result = ImportResult(source=path, key=str(path), status="failed", reason=reason)
            results.append(result)

        self.summary_write(results, blog_index, dry_run=dry_run)
        if all(result.status == "failed" for result in results):
            raise CommandError("No article could be imported.")

    def summary_write(
        self, results: list[ImportResult], blog_index: BlogIndexPage, *, dry_run: bool
    ) -> None:
        """What happened to each file: the counts, then failures and warnings by file."""
        would = "would be " if dry_run else ""
        counts = {
            status: sum(result.status == status for result in results)
            for status in ("created", "updated", "failed")
        }
        if dry_run:
            self.stdout.write("Dry run: nothing was saved.")
        self.stdout.write(
            f"{len(results)} file(s) for “{blog_index.title}”: "
            f"{counts['created']} {would}created, {counts['updated']} {would}updated, "
            f"{counts['failed']} failed."
        )
        for result in results:
            if result.status != "failed":
                self.stdout.write(
                    f"  {would}{result.status}: {result.source} → “{result.title}” "
                    f"(slug {result.slug}{f', page {result.page_id}' if result.page_id else ''})"
                )
        images = sum(result.images_created for result in results)
        if images:
            self.stdout.write(f"{images} image(s) {would}added to the image library.")
        if counts["created"] + counts["updated"] and not dry_run:
            self.stdout.write("Imported articles are drafts: review them, then publish.")

        failed = [result for result in results if result.status == "failed"]
        if failed:
            self.stdout.write(self.style.ERROR(f"Failed ({len(failed)}):"))
            for result in failed:
                self.stdout.write(f"  {result.source}: {result.reason}")
        warnings = [
            f"  {result.source}: {warning}"
            for result in results
            if result.status != "failed"
            for warning in result.warnings
        ]
        if warnings:
            self.stdout.write(self.style.WARNING(f"Warnings ({len(warnings)}):"))
            for line in warnings:
                self.stdout.write(line)
