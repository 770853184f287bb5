"""The demo content `manage.py seed_demo` loads: pure data, no database access.

Kept apart from the command so that the prose can be read and edited as content, and the
command stays about how content is saved. Conventions, so that the data stays short:

* Images are named by title (the key that makes re-runs find them), calls to action by
  name, topics, clinics, providers and articles by slug.
* Long prose is written in triple-quoted strings wrapped at the project's line length; the
  command collapses whitespace, so line breaks inside them do not matter.
* Body blocks are (block type, value) pairs in a compact form the command expands:
  ("h2", text) and ("h3", text) are headings; a paragraph is a string or a list of
  strings (one <p> each); list items, callout texts and FAQ answers are inline HTML;
  ("image", {"image": title, …}) names an image; ("cta", name or None) a call to action.
  Quotes, embeds and tables use the block's own value.
* Dates are relative to the day the command first runs (days ago), so that "most recent"
  ordering and "reviewed within the past year" stay true on a fresh database.
"""

from typing import Any

PRACTICE_NAME = "Georgia Pain & Spine Care"
BOOKING_BASE_URL = "https://booking.example.com/"

# Conditions patients have and treatments the practice offers.
TOPICS: list[dict[str, str]] = [
    {
        "slug": "neck-tension-migraine",
        "name": "Neck-tension migraine",
        "kind": "condition",
        "description": "Migraine attacks that tight, tender neck and shoulder muscles help to "
        "trigger or keep going.",
    },
    {
        "slug": "cervicogenic-headache",
        "name": "Cervicogenic headache",
        "kind": "condition",
        "description": "A headache that starts in the joints, discs or muscles of the upper "
        "neck and spreads into the head.",
    },
    {
        "slug": "sciatica",
        "name": "Sciatica",
        "kind": "condition",
        "description": "Pain, tingling or numbness that runs from the lower back down the leg "
        "when a spinal nerve root is irritated.",
    },
    {
        "slug": "lumbar-spinal-stenosis",
        "name": "Lumbar spinal stenosis",
        "kind": "condition",
        "description": "A narrowing of the spinal canal in the lower back that squeezes the "
        "nerves and makes walking and standing painful.",
    },
    {
        "slug": "herniated-disc",
        "name": "Herniated disc",
        "kind": "condition",
        "description": "A spinal disc whose soft centre has pushed out through its outer ring "
        "and may press on a nearby nerve.",
    },
    {
        "slug": "knee-osteoarthritis",
        "name": "Knee osteoarthritis",
        "kind": "condition",
        "description": "Wear of the cartilage in the knee joint that causes pain, stiffness "
        "and swelling, often worse after activity.",
    },
    {
        "slug": "complex-regional-pain-syndrome",
        "name": "Complex regional pain syndrome (CRPS)",
        "kind": "condition",
        "description": "Severe, lasting pain in an arm or leg after an injury, with changes in "
        "skin colour, temperature and swelling.",
    },
    {
        "slug": "peripheral-neuropathy",
        "name": "Peripheral neuropathy",
        "kind": "condition",
        "description": "Damage to the nerves of the hands and feet that causes burning pain, "
        "tingling, numbness or poor balance.",
    },
    {
        "slug": "facet-joint-pain",
        "name": "Facet joint pain",
        "kind": "condition",
        "description": "Pain from the small joints at the back of the spine, often from "
        "arthritis, felt as an ache on one or both sides of the neck or back.",
    },
    {
        "slug": "neck-pain",
        "name": "Neck pain",
        "kind": "condition",
        "description": "Aching or stiffness in the neck, commonly from posture, strain or "
        "wear of the cervical spine.",
    },
    {
        "slug": "occipital-nerve-block",
        "name": "Occipital nerve block",
        "kind": "treatment",
        "description": "An injection of numbing medicine near the nerves at the back of the "
        "head to calm headache and scalp pain.",
    },
    {
        "slug": "epidural-steroid-injection",
        "name": "Epidural steroid injection",
        "kind": "treatment",
        "description": "An X-ray-guided injection of anti-inflammatory medicine around "
        "irritated spinal nerves to ease back and leg pain.",
    },
    {
        "slug": "radiofrequency-ablation",
        "name": "Radiofrequency ablation",
        "kind": "treatment",
        "description": "A procedure that uses gentle heat to quiet the small nerves carrying "
        "pain from arthritic spine or knee joints.",
    },
    {
        "slug": "spinal-cord-stimulator-trial",
        "name": "Spinal cord stimulator trial",
        "kind": "treatment",
        "description": "A week-long test of a spinal cord stimulator with temporary leads, "
        "before deciding on a permanent implant.",
    },
    {
        "slug": "physical-therapy",
        "name": "Physical therapy",
        "kind": "treatment",
        "description": "Guided exercise and hands-on treatment to restore movement, "
        "strength and confidence.",
    },
    {
        "slug": "medication-management",
        "name": "Medication management",
        "kind": "treatment",
        "description": "A careful plan for pain medicines, reviewed regularly for benefit, "
        "side effects and safety.",
    },
    {
        "slug": "genicular-nerve-block",
        "name": "Genicular nerve block",
        "kind": "treatment",
        "description": "An injection that numbs the small sensory nerves around the knee, "
        "used for osteoarthritis pain and before knee radiofrequency ablation.",
    },
    {
        "slug": "medial-branch-block",
        "name": "Medial branch block",
        "kind": "treatment",
        "description": "A diagnostic injection that numbs the nerves of the facet joints to "
        "show whether they are the source of neck or back pain.",
    },
]

HERO_SIZE = (1600, 900)
PORTRAIT_SIZE = (800, 800)
FIGURE_SIZE = (1200, 800)
SOCIAL_SIZE = (1200, 630)
LOGO_SIZE = (1000, 200)

# Generated locally: a calm two-colour gradient, a simple motif and a label. The
# description is Wagtail's default alt text, so it says what the image really shows.
IMAGES: list[dict[str, Any]] = [
    # The practice
    {
        "title": "Georgia Pain & Spine Care logo",
        "description": "Georgia Pain & Spine Care",
        "size": LOGO_SIZE,
        "colors": ("#ffffff", "#ffffff"),
        "motif": "logo",
        "label": PRACTICE_NAME,
        "format": "PNG",
    },
    {
        "title": "Social sharing – Georgia Pain & Spine Care",
        "description": "Georgia Pain & Spine Care: a stylised spine on a calm teal gradient",
        "size": SOCIAL_SIZE,
        "colors": ("#0f5f6e", "#7cc4c0"),
        "motif": "spine",
        "label": PRACTICE_NAME,
    },
    {
        "title": "Home hero – calm horizon",
        "description": "Illustration of a calm sunrise over gentle hills in soft blues",
        "size": HERO_SIZE,
        "colors": ("#1d4e89", "#f3c677"),
        "motif": "waves",
        "label": "Relief starts with the right diagnosis",
    },
    # Clinics
    {
        "title": "Clinic – Midtown Atlanta",
        "description": "Illustration of the Midtown Atlanta clinic building",
        "size": HERO_SIZE,
        "colors": ("#264653", "#8ab17d"),
        "motif": "clinic",
        "label": "Midtown Atlanta",
    },
    {
        "title": "Clinic – Marietta",
        "description": "Illustration of the Marietta clinic building",
        "size": HERO_SIZE,
        "colors": ("#3d405b", "#81b29a"),
        "motif": "clinic",
        "label": "Marietta",
    },
    {
        "title": "Clinic – Alpharetta",
        "description": "Illustration of the Alpharetta clinic building",
        "size": HERO_SIZE,
        "colors": ("#22577a", "#80ed99"),
        "motif": "clinic",
        "label": "Alpharetta",
    },
    {
        "title": "Clinic – Decatur",
        "description": "Illustration of the Decatur clinic building",
        "size": HERO_SIZE,
        "colors": ("#5e548e", "#e0b1cb"),
        "motif": "clinic",
        "label": "Decatur",
    },
    {
        "title": "Clinic – Savannah",
        "description": "Illustration of the Savannah clinic building",
        "size": HERO_SIZE,
        "colors": ("#005f73", "#e9d8a6"),
        "motif": "clinic",
        "label": "Savannah",
    },
    {
        "title": "Clinic – Augusta",
        "description": "Illustration of the Augusta clinic building",
        "size": HERO_SIZE,
        "colors": ("#386641", "#f2e8cf"),
        "motif": "clinic",
        "label": "Augusta",
    },
    # Provider portraits (placeholders: a silhouette and the provider's initials)
    {
        "title": "Portrait – Amara Okafor",
        "description": "Placeholder portrait of Dr. Amara Okafor",
        "size": PORTRAIT_SIZE,
        "colors": ("#b5838d", "#ffcdb2"),
        "motif": "portrait",
        "label": "AO",
    },
    {
        "title": "Portrait – Daniel Whitfield",
        "description": "Placeholder portrait of Dr. Daniel Whitfield",
        "size": PORTRAIT_SIZE,
        "colors": ("#457b9d", "#a8dadc"),
        "motif": "portrait",
        "label": "DW",
    },
    {
        "title": "Portrait – Priya Raman",
        "description": "Placeholder portrait of Dr. Priya Raman",
        "size": PORTRAIT_SIZE,
        "colors": ("#6d597a", "#eaac8b"),
        "motif": "portrait",
        "label": "PR",
    },
    {
        "title": "Portrait – Marcus Bell",
        "description": "Placeholder portrait of Dr. Marcus Bell",
        "size": PORTRAIT_SIZE,
        "colors": ("#2a9d8f", "#e9c46a"),
        "motif": "portrait",
        "label": "MB",
    },
    {
        "title": "Portrait – Elena Vasquez",
        "description": "Placeholder portrait of Dr. Elena Vasquez",
        "size": PORTRAIT_SIZE,
        "colors": ("#9d4edd", "#e0aaff"),
        "motif": "portrait",
        "label": "EV",
    },
    {
        "title": "Portrait – Jordan Hayes",
        "description": "Placeholder portrait of Jordan Hayes, physician assistant",
        "size": PORTRAIT_SIZE,
        "colors": ("#1b4965", "#bee9e8"),
        "motif": "portrait",
        "label": "JH",
    },
    {
        "title": "Portrait – Keisha Thompson",
        "description": "Placeholder portrait of Keisha Thompson, nurse practitioner",
        "size": PORTRAIT_SIZE,
        "colors": ("#bc4749", "#f2e8cf"),
        "motif": "portrait",
        "label": "KT",
    },
    {
        "title": "Portrait – Samuel Park",
        "description": "Placeholder portrait of Samuel Park, physical therapist",
        "size": PORTRAIT_SIZE,
        "colors": ("#344e41", "#a3b18a"),
        "motif": "portrait",
        "label": "SP",
    },
    # Article heroes
    {
        "title": "Article hero – neck tension and migraine",
        "description": "Illustration of a head and neck with tension lines at the base of "
        "the skull",
        "size": HERO_SIZE,
        "colors": ("#5a189a", "#c77dff"),
        "motif": "head",
        "label": "Neck tension and migraine",
    },
    {
        "title": "Article hero – cervicogenic headache",
        "description": "Illustration of a head and the upper neck on a blue gradient",
        "size": HERO_SIZE,
        "colors": ("#023e8a", "#90e0ef"),
        "motif": "head",
        "label": "Cervicogenic headache",
    },
    {
        "title": "Article hero – sciatica",
        "description": "Illustration of a nerve branching down from the lower spine",
        "size": HERO_SIZE,
        "colors": ("#9c6644", "#ede0d4"),
        "motif": "nerve",
        "label": "Sciatica",
    },
    {
        "title": "Article hero – occipital nerve block",
        "description": "Illustration of the back of the head with the occipital nerves highlighted",
        "size": HERO_SIZE,
        "colors": ("#006d77", "#edf6f9"),
        "motif": "head",
        "label": "Occipital nerve block",
    },
    {
        "title": "Article hero – spinal cord stimulator trial",
        "description": "Illustration of a spine with a thin stimulator lead beside it",
        "size": HERO_SIZE,
        "colors": ("#1d3557", "#a8dadc"),
        "motif": "spine",
        "label": "Spinal cord stimulation",
    },
    {
        "title": "Article hero – epidural steroid injection",
        "description": "Illustration of the lower spine on a warm gradient",
        "size": HERO_SIZE,
        "colors": ("#7f5539", "#ddb892"),
        "motif": "spine",
        "label": "Epidural steroid injections",
    },
    {
        "title": "Article hero – radiofrequency ablation",
        "description": "Illustration of spinal joints with small nerves on an orange gradient",
        "size": HERO_SIZE,
        "colors": ("#9d0208", "#ffba08"),
        "motif": "spine",
        "label": "Radiofrequency ablation",
    },
    {
        "title": "Article hero – knee osteoarthritis",
        "description": "Illustration of a knee joint on a green gradient",
        "size": HERO_SIZE,
        "colors": ("#2d6a4f", "#b7e4c7"),
        "motif": "knee",
        "label": "Knee osteoarthritis",
    },
    {
        "title": "Article hero – living with CRPS",
        "description": "Illustration of soft concentric waves on a lilac gradient",
        "size": HERO_SIZE,
        "colors": ("#6a4c93", "#f1e3f3"),
        "motif": "waves",
        "label": "Living with CRPS",
    },
    {
        "title": "Article hero – desk posture",
        "description": "Illustration of a desk, a monitor and a chair",
        "size": HERO_SIZE,
        "colors": ("#274c77", "#e7ecef"),
        "motif": "desk",
        "label": "Desk posture and neck pain",
    },
    {
        "title": "Article hero – physical therapy after a herniated disc",
        "description": "Illustration of a spine on a fresh green gradient",
        "size": HERO_SIZE,
        "colors": ("#40916c", "#d8f3dc"),
        "motif": "spine",
        "label": "Physical therapy after a herniated disc",
    },
    {
        "title": "Article hero – peripheral neuropathy",
        "description": "Illustration of fine nerve branches on a blue gradient",
        "size": HERO_SIZE,
        "colors": ("#03045e", "#48cae4"),
        "motif": "nerve",
        "label": "Peripheral neuropathy",
    },
    # Figures used inside article bodies
    {
        "title": "Figure – occipital nerves",
        "description": "Diagram of the back of the head and upper neck, where the occipital "
        "nerves run",
        "size": FIGURE_SIZE,
        "colors": ("#e0fbfc", "#98c1d9"),
        "motif": "head",
        "label": "Occipital nerves",
    },
    {
        "title": "Figure – sciatic nerve path",
        "description": "Diagram of a nerve running from the lower spine down the leg",
        "size": FIGURE_SIZE,
        "colors": ("#fefae0", "#dda15e"),
        "motif": "nerve",
        "label": "The sciatic nerve",
    },
    {
        "title": "Figure – lumbar spine",
        "description": "Diagram of the vertebrae of the lower back",
        "size": FIGURE_SIZE,
        "colors": ("#f8f9fa", "#adb5bd"),
        "motif": "spine",
        "label": "Lumbar spine",
    },
    {
        "title": "Figure – knee joint",
        "description": "Diagram of the knee joint: thigh bone, shin bone and kneecap",
        "size": FIGURE_SIZE,
        "colors": ("#f1faee", "#a8dadc"),
        "motif": "knee",
        "label": "The knee joint",
    },
    {
        "title": "Figure – workstation setup",
        "description": "Diagram of a desk with the monitor at eye level and a supportive chair",
        "size": FIGURE_SIZE,
        "colors": ("#edf2f4", "#8d99ae"),
        "motif": "desk",
        "label": "Workstation setup",
    },
]

# The default call to action is set in the practice settings; the others are chosen by
# articles and blocks.
DEFAULT_CTA = "Default – schedule your consultation"
CALL_CTA = "Call the clinic"
REQUEST_CTA = "Request an appointment"

CALLS_TO_ACTION: list[dict[str, Any]] = [
    {
        "name": DEFAULT_CTA,
        "heading": "Schedule your consultation",
        "text": "Most new patients are seen within a week, at the clinic nearest to them.",
        "primary": [("book", {"label": "Book online", "url": BOOKING_BASE_URL})],
        "secondary": [("call", {"label": "Call us", "phone": ""})],
    },
    {
        "name": CALL_CTA,
        "heading": "Talk to our care team",
        "text": "Questions about a procedure or your first visit? Our nurses are happy to help.",
        "primary": [("call", {"label": "Call the clinic", "phone": ""})],
        "secondary": [],
    },
    {
        "name": REQUEST_CTA,
        "heading": "Request an appointment",
        "text": "Tell us a little about your pain and we will call you back within one "
        "business day.",
        "primary": [("request", {"label": "Request an appointment"})],
        "secondary": [],
    },
]

# Where the widget shows a call to action (created by a migration) and which one shows
# there; None leaves the site's default.
CTA_PLACEMENTS: list[dict[str, Any]] = [
    {"slug": "article-footer", "name": "Below every article", "cta": REQUEST_CTA},
    {"slug": "sidebar", "name": "Sidebar", "cta": CALL_CTA},
    {"slug": "location-header", "name": "Top of a clinic page", "cta": None},
    {"slug": "site-banner", "name": "Site-wide banner", "cta": None},
]

PRACTICE_SETTINGS: dict[str, Any] = {
    "name": PRACTICE_NAME,
    "logo": "Georgia Pain & Spine Care logo",
    "phone": "(404) 555-0100",
    "email": "appointments@example.com",
    "social_links": [
        ("profile", {"network": "facebook", "url": "https://www.facebook.com/example"}),
        ("profile", {"network": "instagram", "url": "https://www.instagram.com/example"}),
        ("profile", {"network": "youtube", "url": "https://www.youtube.com/@example"}),
        ("profile", {"network": "linkedin", "url": "https://www.linkedin.com/company/example"}),
    ],
    "default_cta": DEFAULT_CTA,
    "title_suffix": "| Georgia Pain & Spine Care",
    "default_description": "Board-certified pain specialists in six Georgia clinics: "
    "diagnosis and treatment of back, neck, nerve and joint pain.",
    "default_social_image": "Social sharing – Georgia Pain & Spine Care",
}

# The three sections under the home page. Each is found by its page type (there is one
# of each), and created with this slug.
BLOG_INDEX: dict[str, str] = {
    "slug": "blog",
    "title": "Health articles",
    "intro": "Plain-language articles on the conditions we treat and the treatments we "
    "offer, written and medically reviewed by our clinicians.",
    "search_description": "Articles on back, neck, nerve and joint pain, written and "
    "reviewed by the clinicians of Georgia Pain & Spine Care.",
}
LOCATION_INDEX: dict[str, str] = {
    "slug": "clinics",
    "title": "Our clinics",
    "intro": "Six clinics across Georgia, from Midtown Atlanta to Savannah, each with "
    "on-site procedure rooms and physical therapy.",
    "search_description": "Find a Georgia Pain & Spine Care clinic near you: addresses, "
    "opening hours, parking and online booking.",
}
PROVIDER_INDEX: dict[str, str] = {
    "slug": "providers",
    "title": "Our providers",
    "intro": "Physicians, physician assistants, nurse practitioners and physical therapists "
    "who work together on every patient's plan.",
    "search_description": "Meet the pain medicine physicians, PAs, nurse practitioners and "
    "physical therapists of Georgia Pain & Spine Care.",
}

# Links name pages by their path under the home page ("blog/sciatica-…").
NAVIGATION: dict[str, list] = {
    "header": [
        ("link", {"page": "blog", "label": "Health articles"}),
        (
            "menu",
            {
                "label": "Conditions",
                "links": [
                    {"page": "blog/neck-tension-migraine", "label": "Migraine and neck tension"},
                    {"page": "blog/cervicogenic-headache", "label": "Cervicogenic headache"},
                    {"page": "blog/sciatica", "label": "Sciatica"},
                    {"page": "blog/knee-osteoarthritis-without-surgery", "label": "Knee arthritis"},
                    {"page": "blog/living-with-crps", "label": "CRPS"},
                    {"page": "blog/peripheral-neuropathy-pain", "label": "Neuropathy"},
                ],
            },
        ),
        (
            "menu",
            {
                "label": "Treatments",
                "links": [
                    {"page": "blog/occipital-nerve-block", "label": "Occipital nerve block"},
                    {
                        "page": "blog/epidural-steroid-injections-lumbar-stenosis",
                        "label": "Epidural steroid injections",
                    },
                    {
                        "page": "blog/radiofrequency-ablation-facet-joint-pain",
                        "label": "Radiofrequency ablation",
                    },
                    {
                        "page": "blog/spinal-cord-stimulator-trial",
                        "label": "Spinal cord stimulation",
                    },
                    {
                        "page": "blog/physical-therapy-after-herniated-disc",
                        "label": "Physical therapy",
                    },
                ],
            },
        ),
        ("link", {"page": "clinics", "label": "Clinics"}),
        ("link", {"page": "providers", "label": "Providers"}),
    ],
    "footer": [
        (
            "column",
            {
                "heading": "Practice",
                "links": [
                    {"page": "clinics", "label": "Our clinics"},
                    {"page": "providers", "label": "Our providers"},
                    {"url": "https://example.com/careers", "label": "Careers"},
                ],
            },
        ),
        (
            "column",
            {
                "heading": "Patients",
                "links": [
                    {"page": "blog", "label": "Health articles"},
                    {"url": BOOKING_BASE_URL, "label": "Book online"},
                    {"url": "https://example.com/patient-portal", "label": "Patient portal"},
                    {"url": "https://example.com/billing", "label": "Billing and insurance"},
                ],
            },
        ),
        (
            "column",
            {
                "heading": "Legal",
                "links": [
                    {"url": "https://example.com/privacy", "label": "Privacy policy"},
                    {
                        "url": "https://example.com/notice-of-privacy-practices",
                        "label": "Notice of privacy practices",
                    },
                    {"url": "https://example.com/terms", "label": "Terms of use"},
                    {"url": "https://example.com/accessibility", "label": "Accessibility"},
                    {
                        "url": "https://example.com/nondiscrimination",
                        "label": "Nondiscrimination notice",
                    },
                ],
            },
        ),
    ],
}

MONDAY_TO_FRIDAY = ["monday", "tuesday", "wednesday", "thursday", "friday"]

# Holidays every clinic observes; clinics add their own below.
THANKSGIVING = {"date": "2026-11-26", "closed": True, "reason": "Thanksgiving Day"}
CHRISTMAS_EVE_SHORT = {
    "date": "2026-12-24",
    "closed": False,
    "opens": "08:00",
    "closes": "12:00",
    "reason": "Christmas Eve: open in the morning only",
}
CHRISTMAS_DAY = {"date": "2026-12-25", "closed": True, "reason": "Christmas Day"}
NEW_YEARS_DAY = {"date": "2027-01-01", "closed": True, "reason": "New Year's Day"}

# Six clinics at plausible addresses, with the real ZIP code, coordinates and area code of
# each town. Phone numbers are in the 555-01xx range reserved for fiction.
CLINICS: list[dict[str, Any]] = [
    {
        "slug": "midtown-atlanta",
        "title": "Midtown Atlanta",
        "search_description": "Pain management in Midtown Atlanta, near the Midtown MARTA "
        "station: nerve blocks, spine injections and physical therapy.",
        "street_address": "999 Peachtree St NE, Suite 1200",
        "locality": "Atlanta",
        "postal_code": "30309",
        "latitude": "33.781300",
        "longitude": "-84.383400",
        "phone": "(404) 555-0140",
        "fax": "(404) 555-0141",
        "hero_image": "Clinic – Midtown Atlanta",
        "directions": [
            """Enter the tower from Peachtree Street and take the east elevators to the
            12th floor; the clinic is to your right.""",
            """<b>Parking:</b> the building's garage is entered from 10th Street. Bring your
            ticket to reception: we validate up to three hours.""",
            """<b>MARTA:</b> Midtown station is a five-minute walk west along 10th Street.""",
        ],
        "hours": [
            {"days": MONDAY_TO_FRIDAY, "opens": "07:30", "closes": "17:30"},
            {"days": ["saturday"], "opens": "08:00", "closes": "12:00"},
        ],
        "special_hours": [THANKSGIVING, CHRISTMAS_EVE_SHORT, CHRISTMAS_DAY, NEW_YEARS_DAY],
        "services": [
            "occipital-nerve-block",
            "epidural-steroid-injection",
            "radiofrequency-ablation",
            "medial-branch-block",
            "medication-management",
            "physical-therapy",
            "neck-tension-migraine",
            "cervicogenic-headache",
            "facet-joint-pain",
        ],
        "cta": None,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our flagship clinic has four consultation rooms, two X-ray-guided procedure
                suites and a physical therapy gym, so that most patients can be assessed,
                treated and started on rehabilitation under one roof. It is also home to our
                headache clinic, run jointly by our neurology and interventional teams.""",
            ),
            (
                "list",
                {
                    "lead_in": "Open on Saturday mornings for:",
                    "style": "bulleted",
                    "items": [
                        "New-patient consultations",
                        "Follow-up visits after a procedure",
                        "Physical therapy sessions",
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Your first visit",
                    "text": """Please arrive 15 minutes early with your photo ID, insurance card,
                    a list of your medicines and any recent scans or reports.""",
                },
            ),
            ("cta", None),
        ],
    },
    {
        "slug": "marietta",
        "title": "Marietta",
        "search_description": "Pain management and physical therapy a short walk from "
        "Marietta Square: back, neck, knee and nerve pain.",
        "street_address": "155 Church St, Suite 210",
        "locality": "Marietta",
        "postal_code": "30060",
        "latitude": "33.955300",
        "longitude": "-84.549300",
        "phone": "(770) 555-0150",
        "fax": "(770) 555-0151",
        "hero_image": "Clinic – Marietta",
        "directions": [
            """Two blocks north of Marietta Square. The entrance faces Church Street; take
            the elevator to the second floor.""",
            """<b>Parking:</b> free patient parking in the lot behind the building, with
            accessible spaces beside the rear entrance.""",
        ],
        "hours": [
            {"days": MONDAY_TO_FRIDAY, "opens": "08:00", "closes": "12:00"},
            {"days": MONDAY_TO_FRIDAY, "opens": "13:00", "closes": "17:00"},
        ],
        "special_hours": [THANKSGIVING, CHRISTMAS_EVE_SHORT, CHRISTMAS_DAY, NEW_YEARS_DAY],
        "services": [
            "physical-therapy",
            "epidural-steroid-injection",
            "genicular-nerve-block",
            "sciatica",
            "herniated-disc",
            "knee-osteoarthritis",
            "lumbar-spinal-stenosis",
        ],
        "cta": CALL_CTA,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our Marietta team focuses on spine and joint care: sciatica, herniated
                discs, spinal stenosis and knee arthritis. Physical therapy sessions take
                place in the same suite, so your therapist and physician can compare notes on
                the same day.""",
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Closed for lunch",
                    "text": """The front desk is closed from noon to 1 pm. Calls during lunch go
                    to our Midtown Atlanta team, who can book for Marietta.""",
                },
            ),
            (
                "quote",
                {
                    "quote": """I could see the physician and start physical therapy the same
                    week, five minutes from home.""",
                    "attribution": "A patient from Kennesaw",
                },
            ),
            ("cta", CALL_CTA),
        ],
    },
    {
        "slug": "alpharetta",
        "title": "Alpharetta",
        "search_description": "Pain management in downtown Alpharetta: headache care, spine "
        "injections, knee treatments and physical therapy.",
        "street_address": "30 Milton Ave, Suite 200",
        "locality": "Alpharetta",
        "postal_code": "30009",
        "latitude": "34.075700",
        "longitude": "-84.294200",
        "phone": "(678) 555-0160",
        "fax": "",
        "hero_image": "Clinic – Alpharetta",
        "directions": [
            """In downtown Alpharetta, one block from City Center. The clinic is on the
            second floor, above the pharmacy.""",
            """<b>Parking:</b> free parking in the surface lot beside the building and in the
            City Center deck on Old Canton Street.""",
        ],
        "hours": [
            {
                "days": ["monday", "tuesday", "wednesday", "thursday"],
                "opens": "08:00",
                "closes": "17:00",
            },
            {"days": ["friday"], "opens": "08:00", "closes": "13:00"},
        ],
        "special_hours": [THANKSGIVING, CHRISTMAS_DAY, NEW_YEARS_DAY],
        "services": [
            "physical-therapy",
            "occipital-nerve-block",
            "genicular-nerve-block",
            "medication-management",
            "neck-tension-migraine",
            "knee-osteoarthritis",
            "herniated-disc",
        ],
        "cta": None,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our Alpharetta clinic serves north Fulton and Forsyth counties. Dr. Priya
                Raman runs a weekly headache clinic here, and our physical therapists offer
                early-morning appointments for patients who commute.""",
            ),
            (
                "list",
                {
                    "lead_in": "Good to know before you come:",
                    "style": "bulleted",
                    "items": [
                        "Fridays are mornings only",
                        "Wear loose, comfortable clothing for therapy sessions",
                        "Interpreters are available on request: tell us when you book",
                    ],
                },
            ),
            ("cta", None),
        ],
    },
    {
        "slug": "decatur",
        "title": "Decatur",
        "search_description": "Pain management near Decatur Square and the Decatur MARTA "
        "station: nerve pain, CRPS, spine and medication care.",
        "street_address": "315 W Ponce de Leon Ave, Suite 500",
        "locality": "Decatur",
        "postal_code": "30030",
        "latitude": "33.774500",
        "longitude": "-84.298500",
        "phone": "(470) 555-0170",
        "fax": "(470) 555-0171",
        "hero_image": "Clinic – Decatur",
        "directions": [
            """A short walk west of Decatur Square. Take the elevator to the fifth floor.""",
            """<b>Parking:</b> the building's deck is entered from West Ponce de Leon Avenue;
            we validate parking for your visit.""",
            """<b>MARTA:</b> Decatur station is a five-minute walk.""",
        ],
        "hours": [
            {"days": MONDAY_TO_FRIDAY, "opens": "08:30", "closes": "12:30"},
            {"days": MONDAY_TO_FRIDAY, "opens": "13:30", "closes": "17:00"},
        ],
        "special_hours": [
            THANKSGIVING,
            {
                "date": "2026-12-24",
                "end_date": "2026-12-31",
                "closed": True,
                "reason": "Closed for the holidays: our Midtown Atlanta clinic is open",
            },
            NEW_YEARS_DAY,
        ],
        "services": [
            "peripheral-neuropathy",
            "complex-regional-pain-syndrome",
            "medication-management",
            "physical-therapy",
            "occipital-nerve-block",
            "radiofrequency-ablation",
        ],
        "cta": REQUEST_CTA,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our Decatur clinic is the practice's centre for nerve pain. Patients with
                peripheral neuropathy or complex regional pain syndrome (CRPS) see a physician,
                a nurse practitioner and a physical therapist who work from one shared plan.""",
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Holiday closure",
                    "text": """The clinic is closed from December 24 to 31. Our Midtown Atlanta
                    clinic, fifteen minutes away, is open on the usual weekdays.""",
                },
            ),
            ("cta", REQUEST_CTA),
        ],
    },
    {
        "slug": "savannah",
        "title": "Savannah",
        "search_description": "Pain management in midtown Savannah: spinal cord stimulation, "
        "epidural injections and care for CRPS and spinal stenosis.",
        "street_address": "5354 Reynolds St, Suite 300",
        "locality": "Savannah",
        "postal_code": "31405",
        "latitude": "32.019900",
        "longitude": "-81.098500",
        "phone": "(912) 555-0180",
        "fax": "(912) 555-0181",
        "hero_image": "Clinic – Savannah",
        "directions": [
            """In the medical office building across Reynolds Street from the hospital
            campus. Take the elevator to the third floor.""",
            """<b>Parking:</b> free parking in the lot in front of the building; covered
            drop-off at the main entrance.""",
        ],
        "hours": [{"days": MONDAY_TO_FRIDAY, "opens": "08:00", "closes": "16:30"}],
        "special_hours": [THANKSGIVING, CHRISTMAS_EVE_SHORT, CHRISTMAS_DAY, NEW_YEARS_DAY],
        "services": [
            "spinal-cord-stimulator-trial",
            "epidural-steroid-injection",
            "medication-management",
            "complex-regional-pain-syndrome",
            "lumbar-spinal-stenosis",
            "sciatica",
        ],
        "cta": None,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our coastal clinic serves Savannah, the Lowcountry and southeast Georgia.
                Dr. Marcus Bell leads our neuromodulation programme here, from the first
                conversation about spinal cord stimulation to programming after an implant.""",
            ),
            (
                "list",
                {
                    "lead_in": "Treatments offered here include:",
                    "style": "bulleted",
                    "items": [
                        "Spinal cord stimulator trials and implants",
                        "X-ray-guided epidural steroid injections",
                        "Medication management and follow-up by telehealth",
                    ],
                },
            ),
            ("cta", None),
        ],
    },
    {
        "slug": "augusta",
        "title": "Augusta",
        "search_description": "Pain management in west Augusta: knee arthritis treatments, "
        "radiofrequency ablation and spine care near Wheeler Road.",
        "street_address": "3623 J Dewey Gray Cir, Suite 200",
        "locality": "Augusta",
        "postal_code": "30909",
        "latitude": "33.474100",
        "longitude": "-82.084000",
        "phone": "(706) 555-0190",
        "fax": "",
        "hero_image": "Clinic – Augusta",
        "directions": [
            """Off Wheeler Road, behind the hospital. The clinic is on the second floor;
            an elevator is beside the lobby.""",
            """<b>Parking:</b> free parking directly in front of the building.""",
        ],
        "hours": [
            {
                "days": ["monday", "tuesday", "wednesday", "thursday"],
                "opens": "08:00",
                "closes": "17:00",
            },
            {"days": ["friday"], "opens": "08:00", "closes": "15:00"},
        ],
        "special_hours": [
            THANKSGIVING,
            CHRISTMAS_EVE_SHORT,
            CHRISTMAS_DAY,
            NEW_YEARS_DAY,
            {
                "date": "2027-01-11",
                "end_date": "2027-01-15",
                "closed": True,
                "reason": "Closed for renovation of the procedure suite",
            },
        ],
        "services": [
            "radiofrequency-ablation",
            "genicular-nerve-block",
            "medial-branch-block",
            "epidural-steroid-injection",
            "knee-osteoarthritis",
            "facet-joint-pain",
            "sciatica",
        ],
        "cta": None,
        "body": [
            ("h2", "About the clinic"),
            (
                "paragraph",
                """Our Augusta clinic serves the CSRA on both sides of the Savannah River. It
                specialises in treatments for arthritis of the spine and knee, including
                genicular nerve blocks and radiofrequency ablation.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Closed January 11–15, 2027",
                    "text": """We are renovating our procedure suite. Call us before then to
                    reschedule, or ask about our Savannah clinic.""",
                },
            ),
            ("cta", None),
        ],
    },
]

# About eight providers. The page title is the provider's name; a bio is a list of
# paragraphs.
PROVIDERS: list[dict[str, Any]] = [
    {
        "slug": "amara-okafor",
        "title": "Amara Okafor",
        "credentials": "MD, FIPP",
        "role": "physician",
        "specialty": "Interventional Pain Medicine",
        "photo": "Portrait – Amara Okafor",
        "search_description": "Dr. Amara Okafor, MD, FIPP: interventional pain medicine for "
        "headache, neck and spine pain in Midtown Atlanta and Decatur.",
        "bio": [
            """Dr. Amara Okafor is the practice's medical director. She is board-certified in
            anesthesiology and pain medicine and holds the Fellow of Interventional Pain
            Practice (FIPP) designation, awarded after a practical examination in
            image-guided procedures.""",
            """Her clinical work centres on the neck: cervicogenic headache, occipital
            neuralgia and facet joint pain. She performs occipital nerve blocks, medial
            branch blocks and radiofrequency ablation, and she believes that every
            procedure should serve a plan that also includes movement and sleep.""",
            """Outside the clinic, Dr. Okafor teaches ultrasound-guided injection techniques
            to residents and runs along the Atlanta BeltLine most mornings.""",
        ],
        "clinics": ["midtown-atlanta", "decatur"],
        "topics": [
            "cervicogenic-headache",
            "facet-joint-pain",
            "occipital-nerve-block",
            "radiofrequency-ablation",
            "medial-branch-block",
        ],
    },
    {
        "slug": "daniel-whitfield",
        "title": "Daniel Whitfield",
        "credentials": "DO",
        "role": "physician",
        "specialty": "Physical Medicine and Rehabilitation",
        "photo": "Portrait – Daniel Whitfield",
        "search_description": "Dr. Daniel Whitfield, DO: physical medicine and rehabilitation "
        "for sciatica, herniated discs and spinal stenosis in Marietta and Alpharetta.",
        "bio": [
            """Dr. Daniel Whitfield is a physiatrist: a physician who specialises in
            restoring function. He is board-certified in physical medicine and
            rehabilitation and completed a fellowship in spine and musculoskeletal
            medicine.""",
            """He treats sciatica, herniated discs and lumbar spinal stenosis, working
            closely with our physical therapists. As an osteopathic physician he brings a
            hands-on examination to every visit, and he uses injections to help patients
            take part in rehabilitation rather than to replace it.""",
        ],
        "clinics": ["marietta", "alpharetta"],
        "topics": [
            "sciatica",
            "herniated-disc",
            "lumbar-spinal-stenosis",
            "physical-therapy",
            "epidural-steroid-injection",
        ],
    },
    {
        "slug": "priya-raman",
        "title": "Priya Raman",
        "credentials": "MD",
        "role": "physician",
        "specialty": "Neurology and Headache Medicine",
        "photo": "Portrait – Priya Raman",
        "search_description": "Dr. Priya Raman, MD: neurologist and headache specialist for "
        "migraine, cervicogenic headache and neuropathy in Atlanta and Alpharetta.",
        "bio": [
            """Dr. Priya Raman is a neurologist with subspecialty certification in headache
            medicine. She leads the practice's headache clinic and sees patients with
            migraine, cervicogenic headache and peripheral neuropathy.""",
            """She starts every new patient with a headache diary and a detailed history,
            because the pattern of attacks often points to the right treatment. Her plans
            combine preventive medicines, nerve blocks and physical therapy for the
            neck.""",
            """Dr. Raman speaks English, Tamil and Hindi.""",
        ],
        "clinics": ["midtown-atlanta", "alpharetta"],
        "topics": [
            "neck-tension-migraine",
            "cervicogenic-headache",
            "peripheral-neuropathy",
            "occipital-nerve-block",
            "medication-management",
        ],
    },
    {
        "slug": "marcus-bell",
        "title": "Marcus Bell",
        "credentials": "MD",
        "role": "physician",
        "specialty": "Anesthesiology and Pain Medicine",
        "photo": "Portrait – Marcus Bell",
        "search_description": "Dr. Marcus Bell, MD: pain medicine and spinal cord stimulation "
        "for CRPS, stenosis and persistent pain after surgery in Savannah.",
        "bio": [
            """Dr. Marcus Bell is board-certified in anesthesiology and pain medicine and
            leads our neuromodulation programme in Savannah. He has guided hundreds of
            patients through spinal cord stimulator trials.""",
            """His patients often live with complex regional pain syndrome, persistent pain
            after spine surgery or lumbar spinal stenosis. He takes time to explain what
            each option can and cannot do, and he involves families in decisions about
            implants.""",
        ],
        "clinics": ["savannah"],
        "topics": [
            "spinal-cord-stimulator-trial",
            "complex-regional-pain-syndrome",
            "lumbar-spinal-stenosis",
            "epidural-steroid-injection",
        ],
    },
    {
        "slug": "elena-vasquez",
        "title": "Elena Vasquez",
        "credentials": "MD",
        "role": "physician",
        "specialty": "Interventional Spine and Sports Medicine",
        "photo": "Portrait – Elena Vasquez",
        "search_description": "Dr. Elena Vasquez, MD: knee arthritis and spine care, genicular "
        "nerve blocks and radiofrequency ablation in Augusta and Marietta.",
        "bio": [
            """Dr. Elena Vasquez is board-certified in physical medicine and rehabilitation
            with a subspecialty in sports medicine. She treats arthritis of the knee and
            spine, with a particular interest in keeping active people active.""",
            """She offers genicular nerve blocks and radiofrequency ablation for knee
            osteoarthritis, and medial branch blocks for facet joint pain. Dr. Vasquez
            speaks English and Spanish.""",
        ],
        "clinics": ["augusta", "marietta"],
        "topics": [
            "knee-osteoarthritis",
            "facet-joint-pain",
            "genicular-nerve-block",
            "radiofrequency-ablation",
            "medial-branch-block",
        ],
    },
    {
        "slug": "jordan-hayes",
        "title": "Jordan Hayes",
        "credentials": "PA-C",
        "role": "clinician",
        "specialty": "Physician Assistant, Interventional Pain",
        "photo": "Portrait – Jordan Hayes",
        "search_description": "Jordan Hayes, PA-C: physician assistant for sciatica, "
        "medication management and procedure follow-up in Savannah and Augusta.",
        "bio": [
            """Jordan Hayes is a certified physician assistant who has worked in
            interventional pain medicine for nine years. Jordan sees new patients,
            follows up after procedures and coordinates spinal cord stimulator trials
            with Dr. Bell.""",
            """Patients appreciate Jordan's clear explanations and the written plan every
            visit ends with.""",
        ],
        "clinics": ["savannah", "augusta"],
        "topics": [
            "sciatica",
            "medication-management",
            "epidural-steroid-injection",
            "spinal-cord-stimulator-trial",
        ],
    },
    {
        "slug": "keisha-thompson",
        "title": "Keisha Thompson",
        "credentials": "NP-C",
        "role": "clinician",
        "specialty": "Nurse Practitioner, Pain Management",
        "photo": "Portrait – Keisha Thompson",
        "search_description": "Keisha Thompson, NP-C: nurse practitioner for neuropathy, "
        "CRPS and medication management in Decatur and Midtown Atlanta.",
        "bio": [
            """Keisha Thompson is a board-certified family nurse practitioner who has
            specialised in pain management for more than a decade. She leads our
            medication management clinic and our nerve pain programme in Decatur.""",
            """She reviews every patient's medicines for benefit, side effects and
            interactions, and she works with primary care physicians so that each patient
            has one coherent plan.""",
        ],
        "clinics": ["decatur", "midtown-atlanta"],
        "topics": [
            "peripheral-neuropathy",
            "complex-regional-pain-syndrome",
            "medication-management",
        ],
    },
    {
        "slug": "samuel-park",
        "title": "Samuel Park",
        "credentials": "DPT",
        "role": "clinician",
        "specialty": "Physical Therapy",
        "photo": "Portrait – Samuel Park",
        "search_description": "Samuel Park, DPT: physical therapy for neck pain, herniated "
        "discs and knee arthritis in Alpharetta, Marietta and Decatur.",
        "bio": [
            """Samuel Park is a doctor of physical therapy and a board-certified orthopaedic
            clinical specialist. He leads the practice's physical therapy team across
            three clinics.""",
            """He treats neck pain, herniated discs and knee osteoarthritis with a mix of
            hands-on treatment and exercise programmes patients can keep up at home and at
            work. He also advises employers on desk set-ups.""",
        ],
        "clinics": ["alpharetta", "marietta", "decatur"],
        "topics": ["physical-therapy", "herniated-disc", "neck-pain", "knee-osteoarthritis"],
    },
]

HOME_PAGE: dict[str, Any] = {
    "seo_title": "Pain management clinics in Georgia | Georgia Pain & Spine Care",
    "search_description": "Board-certified pain specialists in Atlanta, Marietta, "
    "Alpharetta, Decatur, Savannah and Augusta. Book your consultation online.",
    "hero_heading": "Relief starts with the right diagnosis",
    "hero_text": "Pain specialists, physical therapists and nurses in six Georgia clinics, "
    "working together on a plan that gets you moving again.",
    "hero_image": "Home hero – calm horizon",
    "featured_articles": [
        "neck-tension-migraine",
        "sciatica",
        "knee-osteoarthritis-without-surgery",
    ],
    "featured_clinics": ["midtown-atlanta", "marietta", "savannah"],
    "body": [
        ("h2", "Care that starts with a diagnosis"),
        (
            "paragraph",
            """Pain is a symptom, not a diagnosis. Our physicians take the time to find where
            your pain comes from before recommending treatment, and we build every plan
            around what matters to you: sleeping through the night, getting back to work,
            walking the dog.""",
        ),
        (
            "list",
            {
                "lead_in": "At your first visit we will:",
                "style": "numbered",
                "items": [
                    "Listen to the story of your pain and review your scans",
                    "Examine you and explain what we think is going on",
                    "Agree a plan with you, in writing, before you leave",
                ],
            },
        ),
        ("cta", None),
    ],
}

# Placeholder YouTube ids (11 characters): the player is built offline by
# cms.embeds.VideoEmbedFinder; replace them with the practice's own videos.
VIDEO_OCCIPITAL_NERVE_BLOCK = "https://www.youtube.com/watch?v=gpscDemo001"
VIDEO_RADIOFREQUENCY_ABLATION = "https://www.youtube.com/watch?v=gpscDemo002"
VIDEO_DESK_EXERCISES = "https://www.youtube.com/watch?v=gpscDemo003"

URGENT_CARE_TEXT = """Call 911 or go to the nearest emergency room for a sudden, severe
"thunderclap" headache; a headache with fever and a stiff neck; a headache after a blow to the
head; or a headache with weakness, numbness, confusion, trouble speaking or loss of vision."""

# Articles, newest first. Hand-picked related articles ("related") may only name articles
# earlier in this list, so that each article is saved once on a fresh database; articles
# without them fall back to recent articles on the same topics.
ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "neck-tension-migraine",
        "title": "Migraine headaches that start from neck muscle tension",
        "intro": """Many people with migraine feel their attacks begin as a tight, aching neck.
        Here is why the neck and the head are so closely linked, and what helps.""",
        "search_description": "Why tight neck muscles can set off migraine attacks, how to "
        "tell the difference from other headaches, and treatments that help.",
        "hero_image": "Article hero – neck tension and migraine",
        "topics": ["neck-tension-migraine", "occipital-nerve-block", "physical-therapy"],
        "tags": ["headache", "desk work", "stress"],
        "authors": ["priya-raman"],
        "medical_reviewer": "amara-okafor",
        "reviewed_days_ago": 9,
        "published_days_ago": 6,
        "related": [],
        "cta": None,
        "body": [
            (
                "paragraph",
                """"It always starts in my neck." Headache specialists hear this every day.
                Neck pain is one of the most common features of migraine: in studies, most
                people with migraine report neck pain or stiffness during their attacks,
                often hours before the headache itself.""",
            ),
            ("h2", "Why the neck and the head are connected"),
            (
                "paragraph",
                [
                    """The nerves of the upper neck (the first three cervical nerves) and the
                    trigeminal nerve, which carries sensation from the face and forehead,
                    meet in the same relay station at the top of the spinal cord, the
                    trigeminocervical nucleus. Signals from tight, irritated neck muscles can
                    therefore be felt as pain in the head, behind the eyes or in the
                    temples.""",
                    """In someone with migraine, whose nervous system is already sensitive,
                    that steady input from the neck can lower the threshold for an attack.
                    Neck tension can also be an early warning sign: the stiffness many people
                    feel the evening before a migraine is often part of the attack, not its
                    cause.""",
                ],
            ),
            ("h2", "Common triggers"),
            (
                "list",
                {
                    "lead_in": "Neck-related migraine attacks often follow:",
                    "style": "bulleted",
                    "items": [
                        "Long hours at a laptop or phone with the head pushed forward",
                        "Poor or short sleep, or sleeping on a pillow that is too high",
                        "Stress that keeps the shoulders raised and the jaw clenched",
                        "Skipped meals, dehydration and too much caffeine",
                        "Heavy bags carried on one shoulder",
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "Figure – occipital nerves",
                    "alt_text": "Diagram of the back of the head showing where the occipital "
                    "nerves leave the neck muscles",
                    "caption": "The occipital nerves pass through the muscles at the base of "
                    "the skull.",
                },
            ),
            ("h2", "Is it migraine, or another kind of headache?"),
            (
                "paragraph",
                """Migraine is usually throbbing, often on one side, lasts from four hours to
                three days and comes with nausea or sensitivity to light and sound. A
                tension-type headache feels like a band around the head, without nausea. A
                cervicogenic headache comes from the neck joints themselves and is worse
                with certain neck movements. The difference matters, because each responds
                to different treatment, and many people have more than one type.""",
            ),
            ("h2", "What helps"),
            (
                "list",
                {
                    "lead_in": "A plan for neck-related migraine usually combines:",
                    "style": "bulleted",
                    "items": [
                        "<b>Acute treatment</b> taken early in an attack, such as an "
                        "anti-inflammatory or a triptan",
                        "<b>Prevention</b> when attacks are frequent: daily medicines or "
                        "newer CGRP-targeted treatments",
                        "<b>Physical therapy</b> to strengthen the deep neck muscles and "
                        "ease tight ones",
                        "<b>Occipital nerve blocks</b> or trigger point injections to break "
                        "a cycle of frequent attacks",
                        "<b>Routine</b>: regular sleep, meals, water and movement breaks",
                    ],
                },
            ),
            (
                "paragraph",
                """A headache diary kept for four to eight weeks is one of the most useful
                things you can bring to your first visit. Note when each attack started,
                what you were doing, how long it lasted and what you took for it.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "When to seek urgent care",
                    "text": URGENT_CARE_TEXT,
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Can a massage stop a migraine?",
                            "Massage can ease neck tension and may make attacks less frequent "
                            "over time, but it rarely stops an attack that has already "
                            "started. Take your acute treatment early.",
                        ),
                        (
                            "Should I get an X-ray of my neck?",
                            "Usually not. Imaging rarely changes the treatment of migraine. "
                            "Your physician will order a scan if your symptoms or "
                            "examination suggest another cause.",
                        ),
                        (
                            "Will I need medicine for the rest of my life?",
                            "Not necessarily. Preventive treatment is often reviewed after six "
                            "to twelve months, and many people can reduce it once attacks are "
                            "under control.",
                        ),
                    ],
                },
            ),
            ("cta", None),
        ],
    },
    {
        "slug": "cervicogenic-headache",
        "title": "Cervicogenic headache: when your neck is the source",
        "intro": """A cervicogenic headache starts in the joints, discs or muscles of the
        upper neck. It is often mistaken for migraine, and it responds to different
        treatment.""",
        "search_description": "Cervicogenic headache explained: typical symptoms, how it "
        "differs from migraine and tension headache, diagnosis and treatment.",
        "hero_image": "Article hero – cervicogenic headache",
        "topics": [
            "cervicogenic-headache",
            "neck-pain",
            "medial-branch-block",
            "occipital-nerve-block",
            "radiofrequency-ablation",
        ],
        "tags": ["headache", "neck"],
        "authors": ["amara-okafor", "priya-raman"],
        "medical_reviewer": "priya-raman",
        "reviewed_days_ago": 25,
        "published_days_ago": 20,
        "related": ["neck-tension-migraine"],
        "cta": None,
        "body": [
            (
                "paragraph",
                """A cervicogenic headache is a "secondary" headache: the pain is felt in the
                head, but its source is a structure in the neck, most often one of the
                small facet joints between the first three cervical vertebrae. Because the
                nerves from these joints share a relay station with the nerves of the head,
                the brain reads neck pain as head pain.""",
            ),
            ("h2", "Typical symptoms"),
            (
                "list",
                {
                    "lead_in": "A cervicogenic headache usually:",
                    "style": "bulleted",
                    "items": [
                        "Stays on the same side of the head every time",
                        "Starts at the back of the neck or skull and spreads forward to "
                        "the forehead, temple or around the eye",
                        "Is brought on by certain neck movements or by holding the head in "
                        "one position, for example at a desk or while driving",
                        "Comes with a stiff neck that turns less easily to one side",
                        "May come with aching in the shoulder or arm on the same side",
                    ],
                },
            ),
            ("h2", "How it compares with other headaches"),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Three common headache types compared",
                    "data": [
                        ["", "Cervicogenic", "Migraine", "Tension-type"],
                        [
                            "Where",
                            "One side, neck to front",
                            "Often one side, can switch",
                            "Both sides, like a band",
                        ],
                        [
                            "Feels like",
                            "Deep ache",
                            "Throbbing, pulsing",
                            "Pressing, tightening",
                        ],
                        [
                            "Brought on by",
                            "Neck movement or posture",
                            "Triggers such as sleep loss or hormones",
                            "Stress, fatigue",
                        ],
                        [
                            "Nausea, light sensitivity",
                            "Uncommon",
                            "Common",
                            "Rare",
                        ],
                    ],
                },
            ),
            ("h2", "How it is diagnosed"),
            (
                "paragraph",
                [
                    """There is no blood test or scan that proves a cervicogenic headache.
                    Your physician will listen to the pattern of your headaches and examine
                    your neck, looking for stiffness and for tender joints that reproduce
                    your usual pain when pressed.""",
                    """The most reliable test is a diagnostic nerve block. A small amount of
                    local anesthetic is placed, under X-ray or ultrasound guidance, next to
                    the nerves that supply the suspected joint. If your headache fades for
                    the few hours the anesthetic lasts, that joint is very likely the
                    source.""",
                ],
            ),
            (
                "quote",
                {
                    "quote": """When a two-minute nerve block switches off a headache someone
                    has had for years, we have our answer, and so do they.""",
                    "attribution": "Dr. Amara Okafor, MD, FIPP",
                },
            ),
            ("h2", "Treatment"),
            ("h3", "Physical therapy first"),
            (
                "paragraph",
                """Most people improve with a programme of manual therapy and exercise that
                strengthens the deep neck flexor muscles and the muscles between the
                shoulder blades. Studies show benefits that last a year or more. Expect six
                to eight weeks of regular exercise before judging the result.""",
            ),
            ("h3", "Injections and radiofrequency ablation"),
            (
                "paragraph",
                """If therapy alone is not enough, an occipital nerve block can calm pain at
                the back of the head. When diagnostic blocks have confirmed a facet joint as
                the source, radiofrequency ablation can quiet its nerves for many
                months.""",
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Can I have cervicogenic headache and migraine at the same time?",
                            "Yes. Many people have both, and each needs its own treatment. A "
                            "headache diary helps tell them apart.",
                        ),
                        (
                            "Will painkillers help?",
                            "Anti-inflammatories may take the edge off, but daily painkillers "
                            "can cause medication-overuse headache. Use them on no more than "
                            "two or three days a week.",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "sciatica",
        "title": "Sciatica: causes, symptoms and when to see a specialist",
        "intro": """Sciatica is pain that travels from the lower back down the leg. Most
        cases get better within a few weeks, but some need a specialist, and a few need
        urgent care.""",
        "search_description": "What causes sciatica, how it feels, how long it lasts, and "
        "the signs that mean you should see a specialist or go to the ER.",
        "hero_image": "Article hero – sciatica",
        "topics": ["sciatica", "herniated-disc", "physical-therapy", "epidural-steroid-injection"],
        "tags": ["back pain", "leg pain"],
        "authors": ["daniel-whitfield"],
        "medical_reviewer": "amara-okafor",
        "reviewed_days_ago": 40,
        "published_days_ago": 34,
        "related": [],
        "cta": REQUEST_CTA,
        "body": [
            (
                "paragraph",
                """The sciatic nerve is the largest nerve in the body. It is formed from nerve
                roots that leave the lower spine, runs through the buttock and down the back
                of the thigh, and branches below the knee into the nerves of the calf and
                foot. "Sciatica" describes pain along that path when one of those roots is
                irritated or squeezed.""",
            ),
            (
                "image",
                {
                    "image": "Figure – sciatic nerve path",
                    "alt_text": "Diagram of the sciatic nerve running from the lower back "
                    "through the buttock and down the leg",
                    "caption": "Sciatica follows the path of the nerve, often below the knee.",
                },
            ),
            ("h2", "What causes it"),
            (
                "list",
                {
                    "lead_in": "The most common causes are:",
                    "style": "bulleted",
                    "items": [
                        "<b>A herniated disc</b>, usually between the last two lumbar "
                        "vertebrae or between the lumbar spine and the sacrum",
                        "<b>Lumbar spinal stenosis</b>: narrowing of the spaces the nerves "
                        "pass through, more common after 60",
                        "<b>Spondylolisthesis</b>: one vertebra slipping forward on the one below",
                        "Less often, a tight piriformis muscle in the buttock, pregnancy, or "
                        "rarely a cyst or tumour",
                    ],
                },
            ),
            ("h2", "How it feels"),
            (
                "paragraph",
                """Sciatica is usually felt on one side. The leg pain is often worse than the
                back pain and may be sharp, burning or electric. It tends to spread below the
                knee, and it can come with pins and needles, numbness or weakness in the
                foot. Sitting, coughing and sneezing often make it worse; walking or lying
                down may ease it.""",
            ),
            ("h2", "What you can do in the first weeks"),
            (
                "paragraph",
                """The outlook is good: most people with a new episode of sciatica are much
                better within six to twelve weeks. Stay as active as the pain allows, since
                bed rest slows recovery. Short walks, gentle stretches, heat, and
                over-the-counter anti-inflammatories taken as the label directs can all
                help.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Go to the emergency room now if you have",
                    "text": """Numbness in the groin, buttocks or inner thighs ("saddle"
                    numbness); new difficulty passing urine or controlling your bladder or
                    bowels; or weakness in both legs. These can be signs of cauda equina
                    syndrome, which needs surgery within hours.""",
                },
            ),
            ("h2", "When to see a specialist"),
            (
                "list",
                {
                    "lead_in": "Book an appointment if:",
                    "style": "bulleted",
                    "items": [
                        "The pain has not improved after four to six weeks",
                        "It keeps you from sleeping or working",
                        "Your foot or leg feels weak, or you trip over your toes",
                        "Sciatica keeps coming back",
                    ],
                },
            ),
            (
                "paragraph",
                """A specialist will examine your reflexes, strength and sensation and decide
                whether you need an MRI. Treatment may include a structured physical therapy
                programme, nerve pain medicines, an epidural steroid injection to calm the
                inflamed nerve root, or, for a small number of people, surgery.""",
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Do I need an MRI straight away?",
                            "Not usually. Guidelines advise an MRI when symptoms last beyond "
                            "six weeks, when there is weakness, or when a procedure or surgery "
                            "is being considered.",
                        ),
                        (
                            "Will I need surgery?",
                            "Most people do not. Surgery is considered for weakness that gets "
                            "worse, for cauda equina syndrome, or for severe leg pain that has "
                            "not improved with several weeks of other treatment.",
                        ),
                    ],
                },
            ),
            ("cta", REQUEST_CTA),
        ],
    },
    {
        "slug": "occipital-nerve-block",
        "title": "What to expect from an occipital nerve block",
        "intro": """An occipital nerve block is a quick injection at the back of the head
        that can calm headache and scalp pain for weeks or months. Here is what happens,
        step by step.""",
        "search_description": "Occipital nerve block: who it helps, how to prepare, what "
        "happens during the injection, side effects and how long relief lasts.",
        "hero_image": "Article hero – occipital nerve block",
        "topics": ["occipital-nerve-block", "cervicogenic-headache", "neck-tension-migraine"],
        "tags": ["headache", "procedures"],
        "authors": ["amara-okafor"],
        "medical_reviewer": "priya-raman",
        "reviewed_days_ago": 55,
        "published_days_ago": 48,
        "related": ["cervicogenic-headache", "neck-tension-migraine"],
        "cta": CALL_CTA,
        "body": [
            (
                "paragraph",
                """The greater and lesser occipital nerves carry sensation from the back of
                the scalp. They leave the upper neck, pass through the muscles at the base of
                the skull and run up under the skin. When they are irritated, or when they
                feed a cycle of headache, numbing them can bring relief.""",
            ),
            ("h2", "Who it can help"),
            (
                "list",
                {
                    "lead_in": "Occipital nerve blocks are used for:",
                    "style": "bulleted",
                    "items": [
                        "Occipital neuralgia: shooting or electric pain at the back of the head",
                        "Cervicogenic headache",
                        "Migraine, especially frequent attacks that begin in the neck",
                        "Cluster headache",
                    ],
                },
            ),
            ("h2", "Before the procedure"),
            (
                "paragraph",
                """You can eat and drink as usual, and most people drive themselves home. Tell
                us if you take a blood thinner, have diabetes, are pregnant, or have had a
                reaction to local anesthetic or steroid before. Most blood thinners do not
                need to be stopped for this shallow injection, but never stop one without
                talking to the doctor who prescribed it.""",
            ),
            ("h2", "During the procedure"),
            (
                "list",
                {
                    "lead_in": "The whole visit takes about 30 minutes; the injection itself, "
                    "a few minutes.",
                    "style": "numbered",
                    "items": [
                        "You sit leaning forward on a padded table, or lie face down.",
                        "The physician feels for the nerve, sometimes with an ultrasound "
                        "probe, and cleans the skin. Hair does not need to be shaved.",
                        "A very fine needle places a local anesthetic, often with a small "
                        "dose of steroid, beside the nerve. You feel a sting and pressure.",
                        "The back of your scalp goes numb within minutes.",
                        "You rest for ten to fifteen minutes before going home.",
                    ],
                },
            ),
            (
                "embed",
                {
                    "video": VIDEO_OCCIPITAL_NERVE_BLOCK,
                    "caption": "Video: an occipital nerve block, explained in three minutes.",
                },
            ),
            ("h2", "Afterwards"),
            (
                "paragraph",
                [
                    """The numbness wears off over a few hours. Relief from the anesthetic can
                    be immediate; if steroid was used, its effect builds over several days.
                    Relief lasts from a few weeks to several months, and the block can be
                    repeated, usually no more often than every two to three months.""",
                    """Side effects are uncommon and mild: soreness where the needle went in,
                    brief light-headedness, or rarely a small bruise. Steroid can
                    occasionally cause a coin-sized patch of thinner skin or hair at the
                    injection site. Infection is rare.""",
                ],
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Keep a diary",
                    "text": """Note your headaches for two weeks before and after the block. It
                    shows how well the block worked and helps decide whether to repeat
                    it.""",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Does it hurt?",
                            "Most people feel a brief sting and pressure, similar to a "
                            "dental injection.",
                        ),
                        (
                            "Can I go back to work the same day?",
                            "Yes. Most people return to their usual activities straight away.",
                        ),
                        (
                            "What if it doesn't work?",
                            "That is useful information too: it suggests the occipital "
                            "nerves are not the main driver of your headache, and your "
                            "physician will discuss other options.",
                        ),
                    ],
                },
            ),
            ("cta", CALL_CTA),
        ],
    },
    {
        "slug": "spinal-cord-stimulator-trial",
        "title": "Spinal cord stimulator trials: a step-by-step guide",
        "intro": """A spinal cord stimulator trial lets you test-drive the therapy for about a
        week, with nothing implanted permanently. This guide walks you through each
        step.""",
        "search_description": "How a spinal cord stimulator trial works: who it is for, "
        "preparation, lead placement, the trial week and deciding on an implant.",
        "hero_image": "Article hero – spinal cord stimulator trial",
        "topics": [
            "spinal-cord-stimulator-trial",
            "complex-regional-pain-syndrome",
            "peripheral-neuropathy",
        ],
        "tags": ["neuromodulation", "procedures"],
        "authors": ["marcus-bell", "jordan-hayes"],
        "medical_reviewer": "amara-okafor",
        "reviewed_days_ago": 70,
        "published_days_ago": 62,
        "related": [],
        "cta": CALL_CTA,
        "body": [
            (
                "paragraph",
                """A spinal cord stimulator sends mild electrical pulses to the spinal cord
                through thin wires called leads. The pulses change how pain signals are
                processed, so that less of the pain reaches the brain. Depending on the
                device and its settings, you may feel a gentle tingling, or nothing at
                all.""",
            ),
            ("h2", "Who it is for"),
            (
                "list",
                {
                    "lead_in": "Stimulation is mainly used for long-lasting nerve pain, such as:",
                    "style": "bulleted",
                    "items": [
                        "Leg or back pain that persists after spine surgery",
                        "Complex regional pain syndrome (CRPS)",
                        "Painful diabetic peripheral neuropathy",
                        "Some cases of spinal stenosis or nerve root pain when surgery is "
                        "not an option",
                    ],
                },
            ),
            (
                "paragraph",
                """It is usually considered after at least six months of other treatments,
                including physical therapy and medicines, have not given enough relief.""",
            ),
            ("h2", "The trial, step by step"),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "<b>Consultation.</b> Your physician reviews your history and scans "
                        "and explains the devices available.",
                        "<b>Assessment.</b> Most insurers ask for a short psychological "
                        "evaluation, a routine step that helps set realistic goals. You may "
                        "also need an up-to-date MRI.",
                        "<b>Placement.</b> As an outpatient, with local anesthetic and "
                        "light sedation, one or two leads are guided through a needle into "
                        "the epidural space under X-ray. No incision is needed.",
                        "<b>Programming.</b> A representative of the device maker connects "
                        "the leads to a small battery you wear on a belt and adjusts the "
                        "settings with you.",
                        "<b>The trial week.</b> At home, you go about your normal day and "
                        "keep a diary of pain, sleep and activity.",
                        "<b>Removal.</b> After five to seven days the leads are gently "
                        "pulled out in the clinic, which takes a minute and needs no "
                        "anesthetic.",
                        "<b>Decision.</b> If pain fell by half or more and you could do more, "
                        "you and your physician can plan a permanent implant.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "During the trial week",
                    "text": """Keep the dressing dry: sponge-bathe instead of showering. Avoid
                    bending, twisting, reaching overhead and lifting more than about 10
                    pounds, so that the leads stay in place. Do not drive while the
                    stimulator is on.""",
                },
            ),
            ("h2", "Trial and permanent implant compared"),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "What differs between the trial and the implant",
                    "data": [
                        ["", "Trial", "Permanent implant"],
                        [
                            "Leads",
                            "Temporary, through a needle",
                            "Anchored, through a small incision",
                        ],
                        [
                            "Battery",
                            "Worn outside on a belt",
                            "Under the skin of the buttock or abdomen",
                        ],
                        ["Anesthesia", "Local, light sedation", "Sedation or general"],
                        ["Duration", "5 to 7 days", "Years; some batteries are rechargeable"],
                        ["Recovery", "Same day", "About 6 weeks of limited bending and lifting"],
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": """The trial is there to answer one question honestly: does this
                    make your life better? If it does not, we remove it and look at other
                    options.""",
                    "attribution": "Dr. Marcus Bell, MD",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Can I have an MRI with a stimulator?",
                            "Many current systems allow MRI scans under specific conditions. "
                            "Ask us which system suits you if you expect to need scans.",
                        ),
                        (
                            "Will it take away all my pain?",
                            "Rarely. A successful result is usually a reduction of half or "
                            "more, with better sleep and activity.",
                        ),
                        (
                            "Is it reversible?",
                            "Yes. A stimulator can be switched off, and removed if needed.",
                        ),
                    ],
                },
            ),
            ("cta", CALL_CTA),
        ],
    },
    {
        "slug": "epidural-steroid-injections-lumbar-stenosis",
        "title": "Epidural steroid injections for lumbar stenosis",
        "intro": """When a narrowed spinal canal makes walking painful, an epidural steroid
        injection can calm irritated nerves and help you get moving again. Here is what it
        can and cannot do.""",
        "search_description": "Epidural steroid injections for lumbar spinal stenosis: how "
        "they work, the approaches, benefits, risks and what recovery looks like.",
        "hero_image": "Article hero – epidural steroid injection",
        "topics": [
            "epidural-steroid-injection",
            "lumbar-spinal-stenosis",
            "sciatica",
        ],
        "tags": ["back pain", "procedures", "walking"],
        "authors": ["marcus-bell"],
        "medical_reviewer": "daniel-whitfield",
        "reviewed_days_ago": 88,
        "published_days_ago": 80,
        "related": ["sciatica"],
        "cta": None,
        "body": [
            ("h2", "What is lumbar spinal stenosis?"),
            (
                "paragraph",
                [
                    """With age, the discs of the lower back lose height, the facet joints
                    thicken with arthritis and the ligaments inside the canal stiffen. Together
                    they can narrow the spaces the nerves pass through. This is lumbar spinal
                    stenosis.""",
                    """Its hallmark is neurogenic claudication: aching, heaviness, tingling
                    or weakness in the buttocks and legs that comes on with standing or
                    walking and eases within minutes of sitting down or bending forward.
                    Many people notice they can walk further leaning on a shopping
                    cart.""",
                ],
            ),
            (
                "image",
                {
                    "image": "Figure – lumbar spine",
                    "alt_text": "Diagram of the five vertebrae of the lower back",
                    "caption": "Stenosis most often affects the lower lumbar levels.",
                },
            ),
            ("h2", "How an epidural steroid injection works"),
            (
                "paragraph",
                """A corticosteroid, usually mixed with a local anesthetic, is placed in the
                epidural space, the layer of fat around the sac that holds the nerves. The
                steroid reduces inflammation around compressed nerve roots. It does not widen
                the canal, but it can reduce pain enough for you to walk further and take
                part in physical therapy, which is where lasting improvement comes from.""",
            ),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "The three approaches to the epidural space",
                    "data": [
                        ["Approach", "Where the needle goes", "Often chosen for"],
                        [
                            "Interlaminar",
                            "Between two vertebrae, at the midline",
                            "Stenosis at one or two levels, pain in both legs",
                        ],
                        [
                            "Transforaminal",
                            "Beside the opening where one nerve root exits",
                            "Pain following one nerve into one leg",
                        ],
                        [
                            "Caudal",
                            "Through the sacral hiatus near the tailbone",
                            "Stenosis at the lowest levels, or after surgery",
                        ],
                    ],
                },
            ),
            ("h2", "What to expect"),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "You lie face down on an X-ray table; the skin is cleaned and numbed.",
                        "Using live X-ray (fluoroscopy) and a little contrast dye, the "
                        "physician guides the needle to the right spot.",
                        "The medicine is injected slowly; you may feel pressure or a brief "
                        "echo of your usual leg pain.",
                        "After 20 to 30 minutes of observation, someone drives you home.",
                    ],
                },
            ),
            (
                "paragraph",
                """Relief usually begins within two to seven days. It lasts weeks to months
                and varies from person to person. Because steroid doses add up, we usually
                limit injections to three or four a year.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Call us or seek care after an injection if you have",
                    "text": """A fever, redness or discharge where the needle went in; a
                    severe headache that is worse when you sit up; or new weakness or numbness
                    in your legs. If you have diabetes, check your blood sugar more often for
                    a few days, because steroids can raise it.""",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Do I need to stop my blood thinner?",
                            "Sometimes. We will plan this with you and the doctor who "
                            "prescribes it; never stop a blood thinner on your own.",
                        ),
                        (
                            "Is the injection a cure?",
                            "No. It treats inflammation, not the narrowing itself. It works "
                            "best as a bridge to exercise and physical therapy.",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "radiofrequency-ablation-facet-joint-pain",
        "title": "Radiofrequency ablation for facet joint pain",
        "intro": """Radiofrequency ablation uses gentle heat to switch off the small nerves
        that carry pain from arthritic spine joints. For the right patient, relief can last a
        year or more.""",
        "search_description": "Radiofrequency ablation for facet joint pain in the neck and "
        "back: diagnostic blocks, the procedure, recovery and how long it lasts.",
        "hero_image": "Article hero – radiofrequency ablation",
        "topics": ["radiofrequency-ablation", "facet-joint-pain", "medial-branch-block"],
        "tags": ["back pain", "neck", "procedures", "arthritis"],
        "authors": ["amara-okafor", "elena-vasquez"],
        "medical_reviewer": "marcus-bell",
        "reviewed_days_ago": 100,
        "published_days_ago": 95,
        "related": ["epidural-steroid-injections-lumbar-stenosis", "cervicogenic-headache"],
        "cta": None,
        "body": [
            ("h2", "What are facet joints?"),
            (
                "paragraph",
                """Each vertebra is linked to the next by a pair of small joints at the back of
                the spine, the facet joints. Like knees and hips, they can wear with age or
                after an injury such as whiplash. Facet joint pain is usually a deep ache on
                one or both sides of the spine that may spread into the buttock or thigh from
                the lower back, or into the shoulder and head from the neck. It is often worse
                when leaning back or twisting, and stiff in the morning.""",
            ),
            ("h2", "First, confirm the source"),
            (
                "paragraph",
                """Scans show arthritis in many people without pain, so they cannot prove a
                facet joint is the cause. Instead, we use medial branch blocks: small
                injections of local anesthetic next to the medial branch nerves that supply
                the joint. If your usual pain drops substantially for the hours the
                anesthetic lasts, on two separate occasions, you are likely to benefit from
                ablation.""",
            ),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Medial branch block and radiofrequency ablation",
                    "data": [
                        ["", "Medial branch block", "Radiofrequency ablation"],
                        [
                            "Purpose",
                            "Diagnosis: is this joint the source?",
                            "Treatment: lasting relief",
                        ],
                        ["What is used", "Local anesthetic", "Heat from a radiofrequency probe"],
                        ["How long it lasts", "Hours", "Typically 6 to 12 months or more"],
                        ["Time in clinic", "About 1 hour", "About 1 to 2 hours"],
                    ],
                },
            ),
            ("h2", "The procedure"),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "You lie face down; light sedation is available if you wish.",
                        "The skin is numbed, and thin insulated needles are guided to each "
                        "nerve under X-ray.",
                        "A small electrical test confirms each needle is next to a sensory "
                        "nerve and away from the nerves that move your muscles.",
                        "Each nerve is numbed, then warmed to about 80°C (176°F) for 60 to "
                        "90 seconds.",
                    ],
                },
            ),
            (
                "embed",
                {
                    "video": VIDEO_RADIOFREQUENCY_ABLATION,
                    "caption": "Video: how radiofrequency ablation quiets a painful joint.",
                },
            ),
            ("h2", "Recovery"),
            (
                "paragraph",
                """Expect soreness for one to two weeks, sometimes with a sunburn-like
                sensitivity of the skin. Ice and over-the-counter pain relief help. The full
                effect often takes two to four weeks. The nerves slowly grow back, so pain
                may return after several months; the procedure can then be repeated, and
                often works as well the second time.""",
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Make the most of the pain-free window",
                    "text": """The months after ablation are the best time to build strength
                    and flexibility with a physical therapist, so that the benefit lasts
                    longer.""",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Is it safe to destroy a nerve?",
                            "The medial branch nerves only carry sensation from the joint and "
                            "control small stabilising muscles. Quieting them does not cause "
                            "weakness or numbness of the arms or legs.",
                        ),
                        (
                            "Can it be done in the neck?",
                            "Yes. Cervical radiofrequency ablation treats neck pain and "
                            "some cervicogenic headaches.",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "knee-osteoarthritis-without-surgery",
        "title": "Knee osteoarthritis pain without surgery",
        "intro": """Knee replacement is not the only answer to arthritis pain. Exercise,
        weight, medicines, injections and nerve treatments can keep many people walking
        comfortably for years.""",
        "search_description": "Non-surgical treatments for knee osteoarthritis: exercise, "
        "weight loss, medicines, injections, genicular nerve blocks and ablation.",
        "hero_image": "Article hero – knee osteoarthritis",
        "topics": [
            "knee-osteoarthritis",
            "genicular-nerve-block",
            "radiofrequency-ablation",
            "physical-therapy",
        ],
        "tags": ["arthritis", "knee", "exercise"],
        "authors": ["elena-vasquez", "samuel-park"],
        "medical_reviewer": "daniel-whitfield",
        "reviewed_days_ago": 118,
        "published_days_ago": 110,
        "related": [],
        "cta": REQUEST_CTA,
        "body": [
            (
                "paragraph",
                """Osteoarthritis is the most common joint condition in the United States. In
                the knee, the smooth cartilage that lines the joint thins, the bone beneath it
                reacts, and the joint lining can become inflamed. The result is pain that is
                worse with activity, stiffness after sitting, and sometimes swelling or a
                grinding feeling.""",
            ),
            (
                "image",
                {
                    "image": "Figure – knee joint",
                    "alt_text": "Diagram of the knee joint: the thigh bone, the shin bone and "
                    "the kneecap",
                    "caption": "Osteoarthritis affects the cartilage and bone of the whole joint.",
                },
            ),
            ("h2", "The foundations"),
            ("h3", "Exercise"),
            (
                "paragraph",
                """Strengthening the quadriceps and hip muscles is the single most effective
                long-term treatment. Strong muscles absorb load that would otherwise pass
                through the joint. A physical therapist can design a programme that starts
                gently, and low-impact activities such as cycling, swimming and walking keep
                the joint moving.""",
            ),
            ("h3", "Weight"),
            (
                "paragraph",
                """Every pound of body weight puts roughly four pounds of force through the
                knee when you walk. Losing even five to ten percent of body weight often
                reduces pain noticeably.""",
            ),
            ("h2", "Treatments we offer"),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Non-surgical options for knee osteoarthritis",
                    "data": [
                        ["Treatment", "How it helps", "Typical relief"],
                        [
                            "Topical anti-inflammatory gel",
                            "Reduces pain with few side effects",
                            "While used",
                        ],
                        [
                            "Corticosteroid injection",
                            "Calms a flare of inflammation",
                            "Weeks to a few months",
                        ],
                        [
                            "Hyaluronic acid injection",
                            "Lubricates the joint; results vary",
                            "Some people, up to 6 months",
                        ],
                        [
                            "Genicular nerve block",
                            "Numbs the knee's sensory nerves",
                            "Weeks; also a test for ablation",
                        ],
                        [
                            "Genicular radiofrequency ablation",
                            "Quiets those nerves with heat",
                            "Often 6 to 12 months",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                """Genicular nerve treatments are a good option for people who are not ready
                for surgery, are not candidates for it, or still have pain after a knee
                replacement. They do not change the joint itself, so exercise remains
                essential.""",
            ),
            (
                "list",
                {
                    "lead_in": "Simple aids that make a difference:",
                    "style": "bulleted",
                    "items": [
                        "A cane held in the hand opposite the painful knee",
                        "Cushioned, supportive shoes",
                        "A knee brace for some kinds of arthritis, fitted by a professional",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": """Most of my patients are not asking for a new knee. They want to
                    walk the grandkids to the park. We can usually help with that.""",
                    "attribution": "Dr. Elena Vasquez, MD",
                },
            ),
            ("h2", "When to consider surgery"),
            (
                "paragraph",
                """If pain wakes you at night, limits your walking despite these treatments,
                and X-rays show advanced arthritis, a consultation with an orthopedic surgeon
                is worthwhile. We will refer you and keep supporting you either way.""",
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Will exercise wear out my knee faster?",
                            "No. Appropriate exercise strengthens the muscles that protect the "
                            "joint and does not speed up arthritis. Some soreness that settles "
                            "within a day is normal.",
                        ),
                        (
                            "How often can I have a steroid injection?",
                            "Usually no more than every three months, and we review whether "
                            "each one is still helping.",
                        ),
                    ],
                },
            ),
            ("cta", REQUEST_CTA),
        ],
    },
    {
        "slug": "living-with-crps",
        "title": "Living with CRPS",
        "intro": """Complex regional pain syndrome can turn a minor injury into months of
        severe pain. Early, coordinated treatment makes a real difference, and so do the
        everyday strategies patients teach us.""",
        "search_description": "Complex regional pain syndrome (CRPS): symptoms, diagnosis, "
        "treatment options and everyday strategies for living well with it.",
        "hero_image": "Article hero – living with CRPS",
        "topics": [
            "complex-regional-pain-syndrome",
            "physical-therapy",
            "medication-management",
            "spinal-cord-stimulator-trial",
        ],
        "tags": ["nerve pain", "chronic pain"],
        "authors": ["keisha-thompson", "marcus-bell"],
        "medical_reviewer": "priya-raman",
        "reviewed_days_ago": 140,
        "published_days_ago": 130,
        "related": [],
        "cta": CALL_CTA,
        "body": [
            (
                "paragraph",
                """Complex regional pain syndrome (CRPS) usually affects an arm or a leg,
                often after a fracture, a sprain or surgery. Instead of fading as the injury
                heals, the pain grows, spreads beyond the injured area and becomes far
                stronger than the injury would explain. The nervous system, not the tissue,
                has become the main source of pain.""",
            ),
            ("h2", "Signs to look for"),
            (
                "list",
                {
                    "lead_in": "Alongside burning or aching pain, CRPS often causes:",
                    "style": "bulleted",
                    "items": [
                        "Pain from a light touch, clothing or a breeze (allodynia)",
                        "Changes in skin colour: red, purple, blotchy or pale",
                        "One limb warmer or cooler than the other",
                        "Swelling and changes in sweating",
                        "Changes in hair and nail growth",
                        "Stiffness, weakness or tremor, and a sense the limb is not your own",
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Do not wait",
                    "text": """If an injured hand or foot becomes more painful, swollen and
                    discoloured weeks after the injury instead of less, ask for an early
                    assessment. Treatment started in the first months works best.""",
                },
            ),
            ("h2", "How CRPS is diagnosed"),
            (
                "paragraph",
                """There is no single test. Physicians use a set of clinical criteria, known
                as the Budapest criteria, based on your symptoms and what they find on
                examination, after ruling out other causes such as infection, a blood clot or
                a nerve injury.""",
            ),
            ("h2", "Treatment works best as a team"),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "<b>Physical and occupational therapy</b> are the core of treatment: "
                        "desensitisation, graded motor imagery, mirror therapy and gradual "
                        "use of the limb",
                        "<b>Medicines</b> for nerve pain, and sometimes a short course of "
                        "steroids early on",
                        "<b>Sympathetic nerve blocks</b>, at the neck for an arm or the "
                        "lower back for a leg, to reduce pain enough to do therapy",
                        "<b>Spinal cord or dorsal root ganglion stimulation</b> when pain "
                        "persists despite these treatments",
                        "<b>Psychological support</b>, such as cognitive behavioural "
                        "therapy, to cope with pain, sleep and mood",
                    ],
                },
            ),
            ("h2", "Everyday strategies"),
            (
                "paragraph",
                """Patients with CRPS tell us what helps them most: pacing activity so that good
                days do not lead to bad weeks, protecting sleep, keeping the limb moving
                even a little every day, and finding people who understand. Ask us about
                local and online support groups.""",
            ),
            (
                "quote",
                {
                    "quote": """I stopped waiting for the pain to go before living my life.
                    Pacing and therapy gave me my mornings back.""",
                    "attribution": "A patient of our Decatur clinic",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Can CRPS go away?",
                            "Yes. Many people improve, particularly when treatment starts "
                            "early. For others it becomes a long-term condition that can be "
                            "managed.",
                        ),
                        (
                            "Should I avoid using the painful limb?",
                            "Gentle, gradual use helps; immobilising the limb tends to make "
                            "CRPS worse. Your therapist will set a pace that suits you.",
                        ),
                    ],
                },
            ),
            ("cta", CALL_CTA),
        ],
    },
    {
        "slug": "physical-therapy-after-herniated-disc",
        "title": "Physical therapy after a herniated disc",
        "intro": """Most herniated discs heal without surgery, and physical therapy is how you
        get back to normal in the meantime. Here is what each phase of rehabilitation looks
        like.""",
        "search_description": "Physical therapy after a herniated disc: the phases of "
        "rehabilitation, exercises, timelines and warning signs to watch for.",
        "hero_image": "Article hero – physical therapy after a herniated disc",
        "topics": ["herniated-disc", "physical-therapy", "sciatica"],
        "tags": ["back pain", "exercise"],
        "authors": ["samuel-park", "daniel-whitfield"],
        "medical_reviewer": "elena-vasquez",
        "reviewed_days_ago": 160,
        "published_days_ago": 150,
        "related": ["sciatica", "epidural-steroid-injections-lumbar-stenosis"],
        "cta": None,
        "body": [
            (
                "paragraph",
                """A spinal disc has a tough outer ring and a soft, gel-like centre. When the
                ring tears, part of the centre can push out and press on a nerve root,
                causing back pain and often sciatica. The good news: the body usually
                reabsorbs much of the herniated material over weeks to months, and most
                people recover without surgery.""",
            ),
            ("h2", "The three phases of rehabilitation"),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "A typical course (your therapist adjusts it to you)",
                    "data": [
                        ["Phase", "Typical timing", "Goals"],
                        [
                            "1. Calm",
                            "Weeks 0 to 2",
                            "Ease pain, find comfortable positions, keep walking",
                        ],
                        [
                            "2. Restore",
                            "Weeks 2 to 6",
                            "Regain movement, nerve mobility and core control",
                        ],
                        [
                            "3. Strengthen",
                            "Weeks 6 to 12",
                            "Build strength and return to work, sport and lifting",
                        ],
                    ],
                },
            ),
            ("h3", "Phase 1: calm things down"),
            (
                "paragraph",
                """Short, frequent walks are better than bed rest. Your therapist will look for
                positions and movements that ease your leg pain. For many people, gentle
                backward bending while lying on the stomach "centralises" the pain, drawing
                it out of the leg and back toward the spine, which is a good sign.""",
            ),
            ("h3", "Phase 2: restore movement"),
            (
                "list",
                {
                    "lead_in": "Exercises in this phase often include:",
                    "style": "bulleted",
                    "items": [
                        "Nerve glides that help the irritated nerve move freely",
                        "Gentle hip and hamstring mobility",
                        "Core control: learning to brace the abdominal muscles while you "
                        "breathe and move",
                    ],
                },
            ),
            ("h3", "Phase 3: build strength"),
            (
                "paragraph",
                """As pain settles, the programme shifts to strength: hip hinges, squats, carries
                and, when ready, lifting practice that matches your job or sport. This phase
                lowers the chance of another episode, so do not stop when the pain does.""",
            ),
            ("h2", "Getting back to work"),
            (
                "paragraph",
                """Most people with a desk job return within days to a couple of weeks, with
                breaks to stand and walk every half hour. Jobs that involve heavy lifting,
                driving for long periods or operating machinery may need lighter duties for a
                while. Your therapist can write a graded return-to-work plan for your employer,
                and practise the tasks your job demands during phase 3.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Stop and call us, or go to the ER, if you notice",
                    "text": """Numbness around the groin or buttocks, new bladder or bowel
                    problems, or leg weakness that is getting worse. These need urgent
                    assessment.""",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "How many sessions will I need?",
                            "Often six to twelve sessions over two to three months, with "
                            "exercises at home in between.",
                        ),
                        (
                            "Can an injection help me do therapy?",
                            "Yes. If leg pain is too strong to exercise, an epidural steroid "
                            "injection can calm the nerve so that therapy can progress.",
                        ),
                        (
                            "Should I avoid bending forever?",
                            "No. A healthy back is made for bending. You will rebuild "
                            "confidence with bending and lifting step by step.",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "peripheral-neuropathy-pain",
        "title": "Understanding peripheral neuropathy pain",
        "intro": """Burning, tingling or numb feet are the hallmark of peripheral neuropathy.
        Finding the cause and combining the right treatments can ease the pain and protect
        your feet.""",
        "search_description": "Peripheral neuropathy pain: common causes, symptoms, tests, "
        "medicines and other treatments, and how to protect your feet.",
        "hero_image": "Article hero – peripheral neuropathy",
        "topics": [
            "peripheral-neuropathy",
            "medication-management",
            "spinal-cord-stimulator-trial",
        ],
        "tags": ["nerve pain", "diabetes"],
        "authors": ["keisha-thompson"],
        "medical_reviewer": "priya-raman",
        "reviewed_days_ago": 190,
        "published_days_ago": 175,
        "related": [],
        "cta": None,
        "body": [
            (
                "paragraph",
                """Peripheral nerves carry messages between the spinal cord and the rest of the
                body. When they are damaged, they can send pain signals on their own, or stop
                sending normal ones. Because the longest nerves are affected first, symptoms
                usually begin in the toes and feet and later may reach the hands, in what
                doctors call a "stocking and glove" pattern.""",
            ),
            ("h2", "Common causes"),
            (
                "list",
                {
                    "style": "bulleted",
                    "items": [
                        "Diabetes, the most common cause in the United States",
                        "Some chemotherapy drugs",
                        "Vitamin B12 deficiency, including from long-term metformin use",
                        "Heavy alcohol use",
                        "Thyroid, kidney and liver disease",
                        "Autoimmune and inherited conditions",
                        "In about a quarter of people, no cause is found",
                    ],
                },
            ),
            ("h2", "How it feels"),
            (
                "paragraph",
                """People describe burning, pins and needles, electric shocks, or feet that
                feel as if they are walking on gravel or wrapped in cotton wool. Pain is often
                worse at night. Numbness can make balance difficult, especially in the dark,
                and can hide injuries to the feet.""",
            ),
            ("h2", "Finding the cause"),
            (
                "paragraph",
                """Your clinician will examine your feet and reflexes and order blood tests,
                usually including blood sugar and HbA1c, vitamin B12, thyroid and kidney
                function. Nerve conduction studies and electromyography (EMG) measure how well
                the nerves carry signals and help confirm the diagnosis.""",
            ),
            ("h2", "Treatment"),
            (
                "paragraph",
                """Treating the cause comes first: good blood sugar control slows diabetic
                neuropathy, and correcting a B12 deficiency can reverse some damage. For the
                pain itself, several medicine groups are effective; most are started at a low
                dose and increased slowly.""",
            ),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Medicines commonly used for neuropathic pain",
                    "data": [
                        ["Group", "Examples", "Things to know"],
                        [
                            "Gabapentinoids",
                            "Gabapentin, pregabalin",
                            "Can cause drowsiness and dizziness at first",
                        ],
                        [
                            "SNRI antidepressants",
                            "Duloxetine",
                            "Helps pain even without depression",
                        ],
                        [
                            "Tricyclic antidepressants",
                            "Nortriptyline, amitriptyline",
                            "Low doses at night; dry mouth is common",
                        ],
                        [
                            "Topical treatments",
                            "Lidocaine patches, capsaicin",
                            "Few side effects; for localised pain",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                """Physical therapy improves balance and reduces falls. For painful diabetic
                neuropathy that does not respond to medicines, spinal cord stimulation is now
                an option approved by the FDA.""",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Check your feet every day",
                    "text": """Look for cuts, blisters, redness or swelling, using a mirror if
                    needed. Numb feet do not warn you of injury. See your doctor promptly about
                    any wound that is not healing, and urgently if it is hot, swollen or
                    draining.""",
                },
            ),
            (
                "quote",
                {
                    "quote": """We rarely find one medicine that fixes neuropathy pain. We find
                    the right combination, and we keep adjusting it with you.""",
                    "attribution": "Keisha Thompson, NP-C",
                },
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Will neuropathy get worse?",
                            "It depends on the cause. Controlling blood sugar and stopping "
                            "alcohol can slow or halt progression.",
                        ),
                        (
                            "Are opioids used?",
                            "Rarely. They work poorly for nerve pain over the long term and "
                            "carry risks; other medicines are tried first.",
                        ),
                    ],
                },
            ),
            ("cta", None),
        ],
    },
    {
        "slug": "desk-posture-neck-pain",
        "title": "Desk posture and neck pain",
        "intro": """Hours at a screen can leave your neck stiff and sore. There is no perfect
        posture, but a better set-up and regular movement make a real difference.""",
        "search_description": "Desk posture and neck pain: how to set up your workstation and "
        "laptop, movement breaks, and simple exercises for a stiff neck.",
        "hero_image": "Article hero – desk posture",
        "topics": ["neck-pain", "physical-therapy", "neck-tension-migraine"],
        "tags": ["desk work", "neck", "exercise"],
        "authors": ["samuel-park"],
        "medical_reviewer": "daniel-whitfield",
        "reviewed_days_ago": 390,
        "published_days_ago": 360,
        "related": ["neck-tension-migraine", "cervicogenic-headache"],
        "cta": None,
        "body": [
            (
                "paragraph",
                """When you lean toward a screen, your head drifts forward of your shoulders
                and the muscles at the back of the neck work harder to hold it up. For a few
                minutes that is harmless. Held for hours, day after day, it leaves the neck
                and upper back stiff and sore, and it can feed headaches.""",
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "The best posture is your next one",
                    "text": """No single posture is perfect. Changing position often matters
                    more than holding any one position well.""",
                },
            ),
            ("h2", "Set up your workstation"),
            (
                "image",
                {
                    "image": "Figure – workstation setup",
                    "alt_text": "Diagram of a desk set-up with the top of the monitor at eye "
                    "level, an arm's length away, and a chair supporting the lower back",
                    "caption": "Monitor at eye level, keyboard close, feet supported.",
                },
            ),
            (
                "list",
                {
                    "style": "numbered",
                    "items": [
                        "Put the top of the screen at or slightly below eye level, about an "
                        "arm's length away.",
                        "Sit back in the chair so it supports your lower back; add a small "
                        "cushion if it does not.",
                        "Keep the keyboard and mouse close, with elbows bent at about 90 "
                        "degrees and shoulders relaxed.",
                        "Rest your feet flat on the floor or on a footrest.",
                        "On a laptop, use a stand with a separate keyboard and mouse.",
                        "Hold your phone up near eye level rather than looking down at it.",
                    ],
                },
            ),
            ("h2", "Move every 30 minutes"),
            (
                "paragraph",
                """Set a reminder to stand, walk to the window or refill your water every half
                hour. Take calls standing, and use a sit-stand desk if you have one,
                alternating rather than standing all day.""",
            ),
            ("h2", "Four exercises for a stiff neck"),
            (
                "table",
                {
                    "table_header_choice": "row",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "A two-minute routine to repeat a few times a day",
                    "data": [
                        ["Exercise", "How", "Repeat"],
                        [
                            "Chin tuck",
                            "Glide your chin straight back, as if making a double "
                            "chin; hold 5 seconds",
                            "10 times",
                        ],
                        [
                            "Shoulder blade squeeze",
                            "Draw your shoulder blades back and down; hold 5 seconds",
                            "10 times",
                        ],
                        [
                            "Upper back extension",
                            "Hands behind your head, lean back over the top of the chair",
                            "5 times",
                        ],
                        [
                            "Side stretch",
                            "Tilt your ear toward your shoulder; hold 20 seconds",
                            "2 times each side",
                        ],
                    ],
                },
            ),
            (
                "embed",
                {
                    "video": VIDEO_DESK_EXERCISES,
                    "caption": "Video: the two-minute desk routine, with our physical therapist.",
                },
            ),
            (
                "paragraph",
                """If neck pain comes with numbness, tingling or weakness in an arm, or if it
                does not improve after a few weeks of these changes, see a clinician: a nerve
                may be irritated, and a physical therapist can tailor a programme to you.""",
            ),
            (
                "faq",
                {
                    "heading": "Frequently asked questions",
                    "items": [
                        (
                            "Is a standing desk better for my neck?",
                            "Only if you change position. Standing all day brings its own "
                            "aches; alternate between sitting and standing every 30 to 60 "
                            "minutes, and keep the screen at eye level in both.",
                        ),
                        (
                            "Should I wear a posture brace?",
                            "We rarely recommend one. A brace holds you in place but does not "
                            "build the strength and habits that prevent pain. Regular movement "
                            "and the exercises above work better.",
                        ),
                    ],
                },
            ),
        ],
    },
]
