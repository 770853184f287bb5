"""Background tasks of the shared app, run by the task worker (django-tasks)."""

from django_tasks import task

from cms.models import WebhookDelivery


@task()
def webhook_deliver(delivery_id: int) -> str:
    """Try one webhook delivery (see `cms.services.webhook_delivery_attempt`). A delivery
    already settled, or whose endpoint was deleted meanwhile, is left alone."""
    from cms.services import webhook_delivery_attempt

    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (
        WebhookDelivery.Status.SUCCEEDED,
        WebhookDelivery.Status.FAILED,
    ):
        return "skipped"
    return webhook_delivery_attempt(delivery).status
