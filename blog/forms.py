"""The article editor's checks that span rows of its inline panels."""

from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    """Article editor: related articles are other articles, each picked once."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("related_links")
        # Rows with errors of their own are reported by the formset itself.
        if formset is None or not formset.is_valid():
            return cleaned_data
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            article = data.get("article")
            if data.get("DELETE") or article is None:
                continue
            if self.instance.pk and article.pk == self.instance.pk:
                form.add_error("article", "An article cannot be related to itself.")
            elif article.pk in seen:
                form.add_error("article", "This article is already in the list.")
            seen.add(article.pk)
        return cleaned_data
