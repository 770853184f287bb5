"""Error reports (the admins' emails, Sentry-like handlers) that cannot carry patients'
details.

Django's reporter shows the local variables of every frame and the POST parameters of
the request that failed. `sensitive_variables` and `sensitive_post_parameters` hide them
for the functions they decorate; a JSON body, though, is parsed by DRF's own frames,
which no decorator reaches. So for the addresses listed in `PATIENT_DATA_PATHS` this
filter hides everything: every variable of every frame, every POST parameter.
"""

from django.conf import settings
from django.views.debug import SafeExceptionReporterFilter


class PatientDataExceptionReporterFilter(SafeExceptionReporterFilter):
    """Django's filter, plus: nothing at all from a request that may hold patient data."""

    def handles_patient_data(self, request) -> bool:
        path = getattr(request, "path", "") or ""
        return any(path.startswith(prefix) for prefix in settings.PATIENT_DATA_PATHS)

    def get_post_parameters(self, request):
        if request is not None and self.handles_patient_data(request):
            return dict.fromkeys(request.POST, self.cleansed_substitute)
        return super().get_post_parameters(request)

    def get_traceback_frame_variables(self, request, tb_frame):
        if request is not None and self.handles_patient_data(request):
            return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
        return super().get_traceback_frame_variables(request, tb_frame)
