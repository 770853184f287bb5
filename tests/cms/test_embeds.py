"""Videos: YouTube and Vimeo players are built from the URL, without asking the provider.

The tests that go through Wagtail's embed machinery run with the network cut off, so
that a call to YouTube's or Vimeo's oEmbed endpoint would fail them.
"""

import socket

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds import embeds
from wagtail.embeds.models import Embed

from cms.blocks import VideoBlock
from cms.embeds import VideoEmbedFinder, video_player_url

NOCOOKIE = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("YouTube", NOCOOKIE)),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", ("YouTube", NOCOOKIE)),
        ("https://youtube.com/watch?t=42&v=dQw4w9WgXcQ", ("YouTube", NOCOOKIE)),
        ("https://youtu.be/dQw4w9WgXcQ", ("YouTube", NOCOOKIE)),
        ("https://youtu.be/dQw4w9WgXcQ?si=share-token", ("YouTube", NOCOOKIE)),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", ("YouTube", NOCOOKIE)),
        (
            "https://www.youtube.com/shorts/abcDEF_123",
            ("YouTube", "https://www.youtube-nocookie.com/embed/abcDEF_123"),
        ),
        ("  https://www.youtube.com/watch?v=dQw4w9WgXcQ  ", ("YouTube", NOCOOKIE)),
        ("https://vimeo.com/123", ("Vimeo", "https://player.vimeo.com/video/123?dnt=1")),
        (
            "https://vimeo.com/channels/staffpicks/76979871",
            ("Vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        ),
        (
            "https://player.vimeo.com/video/76979871",
            ("Vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        ),
    ],
)
def test_youtube_and_vimeo_urls_give_a_privacy_friendly_player(url, expected):
    assert video_player_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/watch?v=bad!id",
        "https://www.youtube.com/shorts/",
        "https://vimeo.com/about",
        "not a url",
    ],
)
def test_other_urls_are_left_to_the_next_finder(url):
    assert video_player_url(url) is None
    assert not VideoEmbedFinder().accept(url)


def test_the_youtube_player_sets_no_cookies_and_has_a_title_for_screen_readers():
    embed = VideoEmbedFinder().find_embed("https://youtu.be/dQw4w9WgXcQ")

    assert embed["provider_name"] == "YouTube"
    assert embed["type"] == "video"
    assert (embed["width"], embed["height"]) == (960, 540)
    assert embed["html"] == (
        f'<iframe src="{NOCOOKIE}" width="960" height="540" title="YouTube video" '
        'loading="lazy" allow="encrypted-media; picture-in-picture; fullscreen" '
        "allowfullscreen></iframe>"
    )


def test_the_player_shrinks_to_the_maximum_width_keeping_16_by_9():
    embed = VideoEmbedFinder().find_embed("https://vimeo.com/123", max_width=640)

    assert (embed["width"], embed["height"]) == (640, 360)
    assert 'title="Vimeo video"' in embed["html"]
    assert 'src="https://player.vimeo.com/video/123?dnt=1"' in embed["html"]


def test_wagtail_finds_a_youtube_embed_without_network_access(db, no_network):
    embed = embeds.get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ", max_width=960)

    assert embed.provider_name == "YouTube"
    assert NOCOOKIE in embed.html
    assert Embed.objects.get().url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_a_video_block_with_a_youtube_url_validates_and_renders_offline(db, no_network):
    block = VideoBlock()
    value = block.to_python(
        {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "First visit"}
    )

    cleaned = block.clean(value)
    html = block.render(cleaned)

    assert cleaned["video"].url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert f'src="{NOCOOKIE}"' in html
    assert 'title="YouTube video"' in html
    assert "<figcaption>First visit</figcaption>" in html


def test_a_video_block_with_a_url_no_finder_knows_is_refused(db, no_network):
    block = VideoBlock()
    value = block.to_python({"video": "https://example.com/videos/neck-pain", "caption": ""})

    with pytest.raises(ValidationError) as error:
        block.clean(value)

    assert error.value.block_errors["video"].messages == ["Cannot find an embed for this URL."]
