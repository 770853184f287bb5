"""Content of a chosen size, for the tests that hold the API to a fixed query budget."""

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from cms.factories import CallToActionFactory, ImageFactory, TopicFactory
from locations.factories import ProviderPageFactory

# The large article the budgets are held to: 40 blocks, 12 images, 20 links, 5 authors, 5
# topics (`article_with(..., **LARGE, slug=...)`).
LARGE = {"blocks": 40, "images": 12, "links": 20, "authors": 5, "topics": 5}


def article_with(
    blog_index, provider_index, *, blocks, images, links, authors, topics, slug, faqs=0
):
    """An article of a given size, with a medical reviewer and a hero image, and `faqs`
    FAQ blocks of three questions (its structured data's FAQPage); its images'
    renditions made beforehand, as in use."""
    target = ArticlePageFactory(parent=blog_index, slug=f"{slug}-target")
    pictures = [ImageFactory(file__width=1200, file__height=800) for _ in range(images)]
    link = f'<a linktype="page" id="{target.pk}">more</a>'
    body = [("heading", {"text": f"Part {n}", "level": "h2", "anchor": ""}) for n in range(blocks)]
    body += [("paragraph", f"<p>Read {link} here.</p>") for _ in range(links)]
    body += [
        (
            "faq",
            {
                "heading": "FAQ",
                "items": [
                    {"question": f"Question {n}.{i}?", "answer": f"<p>See {link}.</p>"}
                    for i in range(3)
                ],
            },
        )
        for n in range(faqs)
    ]
    body += [
        (
            "image",
            {"image": {"image": picture, "alt_text": "Alt", "decorative": False}, "caption": ""},
        )
        for picture in pictures
    ]
    page = ArticlePageFactory(
        parent=blog_index,
        slug=slug,
        body=body,
        topics=[TopicFactory(name=f"{slug} topic {n}") for n in range(topics)],
        hero_image=pictures[0] if pictures else None,
        medical_reviewer=ProviderPageFactory(parent=provider_index, title=f"{slug} reviewer"),
    )
    for n in range(authors):
        ArticleAuthorFactory(
            page=page, provider=ProviderPageFactory(parent=provider_index, title=f"{slug} {n}")
        )
    return page, pictures


def articles_alike(blog_index, provider_index, *, count):
    """`count` articles with every kind of field filled: hero and body images, links,
    a CTA block and a CTA, topics, a tag, two authors and a reviewer. They share a few
    images, providers and topics, as a real blog does; each has its own rows linking it
    to them, which is what a listing must not fetch one article at a time."""
    pictures = [ImageFactory(file__width=1200, file__height=800) for _ in range(3)]
    providers = [ProviderPageFactory(parent=provider_index) for _ in range(2)]
    topics = [TopicFactory() for _ in range(2)]
    cta = CallToActionFactory()
    target = ArticlePageFactory(parent=blog_index, slug="target")
    link = f'<a linktype="page" id="{target.pk}">more</a>'
    articles = []
    for n in range(count):
        picture = pictures[n % len(pictures)]
        article = ArticlePageFactory(
            parent=blog_index,
            slug=f"article-{n}",
            hero_image=picture,
            medical_reviewer=providers[0],
            cta=cta,
            body=[
                ("heading", {"text": "Symptoms", "level": "h2", "anchor": ""}),
                ("paragraph", f"<p>Read {link} here.</p>"),
                (
                    "image",
                    {
                        "image": {"image": picture, "alt_text": "Alt", "decorative": False},
                        "caption": "",
                    },
                ),
                ("cta", {"cta": cta}),
            ],
        )
        article.topics.set(topics)
        article.tags.add("desk work")
        article.save()
        for provider in providers:
            ArticleAuthorFactory(page=article, provider=provider)
        articles.append(article)
    return articles
