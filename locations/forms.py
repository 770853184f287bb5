"""Editor forms with the checks that span several fields or rows of a clinic page."""

from collections import defaultdict

from wagtail.admin.forms import WagtailAdminPageForm


class LocationPageForm(WagtailAdminPageForm):
    """Clinic editor: a phone is required, coordinates are sane, periods do not overlap."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "phone" in self.fields:
            self.fields["phone"].error_messages["required"] = (
                "Add the clinic's phone number: patients use it to call and book."
            )

    def clean(self):
        cleaned_data = super().clean()
        longitude = cleaned_data.get("longitude")
        if longitude is not None and cleaned_data.get("country") == "US" and longitude > 0:
            self.add_error(
                "longitude",
                "Longitudes in the United States are negative (west of Greenwich), "
                f"e.g. {-longitude}. Check the sign.",
            )
        self._check_overlapping_hours()
        return cleaned_data

    def _check_overlapping_hours(self):
        formset = self.formsets.get("opening_hours")
        # Rows with errors of their own (a period that closes before it opens) are reported
        # by the formset; overlaps are only worth checking between valid rows.
        if formset is None or not formset.is_valid():
            return
        periods_by_day = defaultdict(list)
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("opens") or not data.get("closes"):
                continue
            periods_by_day[data["day"]].append((data["opens"], data["closes"], form))
        for periods in periods_by_day.values():
            periods.sort(key=lambda period: period[0])
            for (_, previous_closes, _), (opens, _, form) in zip(
                periods, periods[1:], strict=False
            ):
                if opens < previous_closes:
                    form.add_error(
                        "opens",
                        "This period overlaps another one on the same day. Make it start "
                        f"at {previous_closes:%H:%M} or later, or merge the two.",
                    )
