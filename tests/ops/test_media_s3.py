"""Media on S3-compatible storage (django-storages), against a mocked S3 (moto): an image
uploaded in the admin and its renditions land in the bucket, and the API links to them."""

import io

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from moto import mock_aws
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cms.serializers import image_representation
from settings.base import s3_media_storage

BUCKET = "painclinic-media-test"


@pytest.fixture
def bucket(monkeypatch, settings):
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket=BUCKET)
        yield s3


def keys(s3) -> list[str]:
    return [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def jpeg(width=1600, height=900) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


def s3_storages(settings, **options):
    storage = s3_media_storage(BUCKET)
    storage["OPTIONS"].update(options)
    return {**settings.STORAGES, "default": storage}


def test_an_uploaded_image_and_its_renditions_are_stored_in_the_bucket(
    admin_client, bucket, settings, rf
):
    with override_settings(STORAGES=s3_storages(settings)):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Clinic", "file": SimpleUploadedFile("clinic.jpg", jpeg(), "image/jpeg")},
        )
        assert response.status_code == 302
        image = get_image_model().objects.get(title="Clinic")
        assert keys(bucket) == [f"media/{image.file.name}"]

        data = image_representation(image, rf.get("/", HTTP_HOST="cms.example.com"))

    stored = keys(bucket)
    renditions = [key for key in stored if key.startswith("media/images/")]
    assert len(renditions) == 4  # 480, 960, 1440 and the original's 1600, as WebP
    assert all(key.endswith(".webp") for key in renditions)
    assert data["url"].startswith(f"https://{BUCKET}.s3.amazonaws.com/media/images/")
    assert "X-Amz-Signature" not in data["url"]  # cached answers never hold expiring links
    assert data["url"].split(".com/", 1)[1] in stored


def test_with_a_cdn_the_urls_are_on_its_domain(admin_client, bucket, settings, rf):
    with override_settings(STORAGES=s3_storages(settings, custom_domain="media.example.com")):
        admin_client.post(
            reverse("wagtailimages:add"),
            {"title": "Team", "file": SimpleUploadedFile("team.jpg", jpeg(800, 600), "image/jpeg")},
        )
        image = get_image_model().objects.get(title="Team")
        data = image_representation(image, rf.get("/", HTTP_HOST="cms.example.com"))

    assert data["url"].startswith("https://media.example.com/media/images/")
    assert data["srcset"].count("https://media.example.com/media/images/") == 2
